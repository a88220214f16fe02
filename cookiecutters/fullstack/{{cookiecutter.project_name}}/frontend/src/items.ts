{#- Generated from cookiecutters/fullstack/flags/frontend/project/frontend/src/items.ts by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{% raw %}// The example items' fields, as the generic form shows them (src/fields.ts).
import type { FormField } from "./fields";

export const ITEM_FIELDS: readonly FormField[] = [
  {
    name: "name",
    label: "Name",
    kind: "text",
    required: true,
    nullable: false,
    maxLength: 100,
  },
  {
    name: "description",
    label: "Description",
    kind: "textarea",
    required: false,
    nullable: true,
    maxLength: 10000,
  },
];
{% endraw %}
// The [[ d.titles ]]' fields as the pages show them (fastkit create-domain wrote
// this from the domain's fields; edit it to relabel or reorder them).
import type { [[ d.cls ]]Public } from "../../client/types.gen";
import type { FormField } from "../../fields";

export const FIELDS: readonly FormField[] = [
[% for field in form_fields %]
  {
[% for key, value in field.items() %]
    [[ key ]]: [[ value ]],
[% endfor %]
  },
[% endfor %]
];

/** What [[ a_title ]] is called in lists and headings. */
export function label(record: [[ d.cls ]]Public): string {
  return [[ label ]];
}

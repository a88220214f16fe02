{#- Generated from cookiecutters/fullstack/choices/frontend/react/project/frontend.react/src/components/RecordView.tsx by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{% raw %}// A record's fields as its page shows them to a user who may not change it.
import { Fragment } from "react";
import { type FormField, shown } from "../fields";

export function RecordView({
  fields,
  record,
}: {
  fields: readonly FormField[];
  record: Record<string, unknown>;
}) {
  return (
    <dl className="record">
      {fields.map((field) => (
        <Fragment key={field.name}>
          <dt>{field.label}</dt>
          <dd>{shown(field, record[field.name])}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
{% endraw %}
// A record's fields as a form shows them: which input each takes, and how a value
// goes from the API's JSON to the input and back. The pages fastkit create-domain
// writes list their fields (FIELDS in the domain's fields.ts); the form is generic.

export type FieldKind =
  | "text"
  | "textarea"
  | "email"
  | "integer"
  | "number"
  | "decimal"
  | "checkbox"
  | "date"
  | "datetime"
  | "choice"
  | "json";

export type FormField = {
  name: string;
  label: string;
  kind: FieldKind;
  /** Must be given when creating (no default, not optional). */
  required: boolean;
  /** May be null: an empty input sends null. */
  nullable: boolean;
  maxLength?: number;
  /** A regular expression the whole text must match (as HTML's pattern attribute). */
  pattern?: string;
  choices?: readonly string[];
  /** What a new record's input starts with (the API's default). */
  initial?: string | boolean;
};

const INPUT_TYPES: Partial<Record<FieldKind, string>> = {
  email: "email",
  integer: "number",
  number: "number",
  date: "date",
  datetime: "datetime-local",
};

/** The type of the <input> a field is shown in (the form's other fields are a
 * checkbox, a select or a text area). */
export function inputType(kind: FieldKind): string {
  return INPUT_TYPES[kind] ?? "text";
}

/** What the inputs hold: text, or a checkbox's state. */
export type FormValues = Record<string, string | boolean>;

export class InvalidInput extends Error {}

/** The inputs' values for `record`, or a new record's (each field's default). */
export function formValues(
  fields: readonly FormField[],
  record?: Record<string, unknown>,
): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    values[field.name] =
      record === undefined
        ? (field.initial ?? (field.kind === "checkbox" ? false : ""))
        : toInput(field, record[field.name]);
  }
  return values;
}

function toInput(field: FormField, value: unknown): string | boolean {
  if (field.kind === "checkbox") {
    return value === true;
  }
  if (value === null || value === undefined) {
    return "";
  }
  if (field.kind === "json") {
    return JSON.stringify(value, null, 2);
  }
  if (field.kind === "datetime") {
    return localDateTime(new Date(String(value)));
  }
  return String(value);
}

/** "2024-01-02T03:04" in the browser's time zone, as a datetime-local input shows it. */
function localDateTime(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** The body the API takes, from the inputs' values. An empty input is null for an
 * optional field and left out for one with a default (the API sets it). A value the
 * browser cannot check (JSON) throws InvalidInput with what is wrong. */
export function requestBody(
  fields: readonly FormField[],
  values: FormValues,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.name];
    if (typeof value === "boolean") {
      body[field.name] = value;
    } else if (value === undefined || value.trim() === "") {
      if (field.nullable) {
        body[field.name] = null;
      }
    } else {
      body[field.name] = fromInput(field, value);
    }
  }
  return body;
}

function fromInput(field: FormField, text: string): unknown {
  switch (field.kind) {
    case "integer":
    case "number":
      return Number(text);
    case "datetime":
      return new Date(text).toISOString();
    case "json":
      try {
        return JSON.parse(text);
      } catch {
        throw new InvalidInput(`${field.label}: not valid JSON`);
      }
    default:
      return text; // decimals too: as text, they keep every digit
  }
}

/** A value as the record's page shows it. */
export function shown(field: FormField, value: unknown): string {
  if (value === null || value === undefined) {
    return "—";
  }
  if (field.kind === "checkbox") {
    return value === true ? "yes" : "no";
  }
  if (field.kind === "datetime") {
    return new Date(String(value)).toLocaleString();
  }
  return field.kind === "json" ? JSON.stringify(value) : String(value);
}

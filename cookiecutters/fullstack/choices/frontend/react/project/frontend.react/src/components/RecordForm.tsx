// A form for any record whose fields are listed (src/fields.ts): the pages of the
// domains fastkit create-domain adds use it for creating and for changing one.
import { type FormEvent, useId, useState } from "react";
import {
  type FormField,
  type FormValues,
  formValues,
  InvalidInput,
  inputType,
  requestBody,
} from "../fields";
import { ErrorMessage } from "./ErrorMessage";

type Props = {
  fields: readonly FormField[];
  initial?: Record<string, unknown>;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (body: Record<string, unknown>) => void;
};

export function RecordForm({ fields, initial, submitLabel, pending, error, onSubmit }: Props) {
  const [values, setValues] = useState<FormValues>(() => formValues(fields, initial));
  const [invalid, setInvalid] = useState("");
  const form = useId();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      onSubmit(requestBody(fields, values));
      setInvalid("");
    } catch (problem) {
      if (!(problem instanceof InvalidInput)) {
        throw problem;
      }
      setInvalid(problem.message);
    }
  }

  function set(name: string, value: string | boolean) {
    setValues((before) => ({ ...before, [name]: value }));
  }

  return (
    <form className="form" onSubmit={submit}>
      {fields.map((field) => (
        <label
          key={field.name}
          htmlFor={`${form}-${field.name}`}
          className={field.kind === "checkbox" ? "check" : undefined}
        >
          {field.label}
          <Input
            id={`${form}-${field.name}`}
            field={field}
            value={values[field.name] ?? ""}
            onChange={set}
          />
        </label>
      ))}
      {invalid ? (
        <p className="error" role="alert">
          {invalid}
        </p>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </button>
    </form>
  );
}

type InputProps = {
  id: string;
  field: FormField;
  value: string | boolean;
  onChange: (name: string, value: string | boolean) => void;
};

function Input({ id, field, value, onChange }: InputProps) {
  const { name, required } = field;
  if (field.kind === "checkbox") {
    return (
      <input
        id={id}
        type="checkbox"
        checked={value === true}
        onChange={(event) => onChange(name, event.target.checked)}
      />
    );
  }
  const text = String(value);
  if (field.kind === "choice") {
    return (
      <select
        id={id}
        value={text}
        required={required}
        onChange={(event) => onChange(name, event.target.value)}
      >
        <option value="">{required ? "Choose…" : "None"}</option>
        {(field.choices ?? []).map((choice) => (
          <option key={choice} value={choice}>
            {choice}
          </option>
        ))}
      </select>
    );
  }
  if (field.kind === "textarea" || field.kind === "json") {
    return (
      <textarea
        id={id}
        value={text}
        required={required}
        maxLength={field.maxLength}
        rows={4}
        onChange={(event) => onChange(name, event.target.value)}
      />
    );
  }
  return (
    <input
      id={id}
      type={inputType(field.kind)}
      value={text}
      required={required}
      maxLength={field.maxLength}
      pattern={field.pattern}
      step={field.kind === "number" ? "any" : undefined}
      inputMode={field.kind === "decimal" ? "decimal" : undefined}
      onChange={(event) => onChange(name, event.target.value)}
    />
  );
}

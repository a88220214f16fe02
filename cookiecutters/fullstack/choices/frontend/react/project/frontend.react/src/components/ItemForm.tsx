// The fields of an item, for creating one and for changing it.
import { type FormEvent, useState } from "react";
import type { ItemCreate } from "../client/types.gen";
import { ErrorMessage } from "./ErrorMessage";

type Props = {
  initial?: ItemCreate;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (item: ItemCreate) => void;
};

export function ItemForm({ initial, submitLabel, pending, error, onSubmit }: Props) {
  const [name, setName] = useState(initial?.name ?? "");
  const [description, setDescription] = useState(initial?.description ?? "");

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // An empty description is none, as the API stores it.
    onSubmit({ name, description: description.trim() === "" ? null : description });
  }

  return (
    <form className="form" onSubmit={submit}>
      <label>
        Name
        <input
          value={name}
          onChange={(event) => setName(event.target.value)}
          required
          maxLength={100}
        />
      </label>
      <label>
        Description
        <textarea
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          maxLength={10000}
          rows={4}
        />
      </label>
      {error ? <ErrorMessage error={error} /> : null}
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </button>
    </form>
  );
}

import { describe, expect, it } from "vitest";
import { type FormField, formValues, InvalidInput, requestBody, shown } from "./fields";

function field(name: string, kind: FormField["kind"], more: Partial<FormField> = {}): FormField {
  return { name, label: name, kind, required: false, nullable: false, ...more };
}

describe("a form's fields", () => {
  it("send each kind of input as the API takes it", () => {
    const fields = [
      field("count", "integer"),
      field("ratio", "number"),
      field("price", "decimal"),
      field("paid", "checkbox"),
      field("data", "json"),
      field("at", "datetime"),
    ];
    const values = {
      count: "3",
      ratio: "1.5",
      price: "9.90",
      paid: true,
      data: '{"a": [1]}',
      at: "2024-01-02T03:04",
    };

    expect(requestBody(fields, values)).toEqual({
      count: 3,
      ratio: 1.5,
      price: "9.90", // text: every digit kept
      paid: true,
      data: { a: [1] },
      at: new Date("2024-01-02T03:04").toISOString(), // the browser's time, sent in UTC
    });
  });

  it("send null for an empty optional field and leave out an empty one with a default", () => {
    const fields = [
      field("note", "textarea", { nullable: true }),
      field("size", "choice", { initial: "m" }),
    ];

    expect(formValues(fields)).toEqual({ note: "", size: "m" });
    expect(requestBody(fields, { note: " ", size: "" })).toEqual({ note: null });
  });

  it("show a record in the inputs and send it back as it was", () => {
    const fields = [
      field("at", "datetime"),
      field("data", "json"),
      field("paid", "checkbox"),
      field("count", "integer", { nullable: true }),
    ];
    const record = { at: "2024-01-02T03:04:00.000Z", data: { a: 1 }, paid: true, count: null };

    const values = formValues(fields, record);

    expect(values.count).toBe("");
    expect(requestBody(fields, values)).toEqual(record);
    expect(shown(fields[2] as FormField, true)).toBe("yes");
    expect(shown(fields[3] as FormField, null)).toBe("—");
  });

  it("refuse JSON that does not parse, naming the field", () => {
    const send = () => requestBody([field("data", "json")], { data: "{" });

    expect(send).toThrow(InvalidInput);
    expect(send).toThrow("data: not valid JSON");
  });
});

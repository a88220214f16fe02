import { describe, expect, it } from "vitest";
import { errorMessage } from "./errors";

describe("errorMessage", () => {
  it("gives the API's message and each invalid field's problem", () => {
    const body = {
      error: {
        code: "validation_error",
        message: "Request is not valid",
        details: [
          { location: ["body", "name"], message: "String should have at least 1 character" },
        ],
      },
      request_id: "r1",
    };

    expect(errorMessage(body)).toBe(
      "Request is not valid. name: String should have at least 1 character",
    );
  });

  it("says the server could not be reached when fetch itself failed", () => {
    expect(errorMessage(new TypeError("Failed to fetch"))).toMatch(/could not be reached/);
  });
});

{#- Generated from cookiecutters/fullstack/flags/frontend/project/frontend/src/errors.ts by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{% raw %}// What the user is told when a request fails. Every error the API answers has one
// shape (ErrorBody): its message, and for invalid input each field's problem.
import type { ErrorBody } from "./client/types.gen";

type FieldProblem = { location: (string | number)[]; message: string };

function isErrorBody(error: unknown): error is ErrorBody {
  return typeof error === "object" && error !== null && "error" in error;
}

function isFieldProblem(detail: unknown): detail is FieldProblem {
  return typeof detail === "object" && detail !== null && "location" in detail;
}

export function errorMessage(error: unknown): string {
  if (isErrorBody(error)) {
    const fields = (error.error.details ?? []).filter(isFieldProblem).map((detail) => {
      // ["body", "name"] -> "name"; a problem with the whole body names none.
      const field = detail.location.slice(1).join(".");
      return field ? `${field}: ${detail.message}` : detail.message;
    });
    return [error.error.message, ...fields].join(". ");
  }
  if (error instanceof TypeError) {
    return "The server could not be reached. Check your connection and try again.";
  }
  return "Something went wrong. Try again.";
}
{% endraw %}
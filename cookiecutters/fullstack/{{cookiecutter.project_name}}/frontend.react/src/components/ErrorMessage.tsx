{#- Generated from cookiecutters/fullstack/choices/frontend/react/project/frontend.react/src/components/ErrorMessage.tsx by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{% raw %}import { errorMessage } from "../errors";

export function ErrorMessage({ error }: { error: unknown }) {
  return (
    <p className="error" role="alert">
      {errorMessage(error)}
    </p>
  );
}
{% endraw %}
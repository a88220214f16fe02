{#- Generated from cookiecutters/fullstack/flags/frontend/project/frontend/src/test/fakeApi.ts by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{% raw %}// A fake API for the pages' tests: each test lists the answers it needs
// ("GET /api/v1/items"), any other request fails it, and `sent` keeps what went.
import { afterEach, vi } from "vitest";

type Answer = (request: Request) => Response;

export const sent: Request[] = [];

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json" },
  });
}

export function fakeApi(answers: Record<string, Answer>): void {
  vi.stubGlobal("fetch", async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    sent.push(request);
    const key = `${request.method} ${new URL(request.url).pathname}`;
    const answer = answers[key];
    if (answer === undefined) {
      throw new Error(`the test gave no answer for ${key}`);
    }
    return answer(request);
  });
}

export const ALICE = { id: 1, email: "alice@example.com", is_active: true };
export const HERS = { id: 7, name: "Lamp", description: "Brass", owner_id: 1 };
export const BOBS = { id: 8, name: "Chair", description: null, owner_id: 2 };
// What signing in answers, for either way of signing in: tokens (jwt) or a session
// with its CSRF token; each reads its own fields.
export const SIGNED_IN = {
  access_token: "access",
  refresh_token: "refresh",
  token_type: "bearer",
  csrf_token: "csrf",
  user: ALICE,
};
export const REFUSED = {
  error: { code: "invalid_credentials", message: "Incorrect email or password" },
  request_id: "r2",
};

export function page(items: unknown[], total = items.length): Response {
  return json({ items, total, limit: 10, offset: 0 });
}

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  sent.length = 0;
});
{% endraw %}
// Render the whole app at an address, against a fake API: each test lists the
// answers it needs ("GET /api/v1/items"), and any other request fails the test.

import { QueryClientProvider } from "@tanstack/react-query";
import { createMemoryHistory, RouterProvider } from "@tanstack/react-router";
import { cleanup, render } from "@testing-library/react";
import { afterEach, vi } from "vitest";
import { configureClient, makeQueryClient } from "../api";
import { makeRouter } from "../router";

type Answer = (request: Request) => Response;

export const sent: Request[] = [];

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json" },
  });
}

export function renderApp(path: string, answers: Record<string, Answer>) {
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
  configureClient();
  const router = makeRouter(createMemoryHistory({ initialEntries: [path] }));
  return render(
    <QueryClientProvider client={makeQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
  sent.length = 0;
});

// Mount the whole app at an address, against a fake API: each test lists the
// answers it needs ("GET /api/v1/items"), and any other request fails the test.
import { VueQueryPlugin } from "@tanstack/vue-query";
import { enableAutoUnmount, mount, type VueWrapper } from "@vue/test-utils";
import { afterEach, vi } from "vitest";
import { createMemoryHistory } from "vue-router";
import App from "../App.vue";
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

export async function mountApp(path: string, answers: Record<string, Answer>): Promise<VueWrapper> {
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
  const router = makeRouter(createMemoryHistory());
  await router.push(path);
  const queryClient = makeQueryClient();
  return mount(App, { global: { plugins: [router, [VueQueryPlugin, { queryClient }]] } });
}

/** Wait until the page shows this text (queries and navigation settle on their own). */
export async function shows(app: VueWrapper, text: string | RegExp): Promise<void> {
  await vi.waitFor(() => {
    const shown = app.text();
    if (typeof text === "string" ? !shown.includes(text) : !text.test(shown)) {
      throw new Error(`the page does not show ${text}: ${shown}`);
    }
  });
}

enableAutoUnmount(afterEach);
afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  sent.length = 0;
});

{#- Generated from cookiecutters/fullstack/choices/frontend/vue/project/frontend.vue/src/test/app.ts by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{% raw %}// Mount the whole app at an address (the API it calls is test/fakeApi.ts's).
import { VueQueryPlugin } from "@tanstack/vue-query";
import { enableAutoUnmount, mount, type VueWrapper } from "@vue/test-utils";
import { afterEach, vi } from "vitest";
import { createMemoryHistory } from "vue-router";
import App from "../App.vue";
import { configureClient, makeQueryClient } from "../api";
import { makeRouter } from "../router";
import { ALICE } from "./fakeApi";

export async function mountApp(path: string): Promise<VueWrapper> {
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

/** Fill in the sign-in page as Alice (fakeApi's ALICE) and send it. */
export async function signInAsAlice(app: VueWrapper) {
  await shows(app, "Sign in");
  await app.find('input[type="email"]').setValue(ALICE.email);
  await app.find('input[type="password"]').setValue("a long password");
  await app.find("form").trigger("submit");
}

enableAutoUnmount(afterEach);
{% endraw %}
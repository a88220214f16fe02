{#- Generated from cookiecutters/fullstack/choices/frontend/react/project/frontend.react/src/test/app.tsx by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{% raw %}// Render the whole app at an address (the API it calls is test/fakeApi.ts's).

import { QueryClientProvider } from "@tanstack/react-query";
import { createMemoryHistory, RouterProvider } from "@tanstack/react-router";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach } from "vitest";
import { configureClient, makeQueryClient } from "../api";
import { makeRouter } from "../router";
import { ALICE } from "./fakeApi";

export function renderApp(path: string) {
  configureClient();
  const router = makeRouter(createMemoryHistory({ initialEntries: [path] }));
  return render(
    <QueryClientProvider client={makeQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

/** Fill in the sign-in page as Alice (fakeApi's ALICE) and send it. */
export async function signInAsAlice() {
  fireEvent.change(await screen.findByLabelText("Email"), {
    target: { value: ALICE.email },
  });
  fireEvent.change(screen.getByLabelText("Password"), { target: { value: "a long password" } });
  fireEvent.click(screen.getByRole("button", { name: "Sign in" }));
}

afterEach(cleanup);
{% endraw %}
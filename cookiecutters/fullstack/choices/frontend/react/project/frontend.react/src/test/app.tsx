// Render the whole app at an address (the API it calls is test/fakeApi.ts's).

import { QueryClientProvider } from "@tanstack/react-query";
import { createMemoryHistory, RouterProvider } from "@tanstack/react-router";
import { cleanup, render } from "@testing-library/react";
import { afterEach } from "vitest";
import { configureClient, makeQueryClient } from "../api";
import { makeRouter } from "../router";

export function renderApp(path: string) {
  configureClient();
  const router = makeRouter(createMemoryHistory({ initialEntries: [path] }));
  return render(
    <QueryClientProvider client={makeQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

afterEach(cleanup);

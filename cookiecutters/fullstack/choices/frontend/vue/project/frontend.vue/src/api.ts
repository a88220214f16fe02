// The generated API client, set up once: requests go to the pages' own origin
// (Vite passes /api on in development) through the sign-in's fetch, which adds
// what proves who the user is.
import { QueryClient } from "@tanstack/vue-query";
import { client } from "./client/client.gen";
import { authFetch } from "./session";

export function configureClient(): void {
  client.setConfig({ fetch: authFetch });
}

export function makeQueryClient(): QueryClient {
  // An error is shown at once: retrying a refused request gets the same answer.
  return new QueryClient({ defaultOptions: { queries: { retry: false } } });
}

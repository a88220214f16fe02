{#- Generated from cookiecutters/fullstack/choices/frontend/vue/project/frontend.vue/src/user.ts by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{% raw %}// Who is signed in, asked of the API once and kept until sign-in or sign-out
// changes it: null when no one is.
import { queryOptions, useQuery } from "@tanstack/vue-query";
import { type ComputedRef, computed } from "vue";
import type { UserPublic } from "./client/types.gen";
import { signedInUser } from "./me";

export const currentUser = queryOptions({
  queryKey: ["current-user"],
  queryFn: signedInUser,
  staleTime: Number.POSITIVE_INFINITY,
});

export function useCurrentUser(): ComputedRef<UserPublic | null> {
  const query = useQuery(currentUser);
  return computed(() => query.data.value ?? null);
}
{% endraw %}
// Who is signed in, asked of the API once and kept until sign-in or sign-out
// changes it: null when no one is.
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { UserPublic } from "./client/types.gen";
import { signedInUser } from "./me";

export const currentUser = queryOptions({
  queryKey: ["current-user"],
  queryFn: signedInUser,
  staleTime: Number.POSITIVE_INFINITY,
});

export function useCurrentUser(): UserPublic | null {
  return useQuery(currentUser).data ?? null;
}

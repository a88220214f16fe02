{#- Generated from cookiecutters/fullstack/flags/frontend/project/frontend/src/me.ts by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{% raw %}// Who is signed in, as the API says: null when no one is (nothing kept, or the
// sign-in has ended).
import { readCurrentUserApiV1UsersMeGet } from "./client/sdk.gen";
import type { UserPublic } from "./client/types.gen";
import { maybeSignedIn } from "./session";

export async function signedInUser(): Promise<UserPublic | null> {
  if (!maybeSignedIn()) {
    return null;
  }
  const { data, error, response } = await readCurrentUserApiV1UsersMeGet();
  if (response.status === 401) {
    return null;
  }
  if (data === undefined) {
    throw error;
  }
  return data;
}
{% endraw %}
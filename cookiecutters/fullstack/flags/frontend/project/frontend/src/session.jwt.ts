// Signing in with tokens (auth jwt). The short-lived access token is kept in memory
// only; the refresh token in localStorage, so that a reload keeps the user signed
// in. Scripts on this origin could read it, as they could any token a page uses:
// the API spends it on every refresh and revokes the sign-in's at sign-out, and
// the pages load no third-party scripts.
import {
  loginApiV1AuthLoginPost,
  logoutApiV1AuthLogoutPost,
  refreshApiV1AuthRefreshPost,
  registerApiV1AuthRegisterPost,
} from "./client/sdk.gen";
import type { TokenPair } from "./client/types.gen";

const REFRESH_TOKEN = "refresh_token";
let accessToken: string | null = null;
let refreshing: Promise<boolean> | null = null;

function keep(tokens: TokenPair): void {
  accessToken = tokens.access_token;
  localStorage.setItem(REFRESH_TOKEN, tokens.refresh_token);
}

function forget(): void {
  accessToken = null;
  localStorage.removeItem(REFRESH_TOKEN);
}

/** Whether asking the API who the user is can succeed: a refresh token is kept. */
export function maybeSignedIn(): boolean {
  return localStorage.getItem(REFRESH_TOKEN) !== null;
}

export async function signIn(email: string, password: string): Promise<void> {
  const body = { username: email, password };
  const { data } = await loginApiV1AuthLoginPost({ body, throwOnError: true });
  keep(data);
}

export async function signUp(email: string, password: string): Promise<void> {
  await registerApiV1AuthRegisterPost({ body: { email, password }, throwOnError: true });
  await signIn(email, password);
}

export async function signOut(): Promise<void> {
  const refresh_token = localStorage.getItem(REFRESH_TOKEN);
  forget();
  if (refresh_token !== null) {
    await logoutApiV1AuthLogoutPost({ body: { refresh_token } });
  }
}

/** A new token pair for the kept refresh token; requests failing together share one. */
function refresh(): Promise<boolean> {
  refreshing ??= (async () => {
    const refresh_token = localStorage.getItem(REFRESH_TOKEN);
    if (refresh_token === null) {
      return false;
    }
    const { data } = await refreshApiV1AuthRefreshPost({ body: { refresh_token } });
    if (data === undefined) {
      forget(); // spent, revoked or expired: the user signs in again
      return false;
    }
    keep(data);
    return true;
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

function withToken(request: Request): Request {
  if (accessToken !== null) {
    request.headers.set("Authorization", `Bearer ${accessToken}`);
  }
  return request;
}

/** fetch for the API client: sends the access token, and once it has expired (401)
 * gets a new pair and sends the request again. */
export const authFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const again = request.clone();
  const response = await fetch(withToken(request));
  const signingIn = new URL(request.url).pathname.startsWith("/api/v1/auth/");
  if (response.status !== 401 || signingIn || !(await refresh())) {
    return response;
  }
  return fetch(withToken(again));
};

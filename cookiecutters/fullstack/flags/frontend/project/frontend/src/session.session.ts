// Signing in with a session (auth session). The session is an httponly cookie no
// script can read; every change (POST, PATCH, DELETE) must also send the CSRF
// token sign-in returned, which is kept in localStorage so that every tab has it.
// A page of another site cannot read it, so it cannot make changes as the user.
import {
  loginApiV1AuthLoginPost,
  logoutApiV1AuthLogoutPost,
  registerApiV1AuthRegisterPost,
} from "./client/sdk.gen";

const CSRF_TOKEN = "csrf_token";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Whether asking the API who the user is can succeed: sign-in's CSRF token is kept. */
export function maybeSignedIn(): boolean {
  return localStorage.getItem(CSRF_TOKEN) !== null;
}

export async function signIn(email: string, password: string): Promise<void> {
  const { data } = await loginApiV1AuthLoginPost({ body: { email, password }, throwOnError: true });
  localStorage.setItem(CSRF_TOKEN, data.csrf_token);
}

export async function signUp(email: string, password: string): Promise<void> {
  await registerApiV1AuthRegisterPost({ body: { email, password }, throwOnError: true });
  await signIn(email, password);
}

export async function signOut(): Promise<void> {
  try {
    await logoutApiV1AuthLogoutPost();
  } finally {
    localStorage.removeItem(CSRF_TOKEN);
  }
}

/** fetch for the API client: the cookie goes by itself; changes echo the CSRF token.
 * A 401 means the session has ended: the token is dropped with it. */
export const authFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const token = localStorage.getItem(CSRF_TOKEN);
  if (token !== null && !SAFE_METHODS.has(request.method)) {
    request.headers.set("X-CSRF-Token", token);
  }
  const response = await fetch(request);
  if (response.status === 401) {
    localStorage.removeItem(CSRF_TOKEN);
  }
  return response;
};

import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { json, renderApp, sent } from "../test/app";

const ALICE = { id: 1, email: "alice@example.com", is_active: true };
const HERS = { id: 7, name: "Lamp", description: "Brass", owner_id: 1 };
const BOBS = { id: 8, name: "Chair", description: null, owner_id: 2 };
// What signing in answers, for either way of signing in: tokens (jwt) or a session
// with its CSRF token; each reads its own fields.
const SIGNED_IN = {
  access_token: "access",
  refresh_token: "refresh",
  token_type: "bearer",
  csrf_token: "csrf",
  user: ALICE,
};

function page(items: unknown[], total = items.length) {
  return json({ items, total, limit: 10, offset: 0 });
}

async function signInAsAlice() {
  fireEvent.change(await screen.findByLabelText("Email"), {
    target: { value: ALICE.email },
  });
  fireEvent.change(screen.getByLabelText("Password"), { target: { value: "a long password" } });
  fireEvent.click(screen.getByRole("button", { name: "Sign in" }));
}

describe("the pages", () => {
  it("show the items, the signed-in user's own apart from the others'", async () => {
    renderApp("/sign-in", {
      "POST /api/v1/auth/login": () => json(SIGNED_IN),
      "GET /api/v1/users/me": () => json(ALICE),
      "GET /api/v1/items": () => page([HERS, BOBS], 12),
    });

    await signInAsAlice();

    expect(await screen.findByText("alice@example.com")).toBeTruthy();
    const [lamp, chair] = screen.getAllByRole("listitem");
    expect(lamp?.textContent).toContain("yours");
    expect(chair?.textContent).toContain("read-only");
    expect(screen.getByText(/Page 1 of 2/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "New item" })).toBeTruthy();
  });

  it("say there are no items yet, and offer no new item signed out", async () => {
    renderApp("/", { "GET /api/v1/items": () => page([]) });

    expect(await screen.findByText(/No items yet/)).toBeTruthy();
    expect(screen.queryByRole("link", { name: "New item" })).toBeNull();
    expect(sent.map((request) => new URL(request.url).pathname)).toEqual(["/api/v1/items"]);
  });

  it("show why sign-in was refused, in the API's words", async () => {
    const refused = {
      error: { code: "invalid_credentials", message: "Incorrect email or password" },
      request_id: "r2",
    };
    renderApp("/sign-in", { "POST /api/v1/auth/login": () => json(refused, 401) });

    await signInAsAlice();

    expect((await screen.findByRole("alert")).textContent).toBe("Incorrect email or password");
  });

  it("show another user's item read-only", async () => {
    renderApp("/sign-in", {
      "POST /api/v1/auth/login": () => json(SIGNED_IN),
      "GET /api/v1/users/me": () => json(ALICE),
      "GET /api/v1/items": () => page([BOBS]),
      "GET /api/v1/items/8": () => json(BOBS),
    });
    await signInAsAlice();

    fireEvent.click(await screen.findByRole("link", { name: "Chair" }));

    expect(await screen.findByText(/Only the user who created it can change it/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Save" })).toBeNull();
  });
});

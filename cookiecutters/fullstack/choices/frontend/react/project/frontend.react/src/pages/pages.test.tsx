import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp, signInAsAlice } from "../test/app";
import { ALICE, BOBS, fakeApi, HERS, json, page, REFUSED, SIGNED_IN, sent } from "../test/fakeApi";

describe("the pages", () => {
  it("show the items, the signed-in user's own apart from the others'", async () => {
    fakeApi({
      "POST /api/v1/auth/login": () => json(SIGNED_IN),
      "GET /api/v1/users/me": () => json(ALICE),
      "GET /api/v1/items": () => page([HERS, BOBS], 12),
    });
    renderApp("/sign-in");

    await signInAsAlice();

    expect(await screen.findByText("alice@example.com")).toBeTruthy();
    const [lamp, chair] = screen.getAllByRole("listitem");
    expect(lamp?.textContent).toContain("yours");
    expect(chair?.textContent).toContain("read-only");
    expect(screen.getByText(/Page 1 of 2/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "New item" })).toBeTruthy();
  });

  it("say there are no items yet, and offer no new item signed out", async () => {
    fakeApi({ "GET /api/v1/items": () => page([]) });
    renderApp("/");

    expect(await screen.findByText(/No items yet/)).toBeTruthy();
    expect(screen.queryByRole("link", { name: "New item" })).toBeNull();
    expect(sent.map((request) => new URL(request.url).pathname)).toEqual(["/api/v1/items"]);
  });

  it("show why sign-in was refused, in the API's words", async () => {
    fakeApi({ "POST /api/v1/auth/login": () => json(REFUSED, 401) });
    renderApp("/sign-in");

    await signInAsAlice();

    expect((await screen.findByRole("alert")).textContent).toBe("Incorrect email or password");
  });

  it("show another user's item read-only", async () => {
    fakeApi({
      "POST /api/v1/auth/login": () => json(SIGNED_IN),
      "GET /api/v1/users/me": () => json(ALICE),
      "GET /api/v1/items": () => page([BOBS]),
      "GET /api/v1/items/8": () => json(BOBS),
    });
    renderApp("/sign-in");
    await signInAsAlice();

    fireEvent.click(await screen.findByRole("link", { name: "Chair" }));

    expect(await screen.findByText(/Only the user who created it can change it/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Save" })).toBeNull();
  });
});

// The [[ d.titles ]] pages against a fake API (fastkit create-domain wrote this).
import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { [[ d.cls ]]Public } from "../../client/types.gen";
import { renderApp, signInAsAlice } from "../../test/app";
import { ALICE, fakeApi, json, page, SIGNED_IN, sent } from "../../test/fakeApi";
import { label } from "./fields";

const HERS: [[ d.cls ]]Public = [[ hers ]];
const BOBS: [[ d.cls ]]Public = [[ bobs ]];
// Alice, as the API's users are identified in this project.
const ME = { ...ALICE, id: HERS.owner_id };

/** Alice signs in and follows the header's link to the [[ d.titles ]]. */
async function openTheList(answers: Parameters<typeof fakeApi>[0]) {
  fakeApi({
    "POST /api/v1/auth/login": () => json(SIGNED_IN),
    "GET /api/v1/users/me": () => json(ME),
    "GET /api/v1/items": () => page([]),
    "GET /api/v1/[[ d.url ]]": () => page([HERS, BOBS], 12),
    ...answers,
  });
  renderApp("/sign-in");
  await signInAsAlice();
  await screen.findByText(ALICE.email);
  fireEvent.click(screen.getByRole("link", { name: "[[ Titles ]]" }));
}

describe("the [[ d.titles ]] pages", () => {
  it("list the [[ d.titles ]], the user's own apart from the others'", async () => {
    await openTheList({});

    expect(await screen.findByText(/Page 1 of 2/)).toBeTruthy();
    const [hers, bobs] = screen.getAllByRole("listitem");
    expect(hers?.textContent).toContain("yours");
    expect(bobs?.textContent).toContain("read-only");
  });

  it("create a [[ d.title ]] from every field of the form", async () => {
    await openTheList({
      "POST /api/v1/[[ d.url ]]": () => json(HERS, 201),
      "GET /api/v1/[[ d.url ]]/[[ hers_id ]]": () => json(HERS),
    });
    fireEvent.click(await screen.findByRole("link", { name: "New [[ d.title ]]" }));
    await screen.findByRole("heading", { name: "New [[ d.title ]]" });

[% for line in fill %]
    [[ line ]]
[% endfor %]
    fireEvent.click(screen.getByRole("button", { name: "Create" }));

    expect(await screen.findByRole("heading", { name: label(HERS) })).toBeTruthy();
    const created = sent.filter((request) => request.method === "POST").at(-1);
    expect(await created?.json()).toEqual([[ expected ]]);
  });

  it("show another user's [[ d.title ]] read-only", async () => {
    await openTheList({
      "GET /api/v1/[[ d.url ]]/[[ bobs_id ]]": () => json(BOBS),
    });

    fireEvent.click(await screen.findByRole("link", { name: label(BOBS) }));

    expect(await screen.findByText(/Only the user who created it can change it/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Save" })).toBeNull();
  });
});

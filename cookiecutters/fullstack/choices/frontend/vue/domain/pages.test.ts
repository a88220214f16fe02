// The [[ d.titles ]] pages against a fake API (fastkit create-domain wrote this).
import { describe, expect, it, vi } from "vitest";
import type { [[ d.cls ]]Public } from "../../client/types.gen";
import { mountApp, shows, signInAsAlice } from "../../test/app";
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
  const app = await mountApp("/sign-in");
  await signInAsAlice(app);
  await shows(app, ALICE.email);
  await app.find('header a[href="/[[ d.url ]]"]').trigger("click");
  await shows(app, /Page 1 of 2/);
  return app;
}

describe("the [[ d.titles ]] pages", () => {
  it("list the [[ d.titles ]], the user's own apart from the others'", async () => {
    const app = await openTheList({});

    const [hers, bobs] = app.findAll("li");
    expect(hers?.text()).toContain("yours");
    expect(bobs?.text()).toContain("read-only");
  });

  it("create a [[ d.title ]] from every field of the form", async () => {
    const app = await openTheList({
      "POST /api/v1/[[ d.url ]]": () => json(HERS, 201),
      "GET /api/v1/[[ d.url ]]/[[ hers_id ]]": () => json(HERS),
    });
    await app.find('a[href="/[[ d.url ]]/new"]').trigger("click");
    await vi.waitFor(() => expect(app.find("h1").text()).toBe("New [[ d.title ]]"));

[% for line in fill %]
    [[ line ]]
[% endfor %]
    await app.find("form").trigger("submit");

    await shows(app, "Delete this [[ d.title ]]");
    expect(app.find("h1").text()).toBe(label(HERS));
    const created = sent.filter((request) => request.method === "POST").at(-1);
    expect(await created?.json()).toEqual([[ expected ]]);
  });

  it("show another user's [[ d.title ]] read-only", async () => {
    const app = await openTheList({
      "GET /api/v1/[[ d.url ]]/[[ bobs_id ]]": () => json(BOBS),
    });

    await app.find('a[href="/[[ d.url ]]/[[ bobs_id ]]"]').trigger("click");

    await shows(app, /Only the user who created it can change it/);
    expect(app.find('button[type="submit"]').exists()).toBe(false);
  });
});

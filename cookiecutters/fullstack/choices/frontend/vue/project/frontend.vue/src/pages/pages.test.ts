import { describe, expect, it } from "vitest";
import { mountApp, shows, signInAsAlice } from "../test/app";
import { ALICE, BOBS, fakeApi, HERS, json, page, REFUSED, SIGNED_IN, sent } from "../test/fakeApi";

describe("the pages", () => {
  it("show the items, the signed-in user's own apart from the others'", async () => {
    fakeApi({
      "POST /api/v1/auth/login": () => json(SIGNED_IN),
      "GET /api/v1/users/me": () => json(ALICE),
      "GET /api/v1/items": () => page([HERS, BOBS], 12),
    });
    const app = await mountApp("/sign-in");

    await signInAsAlice(app);

    await shows(app, "alice@example.com");
    await shows(app, "Lamp");
    const [lamp, chair] = app.findAll("li");
    expect(lamp?.text()).toContain("yours");
    expect(chair?.text()).toContain("read-only");
    expect(app.text()).toMatch(/Page 1 of 2/);
    expect(app.text()).toContain("New item");
  });

  it("say there are no items yet, and offer no new item signed out", async () => {
    fakeApi({ "GET /api/v1/items": () => page([]) });
    const app = await mountApp("/");

    await shows(app, "No items yet");
    expect(app.text()).not.toContain("New item");
    expect(sent.map((request) => new URL(request.url).pathname)).toEqual(["/api/v1/items"]);
  });

  it("show why sign-in was refused, in the API's words", async () => {
    fakeApi({ "POST /api/v1/auth/login": () => json(REFUSED, 401) });
    const app = await mountApp("/sign-in");

    await signInAsAlice(app);

    await shows(app, "Incorrect email or password");
    expect(app.find('[role="alert"]').text()).toBe("Incorrect email or password");
  });

  it("show another user's item read-only", async () => {
    fakeApi({
      "POST /api/v1/auth/login": () => json(SIGNED_IN),
      "GET /api/v1/users/me": () => json(ALICE),
      "GET /api/v1/items": () => page([BOBS]),
      "GET /api/v1/items/8": () => json(BOBS),
    });
    const app = await mountApp("/sign-in");
    await signInAsAlice(app);
    await shows(app, "Chair");

    await app.find('a[href="/items/8"]').trigger("click");

    await shows(app, "Only the user who created it can change it.");
    expect(app.text()).not.toContain("Save");
  });
});

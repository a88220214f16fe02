{#- Generated from cookiecutters/fullstack/choices/frontend/vue/project/frontend.vue/src/pages/pages.test.ts by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{% raw %}import type { VueWrapper } from "@vue/test-utils";
import { describe, expect, it } from "vitest";
import { json, mountApp, sent, shows } from "../test/app";

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

async function signInAsAlice(app: VueWrapper) {
  await shows(app, "Sign in");
  await app.find('input[type="email"]').setValue(ALICE.email);
  await app.find('input[type="password"]').setValue("a long password");
  await app.find("form").trigger("submit");
}

describe("the pages", () => {
  it("show the items, the signed-in user's own apart from the others'", async () => {
    const app = await mountApp("/sign-in", {
      "POST /api/v1/auth/login": () => json(SIGNED_IN),
      "GET /api/v1/users/me": () => json(ALICE),
      "GET /api/v1/items": () => page([HERS, BOBS], 12),
    });

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
    const app = await mountApp("/", { "GET /api/v1/items": () => page([]) });

    await shows(app, "No items yet");
    expect(app.text()).not.toContain("New item");
    expect(sent.map((request) => new URL(request.url).pathname)).toEqual(["/api/v1/items"]);
  });

  it("show why sign-in was refused, in the API's words", async () => {
    const refused = {
      error: { code: "invalid_credentials", message: "Incorrect email or password" },
      request_id: "r2",
    };
    const app = await mountApp("/sign-in", {
      "POST /api/v1/auth/login": () => json(refused, 401),
    });

    await signInAsAlice(app);

    await shows(app, "Incorrect email or password");
    expect(app.find('[role="alert"]').text()).toBe("Incorrect email or password");
  });

  it("show another user's item read-only", async () => {
    const app = await mountApp("/sign-in", {
      "POST /api/v1/auth/login": () => json(SIGNED_IN),
      "GET /api/v1/users/me": () => json(ALICE),
      "GET /api/v1/items": () => page([BOBS]),
      "GET /api/v1/items/8": () => json(BOBS),
    });
    await signInAsAlice(app);
    await shows(app, "Chair");

    await app.find('a[href="/items/8"]').trigger("click");

    await shows(app, "Only the user who created it can change it.");
    expect(app.text()).not.toContain("Save");
  });
});
{% endraw %}
{#- Generated from cookiecutters/fullstack/flags/frontend/project/frontend/e2e/items.spec.ts by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{% raw %}import { expect, type Page, test } from "@playwright/test";

// Fresh users each run: the database is the one .env names, and keeps them.
const run = Date.now();
const PASSWORD = "a long and uncommon password";

async function signUp(page: Page, email: string) {
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(email)).toBeVisible();
}

test("a user signs up, creates, edits and deletes an item another user cannot change", async ({
  page,
  browser,
}) => {
  const name = `Lamp ${run}`;
  await signUp(page, `alice-${run}@example.com`);

  await page.getByRole("link", { name: "New item" }).click();
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Description").fill("Brass, from the attic");
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("heading", { name: `Edit ${name}` })).toBeVisible();

  await page.getByLabel("Name").fill(`${name} (polished)`);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  const address = page.url();

  // Another user, in a browser of their own, sees it and cannot change it.
  const other = await browser.newPage();
  await signUp(other, `bob-${run}@example.com`);
  await other.goto(address);
  await expect(other.getByRole("heading", { name: `${name} (polished)` })).toBeVisible();
  await expect(other.getByText("Only the user who created it can change it.")).toBeVisible();
  await expect(other.getByRole("button", { name: "Save" })).toHaveCount(0);

  // A reload keeps the user signed in, on the same page.
  await page.reload();
  await expect(page.getByRole("heading", { name: `Edit ${name} (polished)` })).toBeVisible();
  page.once("dialog", (dialog) => dialog.accept()); // "Delete ...? This cannot be undone."
  await page.getByRole("button", { name: "Delete this item" }).click();
  await expect(page.getByRole("heading", { name: "Items" })).toBeVisible();
  await expect(page.getByText(`${name} (polished)`)).toHaveCount(0);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("an address no page has says so, and the API's unknown paths answer JSON", async ({
  page,
  request,
}) => {
  await page.goto("/no/such/page");
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();

  const response = await request.get("/api/v1/no-such-thing");
  expect(response.status()).toBe(404);
  expect((await response.json()).error.code).toBe("not_found");
});
{% endraw %}
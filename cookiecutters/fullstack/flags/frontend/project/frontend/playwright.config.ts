import { defineConfig, devices } from "@playwright/test";

// The end-to-end tests run the built pages (npm run build) as users get them: served
// by the backend, which talks to the database .env names (migrated: alembic upgrade
// head). CHROMIUM_PATH runs a browser installed another way than
// `npx playwright install chromium` (a system's chromium).
const PORT = Number(process.env.E2E_PORT ?? 8001);

export default defineConfig({
  testDir: "e2e",
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? "line" : "list",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH || undefined },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: `cd .. && .venv/bin/uvicorn app.asgi:app --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/health`,
    reuseExistingServer: !process.env.CI,
  },
});

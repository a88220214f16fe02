import { defineConfig } from "@hey-api/openapi-ts";

// The API client in src/client, made from the backend's OpenAPI document
// (npm run generate-client writes openapi.json first). Commit both: CI regenerates
// them and fails when they differ, so the pages never call an API that changed.
export default defineConfig({
  input: "openapi.json",
  output: { path: "src/client" },
  plugins: ["@hey-api/client-fetch", "@tanstack/vue-query"],
});

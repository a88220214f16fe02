{#- Generated from cookiecutters/fullstack/choices/frontend/vue/project/frontend.vue/vite.config.ts by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{% raw %}import vue from "@vitejs/plugin-vue";
import { defineConfig } from "vitest/config";

// The API this app talks to in development: `fastapi dev` in the project folder.
const API = process.env.API_URL ?? "http://127.0.0.1:8000";

export default defineConfig({
  plugins: [vue()],
  // The pages call the API on their own origin, as they do once FastAPI serves
  // them: Vite passes those paths on.
  server: { proxy: { "/api": API, "/health": API } },
  test: {
    environment: "happy-dom",
    environmentOptions: { happyDOM: { url: "http://localhost:5173" } },
    include: ["src/**/*.test.ts"],
  },
});
{% endraw %}
{#- Generated from cookiecutters/fullstack/choices/frontend/vue/project/frontend.vue/src/main.ts by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{% raw %}import { VueQueryPlugin } from "@tanstack/vue-query";
import { createApp } from "vue";
import App from "./App.vue";
import { configureClient, makeQueryClient } from "./api";
import { makeRouter } from "./router";
import "./styles.css";

configureClient();
createApp(App)
  .use(makeRouter())
  .use(VueQueryPlugin, { queryClient: makeQueryClient() })
  .mount("#app");
{% endraw %}
import { VueQueryPlugin } from "@tanstack/vue-query";
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

{#- Generated from cookiecutters/fullstack/choices/frontend/vue/project/frontend.vue/src/router.ts by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{% raw %}// The pages and their addresses. Every address is also served by FastAPI once
// built (a path no API route matches gets index.html), so a reload stays put.
import { createRouter, createWebHistory, type RouterHistory } from "vue-router";
import ItemPage from "./pages/ItemPage.vue";
import ItemsPage from "./pages/ItemsPage.vue";
import NewItemPage from "./pages/NewItemPage.vue";
import NotFound from "./pages/NotFound.vue";
import SignInPage from "./pages/SignInPage.vue";
import SignUpPage from "./pages/SignUpPage.vue";

export function makeRouter(history: RouterHistory = createWebHistory()) {
  return createRouter({
    history,
    routes: [
      { path: "/", component: ItemsPage },
      { path: "/items/new", component: NewItemPage },
      { path: "/items/:itemId", component: ItemPage, props: true },
      { path: "/sign-in", component: SignInPage },
      { path: "/sign-up", component: SignUpPage },
      // The domains' pages: fastkit create-domain adds each domain's routes here.
      { path: "/:path(.*)*", component: NotFound },
    ],
  });
}
{% endraw %}
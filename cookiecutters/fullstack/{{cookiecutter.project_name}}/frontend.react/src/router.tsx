{#- Generated from cookiecutters/fullstack/choices/frontend/react/project/frontend.react/src/router.tsx by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{% raw %}// The pages and their addresses. Every address is also served by FastAPI once
// built (a path no API route matches gets index.html), so a reload stays put.
import { createRoute, createRouter, type RouterHistory } from "@tanstack/react-router";
import { pageSearch } from "./components/PageLinks";
import { ItemPage } from "./pages/ItemPage";
import { ItemsPage } from "./pages/ItemsPage";
import { NewItemPage } from "./pages/NewItemPage";
import { SignInPage, SignUpPage } from "./pages/SignInPage";
import { root } from "./root";

const routeTree = root.addChildren([
  createRoute({
    getParentRoute: () => root,
    path: "/",
    component: ItemsPage,
    validateSearch: pageSearch,
  }),
  createRoute({ getParentRoute: () => root, path: "/items/new", component: NewItemPage }),
  createRoute({ getParentRoute: () => root, path: "/items/$itemId", component: ItemPage }),
  createRoute({ getParentRoute: () => root, path: "/sign-in", component: SignInPage }),
  createRoute({ getParentRoute: () => root, path: "/sign-up", component: SignUpPage }),
  // The domains' pages: fastkit create-domain adds each domain's routes here.
]);

export function makeRouter(history?: RouterHistory) {
  return createRouter({ routeTree, history, defaultPreload: "intent" });
}

declare module "@tanstack/react-router" {
  interface Register {
    router: ReturnType<typeof makeRouter>;
  }
}
{% endraw %}
{#- Generated from cookiecutters/fullstack/choices/frontend/react/project/frontend.react/src/router.tsx by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{% raw %}// The pages and their addresses. Every address is also served by FastAPI once
// built (a path no API route matches gets index.html), so a reload stays put.
import {
  createRootRoute,
  createRoute,
  createRouter,
  type RouterHistory,
} from "@tanstack/react-router";
import { ItemPage } from "./pages/ItemPage";
import { ItemsPage } from "./pages/ItemsPage";
import { Layout, NotFound } from "./pages/Layout";
import { NewItemPage } from "./pages/NewItemPage";
import { SignInPage, SignUpPage } from "./pages/SignInPage";

const root = createRootRoute({ component: Layout, notFoundComponent: NotFound });

const items = createRoute({
  getParentRoute: () => root,
  path: "/",
  component: ItemsPage,
  validateSearch: (search: Record<string, unknown>): { page: number } => {
    const page = Number(search.page);
    return { page: Number.isInteger(page) && page > 1 ? page : 1 };
  },
});

const routeTree = root.addChildren([
  items,
  createRoute({ getParentRoute: () => root, path: "/items/new", component: NewItemPage }),
  createRoute({ getParentRoute: () => root, path: "/items/$itemId", component: ItemPage }),
  createRoute({ getParentRoute: () => root, path: "/sign-in", component: SignInPage }),
  createRoute({ getParentRoute: () => root, path: "/sign-up", component: SignUpPage }),
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
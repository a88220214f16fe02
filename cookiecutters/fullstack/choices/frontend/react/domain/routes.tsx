// The [[ d.titles ]] pages' addresses (fastkit create-domain wrote this; src/router.tsx
// lists these routes, the header links to the first).
import { createRoute } from "@tanstack/react-router";
import { pageSearch } from "../../components/PageLinks";
import { root } from "../../root";
import { ListPage, NewPage, RecordPage } from "./pages";

export const routes = [
  createRoute({
    getParentRoute: () => root,
    path: "/[[ d.url ]]",
    component: ListPage,
    validateSearch: pageSearch,
  }),
  createRoute({ getParentRoute: () => root, path: "/[[ d.url ]]/new", component: NewPage }),
  createRoute({ getParentRoute: () => root, path: "/[[ d.url ]]/$id", component: RecordPage }),
] as const;

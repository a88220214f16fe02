{#- Generated from cookiecutters/fullstack/choices/frontend/react/project/frontend.react/src/root.tsx by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{% raw %}// The route every page is under: the header and the not-found page. Its own
// module, so a domain's routes (src/domains/*/routes.tsx) can name it.
import { createRootRoute } from "@tanstack/react-router";
import { Layout, NotFound } from "./pages/Layout";

export const root = createRootRoute({ component: Layout, notFoundComponent: NotFound });
{% endraw %}
// The [[ d.titles ]] pages' addresses (fastkit create-domain wrote this; src/router.ts
// lists these routes, the header links to the first).
import type { RouteRecordRaw } from "vue-router";
import ListPage from "./ListPage.vue";
import NewPage from "./NewPage.vue";
import RecordPage from "./RecordPage.vue";

export const routes: RouteRecordRaw[] = [
  { path: "/[[ d.url ]]", component: ListPage },
  { path: "/[[ d.url ]]/new", component: NewPage },
  { path: "/[[ d.url ]]/:id", component: RecordPage, props: true },
];

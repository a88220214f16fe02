{#- Generated from cookiecutters/fullstack/choices/frontend/vue/project/frontend.vue/src/env.d.ts by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{% raw %}// What TypeScript knows of a .vue file imported from TypeScript: a component.
declare module "*.vue" {
  import type { DefineComponent } from "vue";

  const component: DefineComponent;
  export default component;
}
{% endraw %}
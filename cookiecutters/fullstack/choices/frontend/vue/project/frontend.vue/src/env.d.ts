// What TypeScript knows of a .vue file imported from TypeScript: a component.
declare module "*.vue" {
  import type { DefineComponent } from "vue";

  const component: DefineComponent;
  export default component;
}

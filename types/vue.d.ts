/**
 * Template types for Vue 3: `import type {} from "payrex-components/types/vue";` once (or list it in
 * tsconfig `types`). vue-tsc then checks every `<payrex-…>` tag's attributes, properties and
 * `@payrex-…` event handlers (typed `detail`) through Vue's `GlobalComponents`.
 */
export type { CustomElements as PayrexVueElements } from "./generated/vue.js";

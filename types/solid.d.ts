/**
 * Template types for Solid: `import type {} from "payrex-components/types/solid";` once. Every
 * `<payrex-…>` tag then checks its attributes, `prop:` properties and `on:payrex-…` events (typed
 * `detail`).
 */
import type { CustomElements } from "./generated/solid.js";

export type { CustomElements as PayrexSolidElements };

declare module "solid-js" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}

/**
 * Template types for Preact JSX: `import type {} from "payrex-components/types/preact";` once (or list
 * it in tsconfig `types`). Every `<payrex-…>` tag then checks its attributes, properties and
 * `onpayrex-…` event handlers (typed `detail`).
 */
import type { JSX } from "preact";
import type { CustomElements } from "./generated/jsx.js";
import type {} from "payrex-components/define.js";

type Tag = keyof CustomElements & keyof HTMLElementTagNameMap;
type PreactProps<K extends Tag> = JSX.HTMLAttributes<HTMLElementTagNameMap[K]>;

/** The payrex tags as Preact sees them: Preact's own HTML props plus each element's attributes, properties and events. */
export type PayrexPreactElements = {
  [K in Tag]: PreactProps<K> & { [P in Exclude<keyof CustomElements[K], keyof PreactProps<K>>]?: CustomElements[K][P] | undefined };
};

declare module "preact" {
  namespace JSX {
    interface IntrinsicElements extends PayrexPreactElements {}
  }
}

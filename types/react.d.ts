/**
 * Template types for React 19 JSX: `import type {} from "payrex-components/types/react";` once (or
 * list it in tsconfig `types`). Every `<payrex-…>` tag then checks its attributes, properties and
 * `onpayrex-…` event handlers (typed `detail`). For server rendering with hydration, prefer the
 * components of `payrex-components/react`, which keep properties and listeners after hydration.
 */
import type { DetailedHTMLProps, HTMLAttributes } from "react";
import type { CustomElements } from "./generated/jsx.js";
import type {} from "payrex-components/define.js";

type Tag = keyof CustomElements & keyof HTMLElementTagNameMap;
type ReactProps<K extends Tag> = DetailedHTMLProps<HTMLAttributes<HTMLElementTagNameMap[K]>, HTMLElementTagNameMap[K]>;
/** React's convention: an optional prop also takes `undefined` (so it holds under exactOptionalPropertyTypes). */
type OrUndefined<T> = { [P in keyof T]?: T[P] | undefined };

/** The payrex tags as React sees them: React's own HTML props plus each element's attributes, properties and events. */
export type PayrexReactElements = {
  [K in Tag]: ReactProps<K> & OrUndefined<Omit<CustomElements[K], keyof ReactProps<K>>>;
};

declare module "react" {
  namespace JSX {
    interface IntrinsicElements extends PayrexReactElements {}
  }
}

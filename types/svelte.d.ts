/**
 * Template types for Svelte 5: `import type {} from "payrex-components/types/svelte";` once, e.g. in
 * `src/app.d.ts`. Every `<payrex-…>` tag then checks its attributes, properties and
 * `onpayrex-…` event attributes (typed `detail`), Svelte 5's event syntax.
 */
import type { HTMLAttributes } from "svelte/elements";
import type { CustomElements } from "./generated/jsx.js";
import type {} from "payrex-components/define.js";

type Tag = keyof CustomElements & keyof HTMLElementTagNameMap;
type SvelteProps<K extends Tag> = HTMLAttributes<HTMLElementTagNameMap[K]>;

/** The payrex tags as Svelte sees them: Svelte's own HTML attributes plus each element's attributes, properties and events. */
export type PayrexSvelteElements = {
  [K in Tag]: SvelteProps<K> & { [P in Exclude<keyof CustomElements[K], keyof SvelteProps<K>>]?: CustomElements[K][P] | undefined | null };
};

declare module "svelte/elements" {
  interface SvelteHTMLElements extends PayrexSvelteElements {}
}

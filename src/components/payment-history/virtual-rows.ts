/**
 * Virtual scrolling on demand: `virtual.js` (the virtualizer, and printing, which only a virtualised
 * list needs to watch) is loaded once per page, on the first history that may need it, and shared by
 * every instance.
 */
export type Virtual = typeof import("./virtual.js");

/** What the virtualizer offers on its host element (`virtualizerRef`). */
interface VirtualizerHandle {
  element(i: number): { scrollIntoView(options?: ScrollIntoViewOptions): void } | undefined;
}

let loaded: Virtual | undefined;
let loading: Promise<Virtual> | undefined;

/** The module, once it has loaded. */
export const virtualModule = (): Virtual | undefined => loaded;

/** Starts loading the module (once per page); `then` runs when it has loaded. */
export function loadVirtual(then: () => void): void {
  loading ??= import("./virtual.js");
  void loading.then((m) => {
    loaded = m;
    then();
  });
}

/** Scrolls (the page, or the box) to row `i`'s estimated place in a virtualised row group; the virtualizer draws it there. */
export function revealRow(body: HTMLElement | null, i: number): void {
  const handle = loaded && (body as (HTMLElement & Record<symbol, VirtualizerHandle | undefined>) | null)?.[loaded.virtualizerRef];
  handle?.element(i)?.scrollIntoView({ block: "nearest" });
}

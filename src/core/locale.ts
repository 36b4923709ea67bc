/**
 * Watches `document.documentElement.lang` so elements that fall back to the page language follow it
 * when an app switches language at run time. One observer for the whole page, created on first use.
 */
type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

export function watchDocumentLang(listener: Listener): () => void {
  if (!observer && typeof MutationObserver !== "undefined") {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["lang"] });
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const documentLang = (): string =>
  (typeof document !== "undefined" && document.documentElement.lang) || "";

import type { CSSResult, CSSResultGroup } from "lit";
import { tokens } from "../../core/styles.js";
import { styles } from "./address-editor.styles.js";

/** Everything a shadow root would get, for editors rendered into the light DOM. */
const lightStyles = [tokens, ...styles];

const sheets = new WeakMap<object, CSSStyleSheet>();

/**
 * The shadow styles as one sheet for editors rendered into the light DOM (`render-root="light"`):
 * `:host` becomes the element itself and every other rule is nested under it. Adopted by the document
 * or shadow root holding the editor, so it needs no inline styles under a strict CSP.
 */
export function lightSheet(tag: string, styles: CSSResultGroup): CSSStyleSheet {
  const cached = sheets.get(styles);
  if (cached) return cached;
  const text = [styles]
    .flat(9)
    .map((s) => (s as { cssText?: string }).cssText ?? "")
    .join("\n");
  const keyframes: string[] = [];
  // @keyframes cannot be nested in a style rule: they stay at the top level.
  const body = text
    .replace(/@keyframes[^{]+\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, (m) => (keyframes.push(m), ""))
    .replace(/:host\(([^)]*)\)/g, "&$1")
    .replace(/:host\b/g, "&");
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`${keyframes.join("\n")}\n${tag}[render-root="light"]{${body}}`);
  sheets.set(styles, sheet);
  return sheet;
}

/** Adds the sheets `root` does not hold yet (a document or shadow root shared with other content). */
function adoptMissing(root: Document | ShadowRoot, add: CSSStyleSheet[]): void {
  const missing = add.filter((s) => !root.adoptedStyleSheets.includes(s));
  if (missing.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...missing];
}

/**
 * In a shadow root, adds the pickers' styles once they have loaded (the element's own come with its
 * lazy part). In the light DOM, adopts every style, as one nested sheet each, into the document or
 * shadow root holding the editor.
 */
export function adoptEditorStyles(host: HTMLElement & { renderRoot: unknown }, pickers?: CSSResult): void {
  if (host.renderRoot !== host) {
    if (pickers && host.shadowRoot) adoptMissing(host.shadowRoot, [pickers.styleSheet!]);
    return;
  }
  const sheets = [lightSheet(host.localName, lightStyles)];
  if (pickers) sheets.push(lightSheet(host.localName, pickers));
  adoptMissing(host.getRootNode() as Document | ShadowRoot, sheets);
}

import { html, type TemplateResult } from "lit";

// Its own module, imported only by the elements' lazy parts (the status lines of the forms).
const shown = new WeakMap<object, { key: unknown; odd: boolean }>();
const even = (content: unknown) => html`${content}`;
const odd = (content: unknown) => html`${content}`;

/**
 * `content` drawn into new nodes whenever `key` differs from the key `owner` last drew (as lit's
 * `keyed` does, without a directive): a live region then announces a message again even when its
 * text is the same. Two templates of their own take turns, and lit replaces the DOM of a part when
 * its template changes. Call it once per render for each `owner` (one status line).
 */
export function fresh(owner: object, key: unknown, content: unknown): TemplateResult {
  let last = shown.get(owner);
  if (!last || last.key !== key) shown.set(owner, (last = { key, odd: !last?.odd }));
  return last.odd ? odd(content) : even(content);
}

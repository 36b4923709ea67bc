/**
 * Registers an element once. A second import, or a second copy of the bundle on the same page, finds
 * the tag taken and leaves the first registration in place instead of throwing.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements !== "undefined" && !customElements.get(tag)) customElements.define(tag, ctor);
}

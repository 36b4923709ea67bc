import { ContextRoot } from "@lit/context";

let contextRoot: ContextRoot | undefined;

/**
 * Registers an element once. A second import, or a second copy of the bundle on the same page, finds
 * the tag taken and leaves the first registration in place instead of throwing.
 *
 * The first registration also attaches a context root to the document: an element upgraded before the
 * `<payrex-provider>` around it (its module ran first, or the provider's tag is defined later) asks
 * again for the provider's settings when that provider connects, instead of keeping none. This runs
 * only on registration, never when the package's `.` export is imported.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === "undefined" || customElements.get(tag)) return;
  if (!contextRoot && typeof document !== "undefined") {
    contextRoot = new ContextRoot();
    contextRoot.attach(document.documentElement);
  }
  customElements.define(tag, ctor);
}

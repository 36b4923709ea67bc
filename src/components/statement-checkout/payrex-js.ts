/**
 * The slice of PayRex.js (PayRex's browser library) the checkout uses, and its default loader.
 * PayRex.js must come from PayRex's own host (PCI), so it is injected as a script, never bundled.
 */

/** A mounted payment element (PayRex renders it in an iframe). */
export interface PayrexPaymentElement {
  mount(target: string | HTMLElement): void;
  unmount?(): void;
  destroy?(): void;
}

/** What `payrex.elements({ clientSecret })` returns. */
export interface PayrexElements {
  create(type: "payment", options?: Record<string, unknown>): PayrexPaymentElement;
}

/** An initialised PayRex.js instance (`Payrex(publicKey)`). */
export interface PayrexJs {
  elements(options: { clientSecret: string } & Record<string, unknown>): PayrexElements;
  attachPaymentMethod(options: { elements: PayrexElements; options: { return_url: string } }): Promise<unknown>;
  getPaymentIntent?(clientSecret: string): Promise<{ status?: string } | null | undefined>;
}

/** Loads PayRex.js and initialises it with a public key. */
export type PayrexJsLoader = (publicKey: string, options?: { nonce?: string }) => Promise<PayrexJs>;

type PayrexFactory = (publicKey: string) => PayrexJs;

/** PayRex's official host for PayRex.js. */
export const PAYREX_JS_URL = "https://js.payrexhq.com";

let script: Promise<void> | undefined;

/**
 * The default loader: injects `<script src="https://js.payrexhq.com">` once per page (reusing one that
 * is already there, e.g. from another copy of this library), then returns `window.Payrex(publicKey)`.
 * A failed load is forgotten, so a retry injects the script again.
 */
export const loadPayrexJs: PayrexJsLoader = async (publicKey, { nonce } = {}) => {
  const w = window as unknown as { Payrex?: PayrexFactory };
  if (!w.Payrex) {
    script ??= new Promise<void>((resolve, reject) => {
      let el = [...document.querySelectorAll("script")].find((s) => s.src.replace(/\/$/, "") === PAYREX_JS_URL);
      if (!el) {
        el = document.createElement("script");
        el.src = PAYREX_JS_URL;
        if (nonce) el.nonce = nonce;
        document.head.append(el);
      }
      const tag = el;
      tag.addEventListener("load", () => resolve());
      tag.addEventListener("error", () => {
        tag.remove();
        reject(new Error("PayRex.js could not be loaded."));
      });
    }).then(() => {
      if (!w.Payrex) throw new Error("PayRex.js did not define window.Payrex.");
    });
    script.catch(() => (script = undefined));
    await script;
  }
  return w.Payrex!(publicKey);
};

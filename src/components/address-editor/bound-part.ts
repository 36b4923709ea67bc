import type { PropertyValues } from "lit";
import { PayrexError } from "../../api/errors.js";
import type { Customer } from "../../api/schemas.js";
import { partFailed } from "../../core/lazy.js";
import type { BoundAddress } from "./bound-address.js";
import type { PayrexAddressEditor } from "./address-editor.js";
import type { AddressEditorController } from "./address-editor.controller.js";

// Bound mode only: loading and saving the customer, with the shared `CustomerBinding` and
// `ResourceController`. An editor inside a merchant's own form (no `customer-id`) never loads it.
const load = () => import("./bound-address.js");

/**
 * Bound mode's part of one editor (`BoundAddress`), loaded the first time the editor is bound
 * (`customer-id`, or a `customer` it follows). Until it is there the editor shows its loading
 * status; a failed download shows the load error with a retry and fires `payrex-error`.
 */
export class BoundPart {
  /** The part, once loaded. */
  value?: BoundAddress;
  /** Why the download failed; cleared when `load()` tries again. */
  error?: PayrexError;
  private _loading?: Promise<BoundAddress>;

  constructor(private readonly editor: AddressEditorController) {}

  private get host(): PayrexAddressEditor {
    return this.editor.host;
  }

  /** True when the editor saves to a customer (`customer-id`, or a `customer` it will follow). */
  get wanted(): boolean {
    return !!(this.value || this.host.customerId || this.host.customer);
  }

  /** Loads the part (once; again after a failed download: the retry button calls this). */
  readonly load = (): Promise<BoundAddress> => {
    if (this.value) return Promise.resolve(this.value);
    if (this._loading) return this._loading;
    this.error = undefined;
    const loading = load().then(
      (m) => {
        if (!this.value) {
          this.value = new m.BoundAddress(this.editor);
          // Takes the element's customer in now, as the editor took its value: the element may
          // never update (not connected) before `submit()` runs.
          this.value.willUpdate(new Map());
        }
        this.host.requestUpdate();
        return this.value;
      },
      (cause: unknown) => {
        this._loading = undefined;
        throw (this.error = partFailed(this.host, cause));
      },
    );
    this._loading = loading;
    // The element's `updateComplete` waits for it.
    this.editor.track(loading).catch(() => undefined);
    return loading;
  };

  /** Called from the editor's `willUpdate`: starts the download once bound, passes updates on. */
  willUpdate(changed: PropertyValues<PayrexAddressEditor>): void {
    if (this.wanted && !this._loading && !this.error) void this.load().catch(() => undefined);
    this.value?.willUpdate(changed);
  }

  /** Validates and saves (a call while a save is in flight gets that save); loads the part first if needed. */
  submit(): Promise<Customer> {
    if (this.value) return this.value.submit();
    if (!this.wanted) {
      return Promise.reject(new PayrexError("validation", "submit() saves to a customer: set the editor's customer-id first."));
    }
    return this.load().then((bound) => bound.submit());
  }

  /** Loads the bound customer again; nothing to do when not bound. */
  async reload(): Promise<void> {
    if (this.wanted) return (await this.load()).reload();
  }
}

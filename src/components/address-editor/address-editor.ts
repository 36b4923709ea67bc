import type { PropertyDeclarations } from "lit";
import { PayrexFormControl } from "../../core/form-control.js";
import type { Implementation } from "../../core/payrex-element.js";
import type { PayrexError, PayrexErrorDetail } from "../../api/errors.js";
import type { BillingDetails, Customer } from "../../api/schemas.js";

/** How a field is shown. */
export type FieldMode = "required" | "optional" | "hidden";
/** Per-field settings; a field left out follows the country (state, postal code) or its default. */
export type AddressFieldConfig = Partial<Record<"line2" | "phone" | "name" | "email" | "postal_code" | "state", FieldMode>>;

/** The editor's value: PayRex billing details (every part a string or null). */
export interface AddressValue {
  name?: string | null;
  email?: string | null;
  phone: string | null;
  address: {
    line1: string | null;
    line2: string | null;
    city: string | null;
    state: string | null;
    postal_code: string | null;
    country: string | null;
  };
}

/**
 * A country-aware billing address editor. Used alone it is a form control: with a `name` inside a
 * native `<form>`, every part goes into FormData as `name[line1]`, `name[city]`, …, and it takes part
 * in validation, reset, `<fieldset disabled>` and back/forward restore. With `customer-id` and an
 * adapter it loads and saves that customer's billing details.
 *
 * Field order, labels, required fields and the postal-code pattern follow Google's address data for
 * the chosen country, loaded as a small chunk. For the Philippines it offers searchable region →
 * province → city → barangay pickers from the PSGC, loaded in chunks on demand (`data-url`).
 *
 * @summary Edit a billing address and phone number, alone, inside any form, or bound to a customer.
 * @event input - As the user edits any part.
 * @event change - When the user commits a change to a part.
 * @event payrex-address-saved - Bound mode: after the address was saved; `detail.customer`.
 * @event payrex-error - Bound mode: when loading or saving fails; `detail.error`.
 * @csspart form - The group holding every field.
 * @csspart input - Every text input, combobox and the country select.
 * @csspart combobox - The Philippine place pickers.
 * @csspart listbox - A picker's list of places.
 * @csspart option - One place in that list.
 * @csspart country - The country select.
 * @csspart save - The save button (bound mode).
 * @csspart alert - Load and save failures.
 * @csspart status - Loading, saving and saved messages.
 * @cssprop --payrex-address-gap - Space between fields on one row.
 * @slot - Nothing; the editor renders its own fields.
 * @attr {"light"} render-root - `light` renders the fields into the light DOM (for password managers and autofill extensions that do not look into shadow roots); read when the element is first connected.
 */
export class PayrexAddressEditor extends PayrexFormControl {
  static override implementation = (): Promise<Implementation> =>
    import("./address-editor.impl.js").then((m) => ({ prototype: m.AddressEditorImpl.prototype, styles: m.styles }));

  static override properties: PropertyDeclarations = {
    value: { attribute: false, noAccessor: true },
    country: { type: String },
    allowedCountries: {
      attribute: "allowed-countries",
      converter: (v: string | null) => v?.toUpperCase().split(/[\s,]+/).filter(Boolean),
    },
    fields: {
      converter: (v: string | null) => {
        try {
          return v ? JSON.parse(v) : undefined;
        } catch {
          return undefined;
        }
      },
    },
    customerId: { type: String, attribute: "customer-id" },
    dataUrl: { type: String, attribute: "data-url" },
    barangayField: { type: String, attribute: "barangay-field" },
    _formats: { state: true },
    _phState: { state: true },
    _showAll: { state: true },
    _serverErrors: { state: true },
    _saving: { state: true },
    _saveError: { state: true },
    _saved: { state: true },
    _announcement: { state: true },
  };

  /**
   * Page-wide base URL of the Philippine place chunks (`index.json`, `b/<psgc>.json`) built by
   * `.ci/build-ph-data.mjs`; by default `ph/` next to the script. For self-hosting.
   */
  static dataUrl: string | undefined;

  /** ISO 3166-1 alpha-2 code of the address's country; default `PH`. */
  declare country: string;
  /** Countries offered, e.g. `allowed-countries="PH SG US"`; default every country. */
  declare allowedCountries: string[] | undefined;
  /** Per field (`line2`, `phone`, `name`, `email`, `postal_code`, `state`): `required`, `optional` or `hidden`. JSON as an attribute. */
  declare fields: AddressFieldConfig | undefined;
  /** Bound mode: the customer whose billing details are loaded and saved. */
  declare customerId: string | undefined;
  /** Base URL of the Philippine place chunks for this editor (wins over the static `dataUrl`). */
  declare dataUrl: string | undefined;
  /** Where the picked barangay goes: `line2` (default) or `none` (no barangay picker; line2 stays free). */
  declare barangayField: "line2" | "none";

  /** Calls made before the implementation loaded; it replays them once, in order, and clears this. */
  protected declare _q: (() => void)[] | undefined;
  /** The last value set before the implementation loaded, for the `value` getter meanwhile. */
  protected declare _early: AddressValue | BillingDetails | null | undefined;
  /** What `reset()` without a value set returns to: the country when first connected. */
  protected declare _initialCountry: string | undefined;
  /** `render-root="light"`: the fields live in the light DOM (set by `createRenderRoot()`). */
  protected declare _light: boolean | undefined;
  /** Formats and place lists being loaded; `updateComplete` waits for them. */
  protected declare _pending: Set<Promise<unknown>> | undefined;

  constructor() {
    super();
    this.country = "PH";
    this.barangayField = "line2";
    this._q = [];
  }

  // The members below are replaced by the implementation when it loads (on first connection).

  /** The billing details being edited: `{ name?, email?, phone, address: { line1, line2, city, state, postal_code, country } }`. Setting it also makes it what `reset()` returns to. */
  get value(): AddressValue {
    const empty = { line1: null, line2: null, city: null, state: null, postal_code: null };
    return (this._early as AddressValue) ?? { phone: null, address: { ...empty, country: this.country || null } };
  }
  set value(v: AddressValue | BillingDetails | null | undefined) {
    this._early = v;
    this._q?.push(() => (this.value = v));
  }

  /** Shows every problem and focuses the first invalid field; true when the value is valid. */
  validate(): boolean {
    return false;
  }

  /** The value when it is valid, otherwise null (nothing is shown). */
  getValue(): AddressValue | null {
    return null;
  }

  /** Back to the last value set (or loaded), clearing messages. */
  reset(): void {
    this._q?.push(() => this.reset());
  }

  /**
   * Shows a backend's field errors (`parameter` such as `billing_details[address][postal_code]`) at
   * their fields. Returns the details that name no field of this editor.
   */
  setErrors(error: PayrexError | PayrexErrorDetail[]): PayrexErrorDetail[] {
    this._q?.push(() => this.setErrors(error));
    return [];
  }

  /** Bound mode: saves the address to the customer; resolves with the updated customer. */
  submit(): Promise<Customer> {
    return this.implementationLoaded().then(() => this.submit());
  }

  /** Bound mode: loads the customer's billing details again. */
  reload(): Promise<void> {
    return this.implementationLoaded().then(() => this.reload());
  }

  protected formValue(): { value: FormData | string | null; state: FormData | string | null } {
    return { value: null, state: null };
  }
  protected formValidity(): { message: string; anchor?: HTMLElement } | null {
    return null;
  }
  protected resetValue(): void {
    this._q?.push(() => this.resetValue());
  }
  // The browser may hand the state back before the implementation has loaded.
  protected restoreValue(state: FormData | string): void {
    this._q?.push(() => this.restoreValue(state));
  }

  // Lit and the browser call these before the implementation loads.

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return (this._light = this.getAttribute("render-root") === "light") ? this : super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._initialCountry ??= this.country;
  }

  /** Resolves once rendered and every format or place list it is waiting for has arrived. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this._pending?.size) {
      await Promise.allSettled([...this._pending]);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Standalone editors need no backend. */
  protected override get needsAdapter(): boolean {
    return !!this.customerId;
  }
}

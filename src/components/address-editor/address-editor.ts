import type { PropertyDeclarations, PropertyValues } from "lit";
import { PayrexFormControl } from "../../core/form-control.js";
import { LazyController } from "../../core/lazy.js";
import type { PayrexError, PayrexErrorDetail } from "../../api/errors.js";
import type { BillingDetails, Customer } from "../../api/schemas.js";
import type { AddressFieldConfig, AddressValue } from "./address-model.js";

export type { AddressFieldConfig, AddressValue, FieldMode } from "./address-model.js";

// One download per page, started by the first editor made.
const load = () => import("./address-editor.controller.js");
// What the first render also needs: the address formats, and with the Philippines shown (the
// default) its place pickers and their place index. Started next to the behaviour's download
// instead of after it has arrived and rendered; the behaviour imports the same modules (and asks
// for the same index), so each is fetched once.
const loadFormats = () => import("./formats.lazy.js");
const loadPickers = () => import("./ph-cascade.js");
const prefetch = (loading: Promise<unknown>) => void loading.catch(() => undefined);

/** What the editor's lazily loaded part reads from the element beyond its public surface. */
export interface EditorInternals {
  /** The country when the element was first connected: what `reset()` without a value returns to. */
  initialCountry(): string | undefined;
  /** The value set and the state the browser restored before the part loaded, handed over once. */
  takeEarly(): EarlyState | undefined;
}
interface EarlyState {
  value?: AddressValue | BillingDetails | null;
  restore?: FormData | string;
}

/**
 * A country-aware billing address editor. Used alone it is a form control: with a `name` inside a
 * native `<form>`, every part goes into FormData as `name[line1]`, `name[city]`, …, and it takes part
 * in validation, reset, `<fieldset disabled>` and back/forward restore. With `customer-id` and an
 * adapter it loads and saves that customer's billing details (one save at a time: a second submit,
 * by Enter or the button, joins the one in flight).
 *
 * Field order, labels, required fields and the postal-code pattern follow Google's address data for
 * the chosen country, loaded as a small chunk. For the Philippines it offers searchable region →
 * province → city → barangay pickers from the PSGC, bundled as lazily loaded modules (or the same modules at `dataUrl`).
 *
 * The editor's behaviour loads on first use. Until it has, `submit()` and `reload()` wait for it,
 * while `validate()`, `getValue()`, `reset()` and `setErrors()` throw an "InvalidStateError"
 * DOMException: await `ready` (or `updateComplete` once connected) first. Setting `value` works at
 * any time.
 *
 * Field messages from a backend (`setErrors()`, a failed save) are the backend's own words.
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
 * @csspart alert - Load and save failures, and configuration errors.
 * @csspart retry - The "Try again" button of a load failure.
 * @csspart status - Loading, saving and saved messages.
 * @cssprop --payrex-address-gap - Space between fields on one row.
 * @cssprop --payrex-focus-ring - Colour of the focus outline (default: the primary colour); keep it at 3:1 or more against the background.
 * @slot - Nothing; the editor renders its own fields.
 * @attr {"light"} render-root - `light` renders the fields into the light DOM (for password managers and autofill extensions that do not look into shadow roots); read when the element is first connected.
 */
export class PayrexAddressEditor extends PayrexFormControl {
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
    customer: { attribute: false },
    // A script URL: set from the page's own script only, so markup (sanitised HTML, a CMS block)
    // can never point the editor at code to run.
    dataUrl: { attribute: false },
    barangayField: { type: String, attribute: "barangay-field" },
  };

  /**
   * Page-wide base URL of self-hosted Philippine place data: a folder holding the ES modules of the
   * package's `dist/ph/` (`ph-index.js`, `ph-barangays-<n>.js`). Unset (the default), the data bundled
   * with the package is used. The modules run with the page's rights, as a `<script src>` would: name
   * only a host you trust (and list it in `script-src` under a CSP); `http(s):` only.
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
  /** Bound mode: the customer being edited. Set it to skip loading one you already have; updated after each load and save. */
  declare customer: Customer | undefined;
  /**
   * Base URL of self-hosted place data modules for this editor (wins over the static `dataUrl`); unset,
   * the bundled data. A property only, never an attribute: the modules run as scripts (see the static `dataUrl`).
   */
  declare dataUrl: string | undefined;
  /** Where the picked barangay goes: `line2` (default) or `none` (no barangay picker; line2 stays free). */
  declare barangayField: "line2" | "none";

  private readonly _editor = new LazyController(
    this,
    load,
    (m) =>
      new m.AddressEditorController(this, {
        initialCountry: () => this._initialCountry,
        takeEarly: () => {
          const early = this._early;
          this._early = undefined;
          return early;
        },
      }),
    (m) => m.styles,
  );
  private _early?: EarlyState;
  private _initialCountry?: string;

  constructor() {
    super();
    this.country = "PH";
    this.barangayField = "line2";
  }

  /**
   * The billing details being edited: `{ name?, email?, phone, address: { line1, line2, city, state,
   * postal_code, country } }`, the phone in E.164 when it can be read. Setting it also makes it what
   * `reset()` returns to. Before the behaviour has loaded nothing can have been edited: it is the
   * value set, or an empty address in `country`.
   */
  get value(): AddressValue {
    const editor = this._editor.value;
    if (editor) return editor.value;
    const empty = { line1: null, line2: null, city: null, state: null, postal_code: null };
    return (this._early?.value as AddressValue) ?? { phone: null, address: { ...empty, country: this.country || null } };
  }
  set value(v: AddressValue | BillingDetails | null | undefined) {
    const editor = this._editor.value;
    if (editor) editor.assign(v ?? null, true);
    // A later value wins over a restore the browser made before the behaviour loaded.
    else this._early = { value: v ?? null };
    this.requestUpdate();
  }

  /**
   * Shows every problem, focuses the first invalid field, and returns true when the value is valid.
   * @throws {DOMException} "InvalidStateError" before `ready`.
   */
  validate(): boolean {
    const valid = this._editor.require("validate").validate();
    this.syncFormState();
    return valid;
  }

  /**
   * The value when it is valid, otherwise null (nothing is shown).
   * @throws {DOMException} "InvalidStateError" before `ready`.
   */
  getValue(): AddressValue | null {
    return this._editor.require("getValue").getValue();
  }

  /**
   * Back to the last value set (or loaded), clearing messages.
   * @throws {DOMException} "InvalidStateError" before `ready`.
   */
  reset(): void {
    this._editor.require("reset").reset();
    this.syncFormState();
  }

  /**
   * Shows a backend's field errors (`parameter` such as `billing_details[address][postal_code]`) at
   * their fields, in the backend's words. Returns the details that name no field of this editor.
   * @throws {DOMException} "InvalidStateError" before `ready`.
   */
  setErrors(error: PayrexError | PayrexErrorDetail[]): PayrexErrorDetail[] {
    const rest = this._editor.require("setErrors").setErrors(error);
    this.syncFormState();
    return rest;
  }

  /**
   * Bound mode: validates and saves the address to the customer; resolves with the updated customer.
   * Waits for the editor's behaviour to load. Calls made while a save is in flight return that same
   * save. Rejects with a PayrexError: kind `validation` when the address is invalid or not loaded
   * yet, code `load_failed` when the editor could not be loaded, otherwise the backend's error.
   */
  submit(): Promise<Customer> {
    // Once loaded, the save starts at once (and a second call gets the same promise).
    const editor = this._editor.value;
    return editor ? editor.submit() : this._editor.ready.then((loaded) => loaded.submit());
  }

  /**
   * Bound mode: fetches the customer again and shows its billing details (in place of unsaved edits).
   * Does nothing when not bound. Waits for the editor's behaviour to load.
   */
  async reload(): Promise<void> {
    return (await this._editor.ready).reload();
  }

  // Form-control hooks: the browser may call them before the behaviour has loaded.

  protected formValue(): { value: FormData | string | null; state: FormData | string | null } {
    return this._editor.value?.formValue() ?? { value: null, state: null };
  }
  protected formValidity(): { message: string; anchor?: HTMLElement } | null {
    return this._editor.value?.formValidity() ?? null;
  }
  protected resetValue(): void {
    const editor = this._editor.value;
    if (editor) editor.reset();
    // Nothing was edited yet: back to the value set, without what the browser restored.
    else if (this._early) delete this._early.restore;
  }
  protected restoreValue(state: FormData | string): void {
    const editor = this._editor.value;
    if (editor) editor.restore(state);
    else this._early = { ...this._early, restore: state };
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.getAttribute("render-root") === "light" ? this : super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._initialCountry ??= this.country;
    if (!this._editor.value) {
      // The pickers first: the place index they then ask for is the longest wait.
      const dataUrl = this.dataUrl || PayrexAddressEditor.dataUrl;
      if (this.country === "PH") prefetch(loadPickers().then((m) => m.prefetchPlaces(dataUrl)));
      prefetch(loadFormats());
    }
  }

  /** Resolves once rendered and every format or place list it is waiting for has arrived. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let pending = this._editor.value?.pending; pending?.size; pending = this._editor.value?.pending) {
      await Promise.allSettled([...pending]);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Standalone editors need no backend. */
  protected override get needsAdapter(): boolean {
    return !!this.customerId;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this._editor.value?.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this._editor.value) this.syncFormState();
  }

  protected override render() {
    return this._editor.render((editor) => editor.render());
  }
}

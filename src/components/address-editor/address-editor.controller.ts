import type { PropertyValues, ReactiveController } from "lit";
import type { Params } from "../../core/i18n.js";
import { PayrexError, type PayrexErrorDetail } from "../../api/errors.js";
import type { BillingDetails, Customer } from "../../api/schemas.js";
import { t, type AddressEditorMessage } from "./address-editor.messages.js";
import { FieldMessages, labelOf } from "./field-messages.js";
import { renderEditor } from "./address-editor.templates.js";
import { fallbackFormat, loadFormats, type CountryFormat, type Formats } from "./formats.js";
import { adoptEditorStyles } from "./light-dom.js";
import {
  autofillToken,
  draftOf,
  emptyDraft,
  formValueOf,
  modeOf,
  restoredValue,
  valueOf,
  type AddressValue,
  type Draft,
  type FieldMode,
  type Key,
  type Layout,
} from "./address-model.js";
import type { BoundAddress } from "./bound-address.js";
import { BoundPart } from "./bound-part.js";
import { CountrySwitch } from "./country-switch.js";
import { PhPickers } from "./ph-pickers.js";
import type { EditorInternals, PayrexAddressEditor } from "./address-editor.js";

/** The styles of the editor's templates, adopted when this module loads. */
export { styles } from "./address-editor.styles.js";

let uid = 0;

/**
 * The address editor's behaviour, loaded on first use and constructed with the element as host: what
 * is typed and its messages, the country layout, the Philippine pickers (`PhPickers`), loading and
 * saving the bound customer (`BoundPart`, downloaded once bound), and event handlers. Templates are in
 * `address-editor.templates.ts`, rules in `address-model.ts`.
 */
export class AddressEditorController implements ReactiveController {
  /** Bound mode (`customer-id`): loaded the first time the editor is bound. */
  readonly boundPart = new BoundPart(this);
  readonly ph: PhPickers;
  readonly country: CountrySwitch;
  /** Prefix of the inner ids, unique per editor (ids must stay unique in a light-DOM page). */
  readonly uid = `pxa${++uid}`;
  /** Formats and place lists being loaded; the element's `updateComplete` waits for them. */
  readonly pending = new Set<Promise<unknown>>();
  formats?: Formats;
  draft: Draft = emptyDraft();
  readonly messages = new FieldMessages(this);
  /** What the pickers' live region says. */
  announcement = "";
  /** The status line: how many fields need attention, or that the address was saved. */
  status?: { text: string; ok?: boolean; seq: number };
  private _seq = 0;

  /** name / email present in the value set: kept even while hidden. */
  private _kept = new Set<string>();
  /** What `reset()` returns to. */
  private _initial: AddressValue | null = null;
  private _synced = false;

  constructor(
    readonly host: PayrexAddressEditor,
    private readonly internals: EditorInternals,
  ) {
    this.country = new CountrySwitch(this);
    this.ph = new PhPickers(this);
    host.addController(this);
  }

  /** Bound mode's part (loading and saving the customer), once loaded. */
  get bound(): BoundAddress | undefined {
    return this.boundPart.value;
  }

  get locale(): string {
    return this.host.resolvedLocale;
  }

  /** Translates a key of the editor's catalog. */
  tr(key: AddressEditorMessage, params?: Params): string {
    return t(this.locale, key, params);
  }

  get format(): CountryFormat {
    const { country } = this.host;
    return this.formats?.get(country) ?? fallbackFormat(country);
  }

  /** Line2 holds the barangay in the Philippines. */
  get barangay(): boolean {
    return this.host.barangayField !== "none";
  }

  get layout(): Layout {
    const { host } = this;
    return { country: host.country, format: this.format, fields: host.fields ?? {}, barangay: this.barangay, pickers: !!this.ph.active };
  }

  mode(key: Key): FieldMode {
    return modeOf(this.layout, key);
  }

  // ---- value ---------------------------------------------------------------------------------

  get value(): AddressValue {
    this.syncOnce();
    return valueOf(this.layout, this.draft, this._kept);
  }

  /** Takes a value in; `baseline` makes it what `reset()` returns to. */
  assign(v: AddressValue | BillingDetails | null, baseline: boolean): void {
    this.syncOnce();
    const { host } = this;
    const { draft, kept, country } = draftOf(v);
    this.draft = draft;
    this._kept = kept;
    const initialCountry = this.internals.initialCountry();
    if (country) host.country = country;
    else if (!v && initialCountry) host.country = initialCountry;
    this.country.start(!!country);
    this.ph.fromDraft();
    this.messages.clear();
    this.setStatus();
    if (baseline) this._initial = v ? this.value : null;
    host.requestUpdate();
  }

  /** Back/forward navigation and autofill hand back what the editor gave the browser. */
  restore(state: FormData | string): void {
    const value = restoredValue(state, this.host.name ?? "", this.layout, this.value);
    if (value !== undefined) this.assign(value, false); // else a state this version did not write
  }

  /**
   * Once, before anything reads the state (the element may not have updated yet): takes the value set
   * and the state restored before this part loaded, then a `customer` set on the element.
   */
  syncOnce(): void {
    if (this._synced) return;
    this._synced = true;
    this.country.start(false);
    const early = this.internals.takeEarly();
    if (early && "value" in early) this.assign(early.value ?? null, true);
    if (early?.restore != null) this.restore(early.restore);
    this.boundPart.willUpdate(new Map());
  }

  /** A field's label in the editor's language. */
  label(key: Key): string {
    return labelOf(this, key);
  }

  // ---- public methods ------------------------------------------------------------------------

  validate(): boolean {
    this.syncOnce();
    this.messages.showAll();
    const [first] = this.messages.first() ?? [];
    // A summary, as the customer form gives: how many fields need attention.
    const n = this.messages.shown().length;
    this.setStatus(n ? this.tr("attention", { n }) : undefined);
    if (!first) return true;
    void this.host.updateComplete.then(() => this.input(first)?.focus());
    return false;
  }

  getValue(): AddressValue | null {
    this.syncOnce();
    return this.messages.problems().size ? null : this.value;
  }

  reset(): void {
    this.assign(this._initial, false);
  }

  /** Validates and saves to the bound customer (see `BoundPart.submit`). */
  submit(): Promise<Customer> {
    this.syncOnce();
    return this.boundPart.submit();
  }

  /** Loads the bound customer again (nothing to do when not bound). */
  reload(): Promise<void> {
    this.syncOnce();
    return this.boundPart.reload();
  }

  setErrors(error: PayrexError | PayrexErrorDetail[]): PayrexErrorDetail[] {
    this.syncOnce();
    const rest = this.messages.place(Array.isArray(error) ? error : error.errors);
    this.host.requestUpdate();
    return rest;
  }

  /** Shows `text` in the status line (`ok` for success), or clears it. */
  setStatus(text?: string, ok?: boolean): void {
    if (text || this.status) this.status = text ? { text, ok, seq: ++this._seq } : undefined;
    this.host.requestUpdate();
  }

  /** Makes `value` what `reset()` returns to. */
  rebase(value: AddressValue): void {
    this._initial = value;
  }

  // ---- form control --------------------------------------------------------------------------

  formValue(): { value: FormData | null; state: string } {
    return formValueOf(this.host.name, this.layout, this.value, this.draft);
  }

  formValidity(): { message: string; anchor?: HTMLElement } | null {
    const [key, message] = this.messages.first() ?? [];
    return key && message ? { message, anchor: this.input(key) ?? undefined } : null;
  }

  // ---- lifecycle -----------------------------------------------------------------------------

  hostConnected(): void {
    adoptEditorStyles(this.host, this.ph.styles);
    if (!this.formats) {
      this.track(loadFormats()).then(
        (formats) => {
          this.formats = formats;
          this.host.requestUpdate();
        },
        () => undefined,
      );
    }
  }

  /** Called from the element's `willUpdate`. */
  willUpdate(changed: PropertyValues<PayrexAddressEditor>): void {
    this.syncOnce();
    this.boundPart.willUpdate(changed);
    this.country.settle();
    this.ph.update(changed.has("dataUrl"));
  }

  render(): unknown {
    return renderEditor(this);
  }

  /** Keeps `updateComplete` waiting for `p`. */
  track<T>(p: Promise<T>): Promise<T> {
    this.pending.add(p);
    const drop = () => this.pending.delete(p);
    p.then(drop, drop);
    return p;
  }

  // ---- editing -------------------------------------------------------------------------------

  input(key: string): HTMLElement | null {
    return (this.host.renderRoot as ParentNode | undefined)?.querySelector(`#${this.uid}-${key}`) ?? null;
  }

  /** The autofill token of a field of this editor. */
  ac(token: string): string {
    return autofillToken(this.host.name, token);
  }

  /** After any user edit: clear that field's backend message and the saved note, tell listeners. */
  edited(key: string): void {
    this.messages.edited(key);
    this.setStatus();
    this.host.requestUpdate();
    this.host.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
  }

  /** The user left a field they changed: its problems show from now on, and `change` fires. */
  committed(key: string): void {
    if (!this.messages.left(key)) return;
    this.host.requestUpdate();
    this.host.dispatchEvent(new Event("change", { bubbles: true }));
  }

  readonly onKeyDown = (e: KeyboardEvent): void => {
    if (e.key !== "Enter" || e.defaultPrevented || !(e.target instanceof HTMLInputElement)) return;
    const { host } = this;
    if (host.customerId) {
      e.preventDefault();
      host.submit().catch(() => undefined);
    } else if (host.renderRoot !== host && host.form) {
      // The inputs in the shadow root are not the form's: do what implicit submission would.
      e.preventDefault();
      host.form.requestSubmit();
    }
  };
}

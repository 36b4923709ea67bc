import { html, nothing, type CSSResult, type CSSResultGroup, type PropertyValues, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import { repeat } from "lit/directives/repeat.js";
import { Task, TaskStatus } from "@lit/task";
import { PayrexFormControl } from "../../core/form-control.js";
import { fieldStyles, tokens } from "../../core/styles.js";
import { emit } from "../../core/events.js";
import { PayrexError, isAbort, type PayrexErrorDetail } from "../../api/errors.js";
import type { BillingDetails, Customer } from "../../api/schemas.js";
import { t } from "./address-editor.messages.js";
import { editorStyles } from "./address-editor.styles.js";
import { PayrexAddressEditor, type AddressValue, type FieldMode } from "./address-editor.js";
import { fallbackFormat, loadFormats, type CountryFormat, type Formats } from "./formats.js";
import { toE164 } from "./phone.js";
import type { CascadeHost, PhCascade, PhKey } from "./ph-cascade.js";

export const styles = [fieldStyles, editorStyles];
/** Everything the shadow root gets, for the light-DOM sheet. */
const lightStyles = [tokens, ...styles];

type AddressKey = "line1" | "line2" | "city" | "state" | "postal_code";
type TextKey = AddressKey | "name" | "email" | "phone";
type Key = TextKey | "country";

/** Form parts in FormData order. */
const KEYS: Key[] = ["name", "email", "line1", "line2", "city", "state", "postal_code", "country", "phone"];
const ADDRESS: AddressKey[] = ["line1", "line2", "city", "state", "postal_code"];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TOKENS: Record<TextKey, string> = {
  name: "name",
  email: "email",
  phone: "tel",
  line1: "address-line1",
  line2: "address-line2",
  city: "address-level2",
  state: "address-level1",
  postal_code: "postal-code",
};
const str = (v: unknown): string => (typeof v === "string" ? v : "");
const orNull = (v: string): string | null => v.trim() || null;

const displayNames = new Map<string, Intl.DisplayNames>();
function countryName(code: string, locale: string): string {
  let d = displayNames.get(locale);
  if (!d) {
    try {
      d = new Intl.DisplayNames([locale, "en"], { type: "region" });
    } catch {
      d = new Intl.DisplayNames(["en"], { type: "region" });
    }
    displayNames.set(locale, d);
  }
  try {
    return d.of(code) ?? code;
  } catch {
    return code;
  }
}

let uid = 0;
const lightSheets = new WeakMap<object, CSSStyleSheet>();

/**
 * The shadow styles as one sheet for light-DOM editors: `:host` becomes the element itself and every
 * other rule is nested under it. Adopted by the document or shadow root holding the editor, so it
 * needs no inline styles under a strict CSP.
 */
function toLightSheet(tag: string, styles: CSSResultGroup): CSSStyleSheet {
  const cached = lightSheets.get(styles);
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
  lightSheets.set(styles, sheet);
  return sheet;
}

/**
 * The address editor's behaviour, templates and styles, loaded on first use (see `PayrexAddressEditor`
 * for the public surface). Extends the element's base class so `super` calls reach the base.
 */
// The element's public properties, declared (and documented) once on the element class.
export interface AddressEditorImpl extends Omit<PayrexAddressEditor, keyof PayrexFormControl> {}
export class AddressEditorImpl extends PayrexFormControl {

  private declare _formats: Formats | undefined;
  private declare _phState: "idle" | "loading" | "ready" | "failed";
  private declare _showAll: boolean;
  private declare _serverErrors: Partial<Record<Key, string>>;
  private declare _saving: boolean;
  private declare _saveError: PayrexError | undefined;
  private declare _saved: boolean;
  private declare _announcement: string;

  /** Set by the element: calls made before the implementation loaded, replayed once by `init()`. */
  private declare _q: (() => void)[] | undefined;
  /** Set by the element when it is first connected. */
  private declare _initialCountry: string | undefined;
  /** Set by the element's `createRenderRoot()`. */
  private declare _light: boolean | undefined;

  /** What is typed, one string per part; the PH pickers write their result here too. */
  private declare _d: Record<TextKey, string>;
  /** name / email present in the value set, kept even while hidden. */
  private declare _kept: Set<string>;
  private declare _initial: AddressValue | null;
  /** The country the data was last made consistent with (a programmatic switch still needs carrying over). */
  private declare _countryHandled: string;
  /** The country came from a value: kept even when not in `allowed-countries`. */
  private declare _countryFromValue: boolean;
  private declare _uid: string;
  private declare _touched: Set<string>;
  private declare _dirty: Set<string>;
  private declare _pending: Set<Promise<unknown>>;
  /** What a country switch set aside, per country left, so switching back restores it. */
  private declare _setAside: Map<string, Partial<Record<AddressKey, string>>>;
  private _cascade?: PhCascade;
  /** Counts PH loads, so a stale one (data-url changed meanwhile) is dropped. */
  private declare _phAttempt: number;
  /** The PH pickers' styles, added once they have loaded. */
  private _cascadeStyles?: CSSResult;
  private _saveAbort?: AbortController;
  /** The id of the plain field being typed in when the pickers replaced it: focus moves to its picker. */
  private _refocus?: string;

  private declare _load: Task<readonly [string | undefined, unknown], Customer | null>;

  /**
   * Once per instance. Also run by the first call that needs the state, so an editor created after the
   * implementation loaded works before its first update, as it did when all this was in the constructor.
   */
  protected override init(): void {
    if (this._d) return;
    this._d = {} as Record<TextKey, string>;
    this._kept = new Set();
    this._initial = null;
    this._countryHandled = "";
    this._countryFromValue = false;
    this._uid = `pxa${++uid}`;
    this._touched = new Set();
    this._dirty = new Set();
    this._pending = new Set();
    this._setAside = new Map();
    this._phAttempt = 0;
    this._phState = "idle";
    this._showAll = this._saving = this._saved = false;
    this._announcement = "";
    this._load = new Task(this, {
      task: async ([id, adapter], { signal }) =>
        // Without an adapter the configuration error is shown (and reported) instead.
        id && adapter && !(adapter instanceof PayrexError) ? adapter.getCustomer(id, { signal }) : null,
      args: () => [this.customerId, this.customerId ? this.resolvedAdapter : undefined] as const,
      onComplete: (customer: Customer | null) => customer && this._assign(customer.billing_details ?? null, true),
      onError: (error) => !isAbort(error) && this.emitError(error),
    });
    this._assign(null, false);
    const queued = this._q;
    this._q = undefined;
    queued?.forEach((call) => call());
    // The browser captured the element's own lifecycle callbacks at define time: these hooks run from them.
    this.addController({
      hostConnected: () => {
        this._adoptStyles();
        // A PH load cut short by a disconnect starts again.
        if (this.hasUpdated && this._phState === "idle") this.requestUpdate();
        if (!this._formats) this._track(loadFormats().then((f) => (this._formats = f), () => undefined));
      },
      hostDisconnected: () => {
        if (this._phState === "loading") {
          this._phAttempt++;
          this._phState = "idle";
        }
      },
    });
  }

  // ---- value -------------------------------------------------------------------------------

  /** The billing details being edited: `{ name?, email?, phone, address: { line1, line2, city, state, postal_code, country } }`. Setting it also makes it what `reset()` returns to. */
  get value(): AddressValue {
    this.init();
    const d = this._d;
    const address = Object.fromEntries(ADDRESS.map((k) => [k, orNull(d[k])])) as AddressValue["address"];
    const v: AddressValue = {
      phone: d.phone.trim() ? (toE164(d.phone, this.country, this._format.callingCode) ?? d.phone.trim()) : null,
      address: { ...address, country: this.country || null },
    };
    for (const k of ["name", "email"] as const) if (this._mode(k) !== "hidden" || this._kept.has(k)) v[k] = orNull(d[k]);
    return v;
  }
  set value(v: AddressValue | BillingDetails | null | undefined) {
    this._assign(v ?? null, true);
  }

  /** Takes a value in; `baseline` makes it the reset target. */
  private _assign(v: AddressValue | BillingDetails | null, baseline: boolean): void {
    this.init();
    const a = (v?.address ?? {}) as Record<string, unknown>;
    for (const k of ["name", "email", "phone"] as const) this._d[k] = str(v?.[k]);
    for (const k of ADDRESS) this._d[k] = str(a[k]);
    this._kept = new Set(["name", "email"].filter((k) => v && k in v));
    const country = str(a.country).toUpperCase();
    this._countryFromValue = /^[A-Z]{2}$/.test(country);
    if (this._countryFromValue) this.country = country;
    else if (!v && this._initialCountry) this.country = this._initialCountry;
    this._countryHandled = this.country;
    this._setAside.clear();
    this._toCascade();
    this._touched.clear();
    this._dirty.clear();
    this._showAll = this._saved = false;
    this._serverErrors = {};
    if (baseline) this._initial = v ? this.value : null;
    this.requestUpdate();
  }

  /** The PH pickers, when they are in use. */
  private _ph(): PhCascade | undefined {
    return this.country === "PH" && this._phState === "ready" ? this._cascade : undefined;
  }
  private get _barangay(): boolean {
    return this.barangayField !== "none";
  }
  private _toCascade(): void {
    const d = this._d;
    this._ph()?.assign(d.state, d.city, this._barangay ? d.line2 : "");
  }
  private _fromCascade(): void {
    const a = this._ph()?.address();
    if (!a) return;
    this._d.state = a.state;
    this._d.city = a.city;
    if (this._barangay) this._d.line2 = a.line2;
  }

  // ---- layout and rules ---------------------------------------------------------------------

  private get _format(): CountryFormat {
    return this._formats?.get(this.country) ?? fallbackFormat(this.country);
  }

  /** How a field is shown for the current country and settings. */
  private _mode(key: Key): FieldMode {
    const f = this._format;
    const config = this.fields ?? {};
    if (key === "country") return "required";
    if (key === "name" || key === "email") return config[key] ?? "hidden";
    if (key === "phone" || key === "line2") return config[key] ?? "optional";
    if (!f.rows.some((r) => r.includes(key))) return "hidden";
    return (key === "state" || key === "postal_code" ? config[key] : undefined) ?? (f.require.has(key) ? "required" : "optional");
  }

  private _label(key: Key): string {
    const f = this._format;
    const ph = this.country === "PH";
    const words = (field: "state" | "locality" | "postal", type: string, fallback: Key) =>
      this._formats?.label(this.resolvedLocale, field, type) ?? this.tr(t, fallback);
    if ((key === "state" || key === "city") && this._ph()) return this._ph()!.label(key);
    if (key === "state") return words("state", f.stateType, key);
    if (key === "city") return words("locality", f.localityType, key);
    if (key === "postal_code") return words("postal", f.postalType, key);
    if (key === "line1" && ph) return this.tr(t, "line1PH");
    if (key === "line2" && ph && this._barangay) return this.tr(t, "barangay");
    return this.tr(t, key);
  }

  /** Address rows for the current country. */
  private _rows(): AddressKey[][] {
    const shown = (k: AddressKey) => this._mode(k) !== "hidden";
    if (this.country === "PH") {
      // Region and province share the state slot (the region stays when the province is hidden);
      // city and barangay share the next row.
      const rows: AddressKey[][] = [
        shown("state") || this._ph() ? ["state"] : [],
        (["city", "line2"] as AddressKey[]).filter((k) => shown(k) && (k === "city" || this._barangay)),
        ["line1"],
        this._barangay ? [] : ["line2"],
        ["postal_code"],
      ];
      return rows.map((r, i) => (i < 2 ? r : r.filter(shown))).filter((r) => r.length);
    }
    return this._format.rows.flatMap((row) => {
      const keys = row.filter((k): k is AddressKey => k !== "locality" && shown(k as AddressKey));
      if (!keys.includes("line1")) return keys.length ? [keys] : [];
      const rest = keys.filter((k) => k !== "line1");
      return [["line1"], ...(shown("line2") ? [["line2" as AddressKey]] : []), ...(rest.length ? [rest] : [])];
    });
  }

  /** Problems with the current value, in screen order. */
  private _problems(): Map<Key, string> {
    this.init();
    const out = new Map<Key, string>();
    const f = this._format;
    const ph = this.country === "PH";
    const field = (k: Key) =>
      // "Street address" reads "street address" mid-sentence; "ZIP code" keeps its capitals.
      this._label(k).replace(/^\p{Lu}(?!\p{Lu})/u, (c) => c.toLocaleLowerCase(this.resolvedLocale));
    for (const key of ["name", "email", ...this._rows().flat(), "phone"] as TextKey[]) {
      const mode = this._mode(key);
      const v = this._d[key].trim();
      if (mode === "hidden") continue;
      if (!v) {
        const pick = ph && this._ph() && (key === "state" || key === "city" || (key === "line2" && this._barangay));
        if (mode === "required") out.set(key, this.tr(t, pick ? "requiredPick" : "required", { field: field(key) }));
      } else if (key === "postal_code" && f.zip && !f.zip.test(v)) {
        out.set(key, this.tr(t, "postalInvalid", { field: field(key), example: f.example ?? "" }));
      } else if (key === "phone" && !toE164(v, this.country, this._format.callingCode)) {
        out.set(key, this.tr(t, ph ? "phoneInvalidPH" : "phoneInvalid"));
      } else if (key === "email" && !EMAIL.test(v)) {
        out.set(key, this.tr(t, "emailInvalid"));
      }
    }
    return out;
  }

  private _errorFor(key: Key): string | undefined {
    return this._serverErrors[key] ?? (this._showAll || this._touched.has(key) ? this._problems().get(key) : undefined);
  }

  // ---- public API ---------------------------------------------------------------------------

  /** Shows every problem and focuses the first invalid field; true when the value is valid. */
  validate(): boolean {
    this.init();
    this._showAll = true;
    const first = [...this._problems().keys(), ...(Object.keys(this._serverErrors) as Key[])][0];
    this.syncFormState();
    if (!first) return true;
    void this.updateComplete.then(() => this._input(first)?.focus());
    return false;
  }

  /** The value when it is valid, otherwise null (nothing is shown). */
  getValue(): AddressValue | null {
    return this._problems().size ? null : this.value;
  }

  /** Back to the last value set (or loaded), clearing messages. */
  reset(): void {
    this._assign(this._initial, false);
    this.syncFormState();
  }

  /**
   * Shows a backend's field errors (`parameter` such as `billing_details[address][postal_code]`) at
   * their fields. Returns the details that name no field of this editor.
   */
  setErrors(error: PayrexError | PayrexErrorDetail[]): PayrexErrorDetail[] {
    this.init();
    const next: Partial<Record<Key, string>> = {};
    const rest: PayrexErrorDetail[] = [];
    for (const d of Array.isArray(error) ? error : error.errors) {
      // `billing_details[address][postal_code]`, `billing_details[phone]`, `address[city]`, `postal_code` …
      const parts = (d.parameter ?? "").split(/[[\]]+/).filter(Boolean);
      const key = parts.pop() as Key;
      const ours = KEYS.includes(key) && parts.every((x) => /^(billing_details|billing|address)$/.test(x));
      if (ours && d.detail && this._mode(key) !== "hidden") next[key] ??= d.detail;
      else rest.push(d);
    }
    this._serverErrors = next;
    this.syncFormState();
    return rest;
  }

  /** Bound mode: saves the address to the customer; resolves with the updated customer. */
  async submit(): Promise<Customer> {
    const id = this.customerId;
    const adapter = this.resolvedAdapter;
    if (!id) throw new PayrexError("validation", "customer-id is not set");
    if (adapter instanceof PayrexError) throw adapter;
    if (!this.validate()) throw new PayrexError("validation", this.tr(t, "fixFields"));
    this._saveAbort?.abort();
    const controller = (this._saveAbort = new AbortController());
    this._saving = true;
    this._saved = false;
    this._saveError = undefined;
    const value = this.value;
    try {
      const customer = await adapter.updateCustomer(id, { billing_details: value }, { signal: controller.signal });
      this._initial = value;
      this._saved = true;
      emit(this, "payrex-address-saved", { customer });
      return customer;
    } catch (e) {
      const error = PayrexError.from(e);
      if (!isAbort(error)) {
        this._saveError = error;
        this.setErrors(error);
        this.emitError(error);
      }
      throw error;
    } finally {
      if (this._saveAbort === controller) this._saving = false;
    }
  }

  /** Bound mode: loads the customer's billing details again. */
  async reload(): Promise<void> {
    this.init();
    await this._load.run();
  }

  // ---- form control -------------------------------------------------------------------------

  protected formValue(): { value: FormData | null; state: string } {
    const v = this.value;
    const state = JSON.stringify(v);
    if (!this.name) return { value: null, state };
    const fd = new FormData();
    for (const key of KEYS) {
      if (this._mode(key) === "hidden") continue;
      const part = key === "country" ? this.country : key === "phone" ? (v.phone ?? "") : this._d[key].trim();
      fd.append(`${this.name}[${key}]`, part);
    }
    return { value: fd, state };
  }

  protected formValidity(): { message: string; anchor?: HTMLElement } | null {
    const [key, message] = [...this._problems()][0] ?? Object.entries(this._serverErrors)[0] ?? [];
    return key && message ? { message, anchor: this._input(key as Key) ?? undefined } : null;
  }

  protected resetValue(): void {
    this._assign(this._initial, false);
  }

  protected restoreValue(state: FormData | string): void {
    if (typeof state === "string") {
      try {
        this._assign(JSON.parse(state) as AddressValue, false);
      } catch {
        // A state this version did not write: keep the current value.
      }
      return;
    }
    // Hidden fields are never submitted, so the state has none of them: keep what they hold (in bound
    // mode, a billing name or email the merchant chose not to show must survive a restore).
    const current = this.value;
    const get = (k: Key) =>
      this._mode(k) === "hidden"
        ? k === "name" || k === "email" || k === "phone"
          ? current[k]
          : current.address[k as AddressKey]
        : state.get(`${this.name}[${k}]`);
    const address = Object.fromEntries([...ADDRESS, "country"].map((k) => [k, get(k as Key)]));
    this._assign({ name: get("name"), email: get("email"), phone: get("phone"), address } as AddressValue, false);
  }

  // ---- lifecycle ----------------------------------------------------------------------------

  /** Light DOM: the styles go to the document or shadow root holding the editor. Then the pickers' styles. */
  private _adoptStyles(): void {
    const root = this._light ? (this.getRootNode() as Document | ShadowRoot) : this.shadowRoot;
    const sheets = this._light ? [toLightSheet(this.localName, lightStyles)] : [];
    if (this._cascadeStyles) {
      sheets.push(this._light ? toLightSheet(this.localName, this._cascadeStyles) : this._cascadeStyles.styleSheet!);
    }
    const missing = sheets.filter((s) => !root?.adoptedStyleSheets.includes(s));
    if (root && missing.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...missing];
  }

  private _track<T>(p: Promise<T>): Promise<T> {
    this._pending.add(p);
    const drop = () => this._pending.delete(p);
    p.then(drop, drop);
    return p;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.country = (this.country || "PH").toUpperCase();
    const allowed = this.allowedCountries;
    if (allowed?.length && !allowed.includes(this.country) && !this._countryFromValue) {
      this.country = allowed.includes("PH") ? "PH" : allowed[0]!;
    }
    if (this._countryHandled && this._countryHandled !== this.country) this._carryOver(this._countryHandled, this.country);
    this._countryHandled = this.country;
    if (changed.has("dataUrl") && this.hasUpdated) {
      this._cascade?.dispose();
      this._cascade = undefined;
      this._phState = "idle";
    }
    if (this.country === "PH" && this._phState === "idle" && this.isConnected) this._loadPh();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncFormState();
    const id = this._refocus;
    this._refocus = undefined;
    const input = id ? (this.renderRoot as ParentNode).querySelector<HTMLInputElement>(`#${id}`) : null;
    if (input && !input.matches(":focus")) {
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
    }
  }

  /** Loads the PH pickers and the place index, as chunks, the first time the Philippines is shown. */
  private _loadPh(): void {
    this._phState = "loading";
    const attempt = ++this._phAttempt;
    const current = () => attempt === this._phAttempt && this._phState === "loading";
    const editor = this;
    const host: CascadeHost = {
      uid: this._uid,
      get locale() {
        return editor.resolvedLocale;
      },
      get disabled() {
        return editor.isDisabled;
      },
      get optionalText() {
        return editor.tr(t, "optional");
      },
      requestUpdate: () => this.requestUpdate(),
      mode: (k) => this._mode(k),
      label: (k) => this._label(k),
      error: (k) => this._errorFor(k),
      ac: (token) => this._ac(token),
      edited: (k) => {
        this._fromCascade();
        this._edited(k);
      },
      committed: (k) => this._committed(k),
      announce: (text) => (this._announcement = text),
      track: (p) => this._track(p),
    };
    this._track(
      import("./ph-cascade.js").then(async ({ PhCascade, styles }) => {
        const cascade = new PhCascade(host, this.dataUrl || PayrexAddressEditor.dataUrl);
        await cascade.load().catch((error) => {
          cascade.dispose();
          throw error;
        });
        if (!current()) return cascade.dispose();
        this._cascade = cascade;
        this._cascadeStyles = styles;
        this._adoptStyles();
        const root = (this._light ? this.getRootNode() : this.renderRoot) as Document | ShadowRoot;
        const active = root.activeElement;
        if (active instanceof HTMLInputElement && this.renderRoot.contains(active)) this._refocus = active.id;
        this._phState = "ready";
        this._toCascade();
      }),
    ).catch(() => {
      if (current()) this._phState = "failed";
    });
  }

  // ---- editing ------------------------------------------------------------------------------

  private _input(key: string): HTMLElement | null {
    return (this.renderRoot as ParentNode).querySelector(`#${this._uid}-${key}`);
  }

  /** After any user edit: clear that field's server message and the saved note, tell listeners. */
  private _edited(key: string): void {
    this._dirty.add(key);
    const { [key as Key]: _, ...rest } = this._serverErrors;
    this._serverErrors = rest;
    this._saved = false;
    this.requestUpdate();
    this.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
  }

  private _committed(key: string): void {
    if (!this._dirty.delete(key)) return;
    this._touched.add(key);
    this.requestUpdate();
    this.dispatchEvent(new Event("change", { bubbles: true }));
  }

  /**
   * A new country: street lines and city carry over; state and postal code belong to the old one, and
   * so does line2 between the Philippines (barangay) and elsewhere (apartment). Those are set aside, not
   * dropped: switching back (an arrow key on the focused select switches at once) brings them back.
   */
  private _carryOver(was: string, now: string): void {
    const d = this._d;
    const keys: AddressKey[] = ["state", "postal_code"];
    if (this._barangay && (was === "PH") !== (now === "PH")) keys.push("line2");
    this._setAside.set(was, Object.fromEntries(keys.map((k) => [k, d[k]])));
    const back = this._setAside.get(now);
    for (const k of keys) d[k] = back?.[k] ?? "";
    this._cascade?.closeAll();
    this._toCascade();
  }

  private _onKeyDown(e: KeyboardEvent): void {
    if (e.key !== "Enter" || e.defaultPrevented || !(e.target instanceof HTMLInputElement)) return;
    if (this.customerId) {
      e.preventDefault();
      void this.submit().catch(() => undefined);
    } else if (!this._light && this.form) {
      // The inputs in the shadow root are not the form's: do what implicit submission would.
      e.preventDefault();
      this.form.requestSubmit();
    }
  }

  /** Autofill tokens, in a section per editor name so two editors on a page fill separately. */
  private _ac(token: string): string {
    return `${this.name ? `section-${this.name.replace(/[^\w-]/g, "")} ` : ""}billing ${token}`;
  }

  // ---- render -------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    if (this.customerId) {
      const adapter = this.resolvedAdapter;
      if (adapter instanceof PayrexError) return this.renderConfigError(adapter);
      const status = this._load.status;
      if (status === TaskStatus.ERROR) {
        return html`<div part="alert" role="alert">
          <div>${this.tr(t, "loadFailed")} ${this._errorText(this._load.error)}</div>
          <button type="button" @click=${() => this.reload()}>${this.retryLabel}</button>
        </div>`;
      }
      if (status !== TaskStatus.COMPLETE) {
        return html`<div part="status" class="status" role="status"><span class="spinner"></span>${this.tr(t, "loading")}</div>`;
      }
    }
    const stop = (e: Event) => e.stopPropagation();
    const note = this.country === "PH" && { loading: "placesLoading", failed: "placesFailed" }[this._phState as string];
    return html`<div
        part="form"
        role="group"
        aria-label=${this.tr(t, "group")}
        aria-busy=${this._saving}
        @input=${stop}
        @change=${stop}
        @keydown=${this._onKeyDown}
      >
        ${this._field("name")} ${this._field("email")} ${this._renderCountry()}
        ${note ? html`<p class="note" role="status">${this.tr(t, note)}</p>` : nothing}
        ${
          // Keyed, so an input keeps standing for the same part when a country change re-lays the form:
          // browser autofill fills the country first and then writes to the inputs it found before.
          repeat(
            this._rows(),
            (row) => row.join(),
            (row) => html`<div class="row">${repeat(row, (k) => k, (k) => this._field(k))}</div>`,
          )
        }
        ${this._field("phone")}
      </div>
      <div class="visually-hidden" role="status">${this._announcement}</div>
      ${this.customerId ? this._renderActions() : nothing}`;
  }

  /** A translated explanation; a backend's own `detail` wins. */
  private _errorText(error: unknown): string {
    const e = PayrexError.from(error);
    const detail = e.errors.map((d) => d.detail).filter(Boolean).join(" ");
    if (detail && (e.kind === "http" || e.kind === "validation")) return detail;
    if (e.kind === "http") return this.tr(t, (e.status ?? 0) >= 500 ? "http5xx" : e.status === 404 ? "http404" : "http");
    return this.tr(t, e.kind === "network" ? "offline" : e.kind);
  }

  private _renderActions(): TemplateResult {
    const error = this._saveError;
    const busy = this._saving || this.isDisabled;
    return html`${error
        ? html`<div part="alert" role="alert">
            ${this.tr(t, "saveFailed")}
            ${Object.keys(this._serverErrors).length ? this.tr(t, "fixFields") : this._errorText(error)}
          </div>`
        : nothing}
      <div class="actions">
        <button
          type="button"
          part="save"
          class="primary"
          aria-disabled=${busy}
          @click=${() => !busy && this.submit().catch(() => undefined)}
        >
          ${this._saving ? html`<span class="spinner"></span> ${this.tr(t, "saving")}` : this.tr(t, "save")}
        </button>
        <span part="status" class="status saved" role="status">${this._saved ? this.tr(t, "saved") : ""}</span>
      </div>`;
  }

  private _renderCountry(): TemplateResult {
    const locale = this.resolvedLocale;
    const list = this.allowedCountries?.length ? this.allowedCountries : (this._formats?.countries ?? []);
    const codes = list.includes(this.country) ? list : [this.country, ...list];
    const options = codes.map((code) => [code, countryName(code, locale)]).sort((a, b) => a[1]!.localeCompare(b[1]!, locale));
    const id = `${this._uid}-country`;
    // Only a backend can find fault with the country (one it does not serve).
    const error = this._serverErrors.country;
    return html`<div class="field">
      <label for=${id}>${this.tr(t, "country")}</label>
      <select
        id=${id}
        part="input country"
        autocomplete=${this._ac("country")}
        aria-invalid=${!!error}
        aria-describedby=${error ? `${id}-error` : nothing}
        ?disabled=${this.isDisabled}
        @change=${(e: Event) => {
          const next = (e.target as HTMLSelectElement).value;
          this._carryOver(this.country, next);
          this._countryHandled = this.country = next;
          this._countryFromValue = false;
          this._toCascade();
          this._edited("country");
          this._committed("country");
        }}
      >
        ${options.map(([code, name]) => html`<option value=${code!} ?selected=${code === this.country}>${name}</option>`)}
      </select>
      <div class="error" id="${id}-error">${error ?? ""}</div>
    </div>`;
  }

  private _field(key: TextKey): TemplateResult | typeof nothing {
    const ph = this._ph();
    if (ph && (key === "state" || key === "city" || (key === "line2" && this._barangay))) return ph.render(key as PhKey);
    const mode = this._mode(key);
    if (mode === "hidden") return nothing;
    const id = `${this._uid}-${key}`;
    const error = this._errorFor(key);
    const hint = key === "phone" ? this.tr(t, this.country === "PH" ? "phoneHintPH" : "phoneHint") : "";
    const describedBy = [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(" ");
    // The barangay typed by hand (the pickers could not load) is the dependent locality.
    const token = key === "line2" && this.country === "PH" && this._barangay ? "address-level3" : TOKENS[key];
    return html`<div class="field">
      <label for=${id}
        >${this._label(key)}${mode === "required"
          ? html`<span class="required" aria-hidden="true"> *</span>`
          : html`<span class="optional"> ${this.tr(t, "optional")}</span>`}</label
      >
      <input
        id=${id}
        part="input"
        type=${key === "email" || key === "phone" ? (key === "phone" ? "tel" : "email") : "text"}
        autocomplete=${this._ac(token)}
        aria-required=${mode === "required"}
        aria-invalid=${!!error}
        aria-describedby=${describedBy || nothing}
        .value=${live(this._d[key])}
        ?disabled=${this.isDisabled}
        @input=${(e: Event) => {
          this._d[key] = (e.target as HTMLInputElement).value;
          this._edited(key);
        }}
        @change=${(e: Event) => {
          // Show the number as it will be stored.
          const e164 = key === "phone" && toE164(this._d.phone, this.country, this._format.callingCode);
          if (e164) (e.target as HTMLInputElement).value = this._d.phone = e164;
          this.requestUpdate();
        }}
        @blur=${() => this._committed(key)}
      />
      ${hint ? html`<div class="hint" id="${id}-hint">${hint}</div>` : nothing}
      <div class="error" id="${id}-error">${error ?? ""}</div>
    </div>`;
  }
}

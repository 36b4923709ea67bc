import { html, nothing, type PropertyValues } from "lit";
import { keyed } from "lit/directives/keyed.js";
import { Task, TaskStatus } from "@lit/task";
import { PayrexDataElement } from "../../core/payrex-element.js";
import { fieldStyles } from "../../core/styles.js";
import { emit, redispatch } from "../../core/events.js";
import { PayrexError, isAbort } from "../../api/errors.js";
import type { PayrexAdapter } from "../../api/adapter.js";
import { newIdempotencyKey } from "../../api/fetch-adapter.js";
import { customerInputSchema, type Customer, type CustomerInput, type CustomerUpdate } from "../../api/schemas.js";
import { t } from "./customer-form.messages.js";
import type { PayrexCustomerForm } from "./customer-form.js";
import { styles as formStyles } from "./customer-form.styles.js";

export const styles = [fieldStyles, formStyles];

interface Row {
  id: number;
  key: string;
  value: string;
}

/** What the user is editing. Metadata stays a list of rows so blank, duplicate and half-typed keys survive. */
interface Draft {
  name: string;
  email: string;
  prefix: string;
  rows: Row[];
}

/** Field ids double as input ids: `name`, `email`, `prefix`, `key-<row>`, `value-<row>`, `metadata`. */
type Errors = Record<string, string>;

let rowSeq = 0;
const newRow = (key = "", value = ""): Row => ({ id: ++rowSeq, key, value });
const ROW_FIELD = /^(key|value)-(\d+)$/;
const METADATA_PARAM = /^metadata\[(.+)\]$/;

const sameRecord = (a: Record<string, string>, b: Record<string, string>) => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
};

/** Upper-cases an input's text in place, keeping the caret (and selection) where the user left it. */
function upperCaseInPlace(input: HTMLInputElement): string {
  const { value, selectionStart: start, selectionEnd: end, selectionDirection } = input;
  const upper = value.toUpperCase();
  if (upper !== value) {
    input.value = upper;
    if (start !== null && end !== null) {
      // Measured on the upper-cased prefix: a few letters grow when upper-cased (ß -> SS).
      const at = (i: number) => value.slice(0, i).toUpperCase().length;
      input.setSelectionRange(at(start), at(end), selectionDirection ?? undefined);
    }
  }
  return upper;
}

/**
 * The customer form's behaviour, templates and styles, loaded on first use (see `PayrexCustomerForm`
 * for the public surface). Extends the element's base class so `super` calls reach the base.
 */
// The element's public properties, declared (and documented) once on the element class.
export interface CustomerFormImpl extends Omit<PayrexCustomerForm, keyof PayrexDataElement> {}
export class CustomerFormImpl extends PayrexDataElement {


  private declare _draft: Draft;
  private declare _saving: boolean;
  private declare _status: { text: string; ok?: boolean; seq: number } | undefined;
  private declare _alert: string[];
  /** Backend messages per field; one is dropped as soon as the user edits that field. */
  private declare _server: Errors;

  /** Client-side problems of the current draft, recomputed before each render. */
  private declare _errors: Errors;
  /** Fields whose messages are shown before a submit (the user changed them and moved on). */
  private declare _touched: Set<string>;
  private declare _submitted: boolean;
  /** Bumped on every edit, so a save can tell whether the user typed while it was in flight. */
  private declare _rev: number;
  private declare _seq: number;
  /** One key per user submit of a create; kept while the same submit is retried. */
  private _idempotencyKey?: string;
  private _filledFrom?: Customer;
  private _pending?: Promise<Customer>;
  private declare _refocus: boolean;

  private declare _load: Task<readonly [string | undefined, PayrexAdapter | PayrexError], Customer | undefined>;

  /**
   * Once per instance. Also run by the public methods, so an instance created after the
   * implementation loaded answers them before its first update.
   */
  protected override init(): void {
    if (this._load) return;
    this._errors = {};
    this._touched = new Set<string>();
    this._submitted = false;
    this._rev = 0;
    this._seq = 0;
    this._refocus = false;
    this._load = new Task(this, {
      args: () => [this.customerId, this.resolvedAdapter] as const,
      task: async ([id, adapter], { signal }) => {
        if (!id || adapter instanceof PayrexError || this.customer?.id === id) return this.customer;
        return adapter.getCustomer(id, { signal });
      },
      onComplete: (customer) => {
        // A customer given as a property while this load was in flight wins (and so does what the user typed since).
        if (customer && this._waiting) this.customer = customer;
      },
      onError: (error) => {
        if (!isAbort(error)) this.emitError(error);
      },
    });
    this._saving = false;
    this._alert = [];
    this._server = {};
    this._fill(undefined);
  }

  /** True while an edited customer is still being fetched (or failed to be). */
  private get _waiting(): boolean {
    return !!this.customerId && this.customer?.id !== this.customerId;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const customer = this.customer;
    if (changed.has("customer") && customer) {
      this.customerId = customer.id;
      if (customer !== this._filledFrom) this._fill(customer);
    } else if (changed.has("customerId") && this.customerId !== customer?.id) {
      // Another customer, or create mode: the previous customer's edits do not apply.
      this.customer = undefined;
      this._fill(undefined);
      this._setStatus();
    } else if (changed.has("customer") && this.customerId && this._load.status !== TaskStatus.PENDING) {
      this._load.run();
    }
    this._errors = this._validate().errors;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this._refocus && this._load.status !== TaskStatus.PENDING) {
      this._refocus = false;
      this.renderRoot.querySelector<HTMLElement>("#name, .retry")?.focus();
    }
  }

  /** Shows every message, moves focus to the first invalid field and returns whether the form is valid. */
  validate(): boolean {
    this.init();
    return !this._waiting && this._check() !== null;
  }

  /** The parsed input (trimmed, `currency` filled in), or `null` while invalid or still loading. */
  getValue(): CustomerInput | null {
    this.init();
    return this._waiting ? null : this._validate().value;
  }

  /**
   * Validates and saves: creates the customer, or updates only the changed fields of the loaded one.
   * Calls made while a save is in flight return that same save. Rejects with a PayrexError: kind
   * `validation` when the form is invalid, otherwise the backend's error.
   */
  submit(): Promise<Customer> {
    this.init();
    return (this._pending ??= this._save().finally(() => (this._pending = undefined)));
  }

  /** Back to the loaded customer's values (empty in create mode), hiding every message. */
  reset(): void {
    this.init();
    this._fill(this.customer);
    this._setStatus();
  }

  private async _save(): Promise<Customer> {
    const adapter = this.resolvedAdapter;
    if (adapter instanceof PayrexError) throw adapter;
    if (this._waiting) throw new PayrexError("validation", this.tr(t, "notLoaded"));
    this._server = {};
    this._alert = [];
    const value = this._check();
    if (!value) {
      const errors = Object.entries(this._validate().errors).map(([field, code]) => ({
        code,
        parameter: this._parameterOf(field),
      }));
      throw new PayrexError("validation", this._status?.text ?? "", { errors });
    }
    const base = this.customer;
    const rev = this._rev;
    let request: () => Promise<Customer>;
    if (base) {
      const update = this._changes(base, value);
      if (!Object.keys(update).length) {
        this._setStatus(this.tr(t, "noChanges"));
        return base;
      }
      request = () => adapter.updateCustomer(base.id, update);
    } else {
      const idempotencyKey = (this._idempotencyKey ??= newIdempotencyKey());
      request = () => adapter.createCustomer(value, { idempotencyKey });
    }
    this._saving = true;
    this._setStatus();
    try {
      // Called inside the try: an adapter may throw instead of returning a rejected promise.
      const saved = await request();
      // The merchant may have switched the form to another customer meanwhile: leave that one alone.
      if (this.customerId === base?.id) {
        // Refill from what the backend stored, unless the user typed during the save.
        this._filledFrom = this._rev === rev ? undefined : saved;
        this.customer = saved;
        this._idempotencyKey = undefined;
        this._setStatus(this.tr(t, base ? "saved" : "created"), true);
      }
      emit(this, "payrex-customer-saved", { customer: saved });
      return saved;
    } catch (error) {
      const e = PayrexError.from(error);
      if (this.customerId === base?.id) this._showBackendErrors(e);
      this.emitError(e);
      throw e;
    } finally {
      this._saving = false;
    }
  }

  /** The fields of `value` that differ from `base` (metadata is one field, sent whole). */
  private _changes(base: Customer, value: CustomerInput): CustomerUpdate {
    const update: CustomerUpdate = {};
    if (value.name !== (base.name ?? "")) update.name = value.name;
    if (value.email !== (base.email ?? "")) update.email = value.email;
    const prefix = value.billing_statement_prefix;
    if (prefix !== undefined && prefix !== base.billing_statement_prefix) update.billing_statement_prefix = prefix;
    if (!this.hideMetadata && !sameRecord(value.metadata ?? {}, base.metadata ?? {})) update.metadata = value.metadata ?? {};
    return update;
  }

  /** Validates, shows every message, focuses the first problem and announces the count. */
  private _check(): CustomerInput | null {
    this._submitted = true;
    const { value, errors } = this._validate();
    this.requestUpdate();
    this._report(Object.keys(errors));
    return value;
  }

  private _report(fields: string[]): void {
    const invalid = this._fieldOrder().filter((f) => fields.includes(f));
    if (!invalid.length) return;
    this._setStatus(this.tr(t, "attention", { n: invalid.length }));
    let target = invalid[0];
    if (target === "metadata") target = this._draft.rows[0] ? `key-${this._draft.rows[0].id}` : "add";
    // No render root yet when called before the element was ever connected.
    this.renderRoot?.querySelector<HTMLElement>(`#${target}`)?.focus();
  }

  private _fieldOrder(): string[] {
    return [
      "name",
      "email",
      "prefix",
      ...this._draft.rows.flatMap((r) => [`key-${r.id}`, `value-${r.id}`]),
      "metadata",
    ];
  }

  private _validate(): { value: CustomerInput | null; errors: Errors } {
    const d = this._draft;
    const errors: Errors = {};
    const rowOfKey = new Map<string, Row>();
    for (const row of this.hideMetadata ? [] : d.rows) {
      const key = row.key.trim();
      if (!key) {
        // A row left completely empty is ignored rather than reported.
        if (row.value) errors[`key-${row.id}`] = "metadata_key";
      } else if (rowOfKey.has(key)) errors[`key-${row.id}`] = "metadata_duplicate";
      else rowOfKey.set(key, row);
    }
    const prefix = d.prefix.trim();
    const input = {
      name: d.name,
      email: d.email,
      ...(this.hidePrefix || !prefix ? {} : { billing_statement_prefix: prefix }),
      ...(rowOfKey.size ? { metadata: Object.fromEntries([...rowOfKey].map(([k, r]) => [k, r.value])) } : {}),
    };
    const result = customerInputSchema.safeParse(input);
    for (const issue of result.error?.issues ?? []) {
      const [top, key] = issue.path;
      const row = top === "metadata" ? rowOfKey.get(String(key)) : undefined;
      const field =
        top === "billing_statement_prefix" ? "prefix" : row ? `value-${row.id}` : String(top);
      errors[field] ??= issue.message;
    }
    // The API cannot remove a prefix once set; an emptied field would silently keep the old one.
    if (!this.hidePrefix && !prefix && this.customer?.billing_statement_prefix) errors.prefix = "required";
    return { value: result.success && !Object.keys(errors).length ? result.data : null, errors };
  }

  /** Backend `parameter` names (`email`, `metadata[plan]`) for a field id, for PayrexError.errors. */
  private _parameterOf(field: string): string {
    const row = ROW_FIELD.exec(field);
    if (row) return `metadata[${this._draft.rows.find((r) => r.id === +row[2])?.key.trim()}]`;
    return field === "prefix" ? "billing_statement_prefix" : field;
  }

  /** The field a backend `parameter` points at, if the form shows it. */
  private _fieldOf(parameter: string | null | undefined): string | undefined {
    if (parameter === "name" || parameter === "email") return parameter;
    if (parameter === "billing_statement_prefix") return this.hidePrefix ? undefined : "prefix";
    if (!parameter?.startsWith("metadata") || this.hideMetadata) return undefined;
    const key = METADATA_PARAM.exec(parameter)?.[1];
    const row = key === undefined ? undefined : this._draft.rows.find((r) => r.key.trim() === key);
    return row ? `value-${row.id}` : "metadata";
  }

  private _showBackendErrors(error: PayrexError): void {
    const server: Errors = {};
    const alert = new Set<string>();
    for (const e of error.errors) {
      const field = this._fieldOf(e.parameter);
      if (field) server[field] ??= e.detail || this.tr(t, "invalid");
      else if (e.detail) alert.add(e.detail);
    }
    const fields = Object.keys(server);
    if (!fields.length && !alert.size) alert.add(this._describe(error));
    this._server = server;
    this._alert = [...alert];
    this._report(fields);
  }

  /** A translated, human explanation; the backend's own `detail` wins for HTTP errors. */
  private _describe(error: PayrexError): string {
    if (error.kind === "validation") return error.message;
    if (error.kind !== "http") return this.tr(t, error.kind);
    const detail = error.errors.find((e) => e.detail)?.detail;
    if (detail) return detail;
    const status = error.status ?? 0;
    return this.tr(t, status >= 500 ? "http5xx" : [401, 403, 404, 409, 429].includes(status) ? `http${status}` : "http");
  }

  private _fill(customer: Customer | undefined): void {
    this._filledFrom = customer;
    this._draft = {
      name: customer?.name ?? "",
      email: customer?.email ?? "",
      prefix: customer?.billing_statement_prefix ?? "",
      rows: Object.entries(customer?.metadata ?? {}).map(([k, v]) => newRow(k, v)),
    };
    this._touched = new Set();
    this._submitted = false;
    this._server = {};
    this._alert = [];
    this._idempotencyKey = undefined;
    this._rev++;
  }

  private _setStatus(text?: string, ok?: boolean): void {
    this._status = text ? { text, ok, seq: ++this._seq } : undefined;
  }

  /** Records an edit: a new submit from now on (new idempotency key), stale backend messages dropped. */
  private _edited(...fields: string[]): void {
    this._rev++;
    this._idempotencyKey = undefined;
    if (fields.some((f) => f in this._server)) {
      const server = { ...this._server };
      for (const f of fields) delete server[f];
      this._server = server;
    }
    if (this._status) this._setStatus();
  }

  private _onInput(event: InputEvent): void {
    const input = event.target as HTMLInputElement;
    if (input.getRootNode() !== this.renderRoot) return; // slotted content
    // One `input` per edit from the host, whether or not the original was composed.
    event.stopPropagation();
    const field = input.id;
    const value = field === "prefix" && !event.isComposing ? upperCaseInPlace(input) : input.value;
    const d = this._draft;
    const row = ROW_FIELD.exec(field);
    if (row) {
      const id = +row[2];
      this._draft = { ...d, rows: d.rows.map((r) => (r.id === id ? { ...r, [row[1]]: value } : r)) };
      // A renamed key no longer matches the backend's `metadata[key]` message on its value.
      this._edited(field, `value-${id}`, "metadata");
    } else {
      this._draft = { ...d, [field]: value };
      this._edited(field);
    }
    redispatch(this, "input");
  }

  private _onChange(event: Event): void {
    const input = event.target as HTMLElement;
    if (input.getRootNode() !== this.renderRoot) return;
    this._touched.add(input.id);
    this.requestUpdate();
    redispatch(this, "change");
  }

  private _onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    // Failures are shown in the form and reported as `payrex-error`.
    this.submit().catch(() => {});
  }

  private async _addRow(): Promise<void> {
    const row = newRow();
    this._draft = { ...this._draft, rows: [...this._draft.rows, row] };
    this._edited();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#key-${row.id}`)?.focus();
  }

  private async _removeRow(row: Row, n: number): Promise<void> {
    const rows = this._draft.rows.filter((r) => r !== row);
    this._draft = { ...this._draft, rows };
    this._edited(`key-${row.id}`, `value-${row.id}`, "metadata");
    const key = row.key.trim();
    this._setStatus(key ? this.tr(t, "removedKey", { key }) : this.tr(t, "removedRow"));
    await this.updateComplete;
    // Focus takes the removed row's place: the next row's remove button, else the previous one's, else Add.
    const next = rows[n - 1] ?? rows[n - 2];
    this.renderRoot.querySelector<HTMLElement>(next ? `#remove-${next.id}` : "#add")?.focus();
  }

  private _retry(): void {
    this._refocus = true;
    this._load.run();
  }

  /** The message shown for a field: the client's once touched or submitted, else the backend's. */
  private _message(field: string): string | undefined {
    const code = this._submitted || this._touched.has(field) ? this._errors[field] : undefined;
    if (!code) return this._server[field];
    const kind = ROW_FIELD.exec(field)?.[1] ?? field;
    for (const key of [`${kind}_${code}`, code, "invalid"]) {
      const text = this.tr(t, key);
      if (text !== key) return text;
    }
  }

  protected override render() {
    const adapter = this.resolvedAdapter;
    if (adapter instanceof PayrexError) return this.renderConfigError(adapter);
    const failed = this._waiting && this._load.status === TaskStatus.ERROR;
    const loading = this._waiting && !failed;
    const status = loading ? { text: this.tr(t, "loading"), seq: 0, ok: false } : this._status;
    return html`
      <div aria-busy=${loading}>
        ${failed
          ? html`<div part="alert" role="alert">
              <p>${this.tr(t, "loadFailed")}</p>
              <p>${this._describe(PayrexError.from(this._load.error))}</p>
              <button part="button" class="retry" type="button" @click=${this._retry}>${this.retryLabel}</button>
            </div>`
          : loading
            ? nothing
            : this._renderForm()}
      </div>
      <div part="status" role="status" class=${status?.ok ? "ok" : ""}>
        ${keyed(
          status?.seq,
          status
            ? html`<span
                >${loading ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${status.text}</span
              >`
            : nothing,
        )}
      </div>
    `;
  }

  private _renderForm() {
    const saving = this._saving;
    return html`
      <form part="form" novalidate @submit=${this._onSubmit} @input=${this._onInput} @change=${this._onChange}>
        <p class="hint">${this.tr(t, "requiredNote")}</p>
        ${this._renderField("name", "text", "name", true)} ${this._renderField("email", "email", "email", true)}
        ${this.hidePrefix
          ? nothing
          : this._renderPrefix()}
        ${this.hideMetadata ? nothing : this._renderMetadata()}
        ${this._alert.length
          ? html`<div part="alert" role="alert">
              <p>${this.tr(t, "saveFailed")}</p>
              ${this._alert.map((text) => html`<p>${text}</p>`)}
            </div>`
          : nothing}
        <div class="actions">
          <button part="button submit" class="primary" type="submit" aria-disabled=${saving}>
            ${saving
              ? html`<span class="spinner" aria-hidden="true"></span>${this.tr(t, "saving")}`
              : this.tr(t, this.customer ? "save" : "create")}
          </button>
          <slot name="actions"></slot>
        </div>
      </form>
    `;
  }

  private _renderPrefix() {
    // Once a customer has a prefix the API can change it but not remove it.
    const locked = !!this.customer?.billing_statement_prefix;
    return this._renderField("prefix", "text", "off", locked, this.tr(t, locked ? "prefixHintSet" : "prefixHint"));
  }

  private _renderField(field: "name" | "email" | "prefix", type: string, autocomplete: string, required: boolean, hint?: string) {
    const error = this._message(field);
    return html`
      <div part="field" class="field">
        <label part="label" for=${field}
          >${this.tr(t, field)}${required ? html` <span class="required" aria-hidden="true">*</span>` : nothing}</label
        >
        ${hint ? html`<div class="hint" id="${field}-hint">${hint}</div>` : nothing}
        <input
          part="input"
          id=${field}
          name=${field}
          type=${type}
          autocomplete=${autocomplete}
          spellcheck=${field === "name" ? "true" : "false"}
          autocapitalize=${field === "prefix" ? "characters" : field === "name" ? "words" : "off"}
          ?required=${required}
          aria-invalid=${!!error}
          aria-describedby="${hint ? `${field}-hint ` : ""}${field}-error"
          .value=${this._draft[field]}
        />
        <div part="error" class="error" id="${field}-error">${error}</div>
      </div>
    `;
  }

  private _renderMetadata() {
    const rows = this._draft.rows;
    return html`
      <fieldset part="metadata" aria-describedby="metadata-hint metadata-error">
        <legend part="label">${this.tr(t, "metadata")}</legend>
        <div class="hint" id="metadata-hint">${this.tr(t, "metadataHint")}</div>
        ${rows.length
          ? html`<div class="rows">
              <span class="hint" aria-hidden="true">${this.tr(t, "key")}</span>
              <span class="hint" aria-hidden="true">${this.tr(t, "value")}</span>
              <span></span>
              ${rows.map((row, i) => this._renderRow(row, i + 1))}
            </div>`
          : nothing}
        <div part="error" class="error" id="metadata-error">${this._message("metadata")}</div>
        <button part="button" id="add" type="button" @click=${this._addRow}>${this.tr(t, "add")}</button>
      </fieldset>
    `;
  }

  private _renderRow(row: Row, n: number) {
    const keyError = this._message(`key-${row.id}`);
    const valueError = this._message(`value-${row.id}`);
    const key = row.key.trim();
    return html`
      <input
        part="input"
        id="key-${row.id}"
        aria-label=${this.tr(t, "keyLabel", { n })}
        autocomplete="off"
        spellcheck="false"
        aria-invalid=${!!keyError}
        aria-describedby="key-${row.id}-error"
        .value=${row.key}
      />
      <input
        part="input"
        id="value-${row.id}"
        aria-label=${this.tr(t, "valueLabel", { n })}
        autocomplete="off"
        aria-invalid=${!!valueError}
        aria-describedby="value-${row.id}-error"
        .value=${row.value}
      />
      <button
        part="button"
        id="remove-${row.id}"
        type="button"
        aria-label=${key ? this.tr(t, "removeKey", { key }) : this.tr(t, "removeRow", { n })}
        @click=${() => this._removeRow(row, n)}
      >
        ${this.tr(t, "remove")}
      </button>
      <div part="error" class="error" id="key-${row.id}-error">${keyError}</div>
      <div part="error" class="error" id="value-${row.id}-error">${valueError}</div>
    `;
  }
}

import type { PropertyValues, ReactiveController } from "lit";
import { TaskStatus } from "@lit/task";
import { CustomerBinding } from "../../core/customer-binding.js";
import { backendDetail, describeError, shownDetails } from "../../core/describe-error.js";
import { emit, redispatch } from "../../core/events.js";
import { fieldStyles } from "../../core/field-styles.js";
import { metadataRowStyles } from "../../core/metadata-rows.styles.js";
import { PayrexError } from "../../api/errors.js";
import type { Customer, CustomerInput } from "../../api/schemas.js";
import {
  asErrorDetails,
  changesOf,
  draftOf,
  editDraft,
  fieldOrder,
  fieldsAffectedBy,
  messageKeys,
  newRow,
  placeBackendErrors,
  validateDraft,
  type Draft,
  type Errors,
  type Row,
} from "./customer-draft.js";
import { isMessage, t, type CustomerFormMessage } from "./customer-form.messages.js";
import { renderCustomerForm } from "./customer-form.templates.js";
import { upperCaseInPlace } from "./upper-case.js";
import { styles as formStyles } from "./customer-form.styles.js";
import type { PayrexCustomerForm } from "./customer-form.js";

/** The styles of the form's templates, adopted when this module loads. */
export const styles = [fieldStyles, metadataRowStyles, formStyles];

/**
 * The customer form's behaviour, loaded on first use and constructed with the element as host: the
 * draft and its messages, loading and saving the customer (`CustomerBinding`), and event handlers.
 * Templates are in `customer-form.templates.ts`, rules in `customer-draft.ts`.
 */
export class CustomerFormController implements ReactiveController {
  readonly binding: CustomerBinding;
  draft: Draft = draftOf(undefined);
  /** Client-side problems of the current draft, recomputed before each render. */
  errors: Errors = {};
  /** Backend messages per field; one is dropped as soon as the user edits that field. */
  server: Errors = {};
  /** Save failures not tied to a field. */
  alert: string[] = [];
  status?: { text: string; ok?: boolean; seq: number };

  /** Fields whose messages are shown before a submit (the user changed them and moved on). */
  private _touched = new Set<string>();
  private _submitted = false;
  /** Bumped on every edit, so a save can tell whether the user typed while it was in flight. */
  private _rev = 0;
  private _seq = 0;
  private _filledFrom?: Customer;
  private _pending?: Promise<Customer>;
  private _refocus = false;
  private _synced = false;

  constructor(readonly host: PayrexCustomerForm) {
    host.addController(this);
    this.binding = new CustomerBinding(host);
  }

  get locale(): string {
    return this.host.resolvedLocale;
  }

  /** Translates a key of the form's catalog. */
  tr(key: CustomerFormMessage, params?: Record<string, string | number>): string {
    return t(this.locale, key, params);
  }

  /** Called from the element's `willUpdate`. */
  willUpdate(changed: PropertyValues): void {
    if (!this._synced) {
      // Loaded after the element's first updates: take its properties as they are now.
      this._synced = true;
      changed = new Map([...changed, ["customer", undefined], ["customerId", undefined]]);
    }
    const change = this.binding.sync(changed);
    if (change === "customer" && this.host.customer !== this._filledFrom) this._fill(this.host.customer);
    if (change === "switched") {
      // Another customer, or create mode: the previous customer's edits do not apply.
      this._fill(undefined);
      this._setStatus();
    }
    this.errors = this._validate().errors;
  }

  hostUpdated(): void {
    if (this._refocus && this.binding.load.task.status !== TaskStatus.PENDING) {
      this._refocus = false;
      this.host.renderRoot.querySelector<HTMLElement>("#name, .retry")?.focus();
    }
  }

  validate(): boolean {
    this._syncOnce();
    return !this.binding.waiting && this._check() !== null;
  }

  getValue(): CustomerInput | null {
    this._syncOnce();
    return this.binding.waiting ? null : this._validate().value;
  }

  submit(): Promise<Customer> {
    this._syncOnce();
    return (this._pending ??= this._save().finally(() => (this._pending = undefined)));
  }

  reset(): void {
    this._syncOnce();
    this._fill(this.host.customer);
    this._setStatus();
  }

  render(): unknown {
    return renderCustomerForm(this);
  }

  /** The message shown for a field: the client's once touched or submitted, else the backend's. */
  message(field: string): string | undefined {
    const code = this._submitted || this._touched.has(field) ? this.errors[field] : undefined;
    if (!code) return this.server[field];
    const key = messageKeys(field, code).find(isMessage);
    return key && this.tr(key);
  }

  /** The explanation of a failure for the user: the backend's own words when it sent some. */
  describe(error: PayrexError): string {
    return backendDetail(error, this.locale) ?? describeError(error, this.locale);
  }

  /** Methods called before the element's first update see its properties too (e.g. a `customer`). */
  private _syncOnce(): void {
    if (!this._synced) this.willUpdate(new Map());
  }

  private _options() {
    const { hidePrefix, hideMetadata, customer } = this.host;
    return { hidePrefix, hideMetadata, customer };
  }

  private _validate() {
    return validateDraft(this.draft, this._options());
  }

  private async _save(): Promise<Customer> {
    const { host, binding } = this;
    const adapter = host.resolvedAdapter;
    if (adapter instanceof PayrexError) throw adapter;
    if (binding.waiting) throw new PayrexError("validation", this.tr("notLoaded"));
    this.server = {};
    this.alert = [];
    const value = this._check();
    if (!value) {
      const errors = asErrorDetails(this.draft, this._validate().errors);
      throw new PayrexError("validation", this.status?.text ?? "", { errors });
    }
    const base = host.customer;
    const rev = this._rev;
    // The merchant may switch the form to another customer meanwhile: leave that one alone.
    const same = () => host.customerId === base?.id;
    const onFailure = (error: PayrexError) => {
      if (same()) this._showBackendErrors(error);
    };
    let saving: Promise<Customer>;
    if (base) {
      const update = changesOf(base, value, this._options());
      if (!Object.keys(update).length) {
        this._setStatus(this.tr("noChanges"));
        return base;
      }
      saving = binding.update(base.id, update, onFailure);
    } else {
      saving = binding.create(value, onFailure);
    }
    this._setStatus();
    const saved = await saving;
    if (same()) {
      // Refill from what the backend stored, unless the user typed during the save.
      this._filledFrom = this._rev === rev ? undefined : saved;
      host.customer = saved;
      this._setStatus(this.tr(base ? "saved" : "created"), true);
    }
    emit(host, "payrex-customer-saved", { customer: saved });
    return saved;
  }

  /** Validates, shows every message, focuses the first problem and announces the count. */
  private _check(): CustomerInput | null {
    this._submitted = true;
    const { value, errors } = this._validate();
    this.host.requestUpdate();
    this._report(Object.keys(errors));
    return value;
  }

  private _report(fields: string[]): void {
    const invalid = fieldOrder(this.draft).filter((f) => fields.includes(f));
    if (!invalid.length) return;
    this._setStatus(this.tr("attention", { n: invalid.length }));
    let target = invalid[0];
    if (target === "metadata") target = this.draft.rows[0] ? `key-${this.draft.rows[0].id}` : "add";
    // No render root yet when called before the element was ever connected.
    this.host.renderRoot?.querySelector<HTMLElement>(`#${target}`)?.focus();
  }

  private _showBackendErrors(error: PayrexError): void {
    const { server, alert } = placeBackendErrors(this.draft, shownDetails(error.errors, this.locale), this.tr("invalid"), this._options());
    const fields = Object.keys(server);
    this.server = server;
    this.alert = fields.length || alert.length ? alert : [this.describe(error)];
    this._report(fields);
    this.host.requestUpdate();
  }

  private _fill(customer: Customer | undefined): void {
    this._filledFrom = customer;
    this.draft = draftOf(customer);
    this._touched = new Set();
    this._submitted = false;
    this.server = {};
    this.alert = [];
    this.binding.edited();
    this._rev++;
    this.host.requestUpdate();
  }

  private _setStatus(text?: string, ok?: boolean): void {
    this.status = text ? { text, ok, seq: ++this._seq } : undefined;
    this.host.requestUpdate();
  }

  /** Records an edit: a new submit from now on (new idempotency key), stale backend messages dropped. */
  private _edited(fields: string[]): void {
    this._rev++;
    this.binding.edited();
    if (fields.some((f) => f in this.server)) {
      const server = { ...this.server };
      for (const f of fields) delete server[f];
      this.server = server;
    }
    if (this.status) this._setStatus();
    this.host.requestUpdate();
  }

  readonly onInput = (event: InputEvent): void => {
    const input = event.target as HTMLInputElement;
    if (input.getRootNode() !== this.host.renderRoot) return; // slotted content
    // One `input` per edit from the host, whether or not the original was composed.
    event.stopPropagation();
    const field = input.id;
    const value = field === "prefix" && !event.isComposing ? upperCaseInPlace(input) : input.value;
    this.draft = editDraft(this.draft, field, value);
    this._edited(fieldsAffectedBy(field));
    redispatch(this.host, "input");
  };

  readonly onChange = (event: Event): void => {
    const input = event.target as HTMLElement;
    if (input.getRootNode() !== this.host.renderRoot) return;
    this._touched.add(input.id);
    this.host.requestUpdate();
    redispatch(this.host, "change");
  };

  readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    // Failures are shown in the form and reported as `payrex-error`.
    this.host.submit().catch(() => {});
  };

  readonly addRow = async (): Promise<void> => {
    const row = newRow();
    this.draft = { ...this.draft, rows: [...this.draft.rows, row] };
    this._edited([]);
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(`#key-${row.id}`)?.focus();
  };

  async removeRow(row: Row, n: number): Promise<void> {
    const rows = this.draft.rows.filter((r) => r !== row);
    this.draft = { ...this.draft, rows };
    this._edited([`key-${row.id}`, `value-${row.id}`, "metadata"]);
    const key = row.key.trim();
    this._setStatus(key ? this.tr("removedKey", { key }) : this.tr("removedRow"));
    await this.host.updateComplete;
    // Focus takes the removed row's place: the next row's remove button, else the previous one's, else Add.
    const next = rows[n - 1] ?? rows[n - 2];
    this.host.renderRoot.querySelector<HTMLElement>(next ? `#remove-${next.id}` : "#add")?.focus();
  }

  readonly retry = (): void => {
    this._refocus = true;
    void this.binding.reload();
  };
}

import type { PropertyValues, ReactiveController } from "lit";
import { TaskStatus } from "@lit/task";
import { ResourceController } from "../../core/resource.js";
import { backendDetail, describeError } from "../../core/describe-error.js";
import { dialogStyles } from "../../core/dialog.js";
import { fieldStyles } from "../../core/field-styles.js";
import { metadataRowStyles } from "../../core/metadata-rows.styles.js";
import { PayrexError } from "../../api/errors.js";
import { requireMethod } from "../../api/require-method.js";
import type { PayrexAdapter, PayrexStaffMethod } from "../../api/adapter.js";
import type { BillingStatement, Customer } from "../../api/schemas.js";
// The preview is the real checkout, and the customer picker the customer directory: registered with
// the editor's behaviour, wherever the page got the editor from.
import "../../statement-checkout.js";
import "../../customer-directory.js";
import { isEditable } from "./lifecycle.js";
import { Drafting } from "./drafting.js";
import { Lifecycle } from "./statement-actions.js";
import { saveDraft } from "./save.js";
import {
  draftOf,
  snapshot,
  validateDraft,
  type Errors,
  type StatementDraft,
} from "./statement-draft.js";
import { MERCHANT_TIME_ZONE, MerchantTimeZone } from "../../core/time-zone.js";
import { previewOf } from "./preview.js";
import { UnsavedGuard } from "./unsaved-guard.js";
import { t, type StatementEditorMessage } from "./statement-editor.messages.js";
import { renderEditor } from "./statement-editor.templates.js";
import { styles as editorStyles } from "./statement-editor.styles.js";
import type { PayrexStatementEditor } from "./statement-editor.js";

/** The styles of the editor's templates, adopted when this module loads. */
export const styles = [fieldStyles, metadataRowStyles, dialogStyles, editorStyles];

/**
 * The statement editor's behaviour, loaded on first use and constructed with the element as host:
 * the statement (`ResourceController`), its customer, the draft and its messages (`Drafting`:
 * edits, line items, focus), saving (`save.ts`) and the lifecycle actions (`Lifecycle`: finalize,
 * the confirmed actions, copying the link). Rules are plain models (`statement-draft.ts`,
 * `save-plan.ts`, `lifecycle.ts`, `money.ts`), templates in `*.templates.ts`.
 */
export class StatementEditorController implements ReactiveController {
  readonly resource: ResourceController<readonly [string | undefined, BillingStatement | undefined], BillingStatement>;
  readonly customer: ResourceController<readonly [string | undefined], Customer>;
  readonly drafting = new Drafting(this);
  readonly lifecycle = new Lifecycle(this);
  draft: StatementDraft;
  /** Client-side problems shown now (touched fields, or all after a submit). */
  errors: Errors = {};
  /** Backend messages per field; one is dropped as soon as the user edits that field. */
  server: Errors = {};
  /** A failure not tied to a field: its title and the explanations. */
  alert?: { title: StatementEditorMessage; lines: string[] };
  status?: { text: string; ok?: boolean; seq: number };
  /** What the preview shows. */
  preview?: BillingStatement;
  /** Adapter methods the current status needs and the adapter lacks. */
  missing: PayrexStaffMethod[] = [];
  /** The save or action in flight. */
  busy?: "save" | "finalize" | "action";
  /** The time zone in effect: the element's `time-zone`, or Asia/Manila when it is unknown. */
  zone = MERCHANT_TIME_ZONE;
  /** Bumped on every edit, so a save can tell whether the user typed while it was in flight. */
  rev = 0;
  /** The statement the editor last took in (loaded, given, or saved by itself). */
  known?: BillingStatement;
  /** Set by a finalize attempt: its preconditions are shown (and updated) from then on. */
  finalizing = false;
  submitted = false;
  touched = new Set<string>();

  private _base: string;
  private _seq = 0;
  private _synced = false;
  private _fresh = false;
  private _saving?: Promise<BillingStatement>;
  private readonly _zone: MerchantTimeZone;
  private _previewOf: unknown[] = [];
  private _loaded = new WeakSet<BillingStatement>();

  constructor(readonly host: PayrexStatementEditor) {
    this._zone = new MerchantTimeZone(host);
    this.draft = draftOf(undefined, this.zone);
    this._base = snapshot(this.draft);
    this.resource = new ResourceController(host, {
      args: () => [host.billingStatementId, host.billingStatement] as const,
      fetch: async (adapter, [id, given], signal) => {
        if (!id) return undefined;
        if (given?.id === id && !this._fresh) return given;
        this._fresh = false;
        const loaded = await adapter.getBillingStatement(id, { signal });
        this._loaded.add(loaded);
        return loaded;
      },
      // Only what came from the backend: a statement the editor itself set meanwhile is newer.
      onValue: (s) => {
        if (s && this._loaded.has(s) && s.id === host.billingStatementId) host.billingStatement = s;
      },
    });
    this.customer = new ResourceController(host, {
      args: () => [this.statement?.customer?.name ? undefined : this.customerId] as const,
      fetch: (adapter, [id], signal) => (id ? adapter.getCustomer(id, { signal }) : undefined),
    });
    host.addController(this);
    new UnsavedGuard(host, () => this.dirty);
  }

  get locale(): string {
    return this.host.resolvedLocale;
  }

  tr(key: StatementEditorMessage, params?: Record<string, string | number>): string {
    return t(this.locale, key, params);
  }

  /** The statement being edited, once it is the one `billingStatementId` names. */
  get statement(): BillingStatement | undefined {
    const s = this.host.billingStatement;
    return s && (!this.host.billingStatementId || s.id === this.host.billingStatementId) ? s : undefined;
  }

  /** True while the statement named by `billingStatementId` is still being fetched (or failed to be). */
  get waiting(): boolean {
    return !!this.host.billingStatementId && !this.statement;
  }

  get failed(): boolean {
    return this.waiting && this.resource.task.status === TaskStatus.ERROR;
  }

  get editable(): boolean {
    return !this.waiting && isEditable(this.statement?.status);
  }

  /** The level of the editor's heading (the preview's is one below). */
  get level(): number {
    const level = Math.trunc(this.host.headingLevel);
    return level >= 1 && level <= 6 ? level : 2;
  }

  get customerId(): string | undefined {
    return this.statement?.customer_id ?? this.host.customerId ?? undefined;
  }

  get dirty(): boolean {
    return this.editable && snapshot(this.draft) !== this._base;
  }

  /** The adapter in effect, or throws its configuration error. */
  adapter(): PayrexAdapter {
    const adapter = this.host.resolvedAdapter;
    if (adapter instanceof PayrexError) throw adapter;
    return adapter;
  }

  /** The adapter's `method`, or throws a PayrexError (code `missing_method`) naming it. */
  method<M extends PayrexStaffMethod>(method: M) {
    return requireMethod(this.adapter(), method);
  }

  /** Called from the element's `willUpdate`. */
  willUpdate(changed: PropertyValues): void {
    if (!this._synced) {
      // Loaded after the element's first updates: take its properties as they are now.
      this._synced = true;
      changed = new Map([...changed, ["billingStatement", undefined], ["billingStatementId", undefined], ["timeZone", undefined]]);
    }
    const { host } = this;
    if (changed.has("timeZone")) {
      // A saved due date reads as another calendar date in another zone; unsaved edits stay as typed.
      const [was, dirty, s] = [this.zone, this.dirty, this.statement];
      this._checkZone();
      if (this.zone !== was && s) {
        if (dirty) this._base = snapshot(draftOf(s, this.zone, this.draft));
        else this.fill(s, true);
      }
    }
    const given = host.billingStatement;
    if (changed.has("billingStatement") && given && given !== this.known) {
      if (host.billingStatementId !== given.id) host.billingStatementId = given.id;
      this.receive(given);
    } else if (changed.has("billingStatementId") && host.billingStatementId !== given?.id) {
      // Another statement, or a new one: the previous one's edits do not apply.
      host.billingStatement = undefined;
      this.known = undefined;
      this.fill(undefined);
    }
    this.errors = this.drafting.shownErrors();
    // A new preview only when what it shows changed: the checkout then re-renders.
    const shows = [this.draft, this.statement, this.customer.value, this.zone, this.waiting];
    if (shows.some((x, i) => x !== this._previewOf[i])) {
      this._previewOf = shows;
      this.preview = previewOf(this);
    }
    this.missing = this.lifecycle.missing();
  }

  hostUpdated(): void {
    this.lifecycle.hostUpdated();
  }

  render(): unknown {
    return renderEditor(this);
  }

  /** The explanation of a failure for the user: the backend's own words when it sent some. */
  describe(error: PayrexError): string {
    return error.code ? describeError(error, this.locale) : (backendDetail(error, this.locale) ?? describeError(error, this.locale));
  }

  validate(): boolean {
    this._syncOnce();
    if (!this.editable) return false;
    this.submitted = true;
    const { value, errors } = validateDraft(this.draft, this.zone);
    this.host.requestUpdate();
    this.drafting.report(Object.keys(errors));
    return !!value;
  }

  reset(): void {
    this._syncOnce();
    this.fill(this.statement);
    this.setStatus();
  }

  save(): Promise<BillingStatement> {
    this._syncOnce();
    return (this._saving ??= saveDraft(this, false).finally(() => (this._saving = undefined)));
  }

  async reload(): Promise<void> {
    this._fresh = true;
    await this.resource.reload();
  }

  /** Takes in a statement that arrived (loaded, given, saved): the draft follows it unless it holds unsaved edits of the same statement. */
  receive(s: BillingStatement): void {
    const same = this.known?.id === s.id;
    const keep = same && this.dirty;
    this.known = s;
    if (keep) this._base = snapshot(draftOf(s, this.zone, this.draft));
    else this.fill(s, same);
  }

  /** Makes `s` the statement (and the base unsaved edits are measured against), without touching the draft. */
  adopt(s: BillingStatement): void {
    this.known = s;
    this.host.billingStatement = s;
    this.host.billingStatementId = s.id;
    this._base = snapshot(draftOf(s, this.zone, this.draft));
  }

  /** The draft of `s`, every message hidden. `keepKeys`: the same statement again, its inputs stay. */
  fill(s: BillingStatement | undefined, keepKeys = false): void {
    this.draft = draftOf(s, this.zone, keepKeys ? this.draft : undefined);
    this._base = snapshot(this.draft);
    this.touched = new Set();
    this.submitted = false;
    this.finalizing = false;
    this.server = {};
    this.alert = undefined;
    this.drafting.forgetKeys();
    this.rev++;
    this.host.requestUpdate();
  }

  setStatus(text?: string, ok?: boolean): void {
    this.status = text ? { text, ok, seq: ++this._seq } : undefined;
    this.host.requestUpdate();
  }

  /** Methods called before the element's first update see its properties too. */
  private _syncOnce(): void {
    if (!this._synced) this.willUpdate(new Map());
  }

  private _checkZone(): void {
    this.zone = this._zone.update(this.host.timeZone);
  }
}

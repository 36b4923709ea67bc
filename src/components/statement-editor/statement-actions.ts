import { DialogController } from "../../core/dialog.js";
import { emit } from "../../core/events.js";
import { PayrexError } from "../../api/errors.js";
import type { BillingStatement } from "../../api/schemas.js";
import { safePaymentUrl } from "../statement-checkout/payment-url.js";
import { requireMethod } from "../../api/require-method.js";
import type { PayrexStaffMethod } from "../../api/adapter.js";
import { CONFIRMED, methodsForStatus, type StatementAction } from "./lifecycle.js";
import { saveDraft, showFailure } from "./save.js";
import type { StatementEditorController } from "./statement-editor.controller.js";
import type { StatementEditorMessage } from "./statement-editor.messages.js";

/** The actions confirmed in a dialog, the adapter method each calls, and what the user reads. */
const CONFIRMED_ACTIONS = {
  delete: { method: "deleteBillingStatement", done: "deleted", failed: "deleteFailed" },
  send: { method: "sendBillingStatement", done: "sent", failed: "sendFailed" },
  void: { method: "voidBillingStatement", done: "voided", failed: "voidFailed" },
  mark_uncollectible: { method: "markUncollectibleBillingStatement", done: "markedUncollectible", failed: "uncollectibleFailed" },
} as const;
export type ConfirmedAction = keyof typeof CONFIRMED_ACTIONS;

/**
 * The lifecycle actions of the editor: finalize (saving first), the actions confirmed in a dialog
 * (delete, send, void, mark uncollectible), and copying the payment link.
 */
export class Lifecycle {
  /** The action the dialog asks about, while it is open. */
  confirming?: ConfirmedAction;
  /** Why the confirmed action failed, shown in the dialog. */
  dialogError?: string;
  /** What copying the link did, until the link changes. */
  copied?: "ok" | "failed";
  /** The confirmation dialog: Escape is refused while its action is in flight; focus goes back to its opener. */
  readonly dialog: DialogController;
  private _reported = new WeakMap<object, Set<string>>();

  constructor(private readonly view: StatementEditorController) {
    this.dialog = new DialogController(view.host, {
      dialog: () => view.host.renderRoot.querySelector("dialog"),
      busy: () => !!view.busy,
    });
  }

  /** A name for `s` in messages: its number, else its description or customer. */
  nameOf(s: BillingStatement | undefined): string {
    const { view } = this;
    if (s?.billing_statement_number) return s.billing_statement_number;
    const description = s?.description?.trim();
    if (description) return view.tr("draftName", { description });
    const customer = s?.customer?.name ?? view.customer.value?.name;
    return customer ? view.tr("draftFor", { customer }) : view.tr("draftUnnamed");
  }

  /** The statement's payment page, when it is a link the editor will show (https, or http on a loopback host). */
  get link(): string | null {
    const s = this.view.statement;
    return s?.status === "open" ? safePaymentUrl(s.billing_statement_url ?? s.url) : null;
  }

  /** Opens the dialog that confirms `action` (the other actions run at once). */
  readonly run = (action: StatementAction): void => {
    if (this.view.busy) return;
    if (action === "save") void this.view.save().catch(() => {});
    else if (action === "finalize") void this.finalize().catch(() => {});
    else if (CONFIRMED.has(action)) {
      this.confirming = action as ConfirmedAction;
      this.dialogError = undefined;
      this.dialog.show();
    }
  };

  /** Saves the draft if needed, with the finalize preconditions, then finalizes it. */
  async finalize(): Promise<BillingStatement> {
    const { view } = this;
    const saved = await saveDraft(view, true);
    let finalize;
    try {
      finalize = view.method("finalizeBillingStatement");
    } catch (error) {
      throw showFailure(view, error, "finalizeFailed");
    }
    view.busy = "finalize";
    view.host.requestUpdate();
    let done: BillingStatement;
    try {
      done = await finalize(saved.id);
    } catch (error) {
      throw showFailure(view, error, "finalizeFailed");
    } finally {
      view.busy = undefined;
      view.host.requestUpdate();
    }
    this._done(done, "finalize", "finalized");
    return done;
  }

  /** Runs the confirmed action; a failure stays in the dialog, with the dialog open. */
  readonly confirm = async (): Promise<void> => {
    const { view } = this;
    const action = this.confirming;
    const s = view.statement;
    if (!action || !s || view.busy) return;
    const { method, done, failed } = CONFIRMED_ACTIONS[action];
    view.busy = "action";
    this.dialogError = undefined;
    view.host.requestUpdate();
    let result: BillingStatement | undefined;
    try {
      if (action === "delete") await view.method("deleteBillingStatement")(s.id);
      else result = await view.method(method as Exclude<(typeof CONFIRMED_ACTIONS)[ConfirmedAction]["method"], "deleteBillingStatement">)(s.id);
    } catch (error) {
      const e = PayrexError.from(error);
      this.dialogError = `${view.tr(failed)} ${view.describe(e)}`;
      emit(view.host, "payrex-error", { error: e });
      return;
    } finally {
      view.busy = undefined;
      view.host.requestUpdate();
    }
    this.close();
    if (result) return this._done(result, action as Exclude<ConfirmedAction, "delete">, done);
    // Deleted: a new draft for the same customer.
    const name = this.nameOf(s);
    view.host.customerId ??= s.customer_id ?? undefined;
    view.host.billingStatementId = undefined;
    view.host.billingStatement = undefined;
    view.setStatus(view.tr("deleted", { name }), true);
    emit(view.host, "payrex-statement-deleted", { billingStatement: s });
    this._focusHeading();
  };

  /** Closes the dialog (Cancel, or after the action), focus back where it was. */
  readonly close = (): void => {
    this.dialog.close();
  };

  /** Copies the payment link, with the clipboard API or, where it is refused, the selected text. */
  readonly copy = async (): Promise<void> => {
    const link = this.link;
    if (!link) return;
    let ok = false;
    try {
      await navigator.clipboard.writeText(link);
      ok = true;
    } catch {
      const input = this.view.host.renderRoot.querySelector<HTMLInputElement>("#link");
      input?.select();
      try {
        ok = document.execCommand("copy");
      } catch {
        ok = false;
      }
    }
    this.copied = ok ? "ok" : "failed";
    this.view.setStatus(this.view.tr(ok ? "copied" : "copyFailed"), ok);
  };

  /** The adapter methods the statement's status needs and the adapter lacks. */
  missing(): PayrexStaffMethod[] {
    const adapter = this.view.host.resolvedAdapter;
    if (adapter instanceof PayrexError || this.view.waiting) return [];
    return methodsForStatus(this.view.statement?.status).filter((m) => typeof adapter[m] !== "function");
  }

  hostUpdated(): void {
    this._reportMissing();
    // Closed (Cancel, Escape, the action done): nothing is asked any more.
    if (!this.dialog.open && this.confirming) {
      this.confirming = undefined;
      this.dialogError = undefined;
    }
  }

  private _done(s: BillingStatement, action: "finalize" | "send" | "void" | "mark_uncollectible", message: StatementEditorMessage): void {
    const { view } = this;
    view.adopt(s);
    view.fill(s, true);
    this.copied = undefined;
    const email = s.customer?.email ?? view.customer.value?.email;
    const text = action === "send" && email ? view.tr("sentTo", { name: this.nameOf(s), email }) : view.tr(message, { name: this.nameOf(s) });
    view.setStatus(text, true);
    emit(view.host, "payrex-statement-action", { action, billingStatement: s });
    this._focusHeading();
  }

  private async _focusHeading(): Promise<void> {
    await this.view.host.updateComplete;
    this.view.host.renderRoot.querySelector<HTMLElement>("#heading")?.focus();
  }

  /** Reports each missing adapter method once per adapter (`payrex-error`, code `missing_method`). */
  private _reportMissing(): void {
    const adapter = this.view.host.resolvedAdapter;
    if (adapter instanceof PayrexError) return;
    const seen = this._reported.get(adapter) ?? new Set<string>();
    this._reported.set(adapter, seen);
    for (const method of this.view.missing) {
      if (seen.has(method)) continue;
      seen.add(method);
      try {
        requireMethod(adapter, method);
      } catch (error) {
        emit(this.view.host, "payrex-error", { error: PayrexError.from(error) });
      }
    }
  }
}

import { emit } from "../../core/events.js";
import { shownDetails } from "../../core/describe-error.js";
import { PayrexError } from "../../api/errors.js";
import type { BillingStatement, LineItem } from "../../api/schemas.js";
import { isEditable, methodsFor } from "./lifecycle.js";
import { afterOp, lineItemOps, placeBackendErrors, statementChanges, statementInput } from "./save-plan.js";
import type { StatementDraft } from "./statement-draft.js";
import type { StatementEditorMessage } from "./statement-editor.messages.js";
import type { StatementEditorController } from "./statement-editor.controller.js";

/**
 * Saves the editor's draft: creates the statement or sends only the fields that changed, then the
 * line item requests one at a time (in order: PayRex lists line items as they were created), then
 * reads the statement back for its new amount. The editor learns each step as it lands, so a save
 * that fails part-way and is tried again sends only what is still missing; the draft stays as typed.
 *
 * `finalizing`: the finalize preconditions must hold too (shown at their fields before any request).
 * Resolves with the statement as saved (the same object when nothing changed).
 */
export async function saveDraft(view: StatementEditorController, finalizing: boolean): Promise<BillingStatement> {
  const { host } = view;
  const title = finalizing ? "finalizeFailed" : "saveFailed";
  const base = view.statement;
  const status = base?.status;
  if (view.waiting) throw new PayrexError("validation", "The billing statement has not loaded yet: await reload() or the next update.");
  if (!isEditable(status)) throw new PayrexError("validation", `A billing statement that is ${status} cannot change.`);
  view.server = {};
  view.alert = undefined;
  view.submitted = true;
  view.finalizing = finalizing;
  const { value, errors } = view.drafting.problems();
  host.requestUpdate();
  if (!value || Object.keys(errors).length) {
    view.drafting.report(Object.keys(errors));
    throw new PayrexError("validation", "The billing statement has problems: see its fields.", {
      errors: Object.entries(errors).map(([parameter, code]) => ({ code, parameter })),
    });
  }
  let adapter;
  try {
    adapter = view.adapter();
    for (const method of methodsFor("save", status)) view.method(method);
  } catch (error) {
    throw showFailure(view, error, title);
  }
  const customerId = view.customerId;
  if (!customerId) {
    const error = new PayrexError("validation", "No customer: set customer-id, or pick a customer, first.");
    throw showFailure(view, error, title, { message: view.tr("noCustomer") });
  }
  const typed = view.draft;
  const itemKeys = typed.items.map((i) => i.key);
  const rev = view.rev;
  view.busy = finalizing ? "finalize" : "save";
  view.setStatus();
  let item: number | undefined;
  let s: BillingStatement;
  try {
    let changed = false;
    if (!base) {
      const idempotencyKey = view.drafting.createKey();
      s = await view.method("createBillingStatement")(statementInput(customerId, value), { idempotencyKey });
      view.drafting.created();
      view.adopt((s = { ...s, line_items: s.line_items ?? [] }));
      changed = true;
    } else {
      s = base;
      const changes = statementChanges(base, value);
      if (Object.keys(changes).length) {
        const updated = await view.method("updateBillingStatement")(base.id, changes);
        view.adopt((s = { ...updated, line_items: updated.line_items ?? base.line_items }));
        changed = true;
      }
    }
    let items: LineItem[] = s.line_items ?? [];
    const ref = { billing_statement_id: s.id };
    for (const op of lineItemOps(items, value.line_items)) {
      item = op.op === "delete" ? undefined : op.index;
      let result: LineItem | undefined;
      if (op.op === "create") {
        const key = itemKeys[op.index]!;
        result = await view.method("createLineItem")({ ...ref, ...op.line }, { idempotencyKey: view.drafting.itemKey(key) });
        view.drafting.created(key);
      } else if (op.op === "update") result = await view.method("updateLineItem")(op.id, { ...ref, ...op.changes });
      else await view.method("deleteLineItem")(op.id, ref);
      items = afterOp(items, op, result);
      view.adopt((s = { ...s, line_items: items }));
      changed = true;
    }
    item = undefined;
    if (!changed) {
      if (!finalizing) view.setStatus(view.tr("noChanges"));
      return s;
    }
    // The amount (and anything else the backend derives) as it is now.
    s = await adapter.getBillingStatement(s.id);
    view.adopt(s);
  } catch (error) {
    throw showFailure(view, error, title, { typed, item });
  } finally {
    view.busy = undefined;
    host.requestUpdate();
  }
  // Refill from what the backend stored, unless the user typed during the save.
  if (view.rev === rev) view.fill(s, true);
  else view.adopt(s);
  if (!finalizing) view.setStatus(view.tr(base ? "saved" : "created"), true);
  emit(host, "payrex-statement-saved", { billingStatement: s });
  return s;
}

/**
 * Shows a failure: the backend's field messages at their fields (`item`: the place of the draft
 * item a line item request carried, in the draft `typed` as it was sent), the rest in the alert
 * titled `title` (or `message` instead of the explanation); fires `payrex-error`.
 */
export function showFailure(
  view: StatementEditorController,
  error: unknown,
  title: StatementEditorMessage,
  { typed = view.draft, item, message }: { typed?: StatementDraft; item?: number; message?: string } = {},
): PayrexError {
  const e = PayrexError.from(error);
  const placed = e.code || message ? { server: {}, alert: [] } : placeBackendErrors(typed, shownDetails(e.errors, view.locale), view.tr("invalid"), item);
  const fields = Object.keys(placed.server);
  view.server = { ...view.server, ...placed.server };
  view.alert = { title, lines: fields.length || placed.alert.length ? placed.alert : [message ?? view.describe(e)] };
  view.drafting.report(fields);
  view.host.requestUpdate();
  emit(view.host, "payrex-error", { error: e });
  return e;
}

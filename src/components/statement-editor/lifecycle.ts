/**
 * PayRex's billing statement lifecycle as the editor offers it: the editor's actions over the statement
 * rules the backends apply (src/api/statement-rules.ts), the adapter methods they need, and what the
 * editor checks before finalizing. Plain data (no DOM), tested in Node.
 *
 *   (new) ──save──▶ draft ──finalize──▶ open ──▶ paid (the customer pays)
 *                     │                  ├──void──▶ void
 *                   delete               └──mark_uncollectible──▶ uncollectible
 */
import { MAX_AMOUNT } from "../../api/staff-schemas.js";
import type { PayrexStaffMethod } from "../../api/adapter.js";
import { allowedActions, finalizeNeeds, type StatementAction as RuleAction } from "../../api/statement-lifecycle.js";
import { dayInZone } from "./due-dates.js";

export type StatementAction = "save" | "finalize" | "delete" | "send" | "void" | "mark_uncollectible";

/** The editor's actions in the order it offers them; saving is the rules' `update` (line items go with it). */
const OFFERED: StatementAction[] = ["save", "finalize", "delete", "send", "void", "mark_uncollectible"];
const ruleOf = (action: StatementAction): RuleAction => (action === "save" ? "update" : action);

/** The actions a statement in `status` allows; `undefined` is a statement not created yet. */
export function actionsFor(status: string | undefined): StatementAction[] {
  if (status === undefined) return ["save", "finalize"];
  // paid, void, uncollectible, and any status PayRex may add: read only.
  const allowed = allowedActions(status);
  return OFFERED.filter((action) => allowed.includes(ruleOf(action)));
}

/** Whether the statement's details and line items can still change (a draft, or one not created yet). */
export const isEditable = (status: string | undefined): boolean => status === undefined || allowedActions(status).includes("update");

/** The actions that ask first, in a dialog naming the statement. */
export const CONFIRMED: ReadonlySet<StatementAction> = new Set(["delete", "send", "void", "mark_uncollectible"]);

/**
 * The adapter methods an action needs. Saving a new statement creates it and its line items; saving
 * a draft may change, add and remove line items.
 */
export function methodsFor(action: StatementAction, status: string | undefined): PayrexStaffMethod[] {
  switch (action) {
    case "save":
      return status === undefined
        ? ["createBillingStatement", "createLineItem"]
        : ["updateBillingStatement", "createLineItem", "updateLineItem", "deleteLineItem"];
    case "finalize":
      return [...methodsFor("save", status), "finalizeBillingStatement"];
    case "delete":
      return ["deleteBillingStatement"];
    case "send":
      return ["sendBillingStatement"];
    case "void":
      return ["voidBillingStatement"];
    case "mark_uncollectible":
      return ["markUncollectibleBillingStatement"];
  }
}

/** Every adapter method the actions of `status` need, each once, in the order they are first needed. */
export const methodsForStatus = (status: string | undefined): PayrexStaffMethod[] => [
  ...new Set(actionsFor(status).flatMap((action) => methodsFor(action, status))),
];

/** Why a statement cannot be finalized yet, per field: `due`, `items` or `total`. */
export type FinalizeProblems = Partial<Record<"due" | "items" | "total", "due_required" | "due_past" | "items_required" | "total_min" | "total_max">>;

/**
 * What finalizing needs before any request: the backends' needs (a due date, at least one line item,
 * a total of at least ₱20.00), and, checked here before the draft is saved, a due date that is not in
 * the past (today is fine; days as the calendar reads in `timeZone`) and a total of at most
 * ₱59,999,999.99. `total` is left out while some line item does not read as valid yet (that item's
 * own message says why).
 */
export function finalizeProblems(
  statement: { due_at: number | null; items: number; total?: number },
  now: number,
  timeZone: string,
): FinalizeProblems {
  const problems: FinalizeProblems = finalizeNeeds({ due_at: statement.due_at, items: statement.items, amount: statement.total });
  if (statement.due_at !== null && dayInZone(statement.due_at * 1000, timeZone) < dayInZone(now, timeZone)) problems.due = "due_past";
  if (statement.items && statement.total !== undefined && statement.total > MAX_AMOUNT) problems.total = "total_max";
  return problems;
}

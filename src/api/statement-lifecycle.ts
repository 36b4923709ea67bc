/**
 * The billing statement lifecycle as plain data: which action each status allows and what finalizing
 * needs. The statement rules (statement-rules.ts, applied by the memory adapter and the sandbox
 * server) and the statement editor both read it; kept apart from the rules so the editor loads only this.
 */
import { MIN_AMOUNT } from "./staff-schemas.js";

export type StatementStatus = "draft" | "open" | "paid" | "void" | "uncollectible";
export type StatementAction = "update" | "delete" | "line_items" | "finalize" | "send" | "void" | "mark_uncollectible";

/** The one status each action is allowed in: drafts are edited and finalized, open statements sent, voided or written off. */
export const ACTION_STATUS: Record<StatementAction, StatementStatus> = {
  update: "draft",
  delete: "draft",
  line_items: "draft",
  finalize: "draft",
  send: "open",
  void: "open",
  mark_uncollectible: "open",
};

/** The actions a statement in `status` allows (paid, void and uncollectible allow none). */
export const allowedActions = (status: string): StatementAction[] =>
  (Object.keys(ACTION_STATUS) as StatementAction[]).filter((a) => ACTION_STATUS[a] === status);

/** What finalizing still needs, per field: a due date, at least one line item, then a total of at least 20.00 PHP. */
export interface FinalizeNeeds {
  due?: "due_required";
  items?: "items_required";
  total?: "total_min";
}

/**
 * What finalizing needs, over plain facts (so an unsaved draft can be checked too): `items` counts the
 * line items; an `amount` left out is not judged.
 */
export function finalizeNeeds(facts: { due_at: number | null | undefined; items: number; amount?: number }): FinalizeNeeds {
  const needs: FinalizeNeeds = {};
  if (facts.due_at == null) needs.due = "due_required";
  if (!facts.items) needs.items = "items_required";
  else if (facts.amount !== undefined && facts.amount < MIN_AMOUNT) needs.total = "total_min";
  return needs;
}


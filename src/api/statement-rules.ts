/**
 * PayRex's rules for the merchant's staff side, as plain functions over resources: the statement
 * lifecycle (which action each status allows), line items and the amount they add up to, finalizing
 * (what it needs, the number it assigns), and customer search. The memory adapter and the server's
 * sandbox both apply them, so the two backends answer alike. Every failure is a PayrexError of kind
 * `http` carrying PayRex's error body (`parameter` names the field).
 */
import { PayrexError, type PayrexErrorDetail } from "./errors.js";
import type { BillingStatement, Customer, CustomerQuery, LineItem } from "./schemas.js";
import { MAX_AMOUNT, type BillingStatementInput, type BillingStatementUpdate, type LineItemInput, type LineItemUpdate } from "./staff-schemas.js";
import { ACTION_STATUS, finalizeNeeds, type StatementAction } from "./statement-lifecycle.js";

export { ACTION_STATUS, allowedActions, finalizeNeeds, type FinalizeNeeds, type StatementAction, type StatementStatus } from "./statement-lifecycle.js";

export const rejectWith = (status: number, errors: PayrexErrorDetail[]): never => {
  throw new PayrexError("http", errors.map((e) => e.detail).join(" "), { status, errors });
};

const invalid = (detail: string, parameter?: string): PayrexErrorDetail => ({
  code: "parameter_invalid",
  detail,
  ...(parameter !== undefined && { parameter }),
});

const WORDS: Record<StatementAction, string> = {
  update: "updated",
  delete: "deleted",
  line_items: "given line item changes",
  finalize: "finalized",
  send: "sent",
  void: "voided",
  mark_uncollectible: "marked uncollectible",
};

/** Throws a 400 unless `s` is in the status `action` needs. */
export function requireStatus(s: Pick<BillingStatement, "id" | "status">, action: StatementAction): void {
  const needed = ACTION_STATUS[action];
  if (s.status === needed) return;
  rejectWith(400, [
    {
      code: "billing_statement_invalid_status",
      detail: `The billing statement ${s.id} is ${s.status}; only a statement that is ${needed} can be ${WORDS[action]}.`,
    },
  ]);
}

/** The sum of `unit_price × quantity` in integer centavos. */
export const lineItemsTotal = (items: readonly Pick<LineItem, "unit_price" | "quantity">[]): number =>
  items.reduce((sum, li) => sum + li.unit_price * li.quantity, 0);

/** `s` with `line_items` replaced and the amount recomputed from them (400 when above PayRex's maximum). */
export function withLineItems(s: BillingStatement, items: LineItem[], t: number, parameter = "unit_price"): BillingStatement {
  const amount = lineItemsTotal(items);
  if (amount > MAX_AMOUNT) rejectWith(400, [invalid("The billing statement's total would be above 59,999,999.99 PHP.", parameter)]);
  return { ...s, line_items: items, amount, updated_at: t };
}

/** A new draft for `customer`, as PayRex creates it: no number, no payment link, amount 0. */
export function newDraft(id: string, input: BillingStatementInput, customer: Customer, t: number, merchant?: Partial<BillingStatement>): BillingStatement {
  return {
    ...merchant,
    id,
    resource: "billing_statement",
    amount: 0,
    currency: input.currency ?? "PHP",
    customer_id: customer.id,
    customer: { id: customer.id, name: customer.name ?? null, email: customer.email ?? null },
    description: input.description ?? null,
    status: "draft",
    due_at: input.due_at ?? null,
    finalized_at: null,
    billing_statement_number: null,
    billing_statement_url: null,
    line_items: [],
    payment_intent: null,
    payment_settings: { payment_methods: input.payment_settings?.payment_methods ?? ["card", "gcash", "maya", "qrph"] },
    metadata: input.metadata ?? null,
    livemode: false,
    created_at: t,
    updated_at: t,
  };
}

/** A draft with `input`'s fields changed (`null` clears). */
export function updateDraft(s: BillingStatement, input: BillingStatementUpdate, t: number): BillingStatement {
  requireStatus(s, "update");
  const changed = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  return { ...s, ...changed, updated_at: t };
}

/** The statement's line item `itemId`, or a 404. */
export function findLineItem(s: BillingStatement, itemId: string): LineItem {
  return (
    s.line_items?.find((li) => li.id === itemId) ??
    rejectWith(404, [{ code: "resource_not_found", detail: `No such billing statement line item: ${itemId}` }])
  );
}

/** Adds a line item to a draft. */
export function addLineItem(s: BillingStatement, id: string, input: LineItemInput, t: number) {
  requireStatus(s, "line_items");
  const item: LineItem = {
    id,
    resource: "billing_statement_line_item",
    description: input.description,
    unit_price: input.unit_price,
    quantity: input.quantity,
    billing_statement_id: s.id,
    livemode: false,
    created_at: t,
    updated_at: t,
  };
  return { statement: withLineItems(s, [...(s.line_items ?? []), item], t), item };
}

/** Changes a draft's line item. */
export function changeLineItem(s: BillingStatement, itemId: string, input: LineItemUpdate, t: number) {
  requireStatus(s, "line_items");
  const { billing_statement_id: _, ...fields } = input;
  const changed = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  const item: LineItem = { ...findLineItem(s, itemId), ...changed, billing_statement_id: s.id, updated_at: t };
  return { statement: withLineItems(s, s.line_items!.map((li) => (li.id === itemId ? item : li)), t), item };
}

/** Removes a draft's line item. */
export function removeLineItem(s: BillingStatement, itemId: string, t: number): BillingStatement {
  requireStatus(s, "line_items");
  findLineItem(s, itemId);
  return withLineItems(
    s,
    s.line_items!.filter((li) => li.id !== itemId),
    t,
  );
}

/** Why `s` cannot be finalized: each problem with the field it is about (empty when it can). */
export function finalizeProblems(s: BillingStatement): PayrexErrorDetail[] {
  const needs = finalizeNeeds({ due_at: s.due_at, items: s.line_items?.length ?? 0, amount: s.amount });
  const problems: PayrexErrorDetail[] = [];
  if (needs.due) problems.push({ code: "parameter_required", detail: "A due date is required to finalize a billing statement.", parameter: "due_at" });
  if (needs.items) {
    problems.push({ code: "parameter_required", detail: "At least one line item is required to finalize a billing statement.", parameter: "line_items" });
  } else if (needs.total) {
    problems.push(invalid("The total must be at least 20.00 PHP to be paid.", "amount"));
  }
  return problems;
}

/** `PREFIX-0001`: the customer's prefix and sequence number, as PayRex numbers statements. */
export const statementNumber = (prefix: string, sequence: number): string => `${prefix}-${String(sequence).padStart(4, "0")}`;

export interface Finalized {
  statement: BillingStatement;
  /** The customer with its next sequence number advanced. */
  customer: Customer;
}

/**
 * draft → open: checks what finalizing needs, numbers the statement from the customer's prefix and
 * sequence, and opens a payment intent. `url` is the statement's payment page (`null` when the
 * backend computes it when reading).
 */
export function finalize(s: BillingStatement, customer: Customer, t: number, ids: { intent: string; secret: string; url: string | null }): Finalized {
  requireStatus(s, "finalize");
  const problems = finalizeProblems(s);
  if (problems.length) rejectWith(400, problems);
  const sequence = Math.max(1, Math.trunc(Number(customer.next_billing_statement_sequence_number ?? 1)) || 1);
  const prefix = customer.billing_statement_prefix || customer.id.replace(/^cus_/, "").slice(0, 8).toUpperCase();
  return {
    statement: {
      ...s,
      status: "open",
      finalized_at: t,
      billing_statement_number: statementNumber(prefix, sequence),
      billing_statement_url: ids.url,
      payment_intent: { id: ids.intent, client_secret: `${ids.intent}_secret_${ids.secret}`, status: "awaiting_payment_method" },
      updated_at: t,
    },
    customer: { ...customer, next_billing_statement_sequence_number: String(sequence + 1), updated_at: t },
  };
}

/** open → open (sent), void or uncollectible. */
export function act(s: BillingStatement, action: "send" | "void" | "mark_uncollectible", t: number): BillingStatement {
  requireStatus(s, action);
  if (action === "send") return { ...s, updated_at: t };
  const intent = s.payment_intent && action === "void" ? { ...s.payment_intent, status: "canceled" } : s.payment_intent;
  return { ...s, status: action === "void" ? "void" : "uncollectible", payment_intent: intent, updated_at: t };
}

/** Whether `c` matches PayRex's list filters: a whole email and part of a name (ignoring case), one metadata value. */
export function customerMatches(c: Customer, q: CustomerQuery): boolean {
  const lower = (v: unknown) => String(v ?? "").toLocaleLowerCase("en");
  if (q.email && lower(c.email) !== lower(q.email).trim()) return false;
  if (q.name && !lower(c.name).includes(lower(q.name).trim())) return false;
  if (q.metadata?.key && c.metadata?.[q.metadata.key] !== q.metadata.value) return false;
  return true;
}

import type { BillingStatement, Payment } from "../../api/schemas.js";

/**
 * The payment history's rules as plain data and functions (no DOM): which status a row shows, which
 * rows a filter keeps and in what order, which statuses the filter offers. Tested in Node.
 */

/** The two lists the element can show. */
export type HistoryView = "payments" | "billing-statements";
/** Order of the loaded rows by date. */
export type HistorySort = "newest" | "oldest";
export type Row = Payment | BillingStatement;

export const VIEWS: readonly HistoryView[] = ["payments", "billing-statements"];
export const PAYMENT_STATUSES: readonly string[] = ["pending", "paid", "failed"];
export const STATEMENT_STATUSES: readonly string[] = ["draft", "open", "overdue", "paid", "void", "uncollectible"];

/** The views offered by a `views` attribute (space- or comma-separated); both when it names none. */
export function viewsOf(attribute: string | undefined): HistoryView[] {
  const wanted = String(attribute ?? "").split(/[\s,]+/);
  const views = VIEWS.filter((v) => wanted.includes(v));
  return views.length ? views : [...VIEWS];
}

/** The status a row shows: an open statement whose due time has passed (`now`, Unix seconds) is "overdue". */
export function statusOf(row: Row, view: HistoryView, now: number): string {
  if (view === "payments") return row.status;
  const s = row as BillingStatement;
  return s.status === "open" && s.due_at != null && s.due_at < now ? "overdue" : s.status;
}

/** The date a row is sorted by: a payment's time, a statement's due date (a draft may have none: its creation). */
export function dateOf(row: Row, view: HistoryView): number {
  if (view === "payments") return row.created_at ?? 0;
  const s = row as BillingStatement;
  return s.due_at ?? s.created_at ?? 0;
}

export interface Shown {
  /** The rows shown: those with the filtered status (all when no filter), in date order. */
  rows: Row[];
  /** The statuses the filter offers: the known ones of the view, then any other found in the rows. */
  statuses: string[];
}

/** Filters and sorts the loaded rows (`filter` empty keeps all); `now` decides what is overdue. */
export function showRows(all: readonly Row[], view: HistoryView, filter: string, sort: HistorySort, now: number): Shown {
  const known = view === "payments" ? PAYMENT_STATUSES : STATEMENT_STATUSES;
  const seen = new Set<string>();
  const rows: Row[] = [];
  for (const row of all) {
    const status = statusOf(row, view, now);
    seen.add(status);
    if (!filter || status === filter) rows.push(row);
  }
  const sign = sort === "oldest" ? 1 : -1;
  // A stable sort: rows of the same date keep the backend's order.
  rows.sort((a, b) => sign * (dateOf(a, view) - dateOf(b, view)));
  return { rows, statuses: [...known, ...[...seen].filter((s) => s && !known.includes(s))] };
}

/** The columns of a view; each is also the key of its header in the element's catalog. */
export type Column = "date" | "description" | "method" | "amount" | "refunded" | "status" | "statement" | "number" | "dueDate";

/**
 * The columns of a view. Refunds and paid statements are rare: their payment columns are shown only
 * when a loaded row has one (whatever the filter shows, so columns do not come and go with it).
 */
export function columnsOf(view: HistoryView, loaded: readonly Row[]): Column[] {
  if (view !== "payments") return ["number", "description", "dueDate", "amount", "status"];
  const payments = loaded as readonly Payment[];
  const refunded = payments.some((p) => (p.amount_refunded ?? 0) > 0);
  const statement = payments.some((p) => p.billing_statement_id);
  return ["date", "description", "method", "amount", ...(refunded ? ["refunded" as const] : []), "status", ...(statement ? ["statement" as const] : [])];
}

/** Statement numbers by statement id, for the payments that name the statement they paid. */
export function statementNumbers(statements: readonly BillingStatement[]): Map<string, string> {
  return new Map(statements.flatMap((s) => (s.billing_statement_number ? [[s.id, s.billing_statement_number]] : [])));
}

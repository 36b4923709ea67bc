/**
 * The money breakdown of a billing statement: plain arithmetic on integer centavos (no DOM), tested
 * in Node.
 */

/** What the statement's figures add up to, in centavos. */
export interface Totals {
  /** The line items: unit price × quantity, summed. */
  subtotal: number;
  /** What the statement's amount adds to (or takes from) its line items; usually 0. */
  adjustment: number;
  /** The statement's amount: what the customer pays. */
  total: number;
}

type Figures = { amount: number; line_items?: ReadonlyArray<{ unit_price: number; quantity: number }> | null };

/** The breakdown of a statement's amount. The amount decides the total, even when its line items disagree. */
export function totalsOf(statement: Figures): Totals {
  const subtotal = (statement.line_items ?? []).reduce((sum, item) => sum + item.unit_price * item.quantity, 0);
  return { subtotal, adjustment: statement.amount - subtotal, total: statement.amount };
}

/** How the amount up front is labelled: due while open, paid once paid, otherwise just the total. */
export function amountLabel(status: string): "amountDue" | "amountPaid" | "amountTotal" {
  return status === "open" ? "amountDue" : status === "paid" ? "amountPaid" : "amountTotal";
}

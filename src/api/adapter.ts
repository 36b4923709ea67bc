import type { BillingStatement, Customer, CustomerInput, CustomerQuery, CustomerUpdate, LineItem, List, PageQuery, Payment } from "./schemas.js";
import type { BillingStatementInput, BillingStatementUpdate, Deleted, LineItemInput, LineItemRef, LineItemUpdate } from "./staff-schemas.js";

/** Options every adapter call takes. Pass `signal` down so stale requests are aborted. */
export interface RequestOptions {
  signal?: AbortSignal;
  /**
   * Identifies one user submit of a create. An adapter that supports idempotency sends it as
   * `Idempotency-Key`; retrying the same submit passes the same key.
   */
  idempotencyKey?: string;
}

/**
 * The merchant's staff side: optional, so a customer-facing adapter need not implement any of it.
 * Elements that need one of these say which method is missing. Every method follows PayRex's API of
 * the same name; statements change only as PayRex's lifecycle allows (draft → open → paid, void or
 * uncollectible), a backend answers a forbidden transition with a 400.
 */
export interface PayrexStaffAdapter {
  /** Customers, newest first, filtered by PayRex's list filters (`email`, `name`, one `metadata[key]`). */
  listCustomers?(query: CustomerQuery, o?: RequestOptions): Promise<List<Customer>>;
  deleteCustomer?(id: string, o?: RequestOptions): Promise<Deleted<"customer">>;
  /** A new statement in `draft`, amount 0 until line items are added. Sends `Idempotency-Key`. */
  createBillingStatement?(input: BillingStatementInput, o?: RequestOptions): Promise<BillingStatement>;
  /** Changes a draft (only the fields given). */
  updateBillingStatement?(id: string, input: BillingStatementUpdate, o?: RequestOptions): Promise<BillingStatement>;
  /** Deletes a draft. */
  deleteBillingStatement?(id: string, o?: RequestOptions): Promise<Deleted<"billing_statement">>;
  /** Adds a line item to a draft; the statement's amount follows. Sends `Idempotency-Key`. */
  createLineItem?(input: LineItemInput, o?: RequestOptions): Promise<LineItem>;
  /** Changes a draft's line item; `input.billing_statement_id` names its statement (for authorization). */
  updateLineItem?(id: string, input: LineItemUpdate, o?: RequestOptions): Promise<LineItem>;
  /** Removes a draft's line item; `ref.billing_statement_id` names its statement (for authorization). */
  deleteLineItem?(id: string, ref: LineItemRef, o?: RequestOptions): Promise<Deleted<"billing_statement_line_item">>;
  /** draft → open: needs `due_at` and at least one line item; assigns the number and the payment link. */
  finalizeBillingStatement?(id: string, o?: RequestOptions): Promise<BillingStatement>;
  /** Emails an open statement to its customer; the status stays `open`. */
  sendBillingStatement?(id: string, o?: RequestOptions): Promise<BillingStatement>;
  /** open → void. */
  voidBillingStatement?(id: string, o?: RequestOptions): Promise<BillingStatement>;
  /** open → uncollectible. */
  markUncollectibleBillingStatement?(id: string, o?: RequestOptions): Promise<BillingStatement>;
}

/** The names of the optional staff methods, e.g. for `requireMethod(adapter, "listCustomers")`. */
export type PayrexStaffMethod = keyof PayrexStaffAdapter;

/**
 * How elements reach the merchant's backend (CONTRACT §3). Implement it to use GraphQL or your
 * framework's data layer; the library ships `createFetchAdapter` and `createMemoryAdapter`.
 * The staff methods (`PayrexStaffAdapter`) are optional.
 */
export interface PayrexAdapter extends PayrexStaffAdapter {
  getCustomer(id: string, o?: RequestOptions): Promise<Customer>;
  createCustomer(input: CustomerInput, o?: RequestOptions): Promise<Customer>;
  updateCustomer(id: string, input: CustomerUpdate, o?: RequestOptions): Promise<Customer>;
  listPayments(customerId: string, page: PageQuery, o?: RequestOptions): Promise<List<Payment>>;
  listBillingStatements(customerId: string, page: PageQuery, o?: RequestOptions): Promise<List<BillingStatement>>;
  getBillingStatement(id: string, o?: RequestOptions): Promise<BillingStatement>;
}

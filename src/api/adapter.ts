import type {
  BillingStatement,
  Customer,
  CustomerInput,
  CustomerUpdate,
  List,
  PageQuery,
  Payment,
} from "./schemas.js";

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
 * How elements reach the merchant's backend (CONTRACT §3). Implement it to use GraphQL or your
 * framework's data layer; the library ships `createFetchAdapter` and `createMemoryAdapter`.
 */
export interface PayrexAdapter {
  getCustomer(id: string, o?: RequestOptions): Promise<Customer>;
  createCustomer(input: CustomerInput, o?: RequestOptions): Promise<Customer>;
  updateCustomer(id: string, input: CustomerUpdate, o?: RequestOptions): Promise<Customer>;
  listPayments(customerId: string, page: PageQuery, o?: RequestOptions): Promise<List<Payment>>;
  listBillingStatements(customerId: string, page: PageQuery, o?: RequestOptions): Promise<List<BillingStatement>>;
  getBillingStatement(id: string, o?: RequestOptions): Promise<BillingStatement>;
}

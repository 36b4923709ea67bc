/** What each mode (proxy to PayRex, or the sandbox on the store) provides to the router. */
import type { CustomerInput, CustomerQuery, CustomerUpdate, PageQuery } from "../api/schemas.js";
import type { BillingStatementInput, BillingStatementUpdate, LineItemInput, LineItemUpdate } from "../api/staff-schemas.js";
import type { Reply } from "./http.js";

export interface RequestInfo {
  /** The request's origin (`https://shop.example`), for absolute URLs in answers. */
  origin: string;
}

/** A statement found for authorization: its customer, and how to answer with it once allowed. */
export interface FoundStatement {
  customerId?: string;
  load(): Promise<Reply>;
}

/** A lifecycle action of an open or draft statement (`POST /billing_statements/{id}/{action}`). */
export type StatementAction = "finalize" | "send" | "void" | "mark_uncollectible";

/** The staff side (CONTRACT §4a); inputs are parsed already, and the request authorized. */
export interface StaffBackend {
  listCustomers(query: CustomerQuery & { limit: number }): Promise<Reply>;
  deleteCustomer(id: string): Promise<Reply>;
  createBillingStatement(input: BillingStatementInput, info: RequestInfo): Promise<Reply>;
  updateBillingStatement(id: string, input: BillingStatementUpdate, info: RequestInfo): Promise<Reply>;
  deleteBillingStatement(id: string): Promise<Reply>;
  statementAction(id: string, action: StatementAction, info: RequestInfo): Promise<Reply>;
  createLineItem(input: LineItemInput): Promise<Reply>;
  /** Changes line item `id` of statement `input.billing_statement_id`; 404 when it is not that statement's. */
  updateLineItem(id: string, input: LineItemUpdate): Promise<Reply>;
  /** Deletes line item `id` of `statementId`; 404 when it is not that statement's. */
  deleteLineItem(id: string, statementId: string): Promise<Reply>;
}

export interface Backend extends StaffBackend {
  getCustomer(id: string): Promise<Reply>;
  createCustomer(input: CustomerInput): Promise<Reply>;
  updateCustomer(id: string, input: CustomerUpdate): Promise<Reply>;
  listPayments(customerId: string, page: PageQuery & { limit: number }): Promise<Reply>;
  listBillingStatements(customerId: string, page: PageQuery & { limit: number }, info: RequestInfo): Promise<Reply>;
  findStatement(id: string, info: RequestInfo): Promise<FoundStatement>;
  /** A payment by id from PayRex (proxy mode only), for webhooks that name a payment without including it. */
  findPayment?(id: string): Promise<unknown>;
}

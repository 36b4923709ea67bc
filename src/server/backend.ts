/** What each mode (proxy to PayRex, or the sandbox on the store) provides to the router. */
import type { CustomerInput, CustomerUpdate, PageQuery } from "../api/schemas.js";
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

export interface Backend {
  getCustomer(id: string): Promise<Reply>;
  createCustomer(input: CustomerInput): Promise<Reply>;
  updateCustomer(id: string, input: CustomerUpdate): Promise<Reply>;
  listPayments(customerId: string, page: PageQuery & { limit: number }): Promise<Reply>;
  listBillingStatements(customerId: string, page: PageQuery & { limit: number }, info: RequestInfo): Promise<Reply>;
  findStatement(id: string, info: RequestInfo): Promise<FoundStatement>;
  /** A payment by id from PayRex (proxy mode only), for webhooks that name a payment without including it. */
  findPayment?(id: string): Promise<unknown>;
}

/**
 * Proxy mode's staff side: customer search and deletion, statements and their line items, and the
 * lifecycle actions, forwarded to PayRex form-encoded. PayRex decides what a status allows; its
 * answers pass through. Statements written here are linked to their customer (and payment intent),
 * so later requests authorize without asking PayRex, and webhooks find the customer.
 */
import type { BillingStatement } from "../api/schemas.js";
import type { StaffBackend } from "./backend.js";
import { notFound, type Reply } from "./http.js";
import { apiPath, type Call } from "./proxy.js";
import { linkStatement, statementCustomer } from "./records.js";
import type { PayrexStore } from "./types.js";

/** `input` without `undefined` and, for a create, without `null` (nothing to clear yet). */
const fields = (input: object, dropNull = false): Record<string, unknown> =>
  Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && !(dropNull && v === null)));

export function createProxyStaff(call: Call, store: PayrexStore): StaffBackend {
  /** Remembers a statement PayRex answered with; passes the answer on. */
  const linked = async (r: Reply): Promise<Reply> => {
    const s = r.body as BillingStatement;
    if (r.status === 200 && typeof s?.id === "string") await linkStatement(store, s);
    return r;
  };

  /**
   * Undefined when line item `itemId` is on statement `statementId` (as PayRex has it now, and of the
   * customer the request was authorized for); else the answer to give: PayRex's error, or a 404.
   */
  async function refuseForeign(statementId: string, itemId: string): Promise<Reply | undefined> {
    const r = await call("GET", apiPath("billing_statements", statementId));
    if (r.status !== 200) return r;
    const s = r.body as BillingStatement;
    const known = await statementCustomer(store, statementId);
    const items = Array.isArray(s?.line_items) ? s.line_items : [];
    if ((known && s.customer_id !== known) || !items.some((li) => li?.id === itemId)) return notFound("billing statement line item", itemId);
    return undefined;
  }

  return {
    listCustomers(q) {
      const params = new URLSearchParams({ limit: String(q.limit) });
      if (q.email) params.set("email", q.email);
      if (q.name) params.set("name", q.name);
      if (q.metadata) params.set(`metadata[${q.metadata.key}]`, q.metadata.value);
      if (q.after) params.set("after", q.after);
      if (q.before) params.set("before", q.before);
      return call("GET", `/customers?${params}`);
    },
    deleteCustomer: (id) => call("DELETE", apiPath("customers", id)),
    createBillingStatement: async (input) => linked(await call("POST", "/billing_statements", fields(input, true))),
    updateBillingStatement: async (id, input) => linked(await call("PUT", apiPath("billing_statements", id), fields(input))),
    deleteBillingStatement: (id) => call("DELETE", apiPath("billing_statements", id)),
    statementAction: async (id, action) => linked(await call("POST", apiPath("billing_statements", id, action))),
    createLineItem: (input) => call("POST", "/billing_statement_line_items", fields(input)),
    async updateLineItem(id, input) {
      const { billing_statement_id, ...changes } = input;
      return (await refuseForeign(billing_statement_id, id)) ?? call("PUT", apiPath("billing_statement_line_items", id), fields(changes));
    },
    async deleteLineItem(id, statementId) {
      return (await refuseForeign(statementId, id)) ?? call("DELETE", apiPath("billing_statement_line_items", id));
    },
  };
}

/**
 * Proxy mode: the routes answered by PayRex's API with the merchant's secret key. Bodies are
 * form-encoded; PayRex's status and errors pass through; nothing that writes is ever retried.
 */
import type { BillingStatement } from "../api/schemas.js";
import type { Backend } from "./backend.js";
import { formEncode } from "./encoding.js";
import { errorReply, notFound, reply, type Reply } from "./http.js";
import { createProxyStaff } from "./proxy-staff.js";
import { linkStatement, listOwnedAsStored, statementCustomer } from "./records.js";
import type { PayrexStore } from "./types.js";

export interface ProxyOptions {
  secretKey: string;
  apiBase: string;
  timeoutMs: number;
  store: PayrexStore;
  /** Removes the secret key from any text (PayRex errors may echo what they were sent). */
  redact(text: string): string;
}

type Statement = Pick<BillingStatement, "id" | "customer_id" | "payment_intent">;

/** One PayRex API call: form-encoded body, PayRex's status and JSON passed through (never retried unless a GET). */
export type Call = (method: "GET" | "POST" | "PUT" | "DELETE", path: string, body?: Record<string, unknown>) => Promise<Reply>;

/** `/a/b`: each segment URL-encoded. */
export const apiPath = (...parts: string[]): string => "/" + parts.map(encodeURIComponent).join("/");
const rejectsCustomerFilter = (r: Reply) =>
  r.status === 400 && (r.body as { errors?: { parameter?: unknown }[] })?.errors?.some((e) => e?.parameter === "customer_id") === true;

/** How many PayRex pages one filtered list may read before answering with what it found. */
const MAX_SCANS = 5;

export function createProxy(o: ProxyOptions): Backend {
  const base = o.apiBase.replace(/\/+$/, "");
  const authorization = `Basic ${btoa(`${o.secretKey}:`)}`;

  const call: Call = async (method, path, body) => {
    const headers: Record<string, string> = { authorization, accept: "application/json" };
    if (body) headers["content-type"] = "application/x-www-form-urlencoded";
    // A GET that never reached PayRex is worth one more try; a POST, PUT or DELETE may have been applied.
    const attempts = method === "GET" ? 2 : 1;
    for (let attempt = 1; ; attempt++) {
      const signal = AbortSignal.timeout(o.timeoutMs);
      let text: string;
      let status: number;
      try {
        const res = await fetch(base + path, { method, headers, body: body && formEncode(body), signal, redirect: "error" });
        status = res.status;
        text = await res.text();
      } catch {
        if (signal.aborted) return errorReply(504, "upstream_timeout", "PayRex did not answer in time.");
        if (attempt < attempts) continue;
        return errorReply(502, "upstream_unreachable", "PayRex could not be reached.");
      }
      try {
        return reply(status, JSON.parse(o.redact(text)));
      } catch {
        return errorReply(502, "upstream_invalid_response", `PayRex answered ${status} without a JSON body.`);
      }
    }
  };

  let filterUpstream = true;
  const path = apiPath;

  return {
    ...createProxyStaff(call, o.store),
    getCustomer: (id) => call("GET", path("customers", id)),
    createCustomer: (input) => call("POST", "/customers", input as Record<string, unknown>),
    updateCustomer: (id, input) => call("PUT", path("customers", id), input as Record<string, unknown>),
    listPayments: (customerId, page) => listOwnedAsStored(o.store, "payments", customerId, page),

    // Only this customer's statements, whether or not PayRex filters by `customer_id`: other
    // customers' statements are skipped, reading on (a few pages at most) to fill the page.
    async listBillingStatements(customerId, page) {
      const mine: Statement[] = [];
      let { after, before } = page;
      let more = false;
      for (let scan = 0; scan < MAX_SCANS; scan++) {
        const q = new URLSearchParams({ limit: String(page.limit) });
        if (filterUpstream) q.set("customer_id", customerId);
        if (after) q.set("after", after);
        if (before) q.set("before", before);
        const r = await call("GET", `/billing_statements?${q}`);
        if (filterUpstream && rejectsCustomerFilter(r)) {
          // This PayRex does not take the filter: list without it from now on, filtering here.
          filterUpstream = false;
          scan--;
          continue;
        }
        if (r.status !== 200) return r;
        const body = r.body as { data?: unknown; has_more?: unknown };
        if (!Array.isArray(body?.data)) return errorReply(502, "upstream_invalid_response", "PayRex answered with an unexpected list.");
        const data = body.data.filter((s): s is Statement => typeof s?.id === "string");
        for (const s of data) await linkStatement(o.store, s);
        const own = data.filter((s) => s.customer_id === customerId);
        if (before) mine.unshift(...own);
        else mine.push(...own);
        more = body.has_more === true;
        if (mine.length >= page.limit || !more || !data.length) break;
        if (before) before = data[0]!.id;
        else after = data[data.length - 1]!.id;
      }
      const over = mine.length > page.limit;
      return reply(200, { resource: "list", data: before ? mine.slice(-page.limit) : mine.slice(0, page.limit), has_more: over || more });
    },

    async findPayment(id) {
      const r = await call("GET", path("payments", id));
      return r.status === 200 ? r.body : undefined;
    },

    async findStatement(id) {
      const read = () => call("GET", path("billing_statements", id));
      const known = await statementCustomer(o.store, id);
      if (known) {
        return {
          customerId: known,
          async load() {
            const r = await read();
            // A link that no longer matches PayRex answers as if the statement did not exist.
            return r.status === 200 && (r.body as Statement).customer_id !== known ? notFound("billing statement", id) : r;
          },
        };
      }
      const r = await read();
      const s = r.body as Statement;
      if (r.status !== 200 || typeof s?.customer_id !== "string") return { load: async () => (r.status === 200 ? notFound("billing statement", id) : r) };
      await linkStatement(o.store, { ...s, id });
      return { customerId: s.customer_id, load: async () => r };
    },
  };
}

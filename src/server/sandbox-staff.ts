/**
 * Sandbox mode's staff side: customer search and deletion, and statements issued with PayRex's rules
 * (src/api/statement-rules.ts, the same the memory adapter applies): draft → open → paid, void or
 * uncollectible, amounts recomputed from line items, numbers from the customer's prefix and sequence.
 */
import { randomString } from "../api/demo-ids.js";
import { PayrexError } from "../api/errors.js";
import type { BillingStatement, Customer, CustomerQuery } from "../api/schemas.js";
import * as rules from "../api/statement-rules.js";
import type { RequestInfo, StaffBackend } from "./backend.js";
import { fail, notFound, reply, type Reply } from "./http.js";
import { now } from "./records.js";
import { secureRandom } from "./sandbox.js";
import type { PayrexStore, StoredRecord } from "./types.js";

const newId = (prefix: string) => prefix + randomString(secureRandom);

/** How many records one filtered search reads at most before answering with what it found. */
const MAX_SCAN = 10_000;

/** The rules' PayrexErrors as PayRex-shaped answers. */
async function answer(work: () => Promise<Reply>): Promise<Reply> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof PayrexError && error.kind === "http" && error.status) return reply(error.status, { errors: error.errors });
    throw error;
  }
}

const deleted = (id: string, resource: string) => reply(200, { id, resource, deleted: true });

export function createSandboxStaff(store: PayrexStore, withPayUrl: (s: BillingStatement, info: RequestInfo) => BillingStatement): StaffBackend {
  const customer = async (id: string) => ((await store.get("customers", id))?.data as Customer | undefined) ?? notFoundError("customer", id);
  const statement = async (id: string) => ((await store.get("billing_statements", id))?.data as BillingStatement | undefined) ?? notFoundError("billing statement", id);
  const saveStatement = (s: BillingStatement) =>
    store.put("billing_statements", { id: s.id, owner: s.customer_id ?? null, created: s.created_at ?? now(), data: s });
  const saveCustomer = (c: Customer) => store.put("customers", { id: c.id, owner: null, created: c.created_at ?? now(), data: c });

  // Finalizing takes the customer's next sequence number: one at a time per customer.
  const queues = new Map<string, Promise<unknown>>();
  const serial = <T>(key: string, work: () => Promise<T>): Promise<T> => {
    const run = (queues.get(key) ?? Promise.resolve()).then(work, work);
    const tail = run.catch(() => {});
    queues.set(key, tail);
    void tail.then(() => queues.get(key) === tail && queues.delete(key));
    return run;
  };

  /** A filtered search: reads the store page by page from the cursor until the page is full. */
  async function search(q: CustomerQuery & { limit: number }): Promise<Reply> {
    const backwards = q.before !== undefined;
    let cursor = q.before ?? q.after;
    const found: StoredRecord[] = [];
    let more = false;
    for (let read = 0; read < MAX_SCAN; read += 100) {
      const page = await store.list("customers", { owner: null, limit: 100, ...(cursor && (backwards ? { before: cursor } : { after: cursor })) });
      if (!page) return fail(400, "parameter_invalid", `No such object: ${cursor}`, backwards ? "before" : "after");
      const hits = page.data.filter((r) => rules.customerMatches(r.data as Customer, q));
      if (backwards) found.unshift(...hits);
      else found.push(...hits);
      more = page.has_more;
      if (found.length > q.limit || !more || !page.data.length) break;
      cursor = (backwards ? page.data[0] : page.data.at(-1))!.id;
    }
    const data = backwards ? found.slice(-q.limit) : found.slice(0, q.limit);
    return reply(200, { resource: "list", data: data.map((r) => r.data), has_more: found.length > q.limit || more });
  }

  const lifecycle = async (id: string, action: "send" | "void" | "mark_uncollectible", info: RequestInfo) => {
    const s = rules.act(await statement(id), action, now());
    await saveStatement(s);
    return reply(200, withPayUrl(s, info));
  };

  return {
    listCustomers: (q) =>
      answer(async () => {
        if (q.email || q.name || q.metadata) return search(q);
        const page = await store.list("customers", { owner: null, limit: q.limit, after: q.after, before: q.before });
        if (!page) return fail(400, "parameter_invalid", `No such object: ${q.after ?? q.before}`, q.after ? "after" : "before");
        return reply(200, { resource: "list", data: page.data.map((r) => r.data), has_more: page.has_more });
      }),
    deleteCustomer: (id) =>
      answer(async () => {
        await customer(id);
        await store.delete("customers", id);
        return deleted(id, "customer");
      }),
    createBillingStatement: (input, info) =>
      answer(async () => {
        const c = await customer(input.customer_id);
        const s = rules.newDraft(newId("bstm_"), input, c, now());
        await saveStatement(s);
        return reply(200, withPayUrl(s, info));
      }),
    updateBillingStatement: (id, input, info) =>
      answer(async () => {
        const s = rules.updateDraft(await statement(id), input, now());
        await saveStatement(s);
        return reply(200, withPayUrl(s, info));
      }),
    deleteBillingStatement: (id) =>
      answer(async () => {
        rules.requireStatus(await statement(id), "delete");
        await store.delete("billing_statements", id);
        return deleted(id, "billing_statement");
      }),
    statementAction: (id, action, info) =>
      answer(async () => {
        if (action !== "finalize") return lifecycle(id, action, info);
        const owner = (await statement(id)).customer_id ?? "";
        return serial(owner, async () => {
          const s = await statement(id);
          const done = rules.finalize(s, await customer(owner), now(), {
            intent: newId("pi_"),
            secret: randomString(secureRandom, 16),
            // Computed when read (the pay page is on the origin the request came to).
            url: null,
          });
          await saveCustomer(done.customer);
          await saveStatement(done.statement);
          return reply(200, withPayUrl(done.statement, info));
        });
      }),
    createLineItem: (input) =>
      answer(async () => {
        const { statement: s, item } = rules.addLineItem(await statement(input.billing_statement_id), newId("bstm_li_"), input, now());
        await saveStatement(s);
        return reply(200, item);
      }),
    updateLineItem: (id, input) =>
      answer(async () => {
        const { statement: s, item } = rules.changeLineItem(await statement(input.billing_statement_id), id, input, now());
        await saveStatement(s);
        return reply(200, item);
      }),
    deleteLineItem: (id, statementId) =>
      answer(async () => {
        await saveStatement(rules.removeLineItem(await statement(statementId), id, now()));
        return deleted(id, "billing_statement_line_item");
      }),
  };
}

function notFoundError(what: string, id: string): never {
  const r = notFound(what, id);
  throw new PayrexError("http", `No such ${what}: ${id}`, { status: 404, errors: (r.body as { errors: [] }).errors });
}

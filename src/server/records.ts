/** Typed helpers over the store for what both modes keep: payments and statement links. */
import type { BillingStatement, PageQuery, Payment } from "../api/schemas.js";
import { fail, rawReply, reply, type Reply } from "./http.js";
import type { PayrexStore, StoreListQuery } from "./types.js";

export const now = (): number => Math.floor(Date.now() / 1000);

interface StatementLink {
  customer_id: string;
  payment_intent_id?: string | null;
}
interface IntentLink {
  statement_id: string;
  customer_id: string;
}

const intentId = (s: Pick<BillingStatement, "payment_intent">) => s.payment_intent?.id ?? null;

/** Remembers which customer a statement (and its payment intent) belongs to. */
export async function linkStatement(store: PayrexStore, s: Pick<BillingStatement, "id" | "customer_id" | "payment_intent">): Promise<void> {
  if (!s.customer_id) return;
  const pi = intentId(s);
  const t = now();
  await store.put("statement_links", { id: s.id, owner: s.customer_id, created: t, data: { customer_id: s.customer_id, payment_intent_id: pi } satisfies StatementLink });
  if (pi) await store.put("intent_links", { id: pi, owner: s.customer_id, created: t, data: { statement_id: s.id, customer_id: s.customer_id } satisfies IntentLink });
}

export async function statementCustomer(store: PayrexStore, id: string): Promise<string | undefined> {
  return ((await store.get("statement_links", id))?.data as StatementLink | undefined)?.customer_id;
}

export async function intentLink(store: PayrexStore, id: string): Promise<IntentLink | undefined> {
  return (await store.get("intent_links", id))?.data as IntentLink | undefined;
}

export async function getPayment(store: PayrexStore, id: string): Promise<{ customerId: string; payment: Payment } | undefined> {
  const r = await store.get("payments", id);
  return r && r.owner ? { customerId: r.owner, payment: r.data as Payment } : undefined;
}

export const putPayment = (store: PayrexStore, customerId: string, payment: Payment): Promise<void> =>
  store.put("payments", { id: payment.id, owner: customerId, created: payment.created_at, data: payment });

/** A customer's payments, newest first, in PayRex's list envelope. */
export async function listOwned(store: PayrexStore, collection: string, owner: string, page: PageQuery & { limit: number }): Promise<Reply> {
  const found = await store.list(collection, { owner, ...page });
  if (!found) return fail(400, "parameter_invalid", `No such object: ${page.after ?? page.before}`, page.after ? "after" : "before");
  return reply(200, { resource: "list", data: found.data.map((r) => r.data), has_more: found.has_more });
}

/** A page of records' `data` as one JSON array text, newest first. */
export interface JsonPage {
  json: string;
  has_more: boolean;
}
/** What a store may add to `list` (the libSQL store does): the page already as JSON text. */
export interface JsonLister {
  listJson(collection: string, query: StoreListQuery): Promise<JsonPage | null>;
}

/**
 * `listOwned` for a list answered as stored (payments): through the store's `listJson` when it has
 * one, without parsing and re-serialising every record; otherwise through `list`.
 */
export async function listOwnedAsStored(store: PayrexStore, collection: string, owner: string, page: PageQuery & { limit: number }): Promise<Reply> {
  if (typeof (store as Partial<JsonLister>).listJson !== "function") return listOwned(store, collection, owner, page);
  const found = await (store as PayrexStore & JsonLister).listJson(collection, { owner, ...page });
  if (!found) return fail(400, "parameter_invalid", `No such object: ${page.after ?? page.before}`, page.after ? "after" : "before");
  return rawReply(200, `{"resource":"list","data":${found.json},"has_more":${found.has_more}}`);
}

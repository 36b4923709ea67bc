/**
 * Sandbox mode: the routes answered from the store with PayRex's semantics (ids, validation
 * messages, 404s, cursor paging, statement statuses), seeded with demo data on first start.
 */
import { newCustomer } from "../api/demo-ids.js";
import type { BillingStatement, Customer } from "../api/schemas.js";
import type { Backend, RequestInfo } from "./backend.js";
import { notFound, reply, type Reply } from "./http.js";
import { listOwned, listOwnedAsStored, now, putPayment } from "./records.js";
import { createSandboxStaff } from "./sandbox-staff.js";
import type { PayrexStore } from "./types.js";

/** Uniform in [0, 1) from the platform's CSPRNG (new ids must not be guessable). */
export const secureRandom = (): number => crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;

/** The sandbox pay page of a statement, on the origin the request came to. */
export const payPageUrl = (info: RequestInfo, basePath: string, id: string): string =>
  `${info.origin}${basePath}/sandbox/pay/${encodeURIComponent(id)}`;

/** Fills the store with the demo data once (the first start of a store); later starts keep what is there. */
export async function seedSandbox(store: PayrexStore): Promise<void> {
  const seeded = await store.get("meta", "sandbox_seed");
  if (seeded) return;
  const { demoSeed } = await import("../api/demo-data.js");
  const seed = demoSeed(now());
  for (const c of seed.customers) await store.put("customers", { id: c.id, owner: null, created: c.created_at ?? now(), data: c });
  for (const [customerId, payments] of Object.entries(seed.payments)) {
    for (const p of payments) await putPayment(store, customerId, p);
  }
  for (const s of seed.billingStatements) {
    await store.put("billing_statements", { id: s.id, owner: s.customer_id ?? null, created: s.created_at ?? now(), data: s });
  }
  // Written last: a start interrupted while seeding seeds again (every write above is an upsert).
  await store.insert("meta", { id: "sandbox_seed", owner: null, created: now(), data: { at: now() } });
}

/** The sandbox: every route answered from `store`, the staff side included. */
export function createSandbox(store: PayrexStore, basePath: string): Backend {
  const customer = async (id: string) => (await store.get("customers", id))?.data as Customer | undefined;
  const withPayUrl = (s: BillingStatement, info: RequestInfo): BillingStatement =>
    // A draft has no payment page yet, as on PayRex.
    s.status === "draft" ? { ...s, billing_statement_url: null } : { ...s, billing_statement_url: payPageUrl(info, basePath, s.id) };
  const ifCustomer = async (id: string, then: () => Promise<Reply>) => ((await customer(id)) ? then() : notFound("customer", id));

  return {
    ...createSandboxStaff(store, withPayUrl),
    async getCustomer(id) {
      const c = await customer(id);
      return c ? reply(200, c) : notFound("customer", id);
    },
    async createCustomer(input) {
      const t = now();
      const c = newCustomer(secureRandom, t, input as Partial<Customer>);
      await store.put("customers", { id: c.id, owner: null, created: t, data: c });
      return reply(200, c);
    },
    async updateCustomer(id, input) {
      const c = await customer(id);
      if (!c) return notFound("customer", id);
      // Nested fields (billing_details) are replaced whole, as the customer form sends them whole.
      const updated = { ...c, ...(input as Partial<Customer>), updated_at: now() };
      await store.put("customers", { id, owner: null, created: c.created_at ?? now(), data: updated });
      return reply(200, updated);
    },
    listPayments: (customerId, page) => ifCustomer(customerId, () => listOwnedAsStored(store, "payments", customerId, page)),
    listBillingStatements: (customerId, page, info) =>
      ifCustomer(customerId, async () => {
        const r = await listOwned(store, "billing_statements", customerId, page);
        const list = r.body as { data: BillingStatement[] };
        return reply(200, { ...list, data: list.data.map((s) => withPayUrl(s, info)) });
      }),
    async findStatement(id, info) {
      const r = await store.get("billing_statements", id);
      if (!r) return { load: async () => notFound("billing statement", id) };
      return { customerId: r.owner ?? undefined, load: async () => reply(200, withPayUrl(r.data as BillingStatement, info)) };
    },
  };
}

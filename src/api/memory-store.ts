/**
 * The memory adapter's store: validation, paging and the data itself. Loaded with the first call,
 * so pages that never use the memory adapter do not download it.
 */
import type * as z from "zod/mini";
import { PayrexError, type PayrexErrorDetail } from "./errors.js";
import {
  customerInputSchema,
  customerSchema,
  customerUpdateSchema,
  type BillingStatement,
  type Customer,
  type CustomerInput,
  type CustomerUpdate,
  type List,
  type PageQuery,
} from "./schemas.js";
import { newCustomer, prng } from "./demo-ids.js";
import type { MemorySeed } from "./memory-adapter.js";

const DETAILS: Record<string, string> = {
  required: "is required.",
  prefix: "must be 3 to 15 uppercase letters or digits.",
  country: "must be a two-letter country code.",
};

const httpError = (status: number, errors: PayrexErrorDetail[]) =>
  new PayrexError("http", errors[0]!.detail!, { status, errors });

const notFound = (what: string, id: string): never => {
  throw httpError(404, [{ code: "resource_not_found", detail: `No such ${what}: ${id}` }]);
};

/** Parses like the backend would: a 400 whose `parameter` uses PayRex's bracket notation (the server entry uses it too). */
export function check<T>(schema: z.ZodMiniType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw httpError(
    400,
    result.error.issues.map(({ path, message }) => {
      const parameter = path.map((p, i) => (i ? `[${String(p)}]` : String(p))).join("");
      return { code: "parameter_invalid", detail: `The ${parameter || "body"} ${DETAILS[message] ?? "is invalid."}`, parameter };
    }),
  );
}

const newest = <T extends { created_at?: number }>(list: T[]) =>
  list.sort((a, b) => (b.created_at ?? 0) - (a.created_at ?? 0));

/** PayRex paging: newest first, `limit` 1..100 (default 10), `after` / `before` cursors by id. */
function page<T extends { id: string }>(all: T[], q: PageQuery = {}): List<T> & { resource: "list" } {
  const n = Number.isFinite(q.limit) ? Math.min(100, Math.max(1, Math.trunc(q.limit!))) : 10;
  const at = (id: string, parameter: string) => {
    const i = all.findIndex((x) => x.id == id);
    if (i < 0) throw httpError(400, [{ code: "parameter_invalid", detail: `No such object: ${id}`, parameter }]);
    return i;
  };
  let start: number;
  let end: number;
  if (q.before) start = Math.max(0, (end = at(q.before, "before")) - n);
  else end = (start = q.after ? at(q.after, "after") + 1 : 0) + n;
  return { resource: "list", data: all.slice(start, end), has_more: q.before ? start > 0 : end < all.length };
}

/** A store holding a copy of `original`; every method answers synchronously or throws a PayrexError. */
export function createStore(original: MemorySeed, now: () => number) {
  const s = structuredClone(original);
  const keys = new Map<string, Customer>();
  const random = prng(7);
  const customers = new Map(
    s.customers?.map((c) => {
      // `billing` (PayRex's response key) is folded into `billing_details` so updates replace one place.
      const { billing: _, ...parsed } = customerSchema.parse(c);
      return [parsed.id, parsed as Customer];
    }),
  );
  const payments = new Map(Object.entries(s.payments ?? {}).map(([id, list]) => [id, newest(list)]));
  const statements = newest(s.billingStatements ?? []);
  const customer = (id: string) => customers.get(id) ?? notFound("customer", id);

  return {
    getCustomer: (id: string) => customer(id),
    createCustomer(input: CustomerInput, key?: string) {
      // A repeated Idempotency-Key gets the first answer again, as a real backend gives it.
      const done = key && keys.get(key);
      if (done) return done;
      const c = newCustomer(random, now(), check(customerInputSchema, input) as Partial<Customer>);
      customers.set(c.id, c);
      if (key) keys.set(key, c);
      return c;
    },
    updateCustomer(id: string, input: CustomerUpdate) {
      // A new object each time (nested fields such as `billing_details` are replaced whole), so
      // the idempotency snapshots above never change.
      const c = { ...customer(id), ...(check(customerUpdateSchema, input) as Partial<Customer>), updated_at: now() };
      customers.set(id, c);
      return c;
    },
    listPayments(customerId: string, q: PageQuery) {
      customer(customerId);
      return page(payments.get(customerId) ?? [], q);
    },
    listBillingStatements(customerId: string, q: PageQuery) {
      customer(customerId);
      return page(
        statements.filter((b) => b.customer_id == customerId),
        q,
      );
    },
    getBillingStatement: (id: string): BillingStatement => statements.find((b) => b.id == id) ?? notFound("billing statement", id),
  };
}

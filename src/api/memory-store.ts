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
  type CustomerQuery,
  type CustomerUpdate,
  type List,
  type PageQuery,
} from "./schemas.js";
import {
  billingStatementInputSchema,
  billingStatementUpdateSchema,
  lineItemInputSchema,
  lineItemRefSchema,
  lineItemUpdateSchema,
  PAYMENT_METHOD_TYPES,
  type BillingStatementInput,
  type BillingStatementUpdate,
  type LineItemInput,
  type LineItemRef,
  type LineItemUpdate,
} from "./staff-schemas.js";
import { newCustomer, prng, randomString } from "./demo-ids.js";
import type { MemorySeed } from "./memory-adapter.js";
import * as rules from "./statement-rules.js";

const DETAILS: Record<string, string> = {
  required: "is required.",
  prefix: "must be 3 to 15 uppercase letters or digits.",
  country: "must be a two-letter country code.",
  too_long: "is too long.",
  currency: "must be PHP.",
  unit_price: "must be a whole number of centavos from 1 to 5999999999.",
  quantity: "must be a whole number from 1 to 1000000.",
  due_at: "must be a time in Unix seconds.",
  payment_method: `must be one of ${PAYMENT_METHOD_TYPES.join(", ")}.`,
  payment_methods: "must list at least one payment method.",
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

/** A customer search's `metadata` filter needs a key (PayRex's `metadata[key]=value`). */
export function checkCustomerQuery(q: CustomerQuery = {}): CustomerQuery {
  const key = q.metadata?.key;
  if (q.metadata && (typeof key !== "string" || !key)) {
    throw httpError(400, [{ code: "parameter_invalid", detail: "The metadata filter needs a key.", parameter: "metadata" }]);
  }
  return q;
}

export interface StoreOptions {
  /** The payment page of a statement that is finalized; default a PayRex-style test link. */
  statementUrl?: (statement: BillingStatement) => string;
}

/** A store holding a copy of `original`; every method answers synchronously or throws a PayrexError. */
export function createStore(original: MemorySeed, now: () => number, options: StoreOptions = {}) {
  const s = structuredClone(original);
  const keys = new Map<string, unknown>();
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
  const statement = (id: string): BillingStatement => statements.find((b) => b.id == id) ?? notFound("billing statement", id);
  const rid = (prefix: string) => prefix + randomString(random);
  /** A repeated Idempotency-Key gets the first answer again (also a failure), as a real backend gives it. */
  const once = <T>(scope: string, key: string | undefined, work: () => T): T => {
    if (key && keys.has(scope)) {
      const done = keys.get(scope) as { value?: T; error?: unknown };
      if ("error" in done) throw done.error;
      return done.value!;
    }
    try {
      const value = work();
      if (key) keys.set(scope, { value });
      return value;
    } catch (error) {
      if (key) keys.set(scope, { error });
      throw error;
    }
  };
  /** Replaces a statement in place (a new object, so earlier answers and replays never change). */
  const save = (b: BillingStatement) => {
    statements[statements.findIndex((x) => x.id == b.id)] = b;
    return b;
  };
  const payUrl = options.statementUrl ?? (() => "https://bill.payrexhq.com/b/test_" + randomString(random));
  const lifecycle = (action: "send" | "void" | "mark_uncollectible") => (id: string) => save(rules.act(statement(id), action, now()));

  return {
    getCustomer: (id: string) => customer(id),
    createCustomer(input: CustomerInput, key?: string) {
      // A repeated Idempotency-Key gets the first answer again, as a real backend gives it.
      return once(`customer:${key}`, key, () => {
        const c = newCustomer(random, now(), check(customerInputSchema, input) as Partial<Customer>);
        customers.set(c.id, c);
        return c;
      });
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
    getBillingStatement: statement,

    listCustomers(q: CustomerQuery) {
      checkCustomerQuery(q);
      const all = [...customers.values()].sort((a, b) => (b.created_at ?? 0) - (a.created_at ?? 0) || (a.id < b.id ? 1 : -1));
      return page(
        all.filter((c) => rules.customerMatches(c, q ?? {})),
        q,
      );
    },
    deleteCustomer(id: string) {
      customer(id);
      customers.delete(id);
      return { id, resource: "customer" as const, deleted: true as const };
    },
    createBillingStatement(input: BillingStatementInput, key?: string) {
      return once(`billing_statement:${key}`, key, () => {
        const parsed = check(billingStatementInputSchema, input);
        const t = now();
        const b = rules.newDraft(rid("bstm_"), parsed, customer(parsed.customer_id), t);
        statements.unshift(b);
        return b;
      });
    },
    updateBillingStatement(id: string, input: BillingStatementUpdate) {
      const b = statement(id);
      return save(rules.updateDraft(b, check(billingStatementUpdateSchema, input), now()));
    },
    deleteBillingStatement(id: string) {
      rules.requireStatus(statement(id), "delete");
      statements.splice(
        statements.findIndex((b) => b.id == id),
        1,
      );
      return { id, resource: "billing_statement" as const, deleted: true as const };
    },
    createLineItem(input: LineItemInput, key?: string) {
      return once(`line_item:${key}`, key, () => {
        const parsed = check(lineItemInputSchema, input);
        const { statement: b, item } = rules.addLineItem(statement(parsed.billing_statement_id), rid("bstm_li_"), parsed, now());
        save(b);
        return item;
      });
    },
    updateLineItem(id: string, input: LineItemUpdate) {
      const parsed = check(lineItemUpdateSchema, input);
      const { statement: b, item } = rules.changeLineItem(statement(parsed.billing_statement_id), id, parsed, now());
      save(b);
      return item;
    },
    deleteLineItem(id: string, ref: LineItemRef) {
      const { billing_statement_id } = check(lineItemRefSchema, ref ?? {});
      save(rules.removeLineItem(statement(billing_statement_id), id, now()));
      return { id, resource: "billing_statement_line_item" as const, deleted: true as const };
    },
    finalizeBillingStatement(id: string) {
      const b = statement(id);
      const done = rules.finalize(b, customer(b.customer_id ?? ""), now(), {
        intent: rid("pi_"),
        secret: randomString(random, 16),
        url: payUrl(b),
      });
      customers.set(done.customer.id, done.customer);
      return save(done.statement);
    },
    sendBillingStatement: lifecycle("send"),
    voidBillingStatement: lifecycle("void"),
    markUncollectibleBillingStatement: lifecycle("mark_uncollectible"),
  };
}

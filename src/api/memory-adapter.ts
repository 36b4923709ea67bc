import type * as z from "zod/mini";
import type { PayrexAdapter, RequestOptions } from "./adapter.js";
import { PayrexError, type PayrexErrorDetail, type PayrexErrorKind } from "./errors.js";
import {
  customerInputSchema,
  customerSchema,
  customerUpdateSchema,
  type BillingStatement,
  type Customer,
  type List,
  type PageQuery,
  type Payment,
} from "./schemas.js";
import { newCustomer, prng } from "./demo-ids.js";

export { demoIds } from "./demo-ids.js";

/** The demo data (from its lazily loaded chunk), to extend: `createMemoryAdapter({ ...(await loadDemoSeed()), … })`. */
export const loadDemoSeed = (now?: number): Promise<Required<MemorySeed>> =>
  import("./demo-data.js").then((m) => m.demoSeed(now));

/**
 * The data a memory adapter starts from. A seed replaces the demo data as a whole: what it leaves out
 * is empty (`createMemoryAdapter({})` is an empty backend). To extend the demo data, spread
 * `await loadDemoSeed()` into your seed. As on a real backend, lists of a customer missing from `customers`
 * answer 404.
 */
export interface MemorySeed {
  /** Customers as a backend sends them (`billing` is read as `billing_details`). */
  customers?: z.input<typeof customerSchema>[];
  /** Payments by customer id. */
  payments?: Record<string, Payment[]>;
  billingStatements?: BillingStatement[];
}

export interface MemoryAdapterOptions {
  /** Delay of every call in milliseconds; 0 (default) answers on a microtask. */
  latencyMs?: number;
}

export type MemoryMethod = keyof PayrexAdapter;

/** An in-browser backend that keeps the rules of a real one (validation, 404s, paging). */
export interface MemoryAdapter extends PayrexAdapter {
  /** Delay of every call; `Infinity` keeps calls pending until their signal aborts (loading states). */
  latencyMs: number;
  /**
   * Makes the next `times` calls of `method` (or of any method with `"*"`) fail with `error`. A kind
   * builds a typical error: `http` is a 500, `validation` a 400 naming the `email` field.
   * `times: Infinity` fails until `reset()`.
   */
  failNext(method: MemoryMethod | "*", error: PayrexError | PayrexErrorKind, times?: number): void;
  /** Every call made, in order, with its arguments as passed. */
  readonly calls: Array<{ method: string; args: unknown[] }>;
  /** Back to the seed data; forgets failures, calls, created customers and idempotency keys. */
  reset(): void;
}

const DETAILS: Record<string, string> = {
  required: "is required.",
  prefix: "must be 3 to 15 uppercase letters or digits.",
  country: "must be a two-letter country code.",
};

const httpError = (status: number, errors: PayrexErrorDetail[]) =>
  new PayrexError("http", errors[0]!.detail!, { status, errors });

/** A typical error of `kind`; `failNext` failures say that they are simulated. */
const kindError = (kind: PayrexErrorKind, detail = "The email is invalid.") =>
  kind == "aborted"
    ? new PayrexError(kind, "The request was cancelled.")
    : kind == "validation"
      ? new PayrexError(kind, detail, { status: 400, errors: [{ code: "parameter_invalid", detail, parameter: "email" }] })
      : new PayrexError(kind, `Simulated ${kind} failure.`, { status: kind == "http" ? 500 : undefined });

const notFound = (what: string, id: string): never => {
  throw httpError(404, [{ code: "resource_not_found", detail: `No such ${what}: ${id}` }]);
};

/** Parses like the backend would: a 400 whose `parameter` uses PayRex's bracket notation. */
function check<T>(schema: z.ZodMiniType<T>, input: unknown): T {
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

/**
 * An in-memory backend for Storybook, docs, demos and tests. Without a seed it serves the demo data
 * (see `demoIds`). Answers are deep copies, so callers cannot change the store by mutating them.
 */
export function createMemoryAdapter(seed?: MemorySeed, options: MemoryAdapterOptions = {}): MemoryAdapter {
  const now = () => Math.floor(Date.now() / 1000);
  const created = now();
  // The demo data lives in its own chunk, fetched on the first call (or right away, in the background).
  const source: Promise<MemorySeed> = seed
    ? Promise.resolve(structuredClone(seed))
    : loadDemoSeed(created);
  let loaded: Promise<void>;
  const failures: { method: string; error: PayrexError | PayrexErrorKind; times: number }[] = [];
  const keys = new Map<string, Customer>();
  let customers: Map<string, Customer>;
  let payments: Map<string, Payment[]>;
  let statements: BillingStatement[];
  let random: () => number;

  const load = () =>
    (loaded = source.then((original) => {
    const s = structuredClone(original);
    customers = new Map(
      s.customers?.map((c) => {
        // `billing` (PayRex's response key) is folded into `billing_details` so updates replace one place.
        const { billing: _, ...parsed } = customerSchema.parse(c);
        return [parsed.id, parsed];
      }),
    );
    payments = new Map(Object.entries(s.payments ?? {}).map(([id, list]) => [id, newest(list)]));
    statements = newest(s.billingStatements ?? []);
    random = prng(7);
    keys.clear();
  }));
  load();

  const customer = (id: string) => customers.get(id) ?? notFound("customer", id);

  function run<T>(method: MemoryMethod, args: IArguments, o: RequestOptions | undefined, work: () => T): Promise<T> {
    adapter.calls.push({ method, args: [...args] });
    const signal = o?.signal;
    return new Promise<T>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const abort = () => {
        clearTimeout(timer);
        reject(kindError("aborted"));
      };
      const answer = () => {
        signal?.removeEventListener("abort", abort);
        if (signal?.aborted) return abort();
        try {
          const failure = failures.find((f) => f.method == method || f.method == "*");
          if (failure) {
            if (!--failure.times) failures.splice(failures.indexOf(failure), 1);
            throw typeof failure.error == "string" ? kindError(failure.error) : failure.error;
          }
          resolve(structuredClone(work()));
        } catch (error) {
          reject(error);
        }
      };
      if (signal?.aborted) return abort();
      signal?.addEventListener("abort", abort, { once: true });
      const ms = adapter.latencyMs;
      loaded.then(() => {
        if (!(ms > 0)) answer();
        else if (ms < Infinity) timer = setTimeout(answer, ms);
      }, reject);
    });
  }

  const adapter: MemoryAdapter = {
    latencyMs: options.latencyMs ?? 0,
    calls: [],
    failNext(method, error, times = 1) {
      if (times > 0) failures.push({ method, error, times });
    },
    reset() {
      load();
      failures.length = 0;
      adapter.calls.length = 0;
    },
    getCustomer(id, o) {
      return run("getCustomer", arguments, o, () => customer(id));
    },
    createCustomer(input, o) {
      return run("createCustomer", arguments, o, () => {
        // A repeated Idempotency-Key gets the first answer again, as a real backend gives it.
        const key = o?.idempotencyKey;
        const done = key && keys.get(key);
        if (done) return done;
        const c = newCustomer(random, now(), check(customerInputSchema, input) as Partial<Customer>);
        customers.set(c.id, c);
        if (key) keys.set(key, c);
        return c;
      });
    },
    updateCustomer(id, input, o) {
      return run("updateCustomer", arguments, o, () => {
        // A new object each time (nested fields such as `billing_details` are replaced whole), so
        // the idempotency snapshots above never change.
        const c = { ...customer(id), ...(check(customerUpdateSchema, input) as Partial<Customer>), updated_at: now() };
        customers.set(id, c);
        return c;
      });
    },
    listPayments(customerId, q, o) {
      return run("listPayments", arguments, o, () => {
        customer(customerId);
        return page(payments.get(customerId) ?? [], q);
      });
    },
    listBillingStatements(customerId, q, o) {
      return run("listBillingStatements", arguments, o, () => {
        customer(customerId);
        return page(
          statements.filter((b) => b.customer_id == customerId),
          q,
        );
      });
    },
    getBillingStatement(id, o) {
      return run("getBillingStatement", arguments, o, () => statements.find((b) => b.id == id) ?? notFound("billing statement", id));
    },
  };
  return adapter;
}

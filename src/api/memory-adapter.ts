import type * as z from "zod/mini";
import type { PayrexAdapter, RequestOptions } from "./adapter.js";
import { PayrexError, type PayrexErrorKind } from "./errors.js";
import type { BillingStatement, Payment, customerSchema } from "./schemas.js";

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
  /**
   * The payment page a statement gets when it is finalized; default a PayRex-style test link
   * (`https://bill.payrexhq.com/b/test_…`).
   */
  statementUrl?: (statement: BillingStatement) => string;
}

export type MemoryMethod = keyof PayrexAdapter;

/**
 * An in-browser backend that keeps the rules of a real one (validation, 404s, paging, PayRex's
 * statement lifecycle). It implements every staff method too.
 */
export interface MemoryAdapter extends Required<PayrexAdapter> {
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

/** A typical error of `kind`; `failNext` failures say that they are simulated. */
const kindError = (kind: PayrexErrorKind, detail = "The email is invalid.") =>
  kind == "aborted"
    ? new PayrexError(kind, "The request was cancelled.")
    : kind == "validation"
      ? new PayrexError(kind, detail, { status: 400, errors: [{ code: "parameter_invalid", detail, parameter: "email" }] })
      : new PayrexError(kind, `Simulated ${kind} failure.`, { status: kind == "http" ? 500 : undefined });

type Store = ReturnType<typeof import("./memory-store.js").createStore>;

/** Every method: its name, where its options argument is, and whether it creates (takes an idempotency key). */
const METHODS: [MemoryMethod, number, boolean?][] = [
  ["getCustomer", 1],
  ["createCustomer", 1, true],
  ["updateCustomer", 2],
  ["listPayments", 2],
  ["listBillingStatements", 2],
  ["getBillingStatement", 1],
  ["listCustomers", 1],
  ["deleteCustomer", 1],
  ["createBillingStatement", 1, true],
  ["updateBillingStatement", 2],
  ["deleteBillingStatement", 1],
  ["createLineItem", 1, true],
  ["updateLineItem", 2],
  ["deleteLineItem", 2],
  ["finalizeBillingStatement", 1],
  ["sendBillingStatement", 1],
  ["voidBillingStatement", 1],
  ["markUncollectibleBillingStatement", 1],
];

/**
 * An in-memory backend for Storybook, docs, demos and tests. Without a seed it serves the demo data
 * (see `demoIds`). Answers are deep copies, so callers cannot change the store by mutating them.
 * The store and the demo data load with the first call (their own chunks), so pages that only
 * import the library never download them.
 */
export function createMemoryAdapter(seed?: MemorySeed, options: MemoryAdapterOptions = {}): MemoryAdapter {
  const now = () => Math.floor(Date.now() / 1000);
  const created = now();
  const copy = seed && structuredClone(seed);
  const failures: { method: string; error: PayrexError | PayrexErrorKind; times: number }[] = [];
  let store: Store;
  let loaded: Promise<void> | undefined;
  const load = () =>
    (loaded ??= Promise.all([copy ?? loadDemoSeed(created), import("./memory-store.js")]).then(([source, m]) => {
      store = m.createStore(source, now, { statementUrl: options.statementUrl });
    }));

  function run<T>(method: MemoryMethod, args: unknown[], o: RequestOptions | undefined, work: () => T): Promise<T> {
    adapter.calls.push({ method, args: [...args] });
    const signal = o?.signal;
    const ms = adapter.latencyMs;
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
      load().then(() => {
        if (!(ms > 0)) answer();
        else if (ms < Infinity) timer = setTimeout(answer, ms);
      }, reject);
    });
  }

  const adapter = {
    latencyMs: options.latencyMs ?? 0,
    calls: [],
    failNext(method, error, times = 1) {
      if (times > 0) failures.push({ method, error, times });
    },
    reset() {
      loaded = undefined;
      failures.length = 0;
      adapter.calls.length = 0;
    },
  } satisfies Pick<MemoryAdapter, "latencyMs" | "calls" | "failNext" | "reset"> as unknown as MemoryAdapter;
  // Each method records its call, then runs the store's method of the same name with the arguments
  // before the options (and, for creates, the options' idempotency key).
  for (const [method, at, keyed] of METHODS) {
    (adapter as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      const o = args[at] as RequestOptions | undefined;
      return run(method, args, o, () =>
        (store[method] as (...a: unknown[]) => unknown)(...args.slice(0, at), keyed ? o?.idempotencyKey : undefined),
      );
    };
  }
  load();
  return adapter;
}

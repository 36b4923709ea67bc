import type { PayrexAdapter } from "./adapter.js";
import { PayrexError } from "./errors.js";
import { refuseSecretKey } from "./secret-key.js";

export type HeadersOption = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

export interface FetchAdapterOptions {
  /** Your backend's base URL (absolute, or relative to the page), e.g. `/api/payrex`. */
  baseUrl: string;
  /** Your own fetch (instrumented, with interceptors...). Defaults to the global `fetch`. */
  fetch?: typeof fetch;
  /** Extra headers, or a function (sync or async) called per request, e.g. for a CSRF token or bearer. */
  headers?: HeadersOption;
  /** `credentials` for every request (e.g. `include` for a cookie session on another origin). */
  credentials?: RequestCredentials;
  /** Per-attempt timeout in milliseconds (response and body); default 15 000; `0` or `Infinity` for none. */
  timeoutMs?: number;
  /** How many times a GET is retried on a network error or 502/503/504; default 2. POSTs never are. */
  retries?: number;
  /** Base of the exponential backoff between GET retries in milliseconds; default 400. */
  retryDelayMs?: number;
  /** Upper bound for one wait, including a server's `Retry-After`; default 10 000. */
  maxRetryDelayMs?: number;
}

/** A random key for `Idempotency-Key`. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
}

/** Refuses a secret key in any header value. */
export function checkHeaders(headers: HeadersInit | undefined): void {
  if (!headers) return;
  new Headers(headers).forEach((value, name) => refuseSecretKey(value, `the adapter's "${name}" header`));
}

/** Every adapter method, the staff ones included: the fetch adapter implements them all. */
const METHODS: readonly (keyof PayrexAdapter)[] = [
  "getCustomer",
  "createCustomer",
  "updateCustomer",
  "listPayments",
  "listBillingStatements",
  "getBillingStatement",
  "listCustomers",
  "deleteCustomer",
  "createBillingStatement",
  "updateBillingStatement",
  "deleteBillingStatement",
  "createLineItem",
  "updateLineItem",
  "deleteLineItem",
  "finalizeBillingStatement",
  "sendBillingStatement",
  "voidBillingStatement",
  "markUncollectibleBillingStatement",
];

/**
 * The default adapter: JSON over `fetch` to the merchant's backend, in PayRex's resource shapes
 * (CONTRACT §4). Every response is parsed with the zod schemas. Options are checked here, at once
 * (a secret key throws); the request code loads with the first call.
 */
export function createFetchAdapter(options: FetchAdapterOptions): Required<PayrexAdapter> {
  const { baseUrl } = options;
  if (typeof baseUrl !== "string" || !baseUrl) throw new PayrexError("validation", "createFetchAdapter needs a baseUrl.");
  refuseSecretKey(baseUrl, "the adapter's baseUrl");
  if (typeof options.headers !== "function") checkHeaders(options.headers);
  let transport: Promise<PayrexAdapter> | undefined;
  // A failed chunk load is tried again by the next call instead of failing every later one.
  const load = () =>
    (transport ??= import("./fetch-transport.js").then(
      (m) => m.createTransport(options),
      (error: unknown) => {
        transport = undefined;
        throw error;
      },
    ));
  // Every failure is a PayrexError, also one thrown by the merchant's headers function.
  const call = <T>(run: (t: PayrexAdapter) => Promise<T>): Promise<T> =>
    load()
      .then(run)
      .catch((error: unknown) => {
        throw PayrexError.from(error);
      });
  const adapter: Record<string, unknown> = {};
  for (const method of METHODS) {
    adapter[method] = (...args: unknown[]) =>
      call((t) => (t[method] as (...a: unknown[]) => Promise<unknown>).apply(t, args));
  }
  return adapter as unknown as Required<PayrexAdapter>;
}

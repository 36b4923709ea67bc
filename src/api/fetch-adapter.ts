import * as z from "zod/mini";
import type { PayrexAdapter, RequestOptions } from "./adapter.js";
import { PayrexError, type PayrexErrorDetail } from "./errors.js";
import {
  billingStatementSchema,
  customerSchema,
  errorBodySchema,
  listSchema,
  paymentSchema,
  type PageQuery,
} from "./schemas.js";
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

const RETRY_STATUS = new Set([502, 503, 504]);
// setTimeout fires at once for delays it cannot represent.
const MAX_TIMER = 2_147_483_647;

const STATUS_MESSAGES: Record<number, string> = {
  400: "The request was not accepted.",
  401: "You are not signed in, or your session has expired.",
  403: "You are not allowed to do this.",
  404: "Not found.",
  409: "This conflicts with a change made elsewhere. Reload and try again.",
  429: "Too many requests. Please wait a moment and try again.",
};

/**
 * How long to wait before retry number `attempt` (0-based): exponential backoff with jitter, or the
 * server's `Retry-After` (seconds or an HTTP date) when it asks for longer; never above `max`.
 */
export function retryDelay(attempt: number, retryAfter: string | null, base: number, max: number, now = Date.now()): number {
  let wait = base * 2 ** attempt * (0.75 + Math.random() * 0.5);
  if (retryAfter) {
    const seconds = Number(retryAfter);
    const asked = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - now;
    if (Number.isFinite(asked)) wait = Math.max(wait, asked);
  }
  return Math.max(0, Math.min(wait, max));
}

/** A random key for `Idempotency-Key`. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
}

const cancelled = (cause?: unknown) =>
  new PayrexError("aborted", "The request was cancelled.", cause === undefined ? {} : { cause });

const wait = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(cancelled());
    if (ms <= 0) return resolve();
    const done = () => {
      clearTimeout(timer);
      reject(cancelled());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", done);
      resolve();
    }, ms);
    signal?.addEventListener("abort", done, { once: true });
  });

function checkHeaders(headers: HeadersInit | undefined): void {
  if (!headers) return;
  new Headers(headers).forEach((value, name) => refuseSecretKey(value, `the adapter's "${name}" header`));
}

function describeIssues(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join(".") || "(body)"}: ${issue.message}` : "unknown problem";
}

/**
 * The default adapter: JSON over `fetch` to the merchant's backend, in PayRex's resource shapes
 * (CONTRACT §4). Every response is parsed with the zod schemas.
 */
export function createFetchAdapter(options: FetchAdapterOptions): PayrexAdapter {
  const {
    baseUrl,
    credentials,
    timeoutMs = 15_000,
    retries = 2,
    retryDelayMs = 400,
    maxRetryDelayMs = 10_000,
  } = options;
  if (typeof baseUrl !== "string" || !baseUrl) throw new PayrexError("validation", "createFetchAdapter needs a baseUrl.");
  refuseSecretKey(baseUrl, "the adapter's baseUrl");
  if (typeof options.headers !== "function") checkHeaders(options.headers);
  const base = baseUrl.replace(/\/+$/, "");

  /**
   * One try. The body is read under the same timeout and signal as the fetch: a server that sends
   * headers and then stalls must not hang the caller. A retryable status returns without a body.
   */
  async function attempt(
    method: string,
    url: string,
    init: RequestInit,
    signal: AbortSignal | undefined,
    canRetry: boolean,
  ): Promise<{ response: Response; text?: string }> {
    // A signal that is already aborted never fires "abort" again.
    if (signal?.aborted) throw cancelled();
    const controller = new AbortController();
    let timedOut = false;
    const timer =
      timeoutMs > 0 && timeoutMs < Infinity
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, Math.min(timeoutMs, MAX_TIMER))
        : undefined;
    const onAbort = () => controller.abort();
    signal?.addEventListener("abort", onAbort, { once: true });
    try {
      const doFetch = options.fetch ?? globalThis.fetch;
      const response = await doFetch(url, { ...init, method, credentials, signal: controller.signal });
      if (canRetry && RETRY_STATUS.has(response.status)) {
        response.body?.cancel().catch(() => {});
        return { response };
      }
      return { response, text: await response.text() };
    } catch (cause) {
      if (signal?.aborted) throw cancelled(cause);
      if (timedOut) throw new PayrexError("timeout", `No answer from the server within ${timeoutMs / 1000} s.`, { cause });
      throw new PayrexError("network", "Could not reach the server. Check your connection and try again.", { cause });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    }
  }

  async function request<T>(
    method: "GET" | "POST" | "PUT",
    path: string,
    schema: z.ZodMiniType<T>,
    o: RequestOptions = {},
    body?: unknown,
  ): Promise<T> {
    const { signal } = o;
    if (signal?.aborted) throw cancelled();
    const extra = typeof options.headers === "function" ? await options.headers() : options.headers;
    // Checked per request as well: a headers object may be filled in after the adapter was made.
    checkHeaders(extra);
    const headers = new Headers(extra);
    headers.set("Accept", "application/json");
    if (body !== undefined) headers.set("Content-Type", "application/json");
    if (method === "POST") headers.set("Idempotency-Key", o.idempotencyKey ?? newIdempotencyKey());
    const init: RequestInit = { headers, body: body === undefined ? undefined : JSON.stringify(body) };
    const url = base + path;

    for (let n = 0; ; n++) {
      const canRetry = method === "GET" && n < retries;
      let result: { response: Response; text?: string };
      try {
        result = await attempt(method, url, init, signal, canRetry);
      } catch (error) {
        if (canRetry && error instanceof PayrexError && error.kind === "network") {
          await wait(retryDelay(n, null, retryDelayMs, maxRetryDelayMs), signal);
          continue;
        }
        throw error;
      }
      const { response, text } = result;
      if (text === undefined) {
        await wait(retryDelay(n, response.headers.get("Retry-After"), retryDelayMs, maxRetryDelayMs), signal);
        continue;
      }
      return parseResponse(response, text, schema);
    }
  }

  function parseResponse<T>(response: Response, text: string, schema: z.ZodMiniType<T>): T {
    let json: unknown;
    let readable = true;
    try {
      json = JSON.parse(text);
    } catch {
      readable = false;
    }
    if (!response.ok) {
      const body = readable ? errorBodySchema.safeParse(json) : undefined;
      const errors: PayrexErrorDetail[] = body?.success ? body.data.errors : [];
      const message =
        errors.find((e) => e.detail)?.detail ??
        STATUS_MESSAGES[response.status] ??
        (response.status >= 500
          ? "The server had a problem. Please try again in a moment."
          : `The request failed (HTTP ${response.status}).`);
      throw new PayrexError("http", message, { status: response.status, errors });
    }
    if (!readable) {
      throw new PayrexError("invalid_response", "The server's answer was not JSON.", { status: response.status });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new PayrexError("invalid_response", `The server's answer has an unexpected shape (${describeIssues(parsed.error)}).`, {
        status: response.status,
        cause: parsed.error,
      });
    }
    return parsed.data;
  }

  // "", "." and ".." would turn `/customers/{id}` into another resource (even percent-encoded, the
  // URL parser resolves dot segments), and an empty customer_id would list every customer's statements.
  const id = (value: string) => {
    if (typeof value !== "string" || value === "" || value === "." || value === "..") {
      throw new PayrexError("validation", `Not a valid id: ${JSON.stringify(value) ?? String(value)}.`);
    }
    return encodeURIComponent(value);
  };
  const query = (params: Record<string, string | number | undefined>) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") q.set(k, String(v));
    const s = q.toString();
    return s ? `?${s}` : "";
  };
  const limit = (page: PageQuery) =>
    typeof page.limit === "number" && !Number.isNaN(page.limit)
      ? Math.min(100, Math.max(1, Math.trunc(page.limit)))
      : undefined;
  const payments = listSchema(paymentSchema);
  const statements = listSchema(billingStatementSchema);

  // async, so a refused id rejects like every other failure instead of throwing.
  return {
    getCustomer: async (customerId, o) => request("GET", `/customers/${id(customerId)}`, customerSchema, o),
    createCustomer: async (input, o) => request("POST", "/customers", customerSchema, o, input),
    updateCustomer: async (customerId, input, o) =>
      request("PUT", `/customers/${id(customerId)}`, customerSchema, o, input),
    listPayments: async (customerId, page = {}, o) =>
      request(
        "GET",
        `/customers/${id(customerId)}/payments${query({ limit: limit(page), after: page.after, before: page.before })}`,
        payments,
        o,
      ),
    listBillingStatements: async (customerId, page = {}, o) => {
      id(customerId);
      return request(
        "GET",
        `/billing_statements${query({ customer_id: customerId, limit: limit(page), after: page.after, before: page.before })}`,
        statements,
        o,
      );
    },
    getBillingStatement: async (statementId, o) =>
      request("GET", `/billing_statements/${id(statementId)}`, billingStatementSchema, o),
  };
}

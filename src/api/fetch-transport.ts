/**
 * The fetch adapter's requests: timeouts, aborts, retries and response parsing. Loaded with the first
 * request, so a page pays for it only when it talks to a backend through the default adapter.
 *
 * Error messages here are for developers (English, naming the request); elements show users a
 * translated message from `describeError` instead.
 */
import type * as z from "zod/mini";
import type { PayrexAdapter, RequestOptions } from "./adapter.js";
import { PayrexError, type PayrexErrorDetail } from "./errors.js";
import { deletedSchema } from "./staff-schemas.js";
import {
  billingStatementSchema,
  customerSchema,
  errorBodySchema,
  lineItemSchema,
  listSchema,
  paymentSchema,
  type CustomerQuery,
  type PageQuery,
} from "./schemas.js";
import { checkHeaders, newIdempotencyKey, type FetchAdapterOptions } from "./fetch-adapter.js";

const RETRY_STATUS = new Set([502, 503, 504]);
// setTimeout fires at once for delays it cannot represent.
const MAX_TIMER = 2_147_483_647;

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

function describeIssues(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join(".") || "(body)"}: ${issue.message}` : "unknown problem";
}

/** The requests of `createFetchAdapter(options)`; options are already checked. */
export function createTransport(options: FetchAdapterOptions): Required<PayrexAdapter> {
  const {
    baseUrl,
    credentials,
    timeoutMs = 15_000,
    retries = 2,
    retryDelayMs = 400,
    maxRetryDelayMs = 10_000,
  } = options;
  const base = baseUrl.replace(/\/+$/, "");

  /**
   * One try. The body is read under the same timeout and signal as the fetch: a server that sends
   * headers and then stalls must not hang the caller. A retryable status returns without a body.
   */
  async function attempt(
    method: string,
    path: string,
    init: RequestInit,
    signal: AbortSignal | undefined,
    canRetry: boolean,
  ): Promise<{ response: Response; text?: string }> {
    const url = base + path;
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
    // A merchant's own fetch (or its body stream) may ignore the signal: the abort wins regardless.
    const aborted = new Promise<never>((_, reject) =>
      controller.signal.addEventListener("abort", () => reject(controller.signal.reason), { once: true }),
    );
    aborted.catch(() => {});
    try {
      const doFetch = options.fetch ?? globalThis.fetch;
      const response = await Promise.race([doFetch(url, { ...init, method, credentials, signal: controller.signal }), aborted]);
      if (canRetry && RETRY_STATUS.has(response.status)) {
        response.body?.cancel().catch(() => {});
        return { response };
      }
      return { response, text: await Promise.race([response.text(), aborted]) };
    } catch (cause) {
      if (signal?.aborted) throw cancelled(cause);
      if (timedOut) throw new PayrexError("timeout", `${method} ${path}: no answer within ${timeoutMs / 1000} s.`, { cause });
      const reason = cause instanceof Error && cause.message ? ` (${cause.message})` : "";
      throw new PayrexError("network", `${method} ${path}: the server could not be reached${reason}.`, { cause });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    }
  }

  async function request<T>(
    method: "GET" | "POST" | "PUT" | "DELETE",
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
    // Every state change says JSON, with a body or without (DELETE, lifecycle actions): backends
    // refuse other types from browsers to stop cross-site form posts (CONTRACT §7).
    if (body !== undefined || method !== "GET") headers.set("Content-Type", "application/json");
    if (method === "POST") headers.set("Idempotency-Key", o.idempotencyKey ?? newIdempotencyKey());
    const init: RequestInit = { headers, body: body === undefined ? undefined : JSON.stringify(body) };

    for (let n = 0; ; n++) {
      const canRetry = method === "GET" && n < retries;
      let result: { response: Response; text?: string };
      try {
        result = await attempt(method, path, init, signal, canRetry);
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
      return parseResponse(`${method} ${path}`, response, text, schema);
    }
  }

  function parseResponse<T>(request: string, response: Response, text: string, schema: z.ZodMiniType<T>): T {
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
      const message = errors.find((e) => e.detail)?.detail ?? `${request} answered HTTP ${response.status}.`;
      throw new PayrexError("http", message, { status: response.status, errors });
    }
    if (!readable) {
      throw new PayrexError("invalid_response", `${request}: the answer was not JSON.`, { status: response.status });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new PayrexError("invalid_response", `${request}: the answer has an unexpected shape (${describeIssues(parsed.error)}).`, {
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
  const customers = listSchema(customerSchema);
  const customerQuery = (q: CustomerQuery) => {
    const { key, value } = q.metadata ?? {};
    if (key !== undefined && (typeof key !== "string" || !key)) {
      throw new PayrexError("validation", "A metadata filter needs a key.");
    }
    return query({
      email: q.email,
      name: q.name,
      ...(key ? { [`metadata[${key}]`]: value ?? "" } : {}),
      limit: limit(q),
      after: q.after,
      before: q.before,
    });
  };
  const statementAction = (action: string) => async (statementId: string, o?: RequestOptions) =>
    request("POST", `/billing_statements/${id(statementId)}/${action}`, billingStatementSchema, o);

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
    listCustomers: async (q = {}, o) => request("GET", `/customers${customerQuery(q)}`, customers, o),
    deleteCustomer: async (customerId, o) =>
      request("DELETE", `/customers/${id(customerId)}`, deletedSchema("customer"), o),
    createBillingStatement: async (input, o) => request("POST", "/billing_statements", billingStatementSchema, o, input),
    updateBillingStatement: async (statementId, input, o) =>
      request("PUT", `/billing_statements/${id(statementId)}`, billingStatementSchema, o, input),
    deleteBillingStatement: async (statementId, o) =>
      request("DELETE", `/billing_statements/${id(statementId)}`, deletedSchema("billing_statement"), o),
    createLineItem: async (input, o) => request("POST", "/billing_statement_line_items", lineItemSchema, o, input),
    updateLineItem: async (itemId, input, o) =>
      request("PUT", `/billing_statement_line_items/${id(itemId)}`, lineItemSchema, o, input),
    deleteLineItem: async (itemId, ref, o) => {
      id(ref?.billing_statement_id);
      return request(
        "DELETE",
        `/billing_statement_line_items/${id(itemId)}${query({ billing_statement_id: ref.billing_statement_id })}`,
        deletedSchema("billing_statement_line_item"),
        o,
      );
    },
    finalizeBillingStatement: statementAction("finalize"),
    sendBillingStatement: statementAction("send"),
    voidBillingStatement: statementAction("void"),
    markUncollectibleBillingStatement: statementAction("mark_uncollectible"),
  };
}

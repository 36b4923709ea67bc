/**
 * `createPayrexHandler`: the merchant backend as one Fetch-API handler. Every request is matched,
 * authorized (before any store or PayRex work about it), checked, and answered in PayRex's shapes.
 */
import type { Backend, RequestInfo } from "./backend.js";
import { errorReply, notFound, ReplyError, toResponse, type Reply } from "./http.js";
import { createIdempotency } from "./idempotency.js";
import { createProxy } from "./proxy.js";
import { match, type Route } from "./router.js";
import { createSandbox, seedSandbox } from "./sandbox.js";
import { payPage, payPageKit, type PayPageKit } from "./sandbox-pay.js";
import { checkStateChange, readBody } from "./security.js";
import { staffRoute } from "./staff-routes.js";
import type { PayrexAction, PayrexHandler, PayrexHandlerOptions, PayrexStore } from "./types.js";
import { parseCustomerInput, parseCustomerUpdate, parseJson, parsePage } from "./validate.js";
import { receiveWebhook } from "./webhook-route.js";

const DEFAULT_STORE = "file:.data/payrex.db";
const SECRET_KEY = /^sk_(live|test)_[A-Za-z0-9_]+$/;

interface State {
  store: PayrexStore;
  backend: Backend;
  idempotent: ReturnType<typeof createIdempotency>;
  pay?: PayPageKit;
}

/** Creates the handler. Throws at once on options that cannot work (and never echoes the key). */
export function createPayrexHandler(options: PayrexHandlerOptions): PayrexHandler {
  if (typeof options?.authorize !== "function") throw new TypeError("createPayrexHandler: `authorize` is required (a function deciding who may do what).");
  const { secretKey, webhookSecret } = options;
  if (secretKey !== undefined && !SECRET_KEY.test(secretKey)) {
    throw new TypeError("createPayrexHandler: `secretKey` must be a PayRex secret key (sk_test_… or sk_live_…).");
  }
  const basePath = "/" + (options.basePath ?? "/api/payrex").replace(/^\/+|\/+$/g, "");
  const allowed = options.allowedOrigins ?? [];
  const secrets = [secretKey, secretKey && btoa(`${secretKey}:`), webhookSecret].filter((s): s is string => !!s);
  const redact = (text: string) => secrets.reduce((t, s) => t.split(s).join("[redacted]"), text);
  const report = options.onError ?? ((message: string) => console.error(message));

  let ready: Promise<State> | undefined;
  const init = async (): Promise<State> => {
    const store =
      typeof options.store === "object" && options.store
        ? options.store
        : await (await import("./libsql-store.js")).createLibsqlStore(options.store ?? DEFAULT_STORE, { authToken: options.storeAuthToken });
    const backend = secretKey
      ? createProxy({ secretKey, apiBase: options.apiBase ?? "https://api.payrexhq.com", timeoutMs: options.timeoutMs ?? 15_000, store, redact })
      : createSandbox(store, basePath);
    if (!secretKey) await seedSandbox(store);
    const pay = secretKey ? undefined : await payPageKit(store, basePath, allowed);
    return { store, backend, idempotent: createIdempotency(store, options.idempotencyScope), pay };
  };
  const state = () =>
    (ready ??= init().catch((error) => {
      ready = undefined; // the next request tries again (a database that was briefly unreachable)
      throw error;
    }));

  async function allow(request: Request, action: PayrexAction, ids: { customerId?: string; billingStatementId?: string }) {
    return (await options.authorize({ request, action, ...ids })) === true;
  }

  async function api(request: Request, route: Route, info: RequestInfo, url: URL): Promise<Reply> {
    const id = route.id!;
    const { backend, idempotent } = await state();
    switch (route.name) {
      case "customers.read":
        if (!(await allow(request, route.name, { customerId: id }))) return notFound("customer", id);
        return backend.getCustomer(id);
      case "customers.update":
      case "customers.create": {
        const update = route.name === "customers.update";
        if (!(await allow(request, route.name, update ? { customerId: id } : {}))) return update ? notFound("customer", id) : notFound();
        checkStateChange(request, info.origin, allowed);
        const raw = await readBody(request);
        return idempotent(request, route.name, raw, async () =>
          update ? backend.updateCustomer(id, parseCustomerUpdate(parseJson(raw))) : backend.createCustomer(parseCustomerInput(parseJson(raw))),
        );
      }
      case "payments.list":
        if (!(await allow(request, route.name, { customerId: id }))) return notFound("customer", id);
        return backend.listPayments(id, parsePage(url.searchParams));
      case "billing_statements.list": {
        const customerId = url.searchParams.get("customer_id") || undefined;
        if (!(await allow(request, route.name, { customerId }))) return customerId ? notFound("customer", customerId) : notFound();
        if (!customerId) return errorReply(400, "parameter_required", "The customer_id is required.", "customer_id");
        return backend.listBillingStatements(customerId, parsePage(url.searchParams), info);
      }
      case "billing_statements.read": {
        const found = await backend.findStatement(id, info);
        if (!(await allow(request, route.name, { billingStatementId: id, customerId: found.customerId }))) return notFound("billing statement", id);
        return found.load();
      }
      default:
        return (
          (await staffRoute({ request, route, info, url, backend, idempotent, allowedOrigins: allowed, allow: (action, ids) => allow(request, action, ids) })) ??
          notFound()
        );
    }
  }

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const path = url.pathname;
    if (path !== basePath && !path.startsWith(basePath + "/")) return toResponse(notFound());
    const found = match(request.method, path.slice(basePath.length));
    if (!found) return toResponse(notFound());
    if ("allow" in found) {
      return toResponse(errorReply(405, "method_not_allowed", `Use ${found.allow.join(" or ")} here.`, undefined, { allow: found.allow.join(", ") }));
    }
    const { route } = found;
    const info: RequestInfo = { origin: url.origin };
    if (route.name === "webhooks") {
      if (!webhookSecret) return toResponse(notFound());
      const { store, backend } = await state();
      return toResponse(await receiveWebhook(request, webhookSecret, store, backend.findPayment));
    }
    if (route.name === "sandbox.pay") {
      const { pay, backend } = await state();
      if (!pay) return toResponse(notFound());
      const statement = await backend.findStatement(route.id!, info);
      const allowed = await allow(request, "billing_statements.read", { billingStatementId: route.id!, customerId: statement.customerId });
      return payPage(pay, request, route.id!, allowed ? statement : undefined);
    }
    return toResponse(await api(request, route, info, url));
  }

  const payrexHandler = async (request: Request): Promise<Response> => {
    try {
      return await handle(request);
    } catch (error) {
      if (error instanceof ReplyError) return toResponse(error.reply);
      report(redact(`payrex-components/server: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
      return toResponse(errorReply(500, "internal_error", "Something went wrong. Please try again."));
    }
  };
  return Object.assign(payrexHandler, { basePath });
}

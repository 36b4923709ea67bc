/**
 * The staff routes (CONTRACT §4a). Each asks `authorize` first, about the customer it concerns:
 * a statement's and a line item's statement's customer is resolved before (from the store when known,
 * else with one read), a new statement's is its body's `customer_id`. Denied: the same 404 as for
 * something that does not exist, and nothing is changed. Then, as for every state change: JSON and an
 * allowed Origin (CSRF), at most 64 KB, and `Idempotency-Key` honoured.
 */
import type { Backend, RequestInfo, StatementAction } from "./backend.js";
import { notFound, ReplyError, type Reply } from "./http.js";
import type { createIdempotency } from "./idempotency.js";
import type { Route } from "./router.js";
import { checkStateChange, readBody } from "./security.js";
import type { PayrexAction } from "./types.js";
import {
  parseCustomerQuery,
  parseId,
  parseJson,
  parseLineItemInput,
  parseLineItemUpdate,
  parseStatementInput,
  parseStatementUpdate,
} from "./validate.js";

export interface StaffContext {
  request: Request;
  route: Route;
  info: RequestInfo;
  url: URL;
  backend: Backend;
  idempotent: ReturnType<typeof createIdempotency>;
  allowedOrigins: readonly string[];
  allow(action: PayrexAction, ids: { customerId?: string; billingStatementId?: string }): Promise<boolean>;
}

/** The body, or the error reading it raised (answered only once the request is allowed). */
async function bodyOrError(request: Request): Promise<string | ReplyError> {
  try {
    return await readBody(request);
  } catch (error) {
    if (error instanceof ReplyError) return error;
    throw error;
  }
}

/** A string field of a JSON body, read only to know whom the request concerns (validated later). */
function peek(raw: string | ReplyError, field: string): string | undefined {
  if (typeof raw !== "string") return undefined;
  try {
    const value = (JSON.parse(raw) as Record<string, unknown> | null)?.[field];
    return typeof value === "string" && value ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Answers a staff route, or undefined for any other route. */
export async function staffRoute(c: StaffContext): Promise<Reply | undefined> {
  const { request, route, info, backend, idempotent } = c;
  const id = route.id!;
  /** After authorization: CSRF, then the body, then the work, once per Idempotency-Key. */
  const change = async (raw: string | ReplyError | undefined, work: (body: string) => Promise<Reply>) => {
    checkStateChange(request, info.origin, c.allowedOrigins);
    const body = raw ?? (await readBody(request));
    if (body instanceof ReplyError) throw body;
    return idempotent(request, route.name, body, () => work(body));
  };
  /** Authorizes `action` for statement `statementId`, its customer resolved first. */
  const allowStatement = async (action: PayrexAction, statementId: string | undefined) => {
    if (!statementId) return c.allow(action, {});
    const { customerId } = await backend.findStatement(statementId, info);
    return c.allow(action, customerId ? { billingStatementId: statementId, customerId } : { billingStatementId: statementId });
  };

  switch (route.name) {
    case "customers.list":
      if (!(await c.allow(route.name, {}))) return notFound();
      return backend.listCustomers(parseCustomerQuery(c.url.searchParams));
    case "customers.delete":
      if (!(await c.allow(route.name, { customerId: id }))) return notFound("customer", id);
      return change(undefined, () => backend.deleteCustomer(id));
    case "billing_statements.create": {
      const raw = await bodyOrError(request);
      if (!(await c.allow(route.name, { customerId: peek(raw, "customer_id") }))) return notFound();
      return change(raw, (body) => backend.createBillingStatement(parseStatementInput(parseJson(body)), info));
    }
    case "billing_statements.update":
    case "billing_statements.delete":
    case "billing_statements.finalize":
    case "billing_statements.send":
    case "billing_statements.void":
    case "billing_statements.mark_uncollectible": {
      const name = route.name;
      if (!(await allowStatement(name, id))) return notFound("billing statement", id);
      return change(undefined, (body) => {
        if (name === "billing_statements.update") return backend.updateBillingStatement(id, parseStatementUpdate(parseJson(body)), info);
        if (name === "billing_statements.delete") return backend.deleteBillingStatement(id);
        return backend.statementAction(id, name.slice("billing_statements.".length) as StatementAction, info);
      });
    }
    case "line_items.create":
    case "line_items.update": {
      const raw = await bodyOrError(request);
      const statementId = peek(raw, "billing_statement_id");
      if (!(await allowStatement("billing_statements.update", statementId))) return notFound("billing statement", statementId);
      return change(raw, (body) =>
        route.name === "line_items.create"
          ? backend.createLineItem(parseLineItemInput(parseJson(body)))
          : backend.updateLineItem(id, parseLineItemUpdate(parseJson(body))),
      );
    }
    case "line_items.delete": {
      const raw = c.url.searchParams.get("billing_statement_id") ?? undefined;
      const statementId = raw && /^[A-Za-z0-9_-]{1,100}$/.test(raw) ? raw : undefined;
      if (!(await allowStatement("billing_statements.update", statementId))) return notFound("billing statement", statementId);
      return change(undefined, () => backend.deleteLineItem(id, parseId(statementId, "billing_statement_id")));
    }
    default:
      return undefined;
  }
}

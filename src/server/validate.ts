/**
 * Input checks shared by both modes: bodies with the browser's own zod schemas (one set of rules),
 * page queries with PayRex's limits. Failures are 400s naming the `parameter`.
 */
import { PayrexError } from "../api/errors.js";
import { check } from "../api/memory-store.js";
import { customerInputSchema, customerUpdateSchema, type CustomerInput, type CustomerQuery, type CustomerUpdate, type PageQuery } from "../api/schemas.js";
import {
  billingStatementInputSchema,
  billingStatementUpdateSchema,
  lineItemInputSchema,
  lineItemUpdateSchema,
  type BillingStatementInput,
  type BillingStatementUpdate,
  type LineItemInput,
  type LineItemUpdate,
} from "../api/staff-schemas.js";
import { errorReply, fail, ReplyError } from "./http.js";

function parse<T>(schema: Parameters<typeof check<T>>[0], input: unknown): T {
  if (input === null || typeof input !== "object" || Array.isArray(input)) fail(400, "parameter_invalid", "The request body must be a JSON object.");
  try {
    // Unknown fields are dropped here (the schemas are not loose), so they are never forwarded.
    return check(schema, input);
  } catch (error) {
    if (error instanceof PayrexError && error.status === 400) throw new ReplyError({ status: 400, body: { errors: error.errors } });
    throw error;
  }
}

export const parseCustomerInput = (input: unknown) => parse<CustomerInput>(customerInputSchema, input) as Required<Pick<CustomerInput, "currency">> & CustomerInput;
export const parseCustomerUpdate = (input: unknown) => parse<CustomerUpdate>(customerUpdateSchema, input);

export const parseStatementInput = (input: unknown) => parse<BillingStatementInput>(billingStatementInputSchema, input);
export const parseStatementUpdate = (input: unknown) => parse<BillingStatementUpdate>(billingStatementUpdateSchema, input);
export const parseLineItemInput = (input: unknown) => parse<LineItemInput>(lineItemInputSchema, input);
export const parseLineItemUpdate = (input: unknown) => parse<LineItemUpdate>(lineItemUpdateSchema, input);

const CURSOR = /^[A-Za-z0-9_-]{1,100}$/;

/** An id from a query parameter or a body field, or a 400 naming `parameter`. */
export function parseId(value: unknown, parameter: string): string {
  if (typeof value !== "string" || !CURSOR.test(value)) fail(400, "parameter_invalid", `The ${parameter} must be a resource id.`, parameter);
  return value as string;
}

/**
 * PayRex's customer search from a query string: `email`, `name`, one `metadata[key]=value`, and the
 * page. Other parameters are ignored, as PayRex ignores them.
 */
export function parseCustomerQuery(params: URLSearchParams): CustomerQuery & { limit: number } {
  const query: CustomerQuery & { limit: number } = parsePage(params);
  for (const name of ["email", "name"] as const) {
    const v = params.get(name)?.trim();
    if (!v) continue;
    if (v.length > 255) fail(400, "parameter_invalid", `The ${name} is too long.`, name);
    query[name] = v;
  }
  const filters = [...params].filter(([k]) => /^metadata\[.+\]$/.test(k));
  if (filters.length > 1) fail(400, "parameter_invalid", "Search by one metadata key at a time.", "metadata");
  const [filter] = filters;
  if (filter) {
    const [k, value] = filter;
    const key = k.slice("metadata[".length, -1);
    if (key.length > 255 || value.length > 500) fail(400, "parameter_invalid", "The metadata filter is too long.", "metadata");
    query.metadata = { key, value };
  }
  return query;
}

/** `limit` (1..100, default 10), `after`, `before` from a query string, as PayRex checks them. */
export function parsePage(params: URLSearchParams): Required<Pick<PageQuery, "limit">> & PageQuery {
  const raw = params.get("limit");
  const limit = raw === null || raw === "" ? 10 : Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) fail(400, "parameter_invalid", "The limit must be an integer from 1 to 100.", "limit");
  const page: PageQuery & { limit: number } = { limit };
  for (const name of ["after", "before"] as const) {
    const v = params.get(name);
    if (v === null || v === "") continue;
    if (!CURSOR.test(v)) fail(400, "parameter_invalid", `The ${name} must be a resource id.`, name);
    page[name] = v;
  }
  if (page.after && page.before) fail(400, "parameter_invalid", "Use either after or before, not both.", "before");
  return page;
}

/** The JSON body, or a 400 in PayRex's shape. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ReplyError(errorReply(400, "parameter_invalid", "The request body is not valid JSON."));
  }
}

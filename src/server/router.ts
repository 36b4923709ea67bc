/** Maps a request path under `basePath` to one of the handler's routes. */
import type { PayrexAction } from "./types.js";

export type RouteName = PayrexAction | "webhooks" | "sandbox.pay" | LineItemRoute;

/** Line item routes: each asks `billing_statements.update` of the item's statement. */
export type LineItemRoute = "line_items.create" | "line_items.update" | "line_items.delete";

export interface Route {
  name: RouteName;
  /** The id in the path (customer, billing statement or line item), decoded. */
  id?: string;
}

export type Match = { route: Route } | { allow: string[] } | null;

// PayRex ids are a prefix and letters/digits; anything else (slashes, dots, encoded tricks) is no id.
const ID = /^[A-Za-z0-9_-]{1,100}$/;

const decode = (segment: string) => {
  try {
    const id = decodeURIComponent(segment);
    return ID.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
};

/** The lifecycle actions `POST {base}/billing_statements/{id}/{action}` takes. */
const STATEMENT_ACTIONS = new Set(["finalize", "send", "void", "mark_uncollectible"]);

/** Which route a method and path under `basePath` select; `{ allow }` for a known path with another method. */
export function match(method: string, rest: string): Match {
  const parts = rest.split("/").filter((p, i) => i > 0 || p !== "");
  const table: Record<string, RouteName> = {};
  let id: string | undefined;
  const [a, b, c] = parts;
  if (parts.length === 1 && a === "customers") {
    table.GET = "customers.list";
    table.POST = "customers.create";
  } else if (parts.length === 2 && a === "customers" && (id = decode(b!))) {
    table.GET = "customers.read";
    table.PUT = "customers.update";
    table.DELETE = "customers.delete";
  } else if (parts.length === 3 && a === "customers" && c === "payments" && (id = decode(b!))) table.GET = "payments.list";
  else if (parts.length === 1 && a === "billing_statements") {
    table.GET = "billing_statements.list";
    table.POST = "billing_statements.create";
  } else if (parts.length === 2 && a === "billing_statements" && (id = decode(b!))) {
    table.GET = "billing_statements.read";
    table.PUT = "billing_statements.update";
    table.DELETE = "billing_statements.delete";
  } else if (parts.length === 3 && a === "billing_statements" && STATEMENT_ACTIONS.has(c!) && (id = decode(b!))) {
    table.POST = `billing_statements.${c}` as PayrexAction;
  } else if (parts.length === 1 && a === "billing_statement_line_items") table.POST = "line_items.create";
  else if (parts.length === 2 && a === "billing_statement_line_items" && (id = decode(b!))) {
    table.PUT = "line_items.update";
    table.DELETE = "line_items.delete";
  } else if (parts.length === 1 && a === "webhooks") table.POST = "webhooks";
  else if (parts.length === 3 && a === "sandbox" && b === "pay" && (id = decode(c!))) {
    table.GET = "sandbox.pay";
    table.POST = "sandbox.pay";
  } else return null;
  const name = table[method];
  return name ? { route: { name, ...(id !== undefined && { id }) } } : { allow: Object.keys(table) };
}

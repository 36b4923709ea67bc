/** Maps a request path under `basePath` to one of the handler's routes. */
import type { PayrexAction } from "./types.js";

export type RouteName = PayrexAction | "webhooks" | "sandbox.pay";

export interface Route {
  name: RouteName;
  /** The id in the path (customer or billing statement), decoded. */
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

/** Which route a method and path under `basePath` select; `{ allow }` for a known path with another method. */
export function match(method: string, rest: string): Match {
  const parts = rest.split("/").filter((p, i) => i > 0 || p !== "");
  const table: Record<string, RouteName> = {};
  let id: string | undefined;
  const [a, b, c] = parts;
  if (parts.length === 1 && a === "customers") table.POST = "customers.create";
  else if (parts.length === 2 && a === "customers" && (id = decode(b!))) {
    table.GET = "customers.read";
    table.PUT = "customers.update";
  } else if (parts.length === 3 && a === "customers" && c === "payments" && (id = decode(b!))) table.GET = "payments.list";
  else if (parts.length === 1 && a === "billing_statements") table.GET = "billing_statements.list";
  else if (parts.length === 2 && a === "billing_statements" && (id = decode(b!))) table.GET = "billing_statements.read";
  else if (parts.length === 1 && a === "webhooks") table.POST = "webhooks";
  else if (parts.length === 3 && a === "sandbox" && b === "pay" && (id = decode(c!))) {
    table.GET = "sandbox.pay";
    table.POST = "sandbox.pay";
  } else return null;
  const name = table[method];
  return name ? { route: { name, ...(id !== undefined && { id }) } } : { allow: Object.keys(table) };
}

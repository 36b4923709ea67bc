// The demo store's sign-in: no passwords, one button. What a merchant's real login would leave behind
// is the same: an HttpOnly, SameSite=Lax cookie holding a random id, mapped on the server to the
// PayRex customer id of the signed-in person, or to a member of the shop's staff. `authorize` checks
// every PayRex request against it.
import { randomBytes } from "node:crypto";
import { readFileSync, renameSync, writeFileSync } from "node:fs";

const COOKIE = "kapetbahay_session";
const MAX_AGE = 7 * 24 * 3600;
const MAX_SESSIONS = 1000;

/**
 * Sessions `{ customerId, staff? }` by cookie id, kept in memory and, given `file`, in that JSON file
 * so a restart keeps people signed in (and a customer created in the demo reachable).
 */
export function createSessions({ file } = {}) {
  /** @type {Map<string, { customerId: string | null, staff?: true }>} */
  const sessions = new Map();
  if (file) {
    try {
      for (const [id, session] of Object.entries(JSON.parse(readFileSync(file, "utf8")))) sessions.set(id, session);
    } catch {
      // No file yet (first start) or an unreadable one: everyone signs in again.
    }
  }
  const save = () => {
    if (!file) return;
    writeFileSync(`${file}.tmp`, JSON.stringify(Object.fromEntries(sessions)));
    renameSync(`${file}.tmp`, file);
  };

  return {
    /** The session of the request's cookie, with its id, or null. */
    get(request) {
      const id = readCookie(request.headers.get("cookie"), COOKIE);
      const session = id ? sessions.get(id) : undefined;
      return session ? { id, ...session } : null;
    },
    /**
     * Starts a session for `customerId` (null: signed in, no customer yet), or with `{ staff: true }`
     * a staff member's (no customer of their own). Returns its id.
     */
    start(customerId, { staff = false } = {}) {
      const id = randomBytes(32).toString("base64url");
      sessions.set(id, staff ? { customerId: null, staff: true } : { customerId });
      // Oldest first in a Map: the demo never grows without bound.
      while (sessions.size > MAX_SESSIONS) sessions.delete(sessions.keys().next().value);
      save();
      return id;
    },
    bind(id, customerId) {
      // A staff member creating a customer does not become that customer.
      if (!sessions.has(id) || sessions.get(id).staff) return;
      sessions.set(id, { customerId });
      save();
    },
    end(id) {
      if (sessions.delete(id)) save();
    },
  };
}

function readCookie(header, name) {
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

function sessionCookie(request, value, maxAge) {
  const secure = new URL(request.url).protocol === "https:" ? "; Secure" : "";
  return `${COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${secure}`;
}

/** What a customer may do with their own customer; everything else (the staff side) is for staff. */
const CUSTOMER_ACTIONS = new Set(["customers.read", "customers.update", "payments.list", "billing_statements.list", "billing_statements.read"]);

/**
 * The rule a merchant writes once. The shop's staff may do everything, for every customer: search
 * and delete customers, issue statements. A signed-in customer reads and changes only their own
 * customer (statements arrive with their customer resolved by the handler), and may create a
 * customer, which then becomes theirs (see `bindCreatedCustomer`); a staff action is never theirs,
 * not even on their own customer (an allow-list: an action added later is denied until named here).
 * Nobody signed in: everything is denied (404).
 */
export function demoAuthorize(sessions) {
  return ({ request, action, customerId }) => {
    const session = sessions.get(request);
    if (!session) return false;
    if (session.staff === true) return true;
    if (action === "customers.create") return true;
    return CUSTOMER_ACTIONS.has(action) && typeof customerId === "string" && customerId === session.customerId;
  };
}

/**
 * Wraps the PayRex handler: a customer created by a signed-in person becomes that session's customer.
 * Only a first answer binds: a create resent with the same Idempotency-Key (a connection reset) is
 * answered from the store with `Idempotent-Replayed: true`, and its session was bound the first time;
 * someone else who got hold of the key must not get the customer with it.
 */
export function bindCreatedCustomer(handler, sessions, basePath) {
  return async (request) => {
    const response = await handler(request);
    const created = request.method === "POST" && new URL(request.url).pathname === `${basePath}/customers` && response.ok;
    if (created && response.headers.get("idempotent-replayed") !== "true") {
      const session = sessions.get(request);
      const customer = await response
        .clone()
        .json()
        .catch(() => null);
      if (session && typeof customer?.id === "string") sessions.bind(session.id, customer.id);
    }
    return response;
  };
}

const json = (status, body, headers = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });

/**
 * `GET /demo/session`: who is signed in. `POST /demo/session` with `{ "as": "maria" | "new" | "staff" }`:
 * signs in as the demo customer, as a new person without a customer yet, or as the shop's staff
 * (the staff view: customer directory and statement editor). `DELETE /demo/session`: signs out.
 * State changes need JSON from this origin, like the PayRex routes.
 */
export function sessionRoutes(sessions, { mariaId, proxy = false }) {
  // `demoCustomer`: whether "Sign in as Maria" has a customer to sign in as; `proxy`: PayRex's test mode, not the sandbox.
  const state = (customerId, signedIn = true, staff = false) => ({ signedIn, customerId, staff, demoCustomer: !!mariaId, proxy });
  return async (request) => {
    const session = sessions.get(request);
    if (request.method === "GET") return json(200, state(session?.customerId ?? null, !!session, session?.staff === true));
    if (request.method !== "POST" && request.method !== "DELETE") return json(405, { error: "method not allowed" }, { Allow: "GET, POST, DELETE" });
    const sameOrigin = request.headers.get("origin") === new URL(request.url).origin;
    const isJson = /^application\/json\b/i.test(request.headers.get("content-type") ?? "");
    if (!sameOrigin || (request.method === "POST" && !isJson)) return json(403, { error: "forbidden" });
    if (session) sessions.end(session.id);
    if (request.method === "DELETE") return json(200, state(null, false), { "Set-Cookie": sessionCookie(request, "", 0) });
    const body = await request.json().catch(() => ({}));
    if (body?.as === "staff") {
      const id = sessions.start(null, { staff: true });
      return json(200, state(null, true, true), { "Set-Cookie": sessionCookie(request, id, MAX_AGE) });
    }
    if (body?.as !== "new" && !(body?.as === "maria" && mariaId)) return json(400, { error: 'expected { "as": "maria" | "new" | "staff" }' });
    const customerId = body.as === "maria" ? mariaId : null;
    const id = sessions.start(customerId);
    return json(200, state(customerId), { "Set-Cookie": sessionCookie(request, id, MAX_AGE) });
  };
}

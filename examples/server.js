#!/usr/bin/env node
// `npm start`: the demo merchant's whole stack in one Node process. It serves the demo page
// (examples/) and the script-tag build (dist/) under a strict Content-Security-Policy, the demo's
// sign-in (/demo/session), and the PayRex routes (/api/payrex) from `createPayrexHandler`: sandbox
// mode on a local SQLite file by default, proxy mode to PayRex when PAYREX_SECRET_KEY is set.
import { mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { demoIds } from "payrex-components";
import { createPayrexHandler } from "payrex-components/server";
import { toNodeListener } from "payrex-components/server/node";
import { bindCreatedCustomer, createSessions, demoAuthorize, sessionRoutes } from "./demo-sessions.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const BASE_PATH = "/api/payrex";

/** The policy the page and the elements live under: no inline script or style, no eval, nothing third-party. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/** Only these folders are public; the library build (dist/lib/, with the server half) and the build manifest (dist/.vite/) are not among them. */
const PUBLIC = [
  ["/examples/", join(root, "examples")],
  ["/dist/", join(root, "dist")],
];
const HIDDEN = [join(root, "dist", "lib"), join(root, "dist", ".vite"), join(root, "examples", "server.js"), join(root, "examples", "demo-sessions.js")];

/** On every page and file: the policy, no MIME sniffing, and a full Referer only to this origin (the sandbox pay page returns there). */
const pageHeaders = {
  "Content-Security-Policy": CSP,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
};

async function serveFile(request) {
  const { pathname } = new URL(request.url);
  if (request.method !== "GET" && request.method !== "HEAD") return new Response("Method not allowed\n", { status: 405, headers: { Allow: "GET, HEAD" } });
  if (pathname === "/" || pathname === "/examples") return new Response(null, { status: 302, headers: { Location: "/examples/" } });
  for (const [prefix, dir] of PUBLIC) {
    if (!pathname.startsWith(prefix)) continue;
    let rel;
    try {
      rel = decodeURIComponent(pathname.slice(prefix.length)) || "index.html";
    } catch {
      break;
    }
    if (rel.endsWith("/")) rel += "index.html";
    const file = normalize(join(dir, rel));
    if (!file.startsWith(dir + sep) || HIDDEN.some((h) => file === h || file.startsWith(h + sep))) break;
    const type = TYPES[extname(file)];
    if (!type) break;
    try {
      const body = await readFile(file);
      return new Response(request.method === "HEAD" ? null : body, {
        headers: { "Content-Type": type, "Cache-Control": "no-cache", ...pageHeaders },
      });
    } catch {
      break;
    }
  }
  return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", ...pageHeaders } });
}

/**
 * Builds the demo app as one Fetch-API handler. `store`: a libSQL URL (`file:…`, `:memory:`);
 * `secretKey`: PayRex secret key (proxy mode) or undefined (sandbox); `webhookSecret`: enables
 * `POST /api/payrex/webhooks`.
 */
export function createDemoApp({ store = "file:.data/payrex.db", secretKey, webhookSecret, demoCustomerId, onError } = {}) {
  const file = store.startsWith("file:") ? resolve(root, store.slice("file:".length)) : null;
  if (file) mkdirSync(dirname(file), { recursive: true });
  const sessions = createSessions({ file: file && join(dirname(file), "demo-sessions.json") });
  const payrex = createPayrexHandler({
    basePath: BASE_PATH,
    secretKey,
    webhookSecret,
    store: file ? pathToFileURL(file).href : store,
    authorize: demoAuthorize(sessions),
    onError,
  });
  const api = bindCreatedCustomer(payrex, sessions, BASE_PATH);
  // Sandbox: "Maria Santos" is the seeded demo customer. Proxy: a customer of your PayRex test account, if named.
  const session = sessionRoutes(sessions, { mariaId: secretKey ? (demoCustomerId ?? null) : demoIds.customer, proxy: !!secretKey });
  return (request) => {
    const { pathname } = new URL(request.url);
    if (pathname === BASE_PATH || pathname.startsWith(`${BASE_PATH}/`)) return api(request);
    if (pathname === "/demo/session") return session(request);
    return serveFile(request);
  };
}

/** Starts the demo on `host:port` (port 0: any free port). Resolves to `{ url, close() }`. */
export async function startDemoServer({ port = 5173, host = "127.0.0.1", ...options } = {}) {
  // The whole demo is one Fetch-API handler; the package's node:http bridge serves it.
  const server = createServer(toNodeListener(createDemoApp(options)));
  await new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, ok);
  });
  const address = server.address();
  const url = `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`;
  return {
    url,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const secretKey = process.env.PAYREX_SECRET_KEY || undefined;
  const store = process.env.PAYREX_STORE || "file:.data/payrex.db";
  const port = Number(process.env.PORT ?? 5173);
  const { url, close } = await startDemoServer({
    port,
    store,
    secretKey,
    webhookSecret: process.env.PAYREX_WEBHOOK_SECRET || undefined,
    demoCustomerId: process.env.PAYREX_DEMO_CUSTOMER_ID,
  });
  for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => close().then(() => process.exit(0)));
  const mode = secretKey
    ? `proxy mode: PayRex ${secretKey.startsWith("sk_live_") ? "LIVE" : "test"} mode, key from PAYREX_SECRET_KEY`
    : `sandbox, data in ${store}`;
  console.log(`\n  Demo merchant page: ${url}/examples/\n  PayRex routes:      ${url}${BASE_PATH} (${mode})\n`);
}

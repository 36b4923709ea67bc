#!/usr/bin/env node
// Smoke test of the script-tag build as a merchant page uses it: a plain static server with a strict
// Content-Security-Policy header (no 'unsafe-inline', no 'unsafe-eval') serves dist/ and a page that
// loads dist/payrex-components.js with <script type="module">, imports createMemoryAdapter from it,
// renders every element, then loads a second copy of the bundle. Runs in the system Chromium through
// playwright-core. Fails on any console error, page error, failed request or CSP violation, when the
// bundle lacks a name the package's `.` export has, or when its source map is missing.
import { createServer } from "node:http";
import { existsSync, readFileSync } from "node:fs";
import { extname, join, normalize, resolve, dirname, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../test/chromium.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const TIMEOUT = 30_000;

if (!existsSync(join(dist, "payrex-components.js"))) {
  console.error("dist/payrex-components.js is missing: run `npm run build` first.");
  process.exit(1);
}
let executablePath;
try {
  executablePath = chromiumPath();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>payrex-components smoke test</title>
    <link rel="icon" href="/favicon.svg" />
    <link rel="stylesheet" href="/smoke.css" />
    <script type="module" src="/dist/payrex-components.js"></script>
    <script type="module" src="/smoke-page.js"></script>
  </head>
  <body>
    <main id="root"></main>
  </body>
</html>`;

const css = `body { font-family: system-ui, sans-serif; margin: 1rem; --payrex-color-primary: #6f4e37; }`;

// Runs in the page (an external module: the CSP allows no inline script).
const pageScript = `
import * as first from "/dist/payrex-components.js";
const { createMemoryAdapter, demoIds } = first;
const report = (window.__smoke = { checks: [], done: false, error: null });
const check = (name, ok, info = "") => {
  report.checks.push({ name, ok: Boolean(ok), info });
};
const tags = ["payrex-provider", "payrex-customer-form", "payrex-address-editor", "payrex-payment-history", "payrex-statement-checkout", "payrex-statement-editor", "payrex-customer-directory"];

try {
  for (const tag of tags) check(tag + " is registered", customElements.get(tag));
  check("the bundle exports createMemoryAdapter, createFetchAdapter and PayrexError",
    typeof createMemoryAdapter === "function" && typeof first.createFetchAdapter === "function" && typeof first.PayrexError === "function");
  report.exports = Object.keys(first);

  // Count pending backend calls so the test knows when every element has its data.
  const memory = createMemoryAdapter(undefined, { latencyMs: 0 });
  let pending = 0;
  const adapter = {};
  for (const method of Object.keys(memory).filter((k) => typeof memory[k] === "function" && !["failNext", "reset"].includes(k))) {
    adapter[method] = (...args) => {
      pending++;
      return Promise.resolve(memory[method](...args)).finally(() => pending--);
    };
  }

  const ids = demoIds ?? {};
  const el = (tag, attrs = {}) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) if (v !== undefined) e.setAttribute(k, v);
    return e;
  };
  const provider = el("payrex-provider", { locale: "en" });
  provider.adapter = adapter;
  const form = document.createElement("form");
  form.append(el("payrex-address-editor", { name: "billing" }));
  const rendered = [
    ["customer-form (create)", el("payrex-customer-form")],
    ["customer-form (edit)", el("payrex-customer-form", { "customer-id": ids.customer })],
    ["address-editor (bound)", el("payrex-address-editor", { "customer-id": ids.customer })],
    ["address-editor (in a native form)", form.firstElementChild],
    ["payment-history", el("payrex-payment-history", { "customer-id": ids.customer })],
    ["statement-checkout (open)", el("payrex-statement-checkout", { "billing-statement-id": ids.statementOpen })],
    ["statement-checkout (fil, overdue)", el("payrex-statement-checkout", { "billing-statement-id": ids.statementOverdue, locale: "fil" })],
    ["statement-editor (draft)", el("payrex-statement-editor", { "billing-statement-id": ids.statementDraft })],
    ["statement-editor (fil, open)", el("payrex-statement-editor", { "billing-statement-id": ids.statementOpen, locale: "fil" })],
    ["customer-directory", el("payrex-customer-directory")],
    ["customer-directory (fil, a CRM id in metadata)", el("payrex-customer-directory", { locale: "fil", "search-by": "metadata", "metadata-key": "crm_id", search: "KB-1005" })],
  ];
  for (const [, e] of rendered) if (e !== form.firstElementChild) provider.append(e);
  provider.append(form);

  // Inside another component's shadow root too.
  const host = document.createElement("div");
  const shadow = host.attachShadow({ mode: "open" });
  const nested = el("payrex-statement-checkout", { "billing-statement-id": ids.statementPaid });
  nested.adapter = adapter;
  shadow.append(nested);
  rendered.push(["statement-checkout (inside a shadow root)", nested]);

  document.getElementById("root").append(provider, host);

  // Settled = no backend call pending and no element update pending, twice in a row.
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  let quiet = 0;
  for (let i = 0; i < 400 && quiet < 3; i++) {
    await Promise.all(rendered.map(([, e]) => e.updateComplete));
    await frame();
    quiet = pending === 0 ? quiet + 1 : 0;
  }
  check("backend calls settled", pending === 0, memory.calls.length + " adapter calls");

  for (const [name, e] of rendered) {
    const text = (e.shadowRoot?.textContent ?? "").replace(/\\s+/g, " ").trim();
    const alert = e.shadowRoot?.querySelector('[role="alert"]');
    check(name + " rendered", e.shadowRoot && text.length > 0 && !alert,
      alert ? "shows an error: " + alert.textContent.trim() : text.slice(0, 70) + (text.length > 70 ? "…" : ""));
  }

  // A second copy of the bundle on the same page must not throw and must keep the first registration.
  const second = await import("/dist/payrex-components.js?copy=2");
  check("second copy of the bundle loads", second !== first && typeof second.createMemoryAdapter === "function");
  check("first registration kept", customElements.get("payrex-provider") === first.PayrexProvider);
} catch (error) {
  report.error = String(error && error.stack || error);
}
report.done = true;
`;

const types = { ".js": "text/javascript", ".json": "application/json", ".css": "text/css", ".map": "application/json", ".html": "text/html" };

const server = createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  const send = (status, type, body) => {
    res.writeHead(status, { "Content-Type": `${type}; charset=utf-8`, "Content-Security-Policy": CSP, "Cache-Control": "no-store" });
    res.end(body);
  };
  if (url.pathname === "/") return send(200, "text/html", page);
  if (url.pathname === "/smoke-page.js") return send(200, "text/javascript", pageScript);
  if (url.pathname === "/smoke.css") return send(200, "text/css", css);
  if (url.pathname === "/favicon.svg") return send(200, "image/svg+xml", '<svg xmlns="http://www.w3.org/2000/svg"/>');
  if (url.pathname.startsWith("/dist/")) {
    const file = normalize(join(dist, decodeURIComponent(url.pathname.slice("/dist/".length))));
    if (file.startsWith(dist + sep) && existsSync(file)) return send(200, types[extname(file)] ?? "application/octet-stream", readFileSync(file));
  }
  send(404, "text/plain", "not found");
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const origin = `http://127.0.0.1:${server.address().port}`;

const problems = [];
const onDemand = new Set();
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: chromiumArgs,
});
let report;
try {
  const context = await browser.newContext();
  const tab = await context.newPage();
  // Registered before any page script runs, so violations during the bundle's own start-up count too.
  await tab.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  tab.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
    else if (msg.type() === "warning") console.log(`  (console warning: ${msg.text()})`);
  });
  tab.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  tab.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith("/dist/") && path !== "/dist/payrex-components.js") onDemand.add(path.slice("/dist/".length));
  });
  tab.on("requestfailed", (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ""}`));
  tab.on("response", (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  // A page error (e.g. a module that fails to load) ends the wait at once instead of at the timeout.
  const crashed = new Promise((_, reject) => tab.once("pageerror", (e) => reject(new Error(e.message))));
  crashed.catch(() => {});
  await tab.goto(`${origin}/`);
  await Promise.race([tab.waitForFunction(() => window.__smoke?.done, null, { timeout: TIMEOUT }), crashed]);
  report = await tab.evaluate(() => window.__smoke);
} catch (error) {
  problems.push(`smoke page did not finish: ${error.message}`);
} finally {
  await browser.close();
  server.close();
}

console.log(`Smoke test of dist/payrex-components.js under "${CSP}" in ${executablePath}`);
for (const c of report?.checks ?? []) {
  console.log(`  ${c.ok ? "ok  " : "FAIL"} ${c.name}${c.info ? `: ${c.info}` : ""}`);
  if (!c.ok) problems.push(`check failed: ${c.name}`);
}
if (onDemand.size) console.log(`  info loaded on demand under the CSP: ${[...onDemand].sort().join(", ")}`);
if (report?.error) problems.push(`page script threw: ${report.error}`);
if (problems.length) {
  console.error(`\n${problems.length} problem(s):`);
  for (const p of problems) console.error(`  - ${p}`);
  if (problems.some((p) => p.includes("Failed to resolve module specifier"))) {
    console.error("dist/payrex-components.js is not the self-contained script-tag build (tsc writes a file of that name): run `npm run build:bundle`.");
  }
  process.exit(1);
}
console.log("  ok   no console errors, page errors, failed requests or CSP violations");

// The bundle exports what the package's `.` export does (CONTRACT §1). Names beyond those are the
// entry's internal exports to its own lazy chunks (docs/BUILD.md): listed, not public API.
const lib = join(dist, "lib", "index.js");
if (!existsSync(lib)) {
  console.error("dist/lib/index.js is missing: run `npm run build` first.");
  process.exit(1);
}
const publicNames = Object.keys(await import(pathToFileURL(lib).href));
const exported = new Set(report.exports);
const missing = publicNames.filter((n) => !exported.has(n));
const internal = report.exports.filter((n) => !publicNames.includes(n));
if (missing.length) {
  console.error(`  FAIL the bundle lacks ${missing.join(", ")} (exported by the package's \`.\` export)`);
  process.exit(1);
}
console.log(`  ok   the bundle exports all ${publicNames.length} names of the package's \`.\` export (+${internal.length} internal names for its lazy chunks)`);
const code = readFileSync(join(dist, "payrex-components.js"), "utf8");
const mapName = code.match(/\/\/# sourceMappingURL=(\S+)\s*$/)?.[1];
if (!mapName || !existsSync(join(dist, mapName)) || !JSON.parse(readFileSync(join(dist, mapName), "utf8")).sourcesContent?.length) {
  console.error("  FAIL dist/payrex-components.js has no source map with its sources next to it");
  process.exit(1);
}
console.log(`  ok   source map ${mapName} with its sources`);

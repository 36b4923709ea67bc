#!/usr/bin/env node
// Start-up benchmark: `npm run bench:startup` (after `npm run build`).
//
// A cold load of a page that shows one <payrex-customer-form> (the script-tag build, served gzipped
// like a CDN would) against a plain HTML form with about 20 lines of JS, in one Chromium run, under
// a mid-range phone profile: CPU slowed 4x, 150 ms latency, 1.6 Mbit/s down. Each page is loaded
// with an empty cache, alternately, 7 times (median). Measured: the time from navigation start
// until the email input is visible, enabled and the page's scripts have run, and the bytes
// transferred. After each load the bench types into the input and checks the value arrived.
//
//   node test/bench/startup.bench.js [--runs 7] [--dist label=dir ...] [--no-standalone] [--page label=dir ...]
//
// `--dist` compares other builds of the script-tag file in the same run (default: dist/ as
// `payrex-components`). Each build that has the single-file build of the form
// (`standalone/customer-form.js`, docs/BUILD.md) gets a second row: the same page loading that
// file instead; `--no-standalone` leaves those rows out. `--page` adds a page of another make, served
// as it is from a folder with its index.html (the same form built with another component library; it
// must show an email input; `/plain/form.js` is the plain page's submit handler). Issue 9's Shoelace
// page: `sh test/bench/shoelace/build.sh /tmp/sl`, then `--page "Shoelace 2, cherry-picked inputs=/tmp/sl"`.
// Needs Chromium: CHROME_PATH, or /usr/bin/chromium.
import { existsSync, readFileSync, statSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../chromium.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const args = process.argv.slice(2);
const option = (name) => args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1]] : []));
const runs = Number(option("--runs")[0] ?? 7);
const dists = (option("--dist").length ? option("--dist") : [`payrex-components=${join(root, "dist")}`]).map((spec) => {
  const [label, dir] = spec.includes("=") ? spec.split(/=(.*)/s) : [spec, spec];
  return { label, dir: resolve(root, dir) };
});
const STANDALONE = "standalone/customer-form.js";
const withStandalone = !args.includes("--no-standalone");
const others = option("--page").map((spec) => {
  const [label, dir] = spec.split(/=(.*)/s);
  if (!dir || !existsSync(join(resolve(root, dir), "index.html"))) {
    console.error(`--page ${spec}: expected label=folder with an index.html`);
    process.exit(1);
  }
  return { label, dir: resolve(root, dir) };
});
for (const { dir } of dists) {
  if (!existsSync(join(dir, "payrex-components.js"))) {
    console.error(`${join(dir, "payrex-components.js")} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}

// Mid-range phone: the profile the start-up figures in issue 9 use.
const PROFILE = { cpu: 4, latency: 150, down: (1.6 * 1024 * 1024) / 8, up: (750 * 1024) / 8 };

const formPage = (src) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Customer</title>
    <script type="module" src="${src}"></script>
  </head>
  <body>
    <h1>New customer</h1>
    <payrex-customer-form base-url="/api/payrex"></payrex-customer-form>
  </body>
</html>`;

// The baseline: the same fields as a plain form, with the validation a merchant would write by hand.
const plainPage = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Customer</title>
    <script type="module" src="/plain/form.js"></script>
  </head>
  <body>
    <h1>New customer</h1>
    <form id="customer" novalidate>
      <label>Name <input name="name" autocomplete="name" required /></label>
      <label>Email <input name="email" type="email" autocomplete="email" required /></label>
      <label>Billing statement prefix <input name="prefix" pattern="[A-Z0-9]{3,15}" /></label>
      <p id="status" role="status"></p>
      <button>Save customer</button>
    </form>
  </body>
</html>`;

const plainScript = `const form = document.getElementById("customer");
const status = document.getElementById("status");
form.addEventListener("submit", async (event) => {
  event.preventDefault();
  for (const input of form.elements) input.setCustomValidity?.("");
  if (!form.reportValidity()) return;
  const data = Object.fromEntries(new FormData(form));
  status.textContent = "Saving…";
  try {
    const res = await fetch("/api/payrex/customers", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ name: data.name, email: data.email, currency: "PHP", billing_statement_prefix: data.prefix || undefined }),
    });
    const body = await res.json();
    if (!res.ok) throw new Error(body.errors?.[0]?.detail ?? "Could not save the customer.");
    status.textContent = "Saved.";
  } catch (error) {
    status.textContent = error.message;
  }
});
`;

const types = { ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".html": "text/html", ".map": "application/json" };
const gzipCache = new Map();
const server = createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  const send = (type, body) => {
    const buf = Buffer.from(body);
    const gz = req.headers["accept-encoding"]?.includes("gzip");
    const key = gz ? `${url.pathname}\0${buf.length}` : null;
    const out = gz ? (gzipCache.get(key) ?? gzipCache.set(key, gzipSync(buf, { level: 9 })).get(key)) : buf;
    res.writeHead(200, {
      "Content-Type": `${type}; charset=utf-8`,
      "Cache-Control": "no-store",
      ...(gz ? { "Content-Encoding": "gzip" } : {}),
    });
    res.end(out);
  };
  if (url.pathname === "/plain/") return send("text/html", plainPage);
  if (url.pathname === "/plain/form.js") return send("text/javascript", plainScript);
  for (const [i, { dir }] of others.entries()) {
    const base = `/p${i}/`;
    if (!url.pathname.startsWith(base)) continue;
    const file = normalize(join(dir, decodeURIComponent(url.pathname.slice(base.length)) || "index.html"));
    if (file.startsWith(dir + sep) && existsSync(file) && statSync(file).isFile()) {
      return send(types[extname(file)] ?? "application/octet-stream", readFileSync(file));
    }
  }
  for (const [i, { dir }] of dists.entries()) {
    const base = `/d${i}/`;
    if (url.pathname === base) return send("text/html", formPage(`${base}payrex-components.js`));
    if (url.pathname === `${base}standalone/`) return send("text/html", formPage(`${base}${STANDALONE}`));
    if (url.pathname.startsWith(base)) {
      const file = normalize(join(dir, decodeURIComponent(url.pathname.slice(base.length))));
      if (file.startsWith(dir + sep) && existsSync(file) && statSync(file).isFile()) {
        return send(types[extname(file)] ?? "application/octet-stream", readFileSync(file));
      }
    }
  }
  res.writeHead(404).end();
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const origin = `http://127.0.0.1:${server.address().port}`;

// Runs in the page before its own scripts: notes when an email input anywhere (shadow roots
// included) is visible and enabled, once the page's module scripts have run.
function probe() {
  const find = (node) => {
    for (const el of node.querySelectorAll("*")) {
      if (el.localName === "input" && el.type === "email") return el;
      if (el.shadowRoot) {
        const inner = find(el.shadowRoot);
        if (inner) return inner;
      }
    }
    return null;
  };
  const ready = (input) => input && !input.disabled && input.checkVisibility() && input.getBoundingClientRect().height > 0;
  const tick = () => {
    if (document.readyState !== "loading" && ready(find(document))) {
      window.__interactive = performance.now();
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs });
const pages = [
  { label: "plain HTML form + 20 lines of JS", path: "/plain/" },
  ...dists.flatMap((d, i) => [
    { label: d.label, path: `/d${i}/` },
    ...(withStandalone && existsSync(join(d.dir, STANDALONE)) ? [{ label: `${d.label}: ${STANDALONE}`, path: `/d${i}/standalone/` }] : []),
  ]),
  ...others.map((o, i) => ({ label: o.label, path: `/p${i}/` })),
];
const results = new Map(pages.map((p) => [p.path, []]));

async function load(path) {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: PROFILE.latency,
    downloadThroughput: PROFILE.down,
    uploadThroughput: PROFILE.up,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: PROFILE.cpu });
  let bytes = 0;
  let requests = 0;
  cdp.on("Network.loadingFinished", (e) => {
    bytes += e.encodedDataLength;
    requests++;
  });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.addInitScript(probe);
  await page.goto(origin + path, { waitUntil: "commit" });
  await page.waitForFunction(() => window.__interactive !== undefined, null, { timeout: 60_000, polling: 50 });
  const ms = await page.evaluate(() => window.__interactive);
  // The input takes typing (outside the timed part).
  const email = page.locator("input[type=email]");
  await email.fill("ana@example.ph");
  const typed = await email.inputValue();
  // Everything the page loads for the form, including chunks still arriving.
  await page.waitForLoadState("networkidle");
  await context.close();
  if (errors.length) throw new Error(`${path}: ${errors.join("; ")}`);
  if (typed !== "ana@example.ph") throw new Error(`${path}: the email input did not take typing`);
  return { ms, bytes, requests };
}

// The figures stretch when other work shares the CPU: the load average is printed with them.
const loadBefore = loadavg()[0];
try {
  // One warm-up load each (browser start-up, server caches), not counted.
  for (const p of pages) await load(p.path);
  for (let i = 0; i < runs; i++) for (const p of pages) results.get(p.path).push(await load(p.path));
} finally {
  await browser.close();
  server.close();
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const base = median(results.get("/plain/").map((r) => r.ms));
console.log(
  `Cold load, one customer form, phone profile (CPU ${PROFILE.cpu}x slower, ${PROFILE.latency} ms latency, 1.6 Mbit/s down), median of ${runs}`,
);
console.log("time = navigation start until the email input is visible and takes typing");
console.log(
  `load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after, on ${cpus().length} cores: compare pages within one run\n`,
);
const rows = pages.map((p) => {
  const r = results.get(p.path);
  const ms = median(r.map((x) => x.ms));
  const all = r.map((x) => x.ms);
  return [
    p.label,
    `${(median(r.map((x) => x.bytes)) / 1000).toFixed(1)} kB`,
    String(median(r.map((x) => x.requests))),
    `${ms.toFixed(0)} ms`,
    `${Math.min(...all).toFixed(0)}-${Math.max(...all).toFixed(0)} ms`,
    `${(ms / base).toFixed(2)}x`,
  ];
});
const header = ["page", "bytes", "requests", "interactive", "range", "vs plain"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
for (const r of [header, ...rows]) console.log(r.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  "));

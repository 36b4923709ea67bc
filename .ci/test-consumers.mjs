#!/usr/bin/env node
// `npm run test:consumers`: the package as users get it. Packs the repository (`npm pack`), installs
// the tarball into each project under examples/consumers/, then per project: strict type-check,
// production build, and in the system Chromium against the memory adapter: a create-customer flow,
// then the customer's billing address through the Philippine pickers (region → province → city →
// barangay, from the place data the app's bundler split off by itself; no copy step, no dataUrl).
// Prints the gzip size that one customer form adds to each app (JS the page loads with the form
// shown, minus the same app's baseline page without payrex-components), and what the address editor
// then adds with its place data.
//   node .ci/test-consumers.mjs [name ...]   only these projects
import { execFileSync, spawn } from "node:child_process";
import { createServer } from "node:http";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { extname, join, normalize, resolve, dirname, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../test/chromium.js";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const consumers = join(root, "examples", "consumers");
const TIMEOUT = 30_000;

/** Each project: where its built site is, its pages, and the response headers it is served with. */
const projects = {
  "react-vite": { dist: "dist", app: "/index.html", baseline: "/baseline.html" },
  html: {
    dist: ".",
    app: "/index.html",
    baseline: "/baseline.html",
    headers: { "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'" },
  },
  vue: { dist: "dist", app: "/index.html", baseline: "/baseline.html" },
  svelte: { dist: "dist", app: "/index.html", baseline: "/baseline.html" },
  angular: { dist: "dist", app: "/app/", baseline: "/baseline/" },
  // Server rendering + hydration: served by `next start`.
  next: { server: (port) => [npm, ["run", "start", "--", "-p", String(port), "-H", "127.0.0.1"]], app: "/", baseline: "/baseline" },
};

const only = process.argv.slice(2);
const selected = Object.keys(projects).filter(
  (name) => (only.length === 0 || only.includes(name)) && existsSync(join(consumers, name, "package.json")),
);

const env = { ...process.env, CI: "true", NEXT_TELEMETRY_DISABLED: "1" };
const run = (cmd, args, cwd) => {
  const started = Date.now();
  execFileSync(cmd, args, { cwd, stdio: ["ignore", "inherit", "inherit"], env });
  return ((Date.now() - started) / 1000).toFixed(1);
};

// 1. The tarball, as `npm publish` would make it.
console.log("==> build and pack payrex-components");
run(npm, ["run", "build"], root);
const pack = join(consumers, ".pack");
rmSync(pack, { recursive: true, force: true });
mkdirSync(pack, { recursive: true });
const [{ filename, size, entryCount }] = JSON.parse(
  execFileSync(npm, ["pack", "--json", "--pack-destination", pack], { cwd: root, encoding: "utf8" }),
);
renameSync(join(pack, filename), join(pack, "payrex-components.tgz"));
console.log(`packed ${filename}: ${entryCount} files, ${(size / 1024).toFixed(0)} KB`);

const executablePath = chromiumPath();
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
const results = [];
let failed = false;

try {
  for (const name of selected) {
    const project = projects[name];
    const dir = join(consumers, name);
    const result = { name };
    results.push(result);
    console.log(`\n==> ${name}`);
    try {
      rmSync(join(dir, "node_modules", "payrex-components"), { recursive: true, force: true });
      result.install = run(npm, ["install", "--no-audit", "--no-fund", "--no-package-lock"], dir);
      result.typecheck = run(npm, ["run", "typecheck"], dir);
      result.build = run(npm, ["run", "build"], dir);
      const { url, close } = project.server
        ? await start(dir, project.server)
        : await serve(join(dir, project.dist), project.headers ?? {});
      try {
        const app = await loadPage(`${url}${project.app}`, true);
        const baseline = await loadPage(`${url}${project.baseline}`, false);
        result.saved = app.saved;
        result.formGzip = app.jsGzip - baseline.jsGzip;
        result.addressGzip = app.addressJsGzip;
      } finally {
        await close();
      }
      result.ok = true;
    } catch (error) {
      failed = true;
      result.error = error.message.split("\n")[0];
      console.error(`${name}: ${error.stack ?? error}`);
    }
  }
} finally {
  await browser.close();
}

console.log(
  "\nproject       install  typecheck  build  customer + PH address flow     one form, added JS gzip  address editor + place data, then",
);
for (const r of results) {
  const flow = r.ok ? `ok (${r.saved})` : `FAILED: ${r.error}`;
  const kb = (n) => (r.ok ? `${(n / 1024).toFixed(1)} KB` : "-");
  console.log(
    `${r.name.padEnd(13)} ${`${r.install ?? "-"} s`.padEnd(8)} ${`${r.typecheck ?? "-"} s`.padEnd(10)} ${`${r.build ?? "-"} s`.padEnd(6)} ${flow.padEnd(30)} ${kb(r.formGzip).padEnd(24)} ${kb(r.addressGzip)}`,
  );
}
const passed = results.filter((r) => r.ok).length;
console.log(`\n${passed} passed, ${results.length - passed} failed`);
process.exit(failed ? 1 : 0);

/**
 * Opens a page, fails on console errors, page errors, failed requests and CSP violations; with
 * `flow`, creates a customer through the form and waits for the app to show the saved id, then adds
 * the customer's billing address by picking region, province, city and barangay, and waits for the
 * app to show the saved places. Returns the gzip size of every script the page loaded up to the saved
 * customer, and of those the address editor loaded after that.
 */
async function loadPage(url, flow) {
  const page = await browser.newPage();
  const problems = [];
  const scripts = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    if (r.request().resourceType() === "script") scripts.push(r.body().then((b) => gzipSync(b, { level: 9 }).length));
  });
  await page.exposeFunction("reportViolation", (v) => problems.push(`CSP violation: ${v}`));
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  try {
    await page.goto(url, { timeout: TIMEOUT });
    let saved;
    let formScripts = Infinity;
    if (flow) {
      const form = page.locator("payrex-customer-form");
      await form.getByLabel("Name").fill("Ana Reyes", { timeout: TIMEOUT });
      await form.getByLabel("Email").fill("ana@example.ph");
      await form.locator('[part~="submit"]').click();
      const status = page.getByRole("status").filter({ hasText: /Saved cus_/ });
      await status.waitFor({ timeout: TIMEOUT });
      saved = (await status.textContent())?.match(/cus_\w+/)?.[0];
      formScripts = scripts.length;
      await addressFlow(page);
    } else {
      await page.waitForLoadState("networkidle", { timeout: TIMEOUT });
    }
    const sizes = await Promise.all(scripts);
    if (problems.length) throw new Error(problems.join("; "));
    const sum = (list) => list.reduce((a, b) => a + b, 0);
    return { saved, jsGzip: sum(sizes.slice(0, formScripts)), addressJsGzip: sum(sizes.slice(formScripts)) };
  } finally {
    await page.close();
  }
}

/**
 * The Philippine cascade in the address editor the app shows for the new customer: each picker is
 * typed in, then its option clicked; the app shows the address the backend saved.
 */
async function addressFlow(page) {
  await page.getByRole("button", { name: "Add a billing address" }).click();
  const editor = page.locator("payrex-address-editor");
  const pick = async (label, query, option) => {
    await editor.getByRole("combobox", { name: label }).fill(query, { timeout: TIMEOUT });
    await editor.getByRole("option", { name: option }).click({ timeout: TIMEOUT });
  };
  await pick(/^Region/, "Central Visayas", /Central Visayas/);
  await pick(/^Province or city/, "Bohol", /^Bohol/);
  await pick(/^City or municipality/, "Tagbilaran", /^City of Tagbilaran/);
  await pick(/^Barangay/, "Dao", /^Dao$/);
  await editor.getByLabel(/^House or unit no\./).fill("12 CPG Ave");
  await editor.getByLabel(/^Postal code/).fill("6300");
  await editor.locator('[part~="save"]').click();
  await page
    .getByRole("status")
    .filter({ hasText: "Address saved: Dao, City of Tagbilaran, Bohol" })
    .waitFor({ timeout: TIMEOUT });
}

/** Starts a project's own production server on a free port of 127.0.0.1 and waits until it answers. */
async function start(dir, command) {
  const port = await new Promise((r) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => r(port));
    });
  });
  const [cmd, args] = command(port);
  const child = spawn(cmd, args, { cwd: dir, env, stdio: ["ignore", "inherit", "inherit"], detached: true });
  const url = `http://127.0.0.1:${port}`;
  const close = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      process.kill(-child.pid, "SIGTERM"); // the npm process and the server it started
      await exited;
    }
  };
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(2000) });
      return { url, close };
    } catch {
      if (child.exitCode !== null || Date.now() > deadline) {
        await close();
        throw new Error(`the server did not start (${cmd} ${args.join(" ")})`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** A static server for a built site on 127.0.0.1, with the project's headers. */
function serve(dir, headers) {
  const types = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml" };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (path === "/favicon.ico") return void res.writeHead(204).end(); // asked for by the browser itself
    const file = normalize(join(dir, path.endsWith("/") ? `${path}index.html` : path));
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": types[extname(file)] ?? "application/octet-stream", ...headers });
    res.end(readFileSync(file));
  });
  return new Promise((resolveServer) =>
    server.listen(0, "127.0.0.1", () =>
      resolveServer({
        url: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((r) => server.close(r)),
      }),
    ),
  );
}

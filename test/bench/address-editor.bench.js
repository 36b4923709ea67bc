#!/usr/bin/env node
// Benchmark of <payrex-address-editor>: `node test/bench/address-editor.bench.js`
//
// Prints
//   1. the gzip size the editor adds to the script-tag build (the build with the editor minus the same
//      build with the editor replaced by an empty class), and its lazily loaded country-format chunk;
//   2. the size of the PH place index module (dist/ph/ph-index.js: regions, provinces, cities) and
//      of the largest barangay module (the one loaded when a city is picked);
//   3. the time from choosing a city to its barangays being pickable, measured in Chromium on the
//      script-tag build served over HTTP (cold: first load of that city's chunk; warm: cached), locally
//      and with a slow mobile network emulated (150 ms latency, 1.6 Mbit/s).
// Needs Chromium: CHROME_PATH, or /usr/bin/chromium.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "vite";
import { chromium } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../chromium.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const out = mkdtempSync(join(tmpdir(), "payrex-ae-bench-"));
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

// ---- sizes -------------------------------------------------------------------------------------

/** Builds the script-tag bundle with the project's Vite config; `stub` swaps the editor for an empty class. */
async function bundle(outDir, stub) {
  const plugins = stub
    ? [
        {
          name: "stub-address-editor",
          enforce: "pre",
          resolveId(id) {
            return /components\/address-editor\/address-editor\.js$/.test(id) ? "\0address-editor-stub" : null;
          },
          load(id) {
            return id === "\0address-editor-stub" ? "export class PayrexAddressEditor extends HTMLElement {}" : null;
          },
        },
      ]
    : [];
  await build({
    root,
    configFile: join(root, "vite.config.ts"),
    logLevel: "silent",
    plugins,
    build: { outDir, emptyOutDir: true, sourcemap: false, reportCompressedSize: false },
  });
  const files = readdirSync(outDir).filter((f) => f.endsWith(".js"));
  return Object.fromEntries(files.map((f) => [f, readFileSync(join(outDir, f))]));
}

const full = await bundle(join(out, "full"), false);
const stubbed = await bundle(join(out, "stub"), true);
const entry = "payrex-components.js";
const added = gz(full[entry]) - gz(stubbed[entry]);
// Chunks only the editor brings (its country formats and PH pickers), loaded when first needed.
const stem = (f) => f.replace(/-[\w-]{8}\.js$/, "");
const lazy = Object.keys(full).filter((f) => f !== entry && !Object.keys(stubbed).some((g) => stem(g) === stem(f)));

// The place modules next to the script-tag build, where it imports them (./ph/ph-index.js).
execFileSync(process.execPath, [join(root, ".ci/build-ph-data.mjs"), "--dist", join(out, "full")], { stdio: "ignore" });
const phDir = join(out, "full", "ph");
const index = readFileSync(join(phDir, "ph-index.js"));
let largest = { name: "", raw: 0, gzip: 0 };
let total = 0;
const chunks = readdirSync(phDir).filter((f) => /^ph-barangays-\d+\.js$/.test(f));
for (const f of chunks) {
  const buf = readFileSync(join(phDir, f));
  const g = gz(buf);
  total += g;
  if (g > largest.gzip) largest = { name: f, raw: buf.length, gzip: g };
}

console.log("Sizes (gzip -9)");
console.log(`  script-tag build ${entry}: ${kb(gz(full[entry]))} in all`);
console.log(`  the editor adds:                    ${kb(added)} (min ${kb(full[entry].length - stubbed[entry].length)})`);
for (const f of lazy) console.log(`  lazy chunk ${stem(f).padEnd(24)} ${kb(gz(full[f]))} (${f})`);
console.log(`  PH regions/provinces/cities module: ${kb(gz(index))} (raw ${kb(index.length)}) ph/ph-index.js`);
console.log(`  largest barangay module:            ${kb(largest.gzip)} (raw ${kb(largest.raw)}) ph/${largest.name}`);
console.log(`  barangay modules:                   ${chunks.length}, average ${Math.round(total / chunks.length)} B`);

// ---- timing ------------------------------------------------------------------------------------

const types = { ".js": "text/javascript", ".json": "application/json", ".html": "text/html" };
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/payrex-components.js"></script></head>
<body><payrex-address-editor></payrex-address-editor></body></html>`;
writeFileSync(join(out, "full", "index.html"), page);
const server = createServer((req, res) => {
  const pathname = decodeURIComponent(new URL(req.url, "http://x").pathname);
  const file = resolve(join(out, "full", pathname.endsWith("/") ? `${pathname}index.html` : pathname));
  if (!file.startsWith(join(out, "full")) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });

// Cities picked by typing their name in the city picker; each must be unique nationwide.
const CITIES = ["City of Makati", "City of Baguio", "City of Iloilo", "City of Calamba", "Quezon City", "City of Davao", "City of Tacloban", "City of Zamboanga"];

async function measure(network) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  if (network) {
    const cdp = await context.newCDPSession(tab);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
  }
  const t0 = Date.now();
  await tab.goto(url);
  // Ready = the city picker has the place data (the index module and the formats chunk arrived).
  await tab.waitForFunction(() => {
    const el = document.querySelector("payrex-address-editor");
    return el?.shadowRoot?.querySelector('[id$="-region"]');
  });
  const ready = Date.now() - t0;
  const times = { cold: [], warm: [] };
  for (const pass of ["cold", "warm"]) {
    for (const name of CITIES) {
      const ms = await tab.evaluate(async (name) => {
        const el = document.querySelector("payrex-address-editor");
        el.value = null;
        await el.updateComplete;
        const q = (s) => el.shadowRoot.querySelector(s);
        const city = q('[id$="-city"]');
        city.focus();
        city.value = name;
        city.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true }));
        await el.updateComplete;
        const option = [...el.shadowRoot.querySelectorAll(`#${city.id}-list [role=option]`)].find((o) => o.textContent.trim().startsWith(name));
        const start = performance.now();
        option.click();
        // Pickable = the barangay chunk is in and the picker, opened, lists its barangays.
        await el.updateComplete;
        const brgy = q('[id$="-line2"]');
        brgy.focus();
        brgy.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true, composed: true }));
        await el.updateComplete;
        if (!el.shadowRoot.querySelectorAll(`#${brgy.id}-list [role=option]`).length) throw new Error(`no barangays for ${name}`);
        return performance.now() - start;
      }, name);
      times[pass].push(ms);
    }
  }
  await context.close();
  return { ready, ...times };
}

const stats = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return `median ${s[Math.floor(s.length / 2)].toFixed(1)} ms, max ${s.at(-1).toFixed(1)} ms`;
};
console.log("\nChoosing a city -> its barangays pickable (script-tag build, Chromium)");
for (const [label, network] of [
  ["local server", false],
  ["slow mobile network (150 ms, 1.6 Mbit/s)", true],
]) {
  const r = await measure(network);
  console.log(`  ${label}: page ready in ${r.ready} ms`);
  console.log(`    cold (chunk fetched): ${stats(r.cold)}   warm (cached): ${stats(r.warm)}   (${CITIES.length} cities)`);
}

await browser.close();
server.close();
rmSync(out, { recursive: true, force: true });

#!/usr/bin/env node
// Size budgets, checked after `npm run build`:
//  - the script-tag build dist/payrex-components.js (all elements + lit + zod/mini);
//  - what a bundler user pays for each registering entry (src/<name>.ts bundled and minified with
//    esbuild, lit included, lazily imported chunks left out);
//  - the chunks the script-tag build loads on demand (JS chunks it imports, dist/ph data).
// Prints raw and gzip sizes; exits 1 when a budget is exceeded or a measured file is missing.
// `node .ci/size.js --why` also lists the biggest modules in each element's bundle.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const KB = 1024;

/**
 * Gzip budgets in bytes: `target` is the goal (the whole script-tag build at most 25 KB); `ceiling`
 * is what CI enforces. They are equal while every target is met; should a target ever have to be
 * missed, raise that ceiling alone, say why in the commit, and rows between the two print
 * "over target" without failing.
 */
const budget = (kb) => ({ target: kb * KB, ceiling: kb * KB });
const budgets = {
  bundle: budget(25),
  elements: {
    provider: budget(12),
    "customer-form": budget(12),
    "address-editor": budget(12),
    "payment-history": budget(12),
    "statement-checkout": budget(12),
    define: budget(14),
  },
  /** Any single chunk loaded on demand (an element's implementation, a lazily imported module, one data file). */
  lazyChunk: budget(16),
};

const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const why = process.argv.includes("--why");
const rows = [];
let failed = false;

function row(name, raw, gz, budget) {
  const status = !budget ? "" : gz > budget.ceiling ? "OVER" : gz > budget.target ? "over target" : "ok";
  if (status === "OVER") failed = true;
  rows.push([name, kb(raw), kb(gz), budget ? kb(budget.target) : "", budget ? kb(budget.ceiling) : "", status]);
}

function fail(message) {
  failed = true;
  rows.push([message, "", "", "", "", "ERROR"]);
}

// 1. The script-tag build, with any chunk it imports statically (loaded with it).
const bundlePath = join(dist, "payrex-components.js");
if (!existsSync(bundlePath)) {
  console.error("dist/payrex-components.js is missing: run `npm run build` first.");
  process.exit(1);
}
/** Relative files a built module refers to: `import ... from` (static), `import()` (lazy) or other (lazy). */
function references(file) {
  const text = readFileSync(file, "utf8");
  const refs = [];
  for (const m of text.matchAll(/(import\s*\(\s*|\bfrom\s*|\bimport\s*)?["'`](\.\.?\/[^"'`\s]+\.(?:js|mjs|json))["'`]/g)) {
    const target = resolve(dirname(file), m[2]);
    if (existsSync(target)) refs.push({ target, lazy: !m[1] || m[1].startsWith("import(") || /^import\s*\(/.test(m[1]) });
  }
  return refs;
}
/** A module and everything it imports statically, minus what is already loaded. */
function staticClosure(file, loaded = new Set()) {
  const out = [];
  const visit = (f) => {
    if (loaded.has(f) || out.includes(f)) return;
    out.push(f);
    for (const r of references(f)) if (!r.lazy && /\.m?js$/.test(r.target)) visit(r.target);
  };
  visit(file);
  return out;
}
const sizeOf = (files) =>
  files.reduce((acc, f) => {
    const buf = readFileSync(f);
    return { raw: acc.raw + buf.length, gz: acc.gz + gzip(buf) };
  }, { raw: 0, gz: 0 });

const initial = staticClosure(bundlePath);
// tsc emits a file of the same name that imports "lit" by bare name; only the Vite build is self-contained.
for (const f of initial) {
  const bare = readFileSync(f, "utf8").match(/(?:\bfrom|\bimport)\s*["']([^./"'][^"']*)["']/);
  if (bare) {
    console.error(`${relative(root, f)} imports "${bare[1]}" by bare name: dist/payrex-components.js is not the script-tag build. Run \`npm run build:bundle\`.`);
    process.exit(1);
  }
}
if (initial.length > 1) {
  for (const f of initial) {
    const { raw, gz } = sizeOf([f]);
    row(relative(root, f), raw, gz);
  }
  const total = sizeOf(initial);
  row("  script-tag build, loaded at once", total.raw, total.gz, budgets.bundle);
} else {
  const total = sizeOf(initial);
  row("dist/payrex-components.js", total.raw, total.gz, budgets.bundle);
}

// 2. Per element, as a bundler user gets it.
for (const [name, budget] of Object.entries(budgets.elements)) {
  const entry = join(root, "src", `${name}.ts`);
  if (!existsSync(entry)) {
    fail(`src/${name}.ts is missing`);
    continue;
  }
  try {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: "esm",
      splitting: true, // dynamic imports become separate chunks, paid only when used
      target: "es2022",
      outdir: join(root, "node_modules/.cache/payrex-size"),
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    // The entry chunk plus the chunks it imports statically: what loads with the element.
    const byPath = new Map(result.outputFiles.map((f) => [relative(root, f.path), f.contents]));
    // esbuild marks lazily imported chunks with an entryPoint too: pick the one built from this entry.
    const entryOut = Object.keys(result.metafile.outputs).find(
      (o) => result.metafile.outputs[o].entryPoint === relative(root, entry),
    );
    const seen = new Set();
    const visit = (out) => {
      if (seen.has(out)) return;
      seen.add(out);
      for (const imp of result.metafile.outputs[out]?.imports ?? []) if (imp.kind === "import-statement") visit(imp.path);
    };
    visit(entryOut);
    const code = Buffer.concat([...seen].map((o) => Buffer.from(byPath.get(o) ?? "")));
    row(`src/${name}.ts (esbuild, with lit)`, code.length, gzip(code), budget);
    if (why) {
      const inputs = [...seen].flatMap((o) => Object.entries(result.metafile.outputs[o].inputs));
      inputs.sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
      for (const [input, { bytesInOutput }] of inputs.slice(0, 8)) {
        rows.push([`    ${input.replace(/^.*node_modules\//, "")}`, kb(bytesInOutput), "", "", "", ""]);
      }
    }
  } catch (error) {
    fail(`src/${name}.ts does not bundle: ${error.errors?.[0]?.text ?? error.message}`);
  }
}

// 3. Chunks the script-tag build loads on demand: JS chunks it imports lazily (each with what it
// imports statically and is not loaded yet) ...
const loaded = new Set(initial);
const queue = [...initial];
const seenLazy = new Set();
while (queue.length) {
  for (const { target, lazy } of references(queue.shift())) {
    if (!lazy || !/\.m?js$/.test(target) || loaded.has(target) || seenLazy.has(target)) continue;
    seenLazy.add(target);
    const files = staticClosure(target, loaded);
    const { raw, gz } = sizeOf(files);
    const extra = files.length > 1 ? ` (+${files.length - 1} chunk${files.length > 2 ? "s" : ""})` : "";
    row(`${relative(root, target)} (lazy)${extra}`, raw, gz, budgets.lazyChunk);
    // What it imports lazily in turn runs after it has loaded.
    for (const f of files) loaded.add(f);
    queue.push(...files);
  }
}

// ... and the data files under dist/ph (fetched one at a time).
const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
const dataDir = join(dist, "ph");
if (existsSync(dataDir)) {
  const files = walk(dataDir).filter((f) => f.endsWith(".json"));
  let raw = 0;
  let gz = 0;
  let largest = { file: "", raw: 0, gz: 0 };
  for (const file of files) {
    const buf = readFileSync(file);
    const g = gzip(buf);
    raw += buf.length;
    gz += g;
    if (g > largest.gz) largest = { file, raw: buf.length, gz: g };
  }
  row(`dist/ph: ${files.length} files, total`, raw, gz);
  if (files.length) row(`  largest: ${relative(root, largest.file)}`, largest.raw, largest.gz, budgets.lazyChunk);
}

const header = ["file", "raw", "gzip", "target", "ceiling", ""];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ").trimEnd();
console.log(line(header));
for (const r of rows) console.log(line(r));
if (failed) {
  console.error("\nSize check failed: see the rows marked OVER or ERROR.");
  process.exit(1);
}
const missed = rows.filter((r) => r[5] === "over target").length;
console.log(missed ? `\nWithin every ceiling; ${missed} row(s) above their target.` : "\nAll sizes within target.");

// The package ships the Philippine place data once, in dist/ph/: ES modules that the library's loader
// reaches through dist/lib/components/address-editor/ph/ph-index.js (so a bundler finds them with no
// copy step), and that a merchant may host as they are (`dataUrl`). Built by `npm run build:lib`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { lib } from "./lib.mjs";

const { loadBarangays, loadPhIndex, parsePhIndex, phDataUrl } = await lib("components/address-editor/ph-data.js");
const modules = await lib("components/address-editor/ph/ph-index.js");
const dist = new URL("../../dist/ph/", import.meta.url);

test("without dataUrl the library's loader reads the shipped modules", async () => {
  assert.equal(phDataUrl(), undefined);
  const index = await loadPhIndex(undefined);
  assert.equal(index.regions.length, 18);
  assert.equal(index.cities.length, 1655);
  const cebu = index.cities.find((c) => c.name === "City of Cebu");
  assert.ok((await loadBarangays(undefined, cebu.psgc)).includes("Lahug"));
});

test("every city's barangays are in the module its index entry names, and nowhere else", async () => {
  const index = parsePhIndex(modules.index);
  const seen = new Set();
  for (let n = 0; n < modules.barangays.length; n++) {
    const { default: group } = await modules.barangays[n]();
    for (const psgc of Object.keys(group)) {
      assert.ok(!seen.has(psgc), `${psgc} in two modules`);
      seen.add(psgc);
      assert.equal(index.cities.find((c) => c.psgc === psgc)?.group, n, `${psgc} in module ${n}`);
    }
  }
  assert.equal(seen.size, index.cities.length);
});

test("dist/ph/ holds the modules only: a merchant hosts that folder as it is and names it with dataUrl", async () => {
  const files = readdirSync(dist).sort();
  assert.deepEqual(files, ["ph-index.js", ...modules.barangays.map((_, n) => `ph-barangays-${n}.js`)].sort());
  const base = phDataUrl(dist.href);
  const index = await loadPhIndex(base);
  assert.equal(index.cities.length, 1655);
  assert.deepEqual(index, parsePhIndex(modules.index));
  const cebu = index.cities.find((c) => c.name === "City of Cebu");
  assert.deepEqual(await loadBarangays(base, cebu.psgc), await loadBarangays(undefined, cebu.psgc));
});

test("a dataUrl folder without the modules, or with a module of another shape, fails naming the URL", async () => {
  const dir = new URL("../../node_modules/.cache/payrex-place-data-other/", import.meta.url);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(new URL("shape/", dir), { recursive: true });
  await assert.rejects(loadPhIndex(phDataUrl(new URL("missing/", dir).href)), (e) => e.message.startsWith(`${dir.href}missing/ph-index.js: `));
  writeFileSync(new URL("shape/ph-index.js", dir), 'export const hello = "world";\n');
  await assert.rejects(loadPhIndex(phDataUrl(new URL("shape", dir).href)), {
    message: `${dir.href}shape/ph-index.js: not place data of this version`,
  });
  rmSync(dir, { recursive: true, force: true });
});

test("a copy of the loader without its modules fails with a message naming the bundled data", async () => {
  // Inside the project's node_modules, so the copy still finds zod.
  const dir = new URL("../../node_modules/.cache/payrex-place-data-missing/", import.meta.url);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // The loader and the one module of the library it imports, at the same relative places.
  for (const file of ["components/address-editor/ph-data.js", "api/make-schema.js"]) {
    mkdirSync(new URL(file.replace(/[^/]*$/, ""), dir), { recursive: true });
    cpSync(fileURLToPath(new URL(`../../dist/lib/${file}`, import.meta.url)), fileURLToPath(new URL(file, dir)));
  }
  const copy = await import(new URL("components/address-editor/ph-data.js", dir).href);
  await assert.rejects(copy.loadPhIndex(undefined), /the place data bundled with payrex-components \(ph-index\.js\): .*ph-index\.js/);
  rmSync(dir, { recursive: true, force: true });
});

test("dataUrl names a folder: made absolute, query and fragment dropped, ending in /", () => {
  assert.equal(phDataUrl("https://cdn.example.com/ph?v=2#top"), "https://cdn.example.com/ph/");
  assert.equal(phDataUrl("https://cdn.example.com/ph/2025-2Q/"), "https://cdn.example.com/ph/2025-2Q/");
});

test("a data: URL is refused before anything is imported", async () => {
  await assert.rejects(loadPhIndex(phDataUrl("data:text/javascript,export const index = {}, barangays = [];")), /not an http\(s\) URL/);
});

// The package ships the Philippine place data once, in dist/ph/: ES modules that the library's loader
// reaches through dist/lib/components/address-editor/ph/ph-index.js (so a bundler finds them with no
// copy step), and the same data in JSON for `dataUrl`. Built by `npm run build:lib`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { lib } from "./lib.mjs";

const { loadBarangays, loadPhIndex, parsePhIndex, phDataUrl } = await lib("components/address-editor/ph-data.js");
const modules = await lib("components/address-editor/ph/ph-index.js");
const json = (path) => JSON.parse(readFileSync(new URL(`../../dist/ph/${path}`, import.meta.url), "utf8"));

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

test("the JSON for dataUrl is the same data as the modules", async () => {
  assert.deepEqual(json("index.json"), modules.index);
  assert.equal(readdirSync(new URL("../../dist/ph/b/", import.meta.url)).length, modules.barangays.length);
  for (const n of [0, modules.barangays.length - 1]) assert.deepEqual(json(`b/${n}.json`), (await modules.barangays[n]()).default);
});

test("a copy of the loader without its modules fails with a message naming the bundled data", async () => {
  // Inside the project's node_modules, so the copy still finds zod.
  const dir = new URL("../../node_modules/.cache/payrex-place-data-missing/", import.meta.url);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const loader = new URL("../../dist/lib/components/address-editor/ph-data.js", import.meta.url);
  cpSync(fileURLToPath(loader), fileURLToPath(new URL("ph-data.js", dir)));
  const copy = await import(new URL("ph-data.js", dir).href);
  await assert.rejects(copy.loadPhIndex(undefined), /the place data bundled with payrex-components \(ph-index\.js\): .*ph-index\.js/);
  rmSync(dir, { recursive: true, force: true });
});

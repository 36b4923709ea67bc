#!/usr/bin/env node
// What `npm pack` would publish, checked after `npm run build`: only what a user needs (the two
// builds, the location data, the manifest, README, LICENSE), every path the package.json points at
// present, nothing from the repository's sources, tests, configs or build metadata.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const [pack] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: root, encoding: "utf8" }));
const files = new Set(pack.files.map((f) => f.path));
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const problems = [];

const allowed = [/^package\.json$/, /^README\.md$/, /^LICENSE$/, /^custom-elements\.json$/, /^dist\/lib\/.+\.(js|d\.ts)$/, /^dist\/ph\/ph-(index|barangays-\d+)\.js$/, /^dist\/[^/]+\.(js|js\.map|d\.ts)$/, /^dist\/standalone\/[^/]+\.(js|js\.map)$/, /^types\/.+\.d\.ts$/];
for (const f of files) if (!allowed.some((re) => re.test(f))) problems.push(`unexpected file in the package: ${f}`);

// Every file package.json names must be in the tarball.
const named = new Set([pkg.main, pkg.module, pkg.types, pkg.customElements]);
const walk = (v) => (typeof v === "string" ? named.add(v) : v && typeof v === "object" && Object.values(v).forEach(walk));
walk(pkg.exports);
for (const p of named) if (p && !files.has(p.replace(/^\.\//, ""))) problems.push(`package.json points at ${p}, which is not in the package`);
// The licence package.json names ships with it, and npm has a page to link to.
if (!files.has("LICENSE")) problems.push(`package.json says ${pkg.license}, but no LICENSE file is in the package`);
else if (pkg.license && !readFileSync(join(root, "LICENSE"), "utf8").startsWith(`${pkg.license} License`)) problems.push(`LICENSE is not the ${pkg.license} licence package.json names`);
if (!pkg.homepage) problems.push("package.json has no homepage");
// A shipped config (tsconfig and the like) must not extend a file the package does not ship.
for (const f of [...files].filter((f) => f.endsWith(".json"))) {
  const base = JSON.parse(readFileSync(join(root, f), "utf8"))?.extends;
  for (const target of [base].flat().filter((t) => typeof t === "string" && t.startsWith("."))) {
    const path = join(dirname(f), target).replace(/\\/g, "/");
    if (!files.has(path) && !files.has(`${path}.json`)) problems.push(`${f} extends ${target}, which is not in the package`);
  }
}
// Every registering file the package ships is listed under sideEffects.
for (const p of pkg.sideEffects.filter((s) => s.startsWith("./dist/"))) {
  if (!files.has(p.slice(2))) problems.push(`sideEffects lists ${p}, which is not in the package`);
}
// A source map must not point at sources the package does not ship, unless it carries them. The
// single-file builds' maps are the exception (docs/BUILD.md): they map names and lines only, since
// six files each carrying lit, zod and the core would more than double the tarball.
for (const f of [...files].filter((f) => f.endsWith(".map") && !f.startsWith("dist/standalone/"))) {
  const map = JSON.parse(readFileSync(join(root, f), "utf8"));
  const carried = map.sourcesContent?.length === map.sources.length && map.sourcesContent.every((s) => typeof s === "string");
  if (!carried) problems.push(`${f} lacks the sources it maps to`);
}

// One single-file build per element that registers one (docs/BUILD.md), each with its map, and
// listed under sideEffects.
const elementEntries = Object.keys(pkg.exports).flatMap((k) => (/^\.\/[a-z-]+\.js$/.test(k) && !["./define.js", "./provider.js"].includes(k) ? [k.slice(2)] : []));
for (const name of elementEntries) {
  for (const f of [`dist/standalone/${name}`, `dist/standalone/${name}.map`]) if (!files.has(f)) problems.push(`${f} is not in the package`);
  if (!pkg.sideEffects.includes(`./dist/standalone/${name}`)) problems.push(`sideEffects does not list ./dist/standalone/${name}, which registers an element`);
}

// The script-tag file's types name the public API and the tags it registers.
const typesDir = join(root, "node_modules/.cache/payrex-types");
rmSync(typesDir, { recursive: true, force: true });
mkdirSync(typesDir, { recursive: true });
writeFileSync(
  join(typesDir, "check.ts"),
  `import { createMemoryAdapter, type PayrexCustomerForm } from "../../../dist/payrex-components.js";
const provider = document.querySelector("payrex-provider");
if (provider) provider.adapter = createMemoryAdapter();
const form = document.createElement("payrex-customer-form");
form.customerId = "cus_1";
export const typed: PayrexCustomerForm = form;
`,
);
writeFileSync(
  join(typesDir, "tsconfig.json"),
  JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: "ES2022", module: "NodeNext", lib: ["ES2023", "DOM", "DOM.Iterable"], skipLibCheck: true }, files: ["check.ts"] }),
);
try {
  execFileSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", typesDir], { cwd: root, encoding: "utf8" });
} catch (error) {
  problems.push(`dist/payrex-components.d.ts does not type a script-tag page: ${(error.stdout || error.message).trim()}`);
}

console.log(`npm pack: ${pack.entryCount} files, ${(pack.size / 1000).toFixed(1)} kB packed, ${(pack.unpackedSize / 1000).toFixed(1)} kB unpacked`);
if (problems.length) {
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log("  ok   only built files, README, LICENSE and the manifest; every path package.json names is there");
console.log("  ok   dist/payrex-components.d.ts types the public API and the registered tags");
console.log(`  ok   dist/standalone/: ${elementEntries.join(", ")} with their maps`);

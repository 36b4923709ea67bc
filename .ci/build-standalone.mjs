#!/usr/bin/env node
// The single-file script-tag builds (docs/BUILD.md, "One file per element"): dist/standalone/<name>.js
// for each registering entry in src/, one self-contained ES module that registers its element and
// <payrex-provider>, with every lazily imported part inlined (one request, no second round trip),
// minified, with a source map. The Philippine place data stays out: the address editor imports
// ../ph/ph-index.js next to the file, the copy `npm run build:lib` writes once in dist/ph/.
//
//   node .ci/build-standalone.mjs        (part of `npm run build:bundle`, after `vite build`)
//
// The folder is emptied first. One Vite build per element, with the bundler's own
// `codeSplitting: false` (every dynamic import inlined); nothing edits the output afterwards.
import { readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "dist", "standalone");

/**
 * The elements that get a file of their own: every element's registering entry in package.json's
 * `exports` (`./customer-form.js`…; `.ci/pack-check.js` checks each file against the same list).
 * <payrex-provider> does not: it shows nothing by itself, and every file below registers it
 * (registration is idempotent, so two files on a page share one).
 */
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const standaloneElements = Object.keys(pkg.exports).flatMap((k) =>
  /^\.\/[a-z-]+\.js$/.test(k) && !["./define.js", "./provider.js"].includes(k) ? [k.slice(2, -3)] : [],
);

const ENTRY = "\0payrex-standalone:";

/**
 * The entry of one file, written as a virtual module rather than a source file (which tsc and the
 * manifest analyzer would pick up): the provider's registration, then the element's registering entry
 * and exactly its exports (the element class; schemas and adapters stay in payrex-components.js).
 */
function standaloneEntry(name) {
  return {
    name: "payrex-standalone-entry",
    enforce: "pre",
    resolveId(source) {
      // Library mode hands the entry over as a path under the root.
      if (source.endsWith(`${ENTRY}${name}`)) return `${ENTRY}${name}`;
    },
    load(id) {
      if (id !== `${ENTRY}${name}`) return;
      const src = (file) => JSON.stringify(join(root, "src", file));
      return `import ${src("provider.ts")};\nexport * from ${src(`${name}.ts`)};\n`;
    },
  };
}

/** The place data is imported from dist/ph/, one folder up, as it is (see vite.config.ts). */
function placeDataFromDist() {
  return {
    name: "payrex-place-data-from-dist",
    enforce: "pre",
    resolveId(source, importer) {
      if (source === "./ph/ph-index.js" && importer?.endsWith("/components/address-editor/ph-data.ts"))
        return { id: "../ph/ph-index.js", external: true };
    },
  };
}

rmSync(outDir, { recursive: true, force: true });
for (const name of standaloneElements) {
  await build({
    root,
    configFile: false,
    logLevel: "warn",
    base: "./",
    plugins: [standaloneEntry(name), placeDataFromDist()],
    build: {
      outDir,
      emptyOutDir: false,
      target: "es2022",
      minify: true,
      sourcemap: true,
      copyPublicDir: false,
      reportCompressedSize: false,
      // Library mode: Vite then leaves out its preload helper, which an application build adds around
      // every `import()` (here inlined, so it would only cost ~0.6 KB gzip per file) and the place
      // data's import (whose failure would then be a `vite:preloadError` on the page).
      lib: { entry: `${ENTRY}${name}`, formats: ["es"], fileName: () => `${name}.js` },
      rolldownOptions: {
        output: {
          comments: false,
          // Library mode minifies identifiers only; the whole of it, whitespace included.
          minify: true,
          // Maps without the sources' text: they still turn stack traces and profiles into source
          // files, lines and names, while six files that each carry lit, zod and the core would more
          // than double the npm tarball (measured: +1,232 kB packed with the text, +505 kB without;
          // the text of src/ ships once, in the maps of dist/payrex-components.js and its chunks).
          sourcemapExcludeSources: true,
          // Every `import()` inlined into the one file: the element's lazy parts arrive with it.
          codeSplitting: false,
        },
      },
    },
  });
}
console.log(`dist/standalone/: ${standaloneElements.map((n) => `${n}.js`).join(", ")}`);

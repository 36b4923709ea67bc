// What a bundler user pays at load for one import from the `.` export (`payrex-components`, i.e.
// dist/lib/index.js with the package.json's `sideEffects`), in esbuild and in Vite (rolldown):
// a one-line app is built in a scratch folder that has the package installed as a link, and the
// eager part is measured: the entry chunk plus every chunk it imports statically. Chunks the library
// loads later with `import()` (the fetch transport and the schemas on the first request, the memory
// adapter's store and demo data) are left out: they cost nothing until used.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const gzip = (buf) => gzipSync(buf, { level: 9 }).length;

/**
 * The apps measured: a name and the module's source. Each uses what it imports (a bundler drops an
 * unused import). "types only" is what `import { type Customer } from "payrex-components"` leaves
 * under `verbatimModuleSyntax`: an import with an empty list, which must cost nothing.
 */
export const apps = {
  createFetchAdapter: `import { createFetchAdapter } from "payrex-components";\nconsole.log(createFetchAdapter);\n`,
  createMemoryAdapter: `import { createMemoryAdapter } from "payrex-components";\nconsole.log(createMemoryAdapter);\n`,
  "types only": `import {} from "payrex-components";\nconsole.log("types");\n`,
  PayrexCustomerForm: `import { PayrexCustomerForm } from "payrex-components";\nconsole.log(PayrexCustomerForm);\n`,
};

/** Writes the scratch project: one file per app and `node_modules/payrex-components` linking to `root`. */
function scratch(root) {
  const dir = join(root, "node_modules/.cache/payrex-size-exports");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "node_modules"), { recursive: true });
  symlinkSync(root, join(dir, "node_modules/payrex-components"), "dir");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "size-app", private: true, type: "module" }));
  const files = {};
  Object.keys(apps).forEach((name, i) => {
    files[name] = join(dir, `app${i}.js`);
    writeFileSync(files[name], apps[name]);
  });
  return { dir, files };
}

/** esbuild, minified, code splitting on (as an app bundler keeps `import()` lazy). */
async function withEsbuild(dir, file) {
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [file],
    absWorkingDir: dir,
    bundle: true,
    minify: true,
    format: "esm",
    splitting: true,
    target: "es2022",
    outdir: join(dir, "out-esbuild"),
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const contents = new Map(result.outputFiles.map((f) => [f.path, f.contents]));
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((o) => outputs[o].entryPoint && join(dir, outputs[o].entryPoint) === file);
  const seen = new Set();
  const visit = (o) => {
    if (seen.has(o)) return;
    seen.add(o);
    for (const imp of outputs[o]?.imports ?? []) if (imp.kind === "import-statement") visit(imp.path);
  };
  visit(entry);
  const code = Buffer.concat([...seen].map((o) => Buffer.from(contents.get(join(dir, o)) ?? "")));
  const modules = [...seen].flatMap((o) => Object.entries(outputs[o].inputs).map(([input, v]) => [input, v.bytesInOutput]));
  return { raw: code.length, gz: gzip(code), modules };
}

/** Vite's production build (rolldown, its default minifier), the app as the one input. */
async function withVite(dir, file) {
  const { build } = await import("vite");
  const result = await build({
    configFile: false,
    root: dir,
    logLevel: "silent",
    build: { write: false, rollupOptions: { input: file }, modulePreload: { polyfill: false } },
  });
  const output = (Array.isArray(result) ? result[0] : result).output.filter((o) => o.type === "chunk");
  const byName = new Map(output.map((c) => [c.fileName, c]));
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name) || !byName.has(name)) return;
    seen.add(name);
    for (const imp of byName.get(name).imports) visit(imp);
  };
  visit(output.find((c) => c.isEntry).fileName);
  const code = Buffer.concat([...seen].map((n) => Buffer.from(byName.get(n).code)));
  const modules = [...seen].flatMap((n) =>
    Object.entries(byName.get(n).modules).map(([id, m]) => [id.replace(/^.*node_modules\//, ""), m.renderedLength]),
  );
  return { raw: code.length, gz: gzip(code), modules };
}

/** Measures every app with both bundlers: `[{ app, bundler, raw, gz, modules }]`. */
export async function measureExports(root) {
  const { dir, files } = scratch(root);
  const out = [];
  try {
    for (const [bundler, run] of [
      ["esbuild", withEsbuild],
      ["Vite", withVite],
    ]) {
      for (const app of Object.keys(apps)) out.push({ app, bundler, ...(await run(dir, files[app])) });
    }
  } finally {
    // The folder links back to the repository: leave no loop behind for tools that walk node_modules.
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

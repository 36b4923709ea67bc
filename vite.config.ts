/// <reference types="vitest/config" />
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build, defineConfig, type Plugin, type UserConfig } from "vite";
import type { TestProjectInlineConfiguration } from "vitest/config";
import { chromiumArgs, chromiumPath } from "./test/chromium.js";

/**
 * `vite build`: the script-tag build, one self-contained minified ES module
 * (dist/payrex-components.js, lit + @lit/context + zod bundled) plus lazily loaded data chunks.
 * `vitest --project storybook`: every story (and its `play` function) runs as a test in Chromium.
 */

/** The script-tag build's types: the same as the package's `.` export (tsc does not emit this entry). */
function bundleTypes(): Plugin {
  return {
    name: "payrex-bundle-types",
    apply: "build",
    generateBundle() {
      this.emitFile({ type: "asset", fileName: "payrex-components.d.ts", source: 'export * from "./index.js";\n' });
    },
  };
}

/**
 * Keeps dist/payrex-components.js one self-contained module. Elements load their implementations
 * (and the virtualizer, address formats, demo data...) as lazy chunks; rolldown then moves the code
 * those chunks share with the entry (lit, zod, the core) into common chunks that the entry imports.
 * This pass bundles the entry again with those common chunks inlined, re-exports their bindings under
 * internal names (`__payrex<N>_<name>`), and points the lazy chunks' imports at the entry instead.
 */
function singleFileEntry(entryFile: string): Plugin {
  return {
    name: "payrex-single-file-entry",
    apply: "build",
    async writeBundle(options, bundle) {
      const dir = options.dir!;
      const entry = bundle[entryFile];
      if (!entry || entry.type !== "chunk") return;
      const common = new Set<string>();
      const visit = (file: string) => {
        const chunk = bundle[file];
        if (chunk?.type !== "chunk") return;
        for (const dep of chunk.imports) if (!common.has(dep)) (common.add(dep), visit(dep));
      };
      visit(entryFile);
      if (!common.size) return;
      const alias = new Map<string, Map<string, string>>();
      const reexports: string[] = [];
      [...common].forEach((file, n) => {
        const chunk = bundle[file];
        if (chunk?.type !== "chunk") return;
        const names = new Map(chunk.exports.map((name) => [name, `__payrex${n}_${name}`]));
        alias.set(file, names);
        const list = [...names].map(([name, as]) => `${name} as ${as}`).join(", ");
        reexports.push(`export { ${list} } from "./${file}";`);
      });
      const merged = "payrex-components.merged.js";
      const input = join(dir, "payrex-components.input.js");
      writeFileSync(input, `export * from "./${entryFile}";\n${reexports.join("\n")}\n`);
      const lazy = Object.keys(bundle).filter((f) => f.endsWith(".js") && f !== entryFile && !common.has(f));
      const lazyPaths = new Set(lazy.map((f) => resolve(dir, f)));
      await build({
        configFile: false,
        logLevel: "warn",
        build: {
          outDir: dir,
          emptyOutDir: false,
          target: "es2022",
          minify: true,
          sourcemap: false,
          copyPublicDir: false,
          lib: { entry: input, formats: ["es"], fileName: () => merged },
          rolldownOptions: {
            external: (id, importer) => lazyPaths.has(importer ? resolve(dir, id) : id) || lazyPaths.has(id),
            output: { minify: true, comments: false },
          },
        },
      });
      // The lazy chunks now take what they shared with the entry from the entry itself.
      for (const file of lazy) {
        const path = join(dir, file);
        const code = readFileSync(path, "utf8").replace(
          /import\s*(\{[^}]*\}|\*\s*as\s+[\w$]+)?\s*(from\s*)?["']\.\/([^"']+)["']/g,
          (statement, clause: string | undefined, _from, target: string) => {
            const names = alias.get(target);
            if (!names) return statement;
            if (!clause) return `import"./${entryFile}"`;
            if (!clause.startsWith("{")) throw new Error(`${file}: namespace import of ${target} is not supported`);
            const bindings = clause
              .slice(1, -1)
              .split(",")
              .filter((b) => b.trim())
              .map((b) => {
                const [name, local] = b.trim().split(/\s+as\s+/);
                const as = names.get(name!);
                if (!as) throw new Error(`${file}: ${target} has no export ${name}`);
                return `${as} as ${local ?? name}`;
              });
            return `import{${bindings.join(",")}}from"./${entryFile}"`;
          },
        );
        writeFileSync(path, code);
      }
      writeFileSync(join(dir, entryFile), readFileSync(join(dir, merged)));
      for (const file of [merged, "payrex-components.input.js", `${entryFile}.map`, ...common, ...[...common].map((f) => `${f}.map`)]) {
        rmSync(join(dir, file), { force: true });
      }
    },
  };
}

// Loaded only under Vitest, so `vite build` and Storybook do not pay for the test tooling.
async function storybookProject(): Promise<TestProjectInlineConfiguration> {
  const [{ storybookTest }, { playwright }] = await Promise.all([
    import("@storybook/addon-vitest/vitest-plugin"),
    import("@vitest/browser-playwright"),
  ]);
  return {
    extends: true,
    plugins: [storybookTest({ configDir: ".storybook" })],
    // Storybook's renderer imports this lit module directly; pre-bundled with the rest of lit there
    // is one copy of lit-html on the page instead of two.
    optimizeDeps: {
      include: [
        "lit",
        "lit/directive-helpers.js",
        "@lit/context",
        "@lit/task",
        "zod/mini",
        "@lit-labs/virtualizer/virtualize.js",
        "@lit-labs/virtualizer/layouts/flow.js",
      ],
    },
    test: {
      name: "storybook",
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({
          launchOptions: {
            executablePath: chromiumPath(),
            args: chromiumArgs,
          },
        }),
        instances: [{ browser: "chromium" }],
      },
    },
  };
}

export default defineConfig(async (): Promise<UserConfig> => ({
  // Dev servers built on this config (Storybook's, Vitest's browser mode) listen on loopback only.
  // The demo merchant page has its own server: examples/server.js (`npm start`).
  server: { host: "127.0.0.1", open: false },
  plugins: [bundleTypes(), singleFileEntry("payrex-components.js")],
  build: {
    outDir: "dist",
    emptyOutDir: false,
    target: "es2022",
    minify: true,
    sourcemap: true,
    reportCompressedSize: true,
    lib: {
      entry: "src/payrex-components.ts",
      formats: ["es"],
      fileName: () => "payrex-components.js",
    },
    rolldownOptions: {
      // Code shared with a lazily loaded chunk stays in the entry (one self-contained file for
      // script-tag users) instead of going into a common chunk the entry would import.
      preserveEntrySignatures: "allow-extension",
      // Vite's lib mode leaves ES output unminified (and keeps annotations) whatever `minify` says.
      output: { minify: true, comments: false },
    },
  },
  ...(process.env.VITEST ? { test: { projects: [await storybookProject()] } } : {}),
}));

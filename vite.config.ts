/// <reference types="vitest/config" />
import { defineConfig, type Plugin, type UserConfig } from "vite";
import type { TestProjectInlineConfiguration } from "vitest/config";
import { chromiumArgs, chromiumPath } from "./test/chromium.js";

/**
 * `vite build`: the script-tag build (docs/BUILD.md), one self-contained minified ES module
 * (dist/payrex-components.js, lit + @lit/context + zod bundled) plus the chunks it loads lazily,
 * next to it in dist/, which is emptied first.
 * `vitest --project storybook`: every story (and its `play` function) runs as a test in Chromium.
 */

/**
 * The script-tag build's types: the same as the package's `.` export (tsc writes those to dist/lib/),
 * plus the tags the file registers (`document.querySelector("payrex-provider")` is a PayrexProvider).
 */
function bundleTypes(): Plugin {
  return {
    name: "payrex-bundle-types",
    apply: "build",
    generateBundle() {
      this.emitFile({ type: "asset", fileName: "payrex-components.d.ts", source: 'export * from "./lib/index.js";\nimport "./lib/define.js";\n' });
    },
  };
}

/**
 * The Philippine place data is not bundled a second time: the script-tag build imports the copy the
 * package ships once in dist/ph/ (`npm run build:lib`; plain ES modules with no imports of their own,
 * loaded by a browser as they are), which the library build re-exports too. Bundling it here as well
 * would add ~100 chunks and their source maps (+0.4 MB packed). Only for the script-tag entry:
 * Storybook and Vitest serve the generated modules from src/components/address-editor/ph/.
 */
function placeDataFromDist(): Plugin {
  let scriptTagBuild = false;
  return {
    name: "payrex-place-data-from-dist",
    enforce: "pre",
    apply: "build",
    options(options) {
      scriptTagBuild = JSON.stringify(options.input ?? "").includes("src/payrex-components.ts");
    },
    resolveId(source, importer) {
      // The chunk that holds ph-data.ts sits in dist/, next to dist/ph/.
      if (scriptTagBuild && source === "./ph/ph-index.js" && importer?.endsWith("/components/address-editor/ph-data.ts"))
        return { id: "./ph/ph-index.js", external: true };
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

export default defineConfig(async ({ command }): Promise<UserConfig> => ({
  // Chunks and their preload hints are found relative to the file that asks for them, wherever
  // dist/ is served from.
  base: command === "build" ? "./" : "/",
  // Dev servers built on this config (Storybook's, Vitest's browser mode) listen on loopback only.
  // The demo merchant page has its own server: examples/server.js (`npm start`).
  server: { host: "127.0.0.1", open: false },
  plugins: [bundleTypes(), placeDataFromDist()],
  // The script-tag build (docs/BUILD.md). Storybook ignores this `build` section and uses its own.
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    minify: true,
    sourcemap: true,
    reportCompressedSize: true,
    // The chunk graph (dist/.vite/manifest.json) that `npm run size` follows; not published.
    manifest: true,
    // Each lazy import fetches the chunk and every chunk it imports at once (one round trip), with
    // <link rel="modulepreload"> hints. Module scripts need no polyfill for that.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: { "payrex-components": "src/payrex-components.ts" },
      // The entry keeps its public exports; code that lazy chunks share with it stays in it and is
      // exported to them under its own name (an extension of the entry's signature).
      preserveEntrySignatures: "allow-extension",
      output: {
        entryFileNames: "[name].js",
        chunkFileNames: "[name]-[hash].js",
        comments: false,
        // Internal exports keep their source names: stable from build to build, unlike a, b, c.
        minifyInternalExports: false,
        codeSplitting: {
          // Everything the entry imports statically goes into the entry itself: one self-contained
          // module (CONTRACT §1) instead of an entry importing common chunks.
          groups: [
            { name: "payrex-components", tags: ["$initial"] },
            // lit's directive base, which the address and statement editors' lazy parts share: one
            // chunk instead of two, so a part's first use makes fewer requests (a browser opens at
            // most 6 connections to an HTTP/1.1 host; a 7th request waits a round trip). Directives
            // stay with the parts that use them; the customer form uses none.
            { name: "lit-directives", test: /node_modules[\\/]lit(-html)?[\\/](directive|directive-helpers)\.js$/ },
          ],
        },
      },
    },
  },
  ...(process.env.VITEST ? { test: { projects: [await storybookProject()] } } : {}),
}));

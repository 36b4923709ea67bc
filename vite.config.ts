import { defineConfig } from "vite";

/**
 * `vite build`: the script-tag build, one self-contained minified ES module
 * (dist/payrex-components.js, lit + @lit/context + zod bundled) plus lazily loaded data chunks.
 * `vite` (npm start): serves the demo merchant page in examples/ that loads that build.
 */
export default defineConfig({
  server: { host: "127.0.0.1", port: 5173, open: false },
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
  },
});

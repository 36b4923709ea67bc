// @web/test-runner in the system's Chromium (no browser download), TypeScript through esbuild.
import { fileURLToPath } from "node:url";
import { esbuildPlugin } from "@web/dev-server-esbuild";
import { createRequire } from "node:module";
import { build } from "esbuild";
import { playwrightLauncher } from "@web/test-runner-playwright";
import { defaultReporter, summaryReporter } from "@web/test-runner";
import { countReporter } from "./count-reporter.js";
import { chromiumArgs, chromiumPath } from "./chromium.js";
import { phDataServer } from "./ph-data-server.js";
import { standalonePages } from "./standalone-server.js";

const executablePath = chromiumPath();

// React ships CommonJS only. The React wrapper tests load its development builds as ES modules,
// bundled once here with esbuild (one shared React for react, react-dom and its client and server).
const require = createRequire(import.meta.url);
// import specifier → the CommonJS module it stands for in a browser
const reactModules = {
  react: "react",
  "react-dom": "react-dom",
  "react-dom/client": "react-dom/client",
  "react-dom/server": "react-dom/server.browser",
};
const fileOf = (source) => source.replaceAll("/", "-");
const reactBundle = await build({
  entryPoints: Object.keys(reactModules).map((source) => ({ in: `react-esm:${fileOf(source)}`, out: fileOf(source) })),
  bundle: true,
  splitting: true,
  format: "esm",
  write: false,
  outdir: "/__react",
  define: { "process.env.NODE_ENV": JSON.stringify("development") },
  logLevel: "warning",
  plugins: [
    {
      name: "react-esm",
      setup(b) {
        b.onResolve({ filter: /^react-esm:/ }, (args) => ({ path: args.path.slice(10), namespace: "react-esm" }));
        b.onLoad({ filter: /.*/, namespace: "react-esm" }, (args) => {
          const spec = reactModules[Object.keys(reactModules).find((source) => fileOf(source) === args.path)];
          const names = Object.keys(require(spec)).filter((n) => n !== "default" && /^[A-Za-z_$][\w$]*$/.test(n));
          return {
            contents: `import m from ${JSON.stringify(spec)}; export default m; export const { ${names.join(", ")} } = m;`,
            resolveDir: process.cwd(),
          };
        });
      },
    },
  ],
});
const reactFiles = new Map(reactBundle.outputFiles.map((f) => [f.path, f.text]));
const reactEsm = {
  name: "react-esm",
  resolveImport({ source }) {
    if (Object.hasOwn(reactModules, source)) return `/__react/${fileOf(source)}.js`;
  },
  serve(context) {
    if (reactFiles.has(context.path)) return { body: reactFiles.get(context.path), type: "js" };
  },
};

export default {
  rootDir: fileURLToPath(new URL("..", import.meta.url)),
  files: ["test/**/*.test.ts"],
  nodeResolve: { exportConditions: ["development", "browser"] },
  plugins: [
    esbuildPlugin({ ts: true, target: "es2022", tsconfig: "./tsconfig.json" }),
    reactEsm,
  ],
  middleware: [phDataServer, standalonePages],
  browsers: [
    playwrightLauncher({
      product: "chromium",
      launchOptions: {
        executablePath,
        args: chromiumArgs,
      },
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  coverage: !process.env.NO_COVERAGE,
  coverageConfig: {
    include: ["src/**/*.ts"],
    exclude: ["src/**/*.stories.ts", "node_modules/**"],
    reportDir: "coverage",
    reporters: ["text-summary", "lcov"],
    threshold: { lines: 90, statements: 90, functions: 80, branches: 75 },
  },
  reporters: [process.env.CI ? summaryReporter({ flatten: false }) : defaultReporter(), countReporter()],
};

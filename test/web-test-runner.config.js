// @web/test-runner in the system's Chromium (no browser download), TypeScript through esbuild.
import { fileURLToPath } from "node:url";
import { esbuildPlugin } from "@web/dev-server-esbuild";
import { playwrightLauncher } from "@web/test-runner-playwright";
import { defaultReporter, summaryReporter } from "@web/test-runner";
import { countReporter } from "./count-reporter.js";
import { chromiumArgs, chromiumPath } from "./chromium.js";

const executablePath = chromiumPath();

export default {
  rootDir: fileURLToPath(new URL("..", import.meta.url)),
  files: ["test/**/*.test.ts"],
  nodeResolve: { exportConditions: ["development", "browser"] },
  plugins: [esbuildPlugin({ ts: true, target: "es2022", tsconfig: "./tsconfig.json" })],
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

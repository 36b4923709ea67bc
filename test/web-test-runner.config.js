// @web/test-runner in the system's Chromium (no browser download), TypeScript through esbuild.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { esbuildPlugin } from "@web/dev-server-esbuild";
import { playwrightLauncher } from "@web/test-runner-playwright";
import { defaultReporter, summaryReporter } from "@web/test-runner";
import { countReporter } from "./count-reporter.js";

const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
const executablePath = candidates.find((p) => p && existsSync(p));
if (!executablePath) throw new Error("No Chromium found: install it (apt-get install chromium) or set CHROME_PATH.");

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
        args: [
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
        ],
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

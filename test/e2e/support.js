// What the end-to-end tests share: the real demo server (examples/server.js) on a temporary SQLite file,
// the system Chromium with one page that records every console error, page error, failed response and
// CSP violation, screenshots (E2E_SCREENSHOTS=dir) and shadow-piercing locators.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../chromium.js";
import { startDemoServer } from "../../examples/server.js";

const dist = new URL("../../dist/", import.meta.url);
for (const file of ["payrex-components.js", "lib/server/index.js", "ph/ph-index.js"]) {
  if (!existsSync(new URL(file, dist))) throw new Error(`dist/${file} is missing: run npm run build first.`);
}

export const TIMEOUT = 15_000;
const shots = process.env.E2E_SCREENSHOTS;
if (shots) mkdirSync(shots, { recursive: true });

/**
 * One file's demo: `open()` (in its `before` hook) starts the server and the page, `close()` (in
 * `after`) ends both. `name` tells the temporary folder and the screenshots of one file from another's;
 * `demo.problems` collects what fails the file's last test.
 */
export function demoSession(name) {
  const dir = mkdtempSync(join(tmpdir(), `payrex-e2e-${name}-`));
  const store = pathToFileURL(join(dir, "payrex.db")).href;
  let browser, shot = 0;
  const demo = {
    /** @type {{ url: string, close(): Promise<void> }} */ server: undefined,
    /** @type {import("playwright-core").Page} */ page: undefined,
    /** @type {string[]} */ problems: [],
    start: (port = 0) => startDemoServer({ port, store, onError: (m) => demo.problems.push(`server error: ${m}`) }),
    /** Stops the server and starts it again on the same port and database. */
    async restart() {
      await demo.server.close();
      demo.server = await demo.start(Number(new URL(demo.server.url).port));
      return demo.server;
    },
    /** Saves a screenshot of the page when E2E_SCREENSHOTS names a folder. */
    async snap(label) {
      if (shots) await demo.page.screenshot({ path: join(shots, `${name}-${String(++shot).padStart(2, "0")}-${label}.png`), fullPage: true });
    },
    /** Shadow-piercing locators (Playwright's CSS engine crosses open shadow roots). */
    $: (selector) => demo.page.locator(selector),
    /** Waits for the first `selector` that holds `expected`. */
    text: (selector, expected) => demo.$(selector).filter({ hasText: expected }).first().waitFor({ timeout: TIMEOUT }),
  };

  /** Starts the server and the browser; resolves to the server and the page. */
  demo.open = async () => {
    demo.server = await demo.start();
    browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs });
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: "en-PH" });
    // Registered before any page script, on every page of the context (the pay page too).
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) =>
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`),
      );
    });
    const page = (demo.page = await context.newPage());
    page.setDefaultTimeout(TIMEOUT);
    page.on("console", (msg) => msg.type() === "error" && demo.problems.push(`console error on ${page.url()}: ${msg.text()}`));
    page.on("pageerror", (error) => demo.problems.push(`page error: ${error.message}`));
    page.on("response", (r) => r.status() >= 400 && demo.problems.push(`HTTP ${r.status()}: ${r.request().method()} ${r.url()}`));
    return { server: demo.server, page };
  };

  /** Closes the browser and the server and removes the temporary database. */
  demo.close = async () => {
    await browser?.close();
    await demo.server?.close();
    rmSync(dir, { recursive: true, force: true });
  };

  return demo;
}

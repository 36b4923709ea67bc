// The system Chromium that every browser run here uses (tests, story tests, smoke test, benchmarks).
// Nothing downloads a browser: CHROME_PATH wins, then the usual Debian and Chrome locations.
import { existsSync } from "node:fs";

/** Flags for a quiet headless run on a machine without GPU and without internet access. */
export const chromiumArgs = [
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** The browser's path; throws a clear error when there is none. */
export function chromiumPath() {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) throw new Error("No Chromium found: install it (apt-get install chromium) or set CHROME_PATH.");
  return found;
}

// Screenshots of the demo page for a design and accessibility review, in the system Chromium against
// the real demo server (as the end-to-end tests run it): the statement checkout and the payment history
// at 1280 and 375 px, with forced colours, and at 200% zoom (640 CSS px at device scale 2), with keyboard
// focus on the Pay button and a payment row at 1280 px; and the address editor's Philippine cascade
// before and after the city changes.
//
//   npm run screenshots -- [folder]      (default: screenshots/; needs the builds `npm test` makes)
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { demoSession } from "./e2e/support.js";

const out = resolve(process.argv[2] ?? "screenshots");
mkdirSync(out, { recursive: true });
const demo = demoSession("screenshots");
const { server, page: first } = await demo.open();
const browser = first.context().browser();
const written = [];

/** A page of its own (size, scale, forced colours), signed in as Maria with her statement shown. */
async function maria({ width, height = 900, scale = 1, forcedColors = "none" }) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale, forcedColors, locale: "en-PH" });
  const page = await context.newPage();
  page.on("pageerror", (error) => demo.problems.push(`page error: ${error.message}`));
  page.on("console", (msg) => msg.type() === "error" && demo.problems.push(`console error: ${msg.text()}`));
  await page.goto(`${server.url}/`);
  // Signed in once for every context: the session cookie is copied from the first page.
  await context.addCookies(await first.context().cookies());
  await page.reload();
  await page.locator("payrex-statement-checkout [part~=pay-button]").waitFor();
  await page.locator("payrex-payment-history [part~=row]").first().waitFor();
  // The statement column shows numbers once the statements' first page is in.
  await page.waitForFunction(() => !document.querySelector("#history")?.shadowRoot?.querySelector(".unnumbered"));
  return page;
}

/**
 * Saves the card around `selector` as `name`.png. The window is first made as tall as the page: rows
 * off screen are not drawn (content-visibility), so a capture taller than the window would show them
 * blank, which no person scrolling the page sees.
 */
async function card(page, selector, name) {
  const path = join(out, `${name}.png`);
  const { width, height } = page.viewportSize();
  const full = await page.evaluate(() => document.documentElement.scrollHeight);
  if (full > height) await page.setViewportSize({ width, height: full });
  // Rows coming into view are drawn at their real height a frame later: wait until the layout holds still.
  await page.evaluate(
    () =>
      new Promise((done) => {
        let last = -1, still = 0;
        const tick = () => {
          const height = document.documentElement.scrollHeight;
          still = height === last ? still + 1 : 0;
          last = height;
          if (still >= 5) done();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
  await page.locator(selector).locator("xpath=ancestor::section[1]").screenshot({ path });
  await page.setViewportSize({ width, height });
  written.push(path);
}

async function checkoutAndHistory(label, options, { focus = false } = {}) {
  const page = await maria(options);
  await card(page, "#checkout", `checkout-${label}`);
  await card(page, "#history", `history-${label}`);
  if (focus) {
    // Keyboard focus on the Pay button and on the first payment row: the outline each draws.
    for (const [host, selector, name] of [
      ["#checkout", "[part~=pay-button]", "checkout"],
      ["#history", "[part=open]", "history"],
    ]) {
      await page.locator(`${host} ${selector}`).first().focus();
      await page.keyboard.press("Shift+Tab");
      await page.keyboard.press("Tab");
      await card(page, host, `${name}-${label}-focus`);
    }
  }
  await page.context().close();
}

/** Picks the first place holding `text` in the address editor's combobox `key`: typed, then chosen in the list. */
async function pick(page, key, text) {
  const input = page.locator(`payrex-address-editor [id$="-${key}"]`);
  await input.click();
  await input.fill("");
  await page.keyboard.type(text);
  await page.locator(`payrex-address-editor [id$="-${key}-list"] [role=option]`).filter({ hasText: text }).first().click();
  await page.waitForFunction(
    ([k, t]) => {
      const el = document.querySelector("payrex-address-editor");
      const field = (el.shadowRoot ?? el).querySelector(`[id$="-${k}"]`);
      return field?.value.toLowerCase().includes(t.toLowerCase());
    },
    [key, text],
  );
}

try {
  await first.goto(`${server.url}/`);
  await first.locator("#sign-in-maria").click();
  await first.locator("#who").filter({ hasText: "Maria" }).waitFor();

  await checkoutAndHistory("1280", { width: 1280 }, { focus: true });
  await checkoutAndHistory("375", { width: 375, height: 800, scale: 2 });
  await checkoutAndHistory("1280-forced-colors", { width: 1280, forcedColors: "active" }, { focus: true });
  await checkoutAndHistory("zoom-200", { width: 640, height: 450, scale: 2 });

  // The cascade: region, province, city, barangay and postal code filled; then another city.
  const page = await maria({ width: 1280 });
  await pick(page, "region", "Central Luzon");
  await pick(page, "state", "Pampanga");
  await pick(page, "city", "City of San Fernando");
  await pick(page, "line2", "Dolores");
  await page.locator('payrex-address-editor [id$="-postal_code"]').fill("2000");
  await card(page, "payrex-address-editor", "address-cascade-1-filled");
  await pick(page, "city", "Mabalacat");
  await card(page, "payrex-address-editor", "address-cascade-2-city-changed");
  await page.context().close();
} finally {
  await demo.close();
}
for (const path of written) console.log(path);
if (demo.problems.length) {
  console.error(demo.problems.join("\n"));
  process.exitCode = 1;
}

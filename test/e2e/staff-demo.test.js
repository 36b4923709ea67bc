// End to end in the system Chromium: the demo page's staff view (the customer directory, the chosen
// customer's details in its detail slot) against the real demo server in sandbox mode. The shop's staff
// find a customer by the CRM id kept in metadata, then Maria by email, issue her a statement with three
// line items, finalize and send it; Maria signs in, sees it unpaid, pays it on the sandbox pay page and
// sees it paid. Any console error, page error, failed response or CSP violation fails the test.
// Needs `npm run build`.
//
// E2E_SCREENSHOTS=/tmp/e2e node --test test/e2e/   also saves a PNG of every step there.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { TIMEOUT, demoSession } from "./support.js";

const demo = demoSession("staff");
const { problems, snap, $, text } = demo;
let server, page;
before(async () => ({ server, page } = await demo.open()));
after(() => demo.close());

/**
 * An element in the shadow root of the page's element `host` (by id). The statement editor holds a
 * customer directory of its own, so shadow-piercing selectors would find two of some elements.
 */
const inside = (host, selector) =>
  page.waitForFunction(([h, s]) => document.getElementById(h)?.shadowRoot?.querySelector(s), [host, selector], { timeout: TIMEOUT });
const rowNames = () =>
  page.evaluate(() => [...document.getElementById("directory").shadowRoot.querySelectorAll(".body .name")].map((b) => b.textContent.trim()));
/** Searches the directory and waits for exactly `names`. */
async function search(by, value, names) {
  await (await inside("directory", "#search-by")).selectOption(by);
  const input = await inside("directory", "#search-text");
  await input.fill(value);
  await input.press("Enter");
  await page.waitForFunction(
    (want) => {
      const root = document.getElementById("directory").shadowRoot;
      const shown = [...root.querySelectorAll(".body .name")].map((b) => b.textContent.trim());
      return root.querySelector(".results")?.getAttribute("aria-busy") === "false" && JSON.stringify(shown) === JSON.stringify(want);
    },
    names,
    { timeout: TIMEOUT },
  );
}

test("a customer's page has no staff view and never asks for the staff routes", async () => {
  const requests = [];
  page.on("request", (r) => requests.push(`${r.method()} ${new URL(r.url()).pathname}`));
  await page.goto(`${server.url}/examples/`);
  await $("#sign-in-maria").click();
  await text("#who", "Signed in as Maria Santos");
  assert.equal(await $("#staff-view").count(), 0);
  assert.equal(await $("payrex-customer-directory").count(), 0);
  assert.deepEqual(
    requests.filter((r) => r === "GET /api/payrex/customers"),
    [],
  );
  await $("#sign-out").click();
  await $("#sign-in-staff").waitFor();
});

test("staff find a customer by the CRM id in metadata, and the details show in the directory", async () => {
  await $("#sign-in-staff").click();
  await text("#who", "Signed in: shop staff");
  await page.waitForFunction(() => document.activeElement?.id === "h-customers");
  await page.waitForFunction(() => document.getElementById("directory")?.shadowRoot?.querySelectorAll(".body .name").length === 20);
  await snap("directory");
  await search("metadata", "KB-1005", ["Miguel Bautista"]);
  assert.equal(await (await inside("directory", "#search-key")).inputValue(), "crm_id");
  await (await inside("directory", ".body .name")).click();
  await page.waitForFunction(() => document.querySelector("#directory payrex-customer-form")?.shadowRoot?.querySelector("#name")?.value === "Miguel Bautista");
  await snap("customer-details");
});

test("staff issue Maria a statement with three line items, finalize it and send it", async () => {
  await search("text", "maria.santos@example.ph", ["Maria Santos"]);
  await (await inside("directory", ".body .name")).click();
  await page.waitForFunction(() => document.querySelector("#statement-editor")?.shadowRoot?.textContent.includes("maria.santos@example.ph"));
  await (await inside("statement-editor", "#description")).fill("Wholesale beans, December");
  await (await inside("statement-editor", "#due")).fill(new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10));
  const items = [
    ["Barako beans 1 kg", "1,200", "3"],
    ["Benguet arabica 500 g", "850.50", "2"],
    ["Delivery", "150", "1"],
  ];
  for (const [i, [description, price, quantity]] of items.entries()) {
    if (i) await (await inside("statement-editor", "#add-item")).click();
    await page.waitForFunction((n) => document.getElementById("statement-editor").shadowRoot.querySelectorAll("[part~=line-item]").length === n, i + 1);
    const field = (name) => inside("statement-editor", `[part~=line-item]:nth-of-type(${i + 1}) [id$="-${name}"]`);
    await (await field("description")).fill(description);
    await (await field("price")).fill(price);
    await (await field("quantity")).fill(quantity);
  }
  // 3 × ₱1,200 + 2 × ₱850.50 + ₱150
  assert.equal((await (await inside("statement-editor", "#total")).textContent()).trim(), "₱5,451.00");
  await snap("draft");
  await (await inside("statement-editor", "#action-finalize")).click();
  await inside("statement-editor", "#action-send");
  await (await inside("statement-editor", "#action-send")).click();
  await (await inside("statement-editor", "#dialog-confirm")).click();
  await page.waitForFunction(() => /sent to maria\.santos@example\.ph/.test(document.getElementById("statement-editor").shadowRoot.querySelector("[part=status]")?.textContent ?? ""));
  await snap("sent");
});

test("Maria sees the statement unpaid, pays it on the sandbox pay page and sees it paid", async () => {
  await $("#sign-out").click();
  await $("#sign-in-maria").click();
  await text("#who", "Signed in as Maria Santos");
  await text("payrex-statement-checkout", "Wholesale beans, December");
  await text("payrex-statement-checkout [part~=badge]", "Unpaid");
  await snap("customer-unpaid");
  await $("payrex-statement-checkout [part~=pay-button]").click();
  await page.waitForURL(/\/api\/payrex\/sandbox\/pay\//);
  await $("button[type=submit]").click();
  await page.waitForURL(/\/examples\//);
  await text("payrex-statement-checkout [part~=badge]", "Paid");
  await text("payrex-statement-checkout", "Wholesale beans, December");
  await snap("customer-paid");
});

test("no console errors, page errors, failed responses or CSP violations", () => {
  assert.deepEqual(problems, []);
});

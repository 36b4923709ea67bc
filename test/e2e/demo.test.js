// End to end in the system Chromium: the demo merchant page (examples/) loading the built script-tag
// bundle under the server's strict Content-Security-Policy header, against the real demo server
// (examples/server.js: createPayrexHandler in sandbox mode on a temporary SQLite file). A new person
// signs up and creates a customer; Maria signs in, edits her billing address, opens a statement, pays
// it on the sandbox pay page, comes back, and sees it paid in the checkout and in her payments. Then the
// server restarts on the same file and everything is still there. Any console error, page error or CSP
// violation fails the test. Needs `npm run build`.
//
// E2E_SCREENSHOTS=/tmp/e2e node --test test/e2e/   also saves a PNG of every step there.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { demoSession } from "./support.js";

const demo = demoSession("customer");
const { problems, snap, $, text } = demo;
let server, page;
before(async () => ({ server, page } = await demo.open()));
after(() => demo.close());

/**
 * Puts `button` just under the sticky status bar (the page scrolled so it sits at the window's bottom),
 * then gives it focus from the keyboard (Tab from the stop before it): it must end up clear of the bar
 * (WCAG 2.4.11), with a solid focus outline.
 */
async function tabOntoClearOfStatus(button) {
  await button.focus();
  await page.keyboard.press("Shift+Tab");
  await button.evaluate((el) => scrollBy(0, el.getBoundingClientRect().bottom - innerHeight + 4));
  await page.keyboard.press("Tab");
  assert.equal(await button.evaluate((el) => el.matches(":focus-visible")), true);
  const box = await button.boundingBox();
  const bar = await $("#status").boundingBox();
  assert.ok(bar.height > 20, "the status bar shows a message");
  const overlaps = box.x < bar.x + bar.width && bar.x < box.x + box.width && box.y < bar.y + bar.height && bar.y < box.y + box.height;
  assert.equal(overlaps, false, `focused ${JSON.stringify(box)} under the status bar ${JSON.stringify(bar)}`);
  assert.ok(box.y >= 0 && box.y + box.height <= page.viewportSize().height, "the focused button is in the window");
  assert.equal(await button.evaluate((el) => getComputedStyle(el).outlineStyle), "solid");
}

test("the demo page is served under a strict CSP header, and the API denies anyone not signed in", async () => {
  const response = await page.goto(`${server.url}/`);
  const csp = response.headers()["content-security-policy"];
  assert.match(csp, /script-src 'self'(;|$)/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  assert.equal(new URL(page.url()).pathname, "/examples/");
  await $("#sign-in-maria").waitFor();
  assert.equal(await $("#payrex").isHidden(), true);
  await snap("signed-out");

  // An attacker's requests: no session cookie, or a made-up one. 404, nothing learned.
  const maria = (await import("payrex-components")).demoIds.customer;
  for (const cookie of [undefined, "kapetbahay_session=forged"]) {
    const r = await fetch(`${server.url}/api/payrex/customers/${maria}`, { headers: cookie ? { cookie } : {} });
    assert.equal(r.status, 404);
    assert.deepEqual(Object.keys(await r.json()), ["errors"]);
  }
  // The demo's own sign-in takes JSON from its own origin only (no login CSRF from another site or a plain form).
  const signIn = (headers) => fetch(`${server.url}/demo/session`, { method: "POST", headers, body: '{"as":"maria"}' });
  for (const headers of [
    { "content-type": "application/json", origin: "https://evil.example" },
    { "content-type": "text/plain", origin: server.url },
    { "content-type": "application/json" },
  ]) {
    const r = await signIn(headers);
    assert.equal(r.status, 403);
    assert.equal(r.headers.get("set-cookie"), null);
  }
  const control = await signIn({ "content-type": "application/json", origin: server.url });
  assert.equal(control.status, 200);
  assert.match(control.headers.get("set-cookie"), /^kapetbahay_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax/);
  const js = await fetch(`${server.url}/dist/payrex-components.js`);
  assert.match(js.headers.get("content-type"), /^text\/javascript/);
  assert.equal((await fetch(`${server.url}/dist/lib/server/index.js`)).status, 404);
  for (const path of ["/dist/..%2fpackage.json", "/examples/..%2f..%2fetc%2fpasswd", "/examples/server.js", "/.data/payrex.db"]) {
    assert.equal((await fetch(server.url + path)).status, 404, path);
  }
});

test("a new person signs in, creates their customer, and gets the whole account", async () => {
  await $("#sign-in-new").click();
  await text("#who", "Signed in: new customer");
  assert.equal(await $("payrex-address-editor").isHidden(), true);
  await $("payrex-customer-form input[name=name]").fill("Jose Mari Chan");
  await $("payrex-customer-form input[name=email]").fill("jose.chan@example.ph");
  await snap("create-customer");
  const [create] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && r.url().endsWith("/api/payrex/customers")),
    $("payrex-customer-form [part~=submit]").click(),
  ]);
  await text("#status", "Your profile has been saved.");
  await text("#who", "Signed in as Jose Mari Chan");
  await $("payrex-address-editor [part~=save]").waitFor();
  const id = await $("payrex-customer-form").getAttribute("customer-id");
  assert.match(id, /^cus_/);
  await snap("customer-created");

  // Someone else replaying that create (same Idempotency-Key and body) is a request of their own: the
  // handler scopes idempotency records to the requester, so the stored answer (Jose's customer) never
  // reaches them, and their session gets only the customer their own request made.
  const other = await fetch(`${server.url}/demo/session`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: server.url },
    body: '{"as":"new"}',
  });
  const cookie = other.headers.get("set-cookie").split(";")[0];
  const replay = await fetch(`${server.url}/api/payrex/customers`, {
    method: "POST",
    headers: { ...create.headers(), cookie, origin: server.url },
    body: create.postData(),
  });
  assert.equal(replay.status, 200);
  assert.equal(replay.headers.get("idempotent-replayed"), null);
  const theirs = (await replay.json()).id;
  assert.match(theirs, /^cus_/);
  assert.notEqual(theirs, id);
  const session = await (await fetch(`${server.url}/demo/session`, { headers: { cookie } })).json();
  assert.equal(session.customerId, theirs);
  assert.equal((await fetch(`${server.url}/api/payrex/customers/${id}`, { headers: { cookie } })).status, 404);

  await $("#sign-out").click();
  await $("#sign-in-maria").waitFor();
  const cookies = await page.context().cookies();
  assert.equal(cookies.some((c) => c.name === "kapetbahay_session"), false);
});

test("Maria signs in, edits her billing address, opens a statement and pays it on the sandbox pay page", async () => {
  await $("#sign-in-maria").click();
  await text("#who", "Signed in as Maria Santos");
  const [cookie] = (await page.context().cookies()).filter((c) => c.name === "kapetbahay_session");
  assert.equal(cookie.httpOnly, true);
  assert.equal(cookie.sameSite, "Lax");

  const line1 = $("payrex-address-editor").getByLabel("House or unit no., building, street");
  await line1.waitFor();
  await line1.fill("Unit 7C, 21 Maginhawa St.");
  await $("payrex-address-editor [part~=save]").click();
  await text("#status", "Your billing address has been saved.");
  await snap("address-saved");
  await tabOntoClearOfStatus($("payrex-address-editor [part~=save]"));

  // Open statements: the statements tab, then the first row marked "Unpaid".
  await $("payrex-payment-history [role=tab]").filter({ hasText: "Billing statements" }).click();
  const row = $("payrex-payment-history [part~=row]").filter({ has: page.locator("[part~=status]", { hasText: /^Unpaid$/ }) }).first();
  const number = (await row.locator("[role=cell]").first().textContent()).trim();
  await row.click();
  await $("payrex-statement-checkout").filter({ hasText: number }).waitFor();
  const statementId = await $("#checkout").getAttribute("billing-statement-id");
  assert.match(new URL(page.url()).search, new RegExp(`statement=${statementId}`));
  const pay = $("payrex-statement-checkout [part~=pay-button]");
  const amount = (await pay.textContent()).replace(/^\s*Pay\s*/, "").trim();
  await snap("statement-open");
  await tabOntoClearOfStatus(pay);
  assert.equal(
    await pay.evaluate((el) => getComputedStyle(el).outlineColor),
    await page.evaluate(() => {
      const probe = document.body.appendChild(document.createElement("span"));
      probe.style.color = "var(--brand)";
      const brand = getComputedStyle(probe).color;
      probe.remove();
      return brand;
    }),
    "the focus outline is in the brand colour",
  );

  await pay.click();
  await page.waitForURL(/\/api\/payrex\/sandbox\/pay\//);
  await snap("sandbox-pay-page");
  await $("button[type=submit]").click();
  await page.waitForURL(/\/examples\//);
  await text("payrex-statement-checkout [part~=badge]", "Paid");
  await text("payrex-statement-checkout [part~=notice]", "This statement has been paid. Thank you!");
  await snap("statement-paid");

  // Newest first: the payment just made, for that statement.
  await $("payrex-payment-history [role=tab]").filter({ hasText: "Payments" }).click();
  const first = $("payrex-payment-history [part~=row]").first();
  // Its statement column shows the statement's number (loaded with the payments), never its raw id.
  await first.filter({ hasText: number }).waitFor();
  assert.doesNotMatch(await $("payrex-payment-history .body").first().textContent(), /bstm_/);
  assert.match(await first.textContent(), new RegExp(amount.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  await text("payrex-payment-history [part~=row] [part~=status]", "Paid");
  await snap("payment-in-history");

  // Filipino and the theme switch still work on the live page.
  await $("#locale").selectOption("fil");
  await text("payrex-statement-checkout [part~=badge]", "Bayad na");
  await $("#theme").selectOption("dark");
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
  await snap("filipino-dark");
  await $("#locale").selectOption("en");
  await $("#theme").selectOption("");
});

test("after a restart on the same database, Maria is still signed in and everything is kept", async () => {
  server = await demo.restart();
  await page.reload();
  await text("#who", "Signed in as Maria Santos");
  assert.equal(await $("payrex-address-editor").getByLabel("House or unit no., building, street").inputValue(), "Unit 7C, 21 Maginhawa St.");
  await text("payrex-statement-checkout [part~=badge]", "Paid");
});

test("no console errors, page errors, failed responses or CSP violations", () => {
  assert.deepEqual(problems, []);
});

// Sandbox mode: PayRex's semantics served from the store, the sandbox pay page, and persistence.
import { test, describe, before } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { createPayrexHandler, createMemoryStore } from "../../dist/lib/server/index.js";
import { demoIds, statementId } from "../../dist/lib/api/demo-ids.js";
import { BASE, ORIGIN, send } from "./support/server.mjs";

const run = promisify(execFile);
const { customer: MARIA, customerNoAddress: JUAN } = demoIds;
/** The demo's rule: a session sees its own customer only. */
const sessionOf = (request) => /session=(cus_\w+)/.exec(request.headers.get("cookie") ?? "")?.[1];
const authorize = ({ request, action, customerId }) => action === "customers.create" || (!!customerId && customerId === sessionOf(request));
const as = (customerId, init = {}) => ({ ...init, headers: { cookie: `session=${customerId}`, ...init.headers } });

let h;
before(() => (h = createPayrexHandler({ store: createMemoryStore(), authorize })));

describe("sandbox: customers", () => {
  test("seeded with the demo customers", async () => {
    const r = await send(h, `/customers/${MARIA}`, as(MARIA));
    assert.equal(r.status, 200);
    assert.equal(r.body.name, "Maria Santos");
    assert.equal(r.body.billing_details.address.city, "Quezon City");
    assert.equal(r.headers.get("cache-control"), "no-store");
  });

  test("create gives a cus_ id and PayRex's defaults; unknown fields are dropped", async () => {
    const r = await send(h, "/customers", { method: "POST", json: { name: "Andres Bonifacio", email: "andres@example.ph", role: "admin" } });
    assert.equal(r.status, 200);
    assert.match(r.body.id, /^cus_[A-Za-z0-9]{24}$/);
    assert.equal(r.body.currency, "PHP");
    assert.match(r.body.billing_statement_prefix, /^[A-Z0-9]{3,15}$/);
    assert.equal(r.body.role, undefined);
    const read = await send(h, `/customers/${r.body.id}`, as(r.body.id));
    assert.deepEqual(read.body, r.body);
  });

  test("update merges the fields sent and moves updated_at", async () => {
    const created = (await send(h, "/customers", { method: "POST", json: { name: "Gabriela Silang", email: "gabriela@example.ph", metadata: { tier: "gold" } } })).body;
    const address = { line1: "12 Rizal St", city: "Vigan", state: "Ilocos Sur", postal_code: "2700", country: "PH" };
    const r = await send(h, `/customers/${created.id}`, as(created.id, { method: "PUT", json: { billing_details: { phone: "+639171234567", address } } }));
    assert.equal(r.status, 200);
    assert.equal(r.body.name, "Gabriela Silang");
    assert.deepEqual(r.body.metadata, { tier: "gold" });
    assert.deepEqual(r.body.billing_details.address, address);
    assert.ok(r.body.updated_at >= created.updated_at);
  });

  test("validation errors name the parameter in PayRex's shape", async () => {
    const r = await send(h, "/customers", { method: "POST", json: { name: " ", email: "maria@", billing_statement_prefix: "ab" } });
    assert.equal(r.status, 400);
    assert.deepEqual(r.body.errors, [
      { code: "parameter_invalid", detail: "The name is required.", parameter: "name" },
      { code: "parameter_invalid", detail: "The email is invalid.", parameter: "email" },
      { code: "parameter_invalid", detail: "The billing_statement_prefix must be 3 to 15 uppercase letters or digits.", parameter: "billing_statement_prefix" },
    ]);
    assert.equal((await send(h, "/customers", { method: "POST", json: [1, 2] })).status, 400);
    const broken = await h(new Request(`${BASE}/customers`, { method: "POST", body: "{", headers: { "content-type": "application/json", origin: ORIGIN } }));
    assert.equal(broken.status, 400);
  });

  test("a missing customer is PayRex's 404 (for the session allowed to ask)", async () => {
    const r = await send(h, "/customers/cus_missing", as("cus_missing"));
    assert.equal(r.status, 404);
    assert.deepEqual(r.body, { errors: [{ code: "resource_not_found", detail: "No such customer: cus_missing" }] });
    assert.equal((await send(h, "/customers/cus_missing/payments", as("cus_missing"))).status, 404);
  });
});

describe("sandbox: lists", () => {
  test("payments are newest first and cursor-paged both ways", async () => {
    const all = [];
    let after;
    do {
      const r = await send(h, `/customers/${MARIA}/payments?limit=40${after ? `&after=${after}` : ""}`, as(MARIA));
      assert.equal(r.status, 200);
      assert.equal(r.body.resource, "list");
      all.push(...r.body.data);
      after = r.body.has_more ? r.body.data.at(-1).id : undefined;
    } while (after);
    assert.equal(all.length, 150);
    assert.equal(new Set(all.map((p) => p.id)).size, 150);
    assert.ok(all.every((p, i) => i === 0 || all[i - 1].created_at >= p.created_at));
    const back = await send(h, `/customers/${MARIA}/payments?limit=5&before=${all[7].id}`, as(MARIA));
    assert.deepEqual(back.body.data.map((p) => p.id), all.slice(2, 7).map((p) => p.id));
    assert.equal(back.body.has_more, true);
    const top = await send(h, `/customers/${MARIA}/payments?limit=5&before=${all[3].id}`, as(MARIA));
    assert.deepEqual(top.body.data.map((p) => p.id), all.slice(0, 3).map((p) => p.id));
    assert.equal(top.body.has_more, false);
  });

  test("bad paging parameters are 400s naming the parameter", async () => {
    for (const [q, parameter] of [["limit=0", "limit"], ["limit=101", "limit"], ["limit=2.5", "limit"], ["after=pay_unknown", "after"], ["before=%3Cx%3E", "before"]]) {
      const r = await send(h, `/customers/${MARIA}/payments?${q}`, as(MARIA));
      assert.equal(r.status, 400, q);
      assert.equal(r.body.errors[0].parameter, parameter, q);
    }
    const other = await send(h, `/customers/${JUAN}/payments`, as(JUAN));
    const mariaPayment = (await send(h, `/customers/${MARIA}/payments?limit=1`, as(MARIA))).body.data[0].id;
    assert.equal((await send(h, `/customers/${JUAN}/payments?after=${mariaPayment}`, as(JUAN))).status, 400, "a cursor from another customer's list");
    assert.equal(other.body.data.length, 6);
  });

  test("statements: only the customer's, with statuses and a pay page URL on the request's origin", async () => {
    const r = await send(h, `/billing_statements?customer_id=${MARIA}&limit=12`, as(MARIA));
    assert.equal(r.status, 200);
    assert.equal(r.body.data.length, 12);
    assert.ok(r.body.data.every((s) => s.customer_id === MARIA));
    const [draft, open] = r.body.data;
    assert.equal(draft.status, "draft");
    assert.equal(draft.billing_statement_url, null);
    assert.equal(open.status, "open");
    assert.equal(open.billing_statement_url, `${ORIGIN}/api/payrex/sandbox/pay/${open.id}`);
    assert.deepEqual(new Set(r.body.data.map((s) => s.status)), new Set(["draft", "open", "paid", "void", "uncollectible"]));
    assert.deepEqual((await send(h, `/billing_statements?customer_id=${JUAN}`, as(JUAN))).body.data, []);
    const one = await send(h, `/billing_statements/${demoIds.statementLong}`, as(MARIA));
    assert.equal(one.body.line_items.length, 42);
  });

  test("a statement list without customer_id is a 400, even for a session allowed everything", async () => {
    const admin = createPayrexHandler({ store: createMemoryStore(), authorize: () => true });
    const r = await send(admin, "/billing_statements");
    assert.equal(r.status, 400);
    assert.equal(r.body.errors[0].parameter, "customer_id");
  });

  test("another customer's id is a 404 on every route", async () => {
    for (const [path, init] of [
      [`/customers/${MARIA}`],
      [`/customers/${MARIA}`, { method: "PUT", json: { name: "Hacker" } }],
      [`/customers/${MARIA}/payments`],
      [`/billing_statements?customer_id=${MARIA}`],
      [`/billing_statements/${demoIds.statementOpen}`],
      [`/sandbox/pay/${demoIds.statementOpen}`],
    ]) {
      const r = await h(new Request(BASE + path, { ...init, body: init?.json && JSON.stringify(init.json), headers: { cookie: `session=${JUAN}`, "content-type": "application/json", origin: ORIGIN } }));
      assert.equal(r.status, 404, path);
      const text = await r.text();
      assert.ok(!text.includes("Maria"), path);
    }
    assert.equal((await send(h, `/customers/${MARIA}`, as(MARIA))).body.name, "Maria Santos", "the PUT changed nothing");
  });
});

describe("sandbox: the pay page", () => {
  const page = (id, init = {}) => h(new Request(`${BASE}/sandbox/pay/${id}`, { ...init, headers: { cookie: `session=${MARIA}`, ...init.headers } }));
  const open = async (id, returnTo = `${ORIGIN}/account/billing`) => {
    const res = await page(id, { headers: { referer: returnTo } });
    const html = await res.text();
    return { res, html, token: /name="token" value="([^"]+)"/.exec(html)?.[1], returnTo: /name="return_to" value="([^"]+)"/.exec(html)?.[1] };
  };
  const pay = (id, form, origin = ORIGIN) =>
    page(id, { method: "POST", body: new URLSearchParams(form), headers: { "content-type": "application/x-www-form-urlencoded", ...(origin && { origin }) } });

  test("shows the statement under a strict CSP, without scripts or inline style attributes", async () => {
    const { res, html } = await open(demoIds.statementOpen);
    assert.equal(res.status, 200);
    const csp = res.headers.get("content-security-policy");
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /style-src 'sha256-[A-Za-z0-9+/=]+'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.doesNotMatch(html, /<script|\sstyle="|\son\w+=/i);
    assert.match(html, /Kape't Bahay Coffee Roasters|Kape&#39;t Bahay Coffee Roasters/);
    assert.match(html, /₱/);
    assert.equal(res.headers.get("cache-control"), "no-store");
  });

  test("paying marks the statement paid, records the payment, and returns to the merchant page", async () => {
    const id = demoIds.statementOverdue;
    const { token, returnTo } = await open(id);
    const res = await pay(id, { token, return_to: returnTo, method: "gcash" });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get("location"), `${ORIGIN}/account/billing`);
    const s = await send(h, `/billing_statements/${id}`, as(MARIA));
    assert.equal(s.body.status, "paid");
    const [latest] = (await send(h, `/customers/${MARIA}/payments?limit=1`, as(MARIA))).body.data;
    assert.equal(latest.billing_statement_id, id);
    assert.equal(latest.amount, s.body.amount);
    assert.equal(latest.status, "paid");
    assert.equal(latest.payment_method.type, "gcash");
    assert.match(latest.id, /^pay_/);
    // Paying again (a double submit) records nothing more.
    await pay(id, { token, return_to: returnTo, method: "gcash" });
    const again = (await send(h, `/customers/${MARIA}/payments?limit=2`, as(MARIA))).body.data;
    assert.equal(again.filter((p) => p.billing_statement_id === id && p.created_at >= latest.created_at).length, 1);
    assert.doesNotMatch((await open(id)).html, /<form/);
  });

  test("concurrent submits pay once", async () => {
    const id = demoIds.statementOpen;
    const { token, returnTo } = await open(id);
    const newest = async () => (await send(h, `/customers/${MARIA}/payments?limit=10`, as(MARIA))).body.data;
    const before = new Set((await newest()).map((p) => p.id));
    const answers = await Promise.all(Array.from({ length: 4 }, () => pay(id, { token, return_to: returnTo, method: "maya" })));
    assert.ok(answers.every((r) => r.status === 303));
    const added = (await newest()).filter((p) => !before.has(p.id));
    assert.equal(added.length, 1);
    assert.equal(added[0].billing_statement_id, id);
  });

  test("never redirects to another site", async () => {
    const id = demoIds.statementLong;
    const { token, returnTo } = await open(id, "https://evil.example/phish");
    assert.equal(returnTo, `${ORIGIN}/`);
    const forged = await open(id);
    const res = await pay(id, { token: forged.token, return_to: "https://evil.example/phish", method: "card" });
    assert.equal(res.status, 403, "a token for another return address");
    const ok = await pay(id, { token, return_to: returnTo, method: "card" });
    assert.equal(ok.headers.get("location"), `${ORIGIN}/`);
  });

  test("refuses cross-site posts, forged tokens and unknown methods", async () => {
    const id = statementId(4); // open, not paid by the tests above
    const { token, returnTo } = await open(id);
    assert.equal((await pay(id, { token, return_to: returnTo, method: "gcash" }, "https://evil.example")).status, 403);
    assert.equal((await pay(id, { token, return_to: returnTo, method: "gcash" }, null)).status, 403);
    assert.equal((await pay(id, { token: "0".repeat(64), return_to: returnTo, method: "gcash" })).status, 403);
    assert.equal((await pay(id, { token, return_to: returnTo, method: "bitcoin" })).status, 400);
    assert.equal((await send(h, `/billing_statements/${id}`, as(MARIA))).body.status, "open");
  });

  test("returns to an allowed origin, which the page's CSP lets the form reach", async () => {
    const shop = "https://shop.example";
    const other = createPayrexHandler({ store: createMemoryStore(), authorize: () => true, allowedOrigins: [shop] });
    const id = statementId(4);
    const res = await other(new Request(`${BASE}/sandbox/pay/${id}?return_to=${encodeURIComponent(`${shop}/billing?tab=2`)}`));
    assert.match(res.headers.get("content-security-policy"), /form-action 'self' https:\/\/shop\.example;/);
    const html = await res.text();
    const token = /name="token" value="([^"]+)"/.exec(html)[1];
    assert.match(html, /name="return_to" value="https:\/\/shop\.example\/billing\?tab=2"/);
    const paid = await other(
      new Request(`${BASE}/sandbox/pay/${id}`, {
        method: "POST",
        body: new URLSearchParams({ token, return_to: `${shop}/billing?tab=2`, method: "qrph" }),
        headers: { "content-type": "application/x-www-form-urlencoded", origin: ORIGIN },
      }),
    );
    assert.equal(paid.headers.get("location"), `${shop}/billing?tab=2`);
  });

  test("a draft or missing statement has no pay page", async () => {
    assert.equal((await page(demoIds.statementDraft)).status, 404);
    assert.equal((await page("bstm_missing")).status, 404);
  });
});

describe("sandbox: persistence", () => {
  test("a file database keeps customers and payments across a restart, seeded once", async () => {
    const dir = await mkdtemp(join(tmpdir(), "payrex-"));
    // A file URL as pathToFileURL writes it: file:///…, a space percent-encoded, a folder yet to make.
    const store = pathToFileURL(join(dir, "nested folder", "payrex.db")).href;
    try {
      const first = createPayrexHandler({ store, authorize });
      const created = (await send(first, "/customers", { method: "POST", json: { name: "Apolinario Mabini", email: "pol@example.ph" } })).body;
      const before = await send(first, `/customers/${MARIA}/payments?limit=100`, as(MARIA));
      // The restart: another process opens the same file.
      const script = `
        const { createPayrexHandler } = await import(${JSON.stringify(new URL("../../dist/lib/server/index.js", import.meta.url).href)});
        const h = createPayrexHandler({ store: process.argv[1], authorize: () => true });
        const get = async (path) => (await h(new Request("http://shop.test/api/payrex" + path))).json();
        console.log(JSON.stringify({ customer: await get("/customers/${created.id}"), payments: await get("/customers/${MARIA}/payments?limit=100") }));`;
      const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script, store]);
      const after = JSON.parse(stdout);
      assert.deepEqual(after.customer, created);
      assert.deepEqual(after.payments, before.body, "no second seed");
      assert.ok(existsSync(join(dir, "nested folder", "payrex.db")));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

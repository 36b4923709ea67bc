// Proxy mode against a fake PayRex on 127.0.0.1: encoding, auth, passthrough, timeout, no write retry,
// per-customer filtering, and "another customer's id" on every route.
import { test, describe, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { createPayrexHandler, createMemoryStore } from "../../dist/lib/server/index.js";
import { fakePayrex, send, SECRET_KEY } from "./support/server.mjs";

const MINE = "cus_mine1";
const THEIRS = "cus_theirs1";
const customer = (id, extra = {}) => ({ id, resource: "customer", name: "Maria Santos", email: "maria@example.ph", currency: "PHP", ...extra });
const statement = (id, customerId) => ({ id, resource: "billing_statement", amount: 150000, currency: "PHP", customer_id: customerId, status: "open", payment_intent: { id: `pi_${id}` } });

let fake;
let authorized;
const make = (extra = {}) =>
  createPayrexHandler({
    secretKey: SECRET_KEY,
    apiBase: fake.url,
    store: createMemoryStore(),
    // Generous: a loaded machine must not turn a slow answer into a timeout. The timeout test sets its own.
    timeoutMs: 10_000,
    authorize: (ctx) => {
      authorized.push({ ...ctx, request: undefined });
      return ctx.action === "customers.create" || ctx.customerId === MINE;
    },
    ...extra,
  });

before(async () => (fake = await fakePayrex()));
after(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
  fake.reply = () => ({ status: 200, body: customer(MINE) });
  authorized = [];
});

describe("proxy: requests to PayRex", () => {
  test("GET sends Basic auth with the secret key as user name and passes PayRex's answer through", async () => {
    const r = await send(make(), `/customers/${MINE}`);
    assert.equal(r.status, 200);
    assert.deepEqual(r.body, customer(MINE));
    assert.equal(fake.requests.length, 1);
    const [sent] = fake.requests;
    assert.equal(sent.method, "GET");
    assert.equal(sent.path, `/customers/${MINE}`);
    assert.equal(sent.headers.authorization, `Basic ${Buffer.from(`${SECRET_KEY}:`).toString("base64")}`);
    assert.equal(r.headers.get("cache-control"), "no-store");
    assert.deepEqual(authorized, [{ action: "customers.read", customerId: MINE, request: undefined }]);
  });

  test("POST form-encodes in bracket notation, adds the PHP default and drops unknown fields", async () => {
    const input = {
      name: "Maria Santos",
      email: "maria@example.ph",
      metadata: { order: "42", "plan tier": "Suki Gold" },
      billing_details: { phone: "+639171234567", address: { line1: "88 Kalayaan Ave", city: "Quezon City", country: "PH", evil: "x" } },
      is_admin: true,
    };
    const r = await send(make(), "/customers", { method: "POST", json: input });
    assert.equal(r.status, 200);
    const [sent] = fake.requests;
    assert.equal(sent.method, "POST");
    assert.equal(sent.headers["content-type"], "application/x-www-form-urlencoded");
    const form = new URLSearchParams(sent.body);
    assert.deepEqual(Object.fromEntries(form), {
      name: "Maria Santos",
      email: "maria@example.ph",
      currency: "PHP",
      "metadata[order]": "42",
      "metadata[plan tier]": "Suki Gold",
      "billing_details[phone]": "+639171234567",
      "billing_details[address][line1]": "88 Kalayaan Ave",
      "billing_details[address][city]": "Quezon City",
      "billing_details[address][country]": "PH",
    });
    assert.match(sent.body, /metadata%5Border%5D=42/);
  });

  test("PUT sends only the fields given", async () => {
    await send(make(), `/customers/${MINE}`, { method: "PUT", json: { email: "new@example.ph" } });
    assert.equal(fake.requests[0].method, "PUT");
    assert.equal(fake.requests[0].path, `/customers/${MINE}`);
    assert.equal(fake.requests[0].body, "email=new%40example.ph");
  });

  test("invalid input is a 400 naming the parameter, and nothing reaches PayRex", async () => {
    const r = await send(make(), "/customers", { method: "POST", json: { name: "Maria", email: "not-an-email", billing_details: { address: { country: "Philippines" } } } });
    assert.equal(r.status, 400);
    assert.deepEqual(r.body.errors.map((e) => e.parameter).sort(), ["billing_details[address][country]", "email"]);
    const bad = await send(make(), `/customers/${MINE}`, { method: "PUT", json: { billing_statement_prefix: "lower" } });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.errors[0].parameter, "billing_statement_prefix");
    assert.equal(fake.requests.length, 0);
  });

  test("PayRex's status and errors pass through", async () => {
    const errors = [{ code: "parameter_invalid", detail: "The email has already been taken.", parameter: "email" }];
    fake.reply = () => ({ status: 400, body: { errors } });
    const r = await send(make(), "/customers", { method: "POST", json: { name: "Maria", email: "maria@example.ph" } });
    assert.equal(r.status, 400);
    assert.deepEqual(r.body, { errors });
    fake.reply = () => ({ status: 404, body: { errors: [{ code: "resource_not_found", detail: "Customer not found" }] } });
    assert.equal((await send(make(), `/customers/${MINE}`)).status, 404);
  });

  test("the secret key never appears in a response, even when PayRex echoes it", async () => {
    const basic = Buffer.from(`${SECRET_KEY}:`).toString("base64");
    fake.reply = () => ({ status: 401, body: { errors: [{ code: "unauthorized", detail: `Invalid key ${SECRET_KEY} (Basic ${basic})` }] } });
    const r = await send(make(), `/customers/${MINE}`);
    assert.equal(r.status, 401);
    assert.ok(!r.text.includes(SECRET_KEY) && !r.text.includes(basic), r.text);
    assert.match(r.body.errors[0].detail, /\[redacted\]/);
  });

  test("a PayRex that does not answer in time gives 504", async () => {
    fake.reply = () => "hang";
    const r = await send(make({ timeoutMs: 100 }), `/customers/${MINE}`);
    assert.equal(r.status, 504);
    assert.equal(r.body.errors[0].code, "upstream_timeout");
  });

  test("a dropped connection is never retried for POST or PUT; a GET is tried once more", async () => {
    fake.reply = () => "drop";
    const post = await send(make(), "/customers", { method: "POST", json: { name: "Maria", email: "maria@example.ph" } });
    assert.equal(post.status, 502);
    assert.equal(fake.requests.length, 1);
    const put = await send(make(), `/customers/${MINE}`, { method: "PUT", json: { name: "Maria" } });
    assert.equal(put.status, 502);
    assert.equal(fake.requests.length, 2);
    fake.requests.length = 0;
    fake.reply = (_, n) => (n === 1 ? "drop" : { status: 200, body: customer(MINE) });
    const get = await send(make(), `/customers/${MINE}`);
    assert.equal(get.status, 200);
    assert.equal(fake.requests.length, 2);
  });

  test("an answer that is not JSON is a 502", async () => {
    fake.reply = () => ({ status: 502, body: "<html>Bad gateway</html>" });
    const r = await send(make(), `/customers/${MINE}`);
    assert.equal(r.status, 502);
    assert.equal(r.body.errors[0].code, "upstream_invalid_response");
  });
});

describe("proxy: billing statements", () => {
  test("a list holds only the customer's statements even when PayRex ignores customer_id", async () => {
    const all = Array.from({ length: 9 }, (_, i) => statement(`bstm_${i}`, i % 3 ? THEIRS : MINE));
    fake.reply = ({ path }) => {
      const q = new URL(path, "http://x").searchParams;
      const start = q.has("after") ? all.findIndex((s) => s.id === q.get("after")) + 1 : 0;
      const limit = Number(q.get("limit"));
      return { body: { resource: "list", data: all.slice(start, start + limit), has_more: start + limit < all.length } };
    };
    const r = await send(make(), `/billing_statements?customer_id=${MINE}&limit=2`);
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.data.map((s) => s.id), ["bstm_0", "bstm_3"]);
    assert.equal(r.body.has_more, true);
    assert.ok(fake.requests.every((q) => q.path.includes(`customer_id=${MINE}`)));
    const next = await send(make(), `/billing_statements?customer_id=${MINE}&limit=2&after=bstm_3`);
    assert.deepEqual(next.body.data.map((s) => s.id), ["bstm_6"]);
    assert.equal(next.body.has_more, false);
  });

  test("a PayRex that refuses the customer_id filter is listed without it, filtered here", async () => {
    const all = [statement("bstm_x1", THEIRS), statement("bstm_x2", MINE)];
    fake.reply = ({ path }) =>
      path.includes("customer_id")
        ? { status: 400, body: { errors: [{ code: "parameter_unknown", detail: "Unknown parameter.", parameter: "customer_id" }] } }
        : { body: { resource: "list", data: all, has_more: false } };
    const h = make();
    const r = await send(h, `/billing_statements?customer_id=${MINE}`);
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.data.map((s) => s.id), ["bstm_x2"]);
    await send(h, `/billing_statements?customer_id=${MINE}`);
    assert.equal(fake.requests.filter((q) => q.path.includes("customer_id")).length, 1, "asked once");
  });

  test("a statement is read after its customer is resolved and allowed", async () => {
    fake.reply = () => ({ body: statement("bstm_a", MINE) });
    const r = await send(make(), "/billing_statements/bstm_a");
    assert.equal(r.status, 200);
    assert.equal(r.body.id, "bstm_a");
    assert.equal(fake.requests.length, 1);
    assert.deepEqual(authorized, [{ action: "billing_statements.read", billingStatementId: "bstm_a", customerId: MINE, request: undefined }]);
  });

  test("another customer's statement is a 404 like a missing one; a known one costs no PayRex call", async () => {
    const store = createMemoryStore();
    fake.reply = () => ({ body: statement("bstm_b", THEIRS) });
    const first = await send(make({ store }), "/billing_statements/bstm_b");
    assert.equal(first.status, 404);
    assert.deepEqual(first.body, { errors: [{ code: "resource_not_found", detail: "No such billing statement: bstm_b" }] });
    assert.ok(!first.text.includes(THEIRS));
    assert.equal(fake.requests.length, 1, "only the read that resolves the customer");
    const again = await send(make({ store }), "/billing_statements/bstm_b");
    assert.equal(again.status, 404);
    assert.equal(fake.requests.length, 1, "the stored link answers without PayRex");
  });
});

describe("proxy: another customer's id on every route", () => {
  for (const [name, path, init] of [
    ["customers.read", `/customers/${THEIRS}`],
    ["customers.update", `/customers/${THEIRS}`, { method: "PUT", json: { name: "Hacker" } }],
    ["payments.list", `/customers/${THEIRS}/payments`],
    ["billing_statements.list", `/billing_statements?customer_id=${THEIRS}`],
    ["billing_statements.list without customer_id", "/billing_statements"],
  ]) {
    test(`${name}: 404 in PayRex's error shape, no PayRex call`, async () => {
      const r = await send(make(), path, init);
      assert.equal(r.status, 404);
      assert.equal(r.body.errors[0].code, "resource_not_found");
      assert.equal(r.headers.get("cache-control"), "no-store");
      assert.equal(fake.requests.length, 0);
    });
  }

  test("a create denied by authorize is a 404 and reaches nothing", async () => {
    const handler = make({ authorize: () => false });
    const r = await send(handler, "/customers", { method: "POST", json: { name: "Maria", email: "maria@example.ph" } });
    assert.equal(r.status, 404);
    assert.equal(fake.requests.length, 0);
  });
});

describe("proxy: configuration and logs", () => {
  test("a malformed secret key is refused at once without echoing it", () => {
    assert.throws(
      () => createPayrexHandler({ secretKey: "pk_test_abc123", authorize: () => true }),
      (e) => e instanceof TypeError && !e.message.includes("pk_test_abc123"),
    );
    assert.throws(() => createPayrexHandler({ secretKey: SECRET_KEY }), /authorize/);
  });

  test("an unexpected failure is a plain 500; the log line has the key removed", async () => {
    const logs = [];
    const store = createMemoryStore();
    store.get = async () => {
      throw new Error(`database refused key ${SECRET_KEY}`);
    };
    fake.reply = () => ({ body: statement("bstm_c", MINE) });
    const r = await send(make({ store, onError: (m) => logs.push(m) }), "/billing_statements/bstm_c");
    assert.equal(r.status, 500);
    assert.ok(!r.text.includes(SECRET_KEY));
    assert.equal(logs.length, 1);
    assert.match(logs[0], /database refused key \[redacted\]/);
    assert.ok(!logs[0].includes(SECRET_KEY));
  });
});

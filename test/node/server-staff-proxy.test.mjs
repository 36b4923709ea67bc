// Proxy mode's staff routes against a fake PayRex on 127.0.0.1: what reaches PayRex (method, path,
// bracket-notation form bodies, nothing unknown), what comes back, and line items kept to their statement.
import { test, describe, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { createPayrexHandler, createMemoryStore } from "../../dist/lib/server/index.js";
import { fakePayrex, send, SECRET_KEY } from "./support/server.mjs";

const CUS = "cus_staff1";
const statement = (id, extra = {}) => ({
  id,
  resource: "billing_statement",
  amount: 0,
  currency: "PHP",
  customer_id: CUS,
  status: "draft",
  line_items: [],
  ...extra,
});

let fake;
let answers;
const make = (extra = {}) =>
  createPayrexHandler({ secretKey: SECRET_KEY, apiBase: fake.url, store: createMemoryStore(), timeoutMs: 10_000, authorize: () => true, ...extra });

before(async () => (fake = await fakePayrex()));
after(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
  // Answers by "METHOD path" (path without the query), else a draft statement.
  answers = {};
  fake.reply = (req) => answers[`${req.method} ${req.path.split("?")[0]}`]?.(req) ?? { body: statement("bstm_1") };
});

const form = (req) => [...new URLSearchParams(req.body)];
const sent = () => fake.requests.map((r) => `${r.method} ${r.path}`);

describe("proxy: staff requests to PayRex", () => {
  test("customer search: PayRex's filters and page as query parameters", async () => {
    answers["GET /customers"] = () => ({ body: { resource: "list", data: [{ id: CUS, name: "Ramon Aquino" }], has_more: false } });
    const r = await send(make(), "/customers?email=ramon%40cafe-ramon.ph&name=Ramon&metadata%5Bcrm%20id%5D=KB-1007&limit=5&after=cus_0&ignored=1");
    assert.equal(r.status, 200);
    assert.equal(r.body.data[0].name, "Ramon Aquino");
    const url = new URL(fake.requests[0].path, "http://x");
    assert.deepEqual([...url.searchParams], [
      ["limit", "5"],
      ["email", "ramon@cafe-ramon.ph"],
      ["name", "Ramon"],
      ["metadata[crm id]", "KB-1007"],
      ["after", "cus_0"],
    ]);
    assert.equal(fake.requests[0].headers.authorization, `Basic ${Buffer.from(`${SECRET_KEY}:`).toString("base64")}`);
  });

  test("delete customer: DELETE at PayRex, its answer passed through", async () => {
    answers[`DELETE /customers/${CUS}`] = () => ({ body: { id: CUS, resource: "customer", deleted: true } });
    const r = await send(make(), `/customers/${CUS}`, { method: "DELETE", json: {} });
    assert.deepEqual(r.body, { id: CUS, resource: "customer", deleted: true });
    assert.deepEqual(sent(), [`DELETE /customers/${CUS}`]);
    assert.equal(fake.requests[0].body, "");
  });

  test("create statement: bracket-notation form body, PHP default, unknown and read-only fields dropped", async () => {
    const r = await send(make(), "/billing_statements", {
      method: "POST",
      json: {
        customer_id: CUS,
        description: "Website setup",
        due_at: 1893456000,
        metadata: { order: "SO-118" },
        payment_settings: { payment_methods: ["card", "gcash"] },
        status: "paid",
        amount: 1,
      },
    });
    assert.equal(r.status, 200);
    assert.deepEqual(sent(), ["POST /billing_statements"]);
    assert.equal(fake.requests[0].headers["content-type"], "application/x-www-form-urlencoded");
    assert.deepEqual(form(fake.requests[0]), [
      ["customer_id", CUS],
      ["currency", "PHP"],
      ["description", "Website setup"],
      ["due_at", "1893456000"],
      ["metadata[order]", "SO-118"],
      ["payment_settings[payment_methods][]", "card"],
      ["payment_settings[payment_methods][]", "gcash"],
    ]);
  });

  test("invalid input is a 400 naming the field, and nothing is sent", async () => {
    const h = make();
    for (const [path, method, json, parameter] of [
      ["/billing_statements", "POST", { description: "no customer" }, "customer_id"],
      ["/billing_statements/bstm_1", "PUT", { due_at: "tomorrow" }, "due_at"],
      ["/billing_statement_line_items", "POST", { billing_statement_id: "bstm_1", description: "x", unit_price: 99.5, quantity: 1 }, "unit_price"],
    ]) {
      const r = await send(h, path, { method, json });
      assert.equal(r.status, 400, path);
      assert.equal(r.body.errors[0].parameter, parameter, path);
    }
    // Resolving the statements' customers is all that reached PayRex.
    assert.ok(sent().every((s) => s.startsWith("GET /billing_statements/")), sent().join());
  });

  test("update statement: PUT with null sent as an empty value (PayRex clears the field)", async () => {
    await send(make(), "/billing_statements/bstm_1", { method: "PUT", json: { description: null, due_at: 1893456000 } });
    assert.deepEqual(sent(), ["GET /billing_statements/bstm_1", "PUT /billing_statements/bstm_1"]);
    assert.deepEqual(form(fake.requests[1]), [
      ["description", ""],
      ["due_at", "1893456000"],
    ]);
  });

  test("lifecycle actions: POST without a body; PayRex's refusal passes through", async () => {
    const h = make();
    answers["POST /billing_statements/bstm_1/finalize"] = () => ({
      status: 400,
      body: { errors: [{ code: "parameter_invalid", detail: "The due_at is required.", parameter: "due_at" }] },
    });
    const refused = await send(h, "/billing_statements/bstm_1/finalize", { method: "POST", json: {} });
    assert.equal(refused.status, 400);
    assert.equal(refused.body.errors[0].parameter, "due_at");
    for (const action of ["send", "void", "mark_uncollectible"]) {
      assert.equal((await send(h, `/billing_statements/bstm_1/${action}`, { method: "POST", json: {} })).status, 200);
    }
    const posts = fake.requests.filter((r) => r.method === "POST");
    assert.deepEqual(
      posts.map((r) => r.path),
      ["finalize", "send", "void", "mark_uncollectible"].map((a) => `/billing_statements/bstm_1/${a}`),
    );
    assert.ok(posts.every((r) => r.body === ""));
    // The first request resolved the statement's customer; the link answers the rest.
    assert.equal(fake.requests.filter((r) => r.method === "GET").length, 1);
  });

  test("a finalized statement's payment intent is linked, so its webhook finds the customer", async () => {
    const store = createMemoryStore();
    answers["POST /billing_statements/bstm_1/finalize"] = () => ({ body: statement("bstm_1", { status: "open", payment_intent: { id: "pi_77" } }) });
    await send(make({ store }), "/billing_statements/bstm_1/finalize", { method: "POST", json: {} });
    assert.deepEqual((await store.get("intent_links", "pi_77")).data, { statement_id: "bstm_1", customer_id: CUS });
  });

  test("line items: created with a form body; changed and removed only when on the named statement", async () => {
    const h = make();
    answers["GET /billing_statements/bstm_1"] = () => ({ body: statement("bstm_1", { line_items: [{ id: "bstm_li_1", unit_price: 100, quantity: 1 }] }) });
    await send(h, "/billing_statement_line_items", { method: "POST", json: { billing_statement_id: "bstm_1", description: "Setup fee", unit_price: 1500000, quantity: 2 } });
    const create = fake.requests.at(-1);
    assert.equal(`${create.method} ${create.path}`, "POST /billing_statement_line_items");
    assert.deepEqual(form(create), [
      ["billing_statement_id", "bstm_1"],
      ["description", "Setup fee"],
      ["unit_price", "1500000"],
      ["quantity", "2"],
    ]);
    fake.requests.length = 0;
    await send(h, "/billing_statement_line_items/bstm_li_1", { method: "PUT", json: { billing_statement_id: "bstm_1", quantity: 3 } });
    assert.deepEqual(sent(), ["GET /billing_statements/bstm_1", "PUT /billing_statement_line_items/bstm_li_1"]);
    assert.deepEqual(form(fake.requests[1]), [["quantity", "3"]]);
    fake.requests.length = 0;
    await send(h, "/billing_statement_line_items/bstm_li_1?billing_statement_id=bstm_1", { method: "DELETE", json: {} });
    assert.deepEqual(sent(), ["GET /billing_statements/bstm_1", "DELETE /billing_statement_line_items/bstm_li_1"]);

    fake.requests.length = 0;
    const foreign = await send(h, "/billing_statement_line_items/bstm_li_9", { method: "PUT", json: { billing_statement_id: "bstm_1", quantity: 3 } });
    assert.equal(foreign.status, 404);
    const foreignDelete = await send(h, "/billing_statement_line_items/bstm_li_9?billing_statement_id=bstm_1", { method: "DELETE", json: {} });
    assert.equal(foreignDelete.status, 404);
    assert.ok(sent().every((s) => s.startsWith("GET ")), "only reads: the item is not on that statement");
  });

  test("a DELETE or POST is never retried when the connection drops", async () => {
    const h = make();
    await send(h, "/billing_statements/bstm_1"); // links the statement
    fake.requests.length = 0;
    fake.reply = () => "drop";
    assert.equal((await send(h, "/billing_statements/bstm_1", { method: "DELETE", json: {} })).status, 502);
    assert.equal((await send(h, "/billing_statements/bstm_1/void", { method: "POST", json: {} })).status, 502);
    assert.deepEqual(sent(), ["DELETE /billing_statements/bstm_1", "POST /billing_statements/bstm_1/void"]);
  });
});

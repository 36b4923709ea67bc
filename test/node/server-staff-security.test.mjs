// The staff routes' defences, each with an attacker's request: a customer's session calling staff
// actions, a staff rule limited to some customers, what authorize is asked, CSRF, body size, idempotency.
import { test, describe, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { createPayrexHandler, createMemoryStore } from "../../dist/lib/server/index.js";
import { demoIds } from "../../dist/lib/api/demo-ids.js";
import { fakePayrex, send, SECRET_KEY } from "./support/server.mjs";

const MINE = "cus_mine1";
const THEIRS = "cus_theirs1";
const STAFF_ACTIONS = new Set([
  "customers.list",
  "customers.delete",
  "billing_statements.create",
  "billing_statements.update",
  "billing_statements.delete",
  "billing_statements.finalize",
  "billing_statements.send",
  "billing_statements.void",
  "billing_statements.mark_uncollectible",
]);
/** `cookie: session=<customer id>` is a customer's session; `staff=<customer ids or *>` a staff member's. */
const sessionOf = (request) => {
  const cookie = request.headers.get("cookie") ?? "";
  const staff = /staff=([\w,*]+)/.exec(cookie)?.[1];
  return staff ? { staff: staff.split(",") } : { customerId: /session=(cus_\w+)/.exec(cookie)?.[1] };
};
/** The rule the docs recommend: staff actions for staff only (all or some customers); customers their own. */
const authorize = ({ request, action, customerId }) => {
  const s = sessionOf(request);
  if (s.staff) return s.staff.includes("*") || (customerId !== undefined && s.staff.includes(customerId)) || action === "customers.list";
  if (STAFF_ACTIONS.has(action)) return false;
  return !!customerId && customerId === s.customerId;
};
const as = (cookie, init = {}) => ({ ...init, headers: { cookie, ...init.headers } });

let fake;
let store;
const proxy = (extra = {}) => createPayrexHandler({ secretKey: SECRET_KEY, apiBase: fake.url, store, timeoutMs: 10_000, authorize, ...extra });
const link = (id, customerId) => store.put("statement_links", { id, owner: customerId, created: 1, data: { customer_id: customerId } });

/** Every staff route, as a customer's session would try it on its own customer's things. */
const staffRoutes = (statement, item) => [
  ["customers.list", "/customers"],
  ["customers.delete", `/customers/${MINE}`, { method: "DELETE", json: {} }],
  ["billing_statements.create", "/billing_statements", { method: "POST", json: { customer_id: MINE } }],
  ["billing_statements.update", `/billing_statements/${statement}`, { method: "PUT", json: { description: "Paid already" } }],
  ["billing_statements.delete", `/billing_statements/${statement}`, { method: "DELETE", json: {} }],
  ...["finalize", "send", "void", "mark_uncollectible"].map((a) => [`billing_statements.${a}`, `/billing_statements/${statement}/${a}`, { method: "POST", json: {} }]),
  [
    "line_items.create",
    "/billing_statement_line_items",
    { method: "POST", json: { billing_statement_id: statement, description: "Discount", unit_price: 1, quantity: 1 } },
  ],
  ["line_items.update", `/billing_statement_line_items/${item}`, { method: "PUT", json: { billing_statement_id: statement, unit_price: 1 } }],
  ["line_items.delete", `/billing_statement_line_items/${item}?billing_statement_id=${statement}`, { method: "DELETE", json: {} }],
];

before(async () => (fake = await fakePayrex()));
after(() => fake.close());
beforeEach(async () => {
  fake.requests.length = 0;
  fake.reply = () => ({ body: { id: "bstm_mine", resource: "billing_statement", customer_id: MINE, status: "draft", amount: 0, currency: "PHP" } });
  store = createMemoryStore();
  await link("bstm_mine", MINE);
  await link("bstm_theirs", THEIRS);
});

describe("a customer's session calling staff actions", () => {
  for (const [name, path, init] of staffRoutes("bstm_mine", "bstm_li_1")) {
    test(`${name} on its own customer: 404 in PayRex's shape, no PayRex call`, async () => {
      const r = await send(proxy(), path, as(`session=${MINE}`, init));
      assert.equal(r.status, 404);
      assert.equal(r.body.errors[0].code, "resource_not_found");
      assert.equal(r.headers.get("cache-control"), "no-store");
      assert.equal(fake.requests.length, 0);
    });
  }

  test("a statement the store does not know costs one read to find its customer, never the write", async () => {
    const r = await send(proxy(), "/billing_statements/bstm_unknown/finalize", as(`session=${MINE}`, { method: "POST", json: {} }));
    assert.equal(r.status, 404);
    assert.deepEqual(
      fake.requests.map((q) => `${q.method} ${q.path}`),
      ["GET /billing_statements/bstm_unknown"],
    );
  });

  test("in the sandbox, its own draft stays a draft and its customer stays", async () => {
    const h = createPayrexHandler({ store: createMemoryStore(), authorize });
    const me = `session=${demoIds.customer}`;
    for (const [path, init] of [
      [`/billing_statements/${demoIds.statementDraft}/finalize`, { method: "POST", json: {} }],
      [`/billing_statements/${demoIds.statementOpen}/void`, { method: "POST", json: {} }],
      [`/billing_statements/${demoIds.statementDraft}`, { method: "DELETE", json: {} }],
      [`/customers/${demoIds.customer}`, { method: "DELETE", json: {} }],
      ["/customers?name=a", {}],
    ]) {
      assert.equal((await send(h, path, as(me, init))).status, 404, path);
    }
    assert.equal((await send(h, `/billing_statements/${demoIds.statementDraft}`, as(me))).body.status, "draft");
    assert.equal((await send(h, `/billing_statements/${demoIds.statementOpen}`, as(me))).body.status, "open");
    assert.equal((await send(h, `/customers/${demoIds.customer}`, as(me))).status, 200);
  });
});

describe("what authorize is asked", () => {
  test("each staff route names its action, and the customer it concerns, resolved first", async () => {
    const asked = [];
    const h = proxy({ authorize: ({ request: _, ...ctx }) => asked.push(ctx) > 0 });
    fake.reply = (req) =>
      req.method === "GET" && req.path.startsWith("/billing_statements/")
        ? { body: { id: "bstm_mine", customer_id: MINE, line_items: [{ id: "bstm_li_1" }] } }
        : { body: {} };
    for (const [, path, init] of staffRoutes("bstm_mine", "bstm_li_1")) await send(h, path, as("staff=*", init));
    const statement = { billingStatementId: "bstm_mine", customerId: MINE };
    assert.deepEqual(asked, [
      { action: "customers.list" },
      { action: "customers.delete", customerId: MINE },
      { action: "billing_statements.create", customerId: MINE },
      { action: "billing_statements.update", ...statement },
      { action: "billing_statements.delete", ...statement },
      { action: "billing_statements.finalize", ...statement },
      { action: "billing_statements.send", ...statement },
      { action: "billing_statements.void", ...statement },
      { action: "billing_statements.mark_uncollectible", ...statement },
      { action: "billing_statements.update", ...statement },
      { action: "billing_statements.update", ...statement },
      { action: "billing_statements.update", ...statement },
    ]);
  });
});

describe("a staff member allowed some customers only", () => {
  const mine = `staff=${MINE}`;

  test("cannot issue, change or act on another customer's statements: 404, no PayRex call", async () => {
    for (const [name, path, init] of staffRoutes("bstm_theirs", "bstm_li_1")) {
      if (name === "customers.list") continue;
      const attempt = name === "customers.delete" ? `/customers/${THEIRS}` : path;
      const body = name === "billing_statements.create" ? { ...init, json: { customer_id: THEIRS } } : init;
      const r = await send(proxy(), attempt, as(mine, body));
      assert.equal(r.status, 404, name);
    }
    assert.equal(fake.requests.length, 0);
  });

  test("cannot reach another customer's line item by naming a statement it may change", async () => {
    fake.reply = (req) => ({ body: { id: "bstm_mine", customer_id: MINE, line_items: [{ id: "bstm_li_mine" }] } });
    const r = await send(proxy(), "/billing_statement_line_items/bstm_li_theirs", as(mine, { method: "PUT", json: { billing_statement_id: "bstm_mine", unit_price: 1 } }));
    assert.equal(r.status, 404);
    const d = await send(proxy(), "/billing_statement_line_items/bstm_li_theirs?billing_statement_id=bstm_mine", as(mine, { method: "DELETE", json: {} }));
    assert.equal(d.status, 404);
    assert.ok(fake.requests.every((q) => q.method === "GET"));
  });

  test("a statement whose link no longer matches PayRex's customer is not changed", async () => {
    fake.reply = () => ({ body: { id: "bstm_mine", customer_id: THEIRS, line_items: [{ id: "bstm_li_1" }] } });
    const r = await send(proxy(), "/billing_statement_line_items/bstm_li_1", as(mine, { method: "PUT", json: { billing_statement_id: "bstm_mine", quantity: 9 } }));
    assert.equal(r.status, 404);
    assert.ok(fake.requests.every((q) => q.method === "GET"));
  });
});

describe("state changes from elsewhere", () => {
  test("CSRF: a form post, text/plain or another site's origin reaches nothing", async () => {
    const h = proxy();
    for (const [, path, init] of staffRoutes("bstm_mine", "bstm_li_1")) {
      if (!init) continue;
      const body = init.json ? JSON.stringify(init.json) : undefined;
      const form = await send(h, path, as("staff=*", { method: init.method, body, headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" } }));
      assert.equal(form.status, 415, path);
      const bare = await send(h, path, as("staff=*", { method: init.method, headers: { origin: "http://shop.test" } }));
      assert.equal(bare.status, 415, `${path} without a content type`);
      const cross = await send(h, path, as("staff=*", { ...init, origin: "https://evil.example" }));
      assert.equal(cross.status, 403, path);
    }
    assert.equal(fake.requests.length, 0);
  });

  test("a body over 64 KB is a 413 for staff, and a 404 for a session that may not create", async () => {
    const big = { customer_id: MINE, description: "x", metadata: { note: "x".repeat(70 * 1024) } };
    assert.equal((await send(proxy(), "/billing_statements", as("staff=*", { method: "POST", json: big }))).status, 413);
    assert.equal((await send(proxy(), "/billing_statements", as(`session=${MINE}`, { method: "POST", json: big }))).status, 404);
    assert.equal(fake.requests.length, 0);
  });

  test("Idempotency-Key: concurrent duplicate creates and finalizes make one PayRex call each", async () => {
    let release;
    const gate = new Promise((resolve) => (release = resolve));
    fake.reply = async () => {
      await gate;
      return { body: { id: "bstm_new", customer_id: MINE, status: "draft" } };
    };
    const h = proxy();
    const create = () => send(h, "/billing_statements", as("staff=*", { method: "POST", json: { customer_id: MINE }, headers: { "idempotency-key": "c-1" } }));
    const finalize = () => send(h, "/billing_statements/bstm_mine/finalize", as("staff=*", { method: "POST", json: {}, headers: { "idempotency-key": "f-1" } }));
    const all = Promise.all([create(), create(), create(), finalize(), finalize()]);
    while (fake.requests.length < 2) await new Promise((r) => setImmediate(r));
    release();
    const answers = await all;
    assert.ok(answers.every((a) => a.status === 200));
    assert.deepEqual(
      fake.requests.map((q) => `${q.method} ${q.path}`).sort(),
      ["POST /billing_statements", "POST /billing_statements/bstm_mine/finalize"],
    );
    const other = await send(h, "/billing_statements", as("staff=*", { method: "POST", json: { customer_id: THEIRS }, headers: { "idempotency-key": "c-1" } }));
    assert.equal(other.status, 422);
  });
});

// The demo's staff sign-in (examples/demo-sessions.js): a staff session may do the staff side for
// every customer; a customer's session never, not even on its own customer.
import { test, describe, before } from "node:test";
import assert from "node:assert/strict";
import { createDemoApp } from "../../examples/server.js";
import { demoIds } from "../../dist/lib/api/demo-ids.js";

const ORIGIN = "http://demo.test";
let app;
before(() => (app = createDemoApp({ store: ":memory:" })));

async function call(path, { method = "GET", json, cookie, origin = ORIGIN } = {}) {
  const headers = { accept: "application/json" };
  if (cookie) headers.cookie = cookie;
  if (json !== undefined) Object.assign(headers, { "content-type": "application/json", origin });
  const res = await app(new Request(ORIGIN + path, { method, headers, body: json === undefined ? undefined : JSON.stringify(json) }));
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

async function signIn(as) {
  const r = await call("/demo/session", { method: "POST", json: { as } });
  assert.equal(r.status, 200);
  return { state: r.body, cookie: r.headers.get("set-cookie").split(";")[0] };
}

describe("demo: signing in as staff", () => {
  test("POST /demo/session { as: staff } starts a staff session with no customer of its own", async () => {
    const { state, cookie } = await signIn("staff");
    assert.deepEqual(state, { signedIn: true, customerId: null, staff: true, demoCustomer: true, proxy: false });
    assert.match(cookie, /^kapetbahay_session=[\w-]{43}$/);
    assert.equal((await call("/demo/session", { cookie })).body.staff, true);
    const maria = await signIn("maria");
    assert.equal(maria.state.staff, false);
    assert.equal((await call("/demo/session", { cookie: maria.cookie })).body.staff, false);
  });

  test("only from this origin, as JSON", async () => {
    assert.equal((await call("/demo/session", { method: "POST", json: { as: "staff" }, origin: "https://evil.example" })).status, 403);
    const r = await app(new Request(`${ORIGIN}/demo/session`, { method: "POST", headers: { origin: ORIGIN, "content-type": "text/plain" }, body: '{"as":"staff"}' }));
    assert.equal(r.status, 403);
  });

  test("staff find a customer by CRM id, issue a statement with three line items and finalize it; Maria sees it open", async () => {
    const { cookie } = await signIn("staff");
    const found = await call("/api/payrex/customers?metadata%5Bcrm_id%5D=KB-1007", { cookie });
    assert.deepEqual(found.body.data.map((c) => c.name), ["Ramon Aquino"]);
    const draft = await call("/api/payrex/billing_statements", { method: "POST", cookie, json: { customer_id: demoIds.customer, description: "Kapihan catering", due_at: 1893456000 } });
    assert.equal(draft.status, 200);
    for (const [description, unit_price, quantity] of [
      ["Cold Brew 1L", 32000, 10],
      ["Ensaymada Box", 39000, 4],
      ["Catering service", 500000, 1],
    ]) {
      const li = await call("/api/payrex/billing_statement_line_items", { method: "POST", cookie, json: { billing_statement_id: draft.body.id, description, unit_price, quantity } });
      assert.equal(li.status, 200);
    }
    const open = await call(`/api/payrex/billing_statements/${draft.body.id}/finalize`, { method: "POST", cookie, json: {} });
    assert.equal(open.body.status, "open");
    assert.equal(open.body.amount, 320000 + 156000 + 500000);
    assert.equal((await call(`/api/payrex/billing_statements/${draft.body.id}/send`, { method: "POST", cookie, json: {} })).status, 200);

    const maria = await signIn("maria");
    const seen = await call(`/api/payrex/billing_statements/${draft.body.id}`, { cookie: maria.cookie });
    assert.equal(seen.status, 200);
    assert.equal(seen.body.status, "open");
    assert.equal(seen.body.billing_statement_number, open.body.billing_statement_number);
  });

  test("a customer's session is refused every staff action, even on its own customer and statements", async () => {
    const { cookie } = await signIn("maria");
    const me = demoIds.customer;
    for (const [path, init] of [
      ["/api/payrex/customers", {}],
      ["/api/payrex/customers?email=maria.santos%40example.ph", {}],
      [`/api/payrex/customers/${me}`, { method: "DELETE", json: {} }],
      ["/api/payrex/billing_statements", { method: "POST", json: { customer_id: me } }],
      [`/api/payrex/billing_statements/${demoIds.statementDraft}`, { method: "PUT", json: { description: "x" } }],
      [`/api/payrex/billing_statements/${demoIds.statementDraft}`, { method: "DELETE", json: {} }],
      [`/api/payrex/billing_statements/${demoIds.statementDraft}/finalize`, { method: "POST", json: {} }],
      [`/api/payrex/billing_statements/${demoIds.statementOpen}/void`, { method: "POST", json: {} }],
      [`/api/payrex/billing_statements/${demoIds.statementOpen}/mark_uncollectible`, { method: "POST", json: {} }],
      [`/api/payrex/billing_statements/${demoIds.statementOpen}/send`, { method: "POST", json: {} }],
      ["/api/payrex/billing_statement_line_items", { method: "POST", json: { billing_statement_id: demoIds.statementDraft, description: "Free", unit_price: 1, quantity: 1 } }],
    ]) {
      const r = await call(path, { ...init, cookie });
      assert.equal(r.status, 404, `${init.method ?? "GET"} ${path}`);
    }
    assert.equal((await call(`/api/payrex/billing_statements/${demoIds.statementDraft}`, { cookie })).body.status, "draft");
    assert.equal((await call(`/api/payrex/billing_statements/${demoIds.statementOpen}`, { cookie })).body.status, "open");
    assert.equal((await call(`/api/payrex/customers/${me}`, { cookie })).status, 200);
  });

  test("a customer created by staff does not become the staff session's customer", async () => {
    const { cookie } = await signIn("staff");
    const created = await call("/api/payrex/customers", { method: "POST", cookie, json: { name: "Lito Lapid", email: "lito@example.ph" } });
    assert.equal(created.status, 200);
    assert.deepEqual((await call("/demo/session", { cookie })).body, { signedIn: true, customerId: null, staff: true, demoCustomer: true, proxy: false });
  });
});

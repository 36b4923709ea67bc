// Sandbox mode's staff side: customer search, statements issued with PayRex's lifecycle, line items
// and centavo totals, numbers from the customer's prefix and sequence, paying on the sandbox pay page.
import { test, describe, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { createPayrexHandler, createMemoryStore } from "../../dist/lib/server/index.js";
import { demoIds } from "../../dist/lib/api/demo-ids.js";
import { BASE, ORIGIN, send } from "./support/server.mjs";

const { customer: MARIA, customerEmpty: ANDREA } = demoIds;
const DUE = 1893456000; // 2030-01-01
const STAFF_HEADERS = { cookie: "role=staff" };
/** A merchant's rule: staff may do everything; a customer session is never given a staff action here. */
const authorize = ({ request }) => (request.headers.get("cookie") ?? "").includes("role=staff");

let h;
beforeEach(() => (h = createPayrexHandler({ store: createMemoryStore(), authorize })));

const staff = (path, init = {}) => send(h, path, { ...init, headers: { ...STAFF_HEADERS, ...init.headers } });
const post = (path, json = {}, headers = {}) => staff(path, { method: "POST", json, headers });
const put = (path, json) => staff(path, { method: "PUT", json });
const del = (path) => staff(path, { method: "DELETE", json: {} });

async function draft(items = [], body = {}) {
  const r = await post("/billing_statements", { customer_id: ANDREA, description: "Website setup", due_at: DUE, ...body });
  assert.equal(r.status, 200, JSON.stringify(r.body));
  for (const [unit_price, quantity] of items) {
    const li = await post("/billing_statement_line_items", { billing_statement_id: r.body.id, description: `Item ${unit_price}`, unit_price, quantity });
    assert.equal(li.status, 200, JSON.stringify(li.body));
  }
  return (await staff(`/billing_statements/${r.body.id}`)).body;
}

describe("sandbox: customer search (GET /customers)", () => {
  test("lists the directory newest first in PayRex's envelope, cursor-paged", async () => {
    const first = await staff("/customers");
    assert.equal(first.status, 200);
    assert.equal(first.body.resource, "list");
    assert.equal(first.body.data.length, 10);
    assert.equal(first.body.has_more, true);
    assert.equal(first.body.data[0].id, ANDREA);
    const all = await staff("/customers?limit=100");
    assert.equal(all.body.data.length, 23);
    assert.equal(all.body.has_more, false);
    const next = await staff(`/customers?limit=10&after=${first.body.data[9].id}`);
    assert.deepEqual(
      next.body.data.map((c) => c.id),
      all.body.data.slice(10, 20).map((c) => c.id),
    );
    const back = await staff(`/customers?limit=10&before=${next.body.data[0].id}`);
    assert.deepEqual(
      back.body.data.map((c) => c.id),
      first.body.data.map((c) => c.id),
    );
    assert.equal(back.body.has_more, false);
  });

  test("filters by email, part of a name and one metadata value", async () => {
    const names = async (q) => (await staff(`/customers?limit=100&${q}`)).body.data.map((c) => c.name);
    assert.deepEqual(await names("email=MARIA.SANTOS%40example.ph"), ["Maria Santos"]);
    assert.deepEqual((await names("name=cruz")).sort(), ["Antonio Cruz", "Juan dela Cruz"]);
    assert.deepEqual(await names("metadata%5Bcrm_id%5D=KB-1007"), ["Ramon Aquino"]);
    assert.deepEqual(await names("metadata[crm_id]=KB-1007&name=Maria"), []);
  });

  test("pages a filtered search both ways", async () => {
    const first = await staff("/customers?name=a&limit=4");
    assert.equal(first.body.has_more, true);
    const second = await staff(`/customers?name=a&limit=4&after=${first.body.data[3].id}`);
    assert.equal(second.body.data.length, 4);
    for (const c of second.body.data) assert.ok(c.name.toLowerCase().includes("a"));
    const back = await staff(`/customers?name=a&limit=4&before=${second.body.data[0].id}`);
    assert.deepEqual(
      back.body.data.map((c) => c.id),
      first.body.data.map((c) => c.id),
    );
  });

  test("refuses what PayRex refuses: two metadata keys, a bad limit, an unknown cursor", async () => {
    for (const [q, parameter] of [
      ["metadata[a]=1&metadata[b]=2", "metadata"],
      ["limit=0", "limit"],
      ["limit=101", "limit"],
      ["after=cus_nobody", "after"],
      ["name=a&before=cus_nobody", "before"],
    ]) {
      const r = await staff(`/customers?${q}`);
      assert.equal(r.status, 400, q);
      assert.equal(r.body.errors[0].parameter, parameter, q);
    }
  });
});

describe("sandbox: deleting a customer", () => {
  test("answers PayRex's deletion; the customer is then a 404", async () => {
    const r = await del(`/customers/${demoIds.customerNoAddress}`);
    assert.deepEqual(r.body, { id: demoIds.customerNoAddress, resource: "customer", deleted: true });
    assert.equal((await staff(`/customers/${demoIds.customerNoAddress}`)).status, 404);
    assert.equal((await del(`/customers/${demoIds.customerNoAddress}`)).status, 404);
  });
});

describe("sandbox: issuing a statement", () => {
  test("draft, three line items, finalize, send, pay on the pay page: PayRex's whole lifecycle", async () => {
    const customer = (await staff(`/customers/${ANDREA}`)).body;
    const seq = Number(customer.next_billing_statement_sequence_number);
    const created = await post("/billing_statements", {
      customer_id: ANDREA,
      description: "Website setup",
      metadata: { order: "SO-118" },
      payment_settings: { payment_methods: ["card", "gcash"] },
      status: "paid",
      amount: 1,
    });
    assert.equal(created.status, 200);
    assert.match(created.body.id, /^bstm_[A-Za-z0-9]{24}$/);
    assert.equal(created.body.status, "draft", "unknown and read-only fields are dropped");
    assert.equal(created.body.amount, 0);
    assert.equal(created.body.billing_statement_url, null);
    assert.deepEqual(created.body.customer, { id: ANDREA, name: "Andrea Reyes", email: "andrea.reyes@example.ph" });
    const id = created.body.id;
    const items = [
      ["Setup fee", 1500000, 1],
      ["Consulting (hours)", 250050, 3],
      ["Domain, 1 year", 99999, 1],
    ];
    for (const [description, unit_price, quantity] of items) {
      const li = await post("/billing_statement_line_items", { billing_statement_id: id, description, unit_price, quantity });
      assert.equal(li.status, 200);
      assert.equal(li.body.resource, "billing_statement_line_item");
      assert.equal(li.body.billing_statement_id, id);
    }
    const total = 1500000 + 250050 * 3 + 99999;
    assert.equal((await staff(`/billing_statements/${id}`)).body.amount, total);

    const early = await post(`/billing_statements/${id}/finalize`);
    assert.equal(early.status, 400);
    assert.deepEqual(early.body.errors.map((e) => e.parameter), ["due_at"]);
    assert.equal((await put(`/billing_statements/${id}`, { due_at: DUE })).body.due_at, DUE);

    const open = await post(`/billing_statements/${id}/finalize`);
    assert.equal(open.status, 200);
    assert.equal(open.body.status, "open");
    assert.equal(open.body.amount, total);
    assert.equal(open.body.billing_statement_number, `${customer.billing_statement_prefix}-${String(seq).padStart(4, "0")}`);
    assert.equal(open.body.billing_statement_url, `${ORIGIN}/api/payrex/sandbox/pay/${id}`);
    assert.match(open.body.payment_intent.client_secret, /^pi_\w+_secret_\w+$/);
    assert.equal((await staff(`/customers/${ANDREA}`)).body.next_billing_statement_sequence_number, String(seq + 1));
    assert.equal((await post(`/billing_statements/${id}/send`)).body.status, "open");

    // The customer pays on the sandbox pay page.
    const page = await h(new Request(`${BASE}/sandbox/pay/${id}`, { headers: { ...STAFF_HEADERS, referer: `${ORIGIN}/account` } }));
    const html = await page.text();
    const token = /name="token" value="([^"]+)"/.exec(html)[1];
    const paid = await h(
      new Request(`${BASE}/sandbox/pay/${id}`, {
        method: "POST",
        body: new URLSearchParams({ token, return_to: `${ORIGIN}/account`, method: "gcash" }),
        headers: { ...STAFF_HEADERS, "content-type": "application/x-www-form-urlencoded", origin: ORIGIN },
      }),
    );
    assert.equal(paid.status, 303);
    const after = (await staff(`/billing_statements/${id}`)).body;
    assert.equal(after.status, "paid");
    const payments = (await staff(`/customers/${ANDREA}/payments`)).body.data;
    assert.equal(payments[0].amount, total);
    assert.equal(payments[0].billing_statement_id, id);
    for (const action of ["void", "mark_uncollectible", "send", "finalize"]) {
      assert.equal((await post(`/billing_statements/${id}/${action}`)).status, 400, action);
    }
  });

  test("finalize without a due date or a line item is one 400 naming both; nothing changes", async () => {
    const s = await draft([], { due_at: null });
    const r = await post(`/billing_statements/${s.id}/finalize`);
    assert.equal(r.status, 400);
    assert.deepEqual(r.body.errors.map((e) => e.parameter), ["due_at", "line_items"]);
    assert.deepEqual((await staff(`/billing_statements/${s.id}`)).body, s);
  });

  test("each action only in the status PayRex allows it in (400 billing_statement_invalid_status)", async () => {
    const open = (await post(`/billing_statements/${(await draft([[5000, 1]])).id}/finalize`)).body;
    const refused = [
      () => put(`/billing_statements/${open.id}`, { description: "x" }),
      () => del(`/billing_statements/${open.id}`),
      () => post("/billing_statement_line_items", { billing_statement_id: open.id, description: "x", unit_price: 100, quantity: 1 }),
      () => put(`/billing_statement_line_items/${open.line_items[0].id}`, { billing_statement_id: open.id, quantity: 2 }),
      () => post(`/billing_statements/${open.id}/finalize`),
    ];
    for (const call of refused) {
      const r = await call();
      assert.equal(r.status, 400, String(call));
      assert.equal(r.body.errors[0].code, "billing_statement_invalid_status");
    }
    const d = await draft([[5000, 1]]);
    for (const action of ["send", "void", "mark_uncollectible"]) assert.equal((await post(`/billing_statements/${d.id}/${action}`)).status, 400, action);
    assert.equal((await post(`/billing_statements/${open.id}/void`)).body.status, "void");
    assert.equal((await post(`/billing_statements/${open.id}/mark_uncollectible`)).status, 400);
    const other = (await post(`/billing_statements/${(await draft([[5000, 1]])).id}/finalize`)).body;
    assert.equal((await post(`/billing_statements/${other.id}/mark_uncollectible`)).body.status, "uncollectible");
    assert.equal((await post(`/billing_statements/${other.id}/void`)).status, 400);
  });

  test("line items: exact centavo totals on change and removal, validation, 404 off their statement", async () => {
    const s = await draft([
      [1999, 3],
      [33, 7],
    ]);
    assert.equal(s.amount, 5997 + 231);
    const [a, b] = s.line_items;
    assert.equal((await put(`/billing_statement_line_items/${a.id}`, { billing_statement_id: s.id, quantity: 1 })).body.quantity, 1);
    assert.equal((await staff(`/billing_statements/${s.id}`)).body.amount, 1999 + 231);
    const removed = await del(`/billing_statement_line_items/${b.id}?billing_statement_id=${s.id}`);
    assert.deepEqual(removed.body, { id: b.id, resource: "billing_statement_line_item", deleted: true });
    assert.equal((await staff(`/billing_statements/${s.id}`)).body.amount, 1999);

    const bad = await post("/billing_statement_line_items", { billing_statement_id: s.id, description: "", unit_price: 10.5, quantity: 0 });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body.errors.map((e) => e.parameter).sort(), ["description", "quantity", "unit_price"]);
    const other = await draft();
    assert.equal((await put(`/billing_statement_line_items/${a.id}`, { billing_statement_id: other.id, quantity: 5 })).status, 404);
    assert.equal((await del(`/billing_statement_line_items/${a.id}?billing_statement_id=${other.id}`)).status, 404);
    const noRef = await del(`/billing_statement_line_items/${a.id}`);
    assert.equal(noRef.status, 400);
    assert.equal(noRef.body.errors[0].parameter, "billing_statement_id");
    assert.equal((await staff(`/billing_statements/${s.id}`)).body.line_items[0].quantity, 1);
  });

  test("a statement for a missing customer is a 404; a draft can be updated (null clears) and deleted", async () => {
    assert.equal((await post("/billing_statements", { customer_id: "cus_nobody" })).status, 404);
    const s = await draft();
    const u = await put(`/billing_statements/${s.id}`, { description: null, metadata: { po: "PO-7" }, payment_settings: { payment_methods: ["qrph"] } });
    assert.equal(u.body.description, null);
    assert.deepEqual(u.body.metadata, { po: "PO-7" });
    assert.deepEqual(u.body.payment_settings, { payment_methods: ["qrph"] });
    assert.equal((await put(`/billing_statements/${s.id}`, { payment_settings: { payment_methods: ["cash"] } })).status, 400);
    assert.deepEqual((await del(`/billing_statements/${s.id}`)).body, { id: s.id, resource: "billing_statement", deleted: true });
    assert.equal((await staff(`/billing_statements/${s.id}`)).status, 404);
    assert.deepEqual((await staff(`/billing_statements?customer_id=${ANDREA}`)).body.data, []);
  });

  test("concurrent finalizes for one customer take consecutive numbers", async () => {
    const drafts = await Promise.all([1, 2, 3, 4].map(() => draft([[5000, 1]])));
    const numbers = (await Promise.all(drafts.map((d) => post(`/billing_statements/${d.id}/finalize`)))).map((r) => r.body.billing_statement_number);
    const seqs = numbers.map((n) => Number(n.split("-").at(-1))).sort((x, y) => x - y);
    assert.deepEqual(seqs, [seqs[0], seqs[0] + 1, seqs[0] + 2, seqs[0] + 3]);
  });

  test("Idempotency-Key: a repeated create or finalize replays its first answer", async () => {
    const body = { customer_id: MARIA, description: "Once" };
    const first = await post("/billing_statements", body, { "idempotency-key": "stmt-1" });
    const again = await post("/billing_statements", body, { "idempotency-key": "stmt-1" });
    assert.equal(again.body.id, first.body.id);
    assert.equal(again.headers.get("idempotent-replayed"), "true");
    assert.equal((await post("/billing_statements", { ...body, description: "Twice" }, { "idempotency-key": "stmt-1" })).status, 422);
    const s = await draft([[5000, 1]]);
    const f1 = await post(`/billing_statements/${s.id}/finalize`, {}, { "idempotency-key": "fin-1" });
    const f2 = await post(`/billing_statements/${s.id}/finalize`, {}, { "idempotency-key": "fin-1" });
    assert.equal(f1.status, 200);
    assert.deepEqual(f2.body, f1.body);
  });
});

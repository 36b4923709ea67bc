// Webhooks: signatures (valid, bad, stale, live vs test), each event applied once, and the payments
// list they fill in proxy mode.
import { test, describe, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { createPayrexHandler, createMemoryStore, verifySignature } from "../../dist/lib/server/index.js";
import { demoIds } from "../../dist/lib/api/demo-ids.js";
import { BASE, send, sign, webhook, SECRET_KEY, WEBHOOK_SECRET } from "./support/server.mjs";

const MINE = "cus_webhook1";
const T0 = 1_790_000_000;
const payment = (id, extra = {}) => ({
  id,
  resource: "payment",
  amount: 250000,
  currency: "PHP",
  status: "paid",
  fee: 6250,
  net_amount: 243750,
  payment_method: { type: "gcash" },
  created_at: T0,
  ...extra,
});
const succeeded = (evt, pay, customer = MINE) => ({
  id: evt,
  resource: "event",
  type: "payment_intent.succeeded",
  data: { id: `pi_${pay.id}`, resource: "payment_intent", amount: pay.amount, status: "succeeded", customer, latest_payment: pay },
});

let store;
let h;
beforeEach(() => {
  store = createMemoryStore();
  // apiBase points nowhere: webhooks and the payments list never call PayRex.
  h = createPayrexHandler({ secretKey: SECRET_KEY, apiBase: "http://127.0.0.1:9", webhookSecret: WEBHOOK_SECRET, store, authorize: ({ customerId }) => customerId === MINE });
});
const payments = async () => (await send(h, `/customers/${MINE}/payments`)).body;

describe("webhook signatures", () => {
  test("a valid test-mode signature is accepted and the payment lands in the customer's list", async () => {
    const res = await webhook(h, succeeded("evt_1", payment("pay_1")));
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("cache-control"), "no-store");
    const list = await payments();
    assert.deepEqual(list.data.map((p) => p.id), ["pay_1"]);
    assert.equal(list.data[0].payment_intent_id, "pi_pay_1");
  });

  test("li is checked when present, te otherwise", async () => {
    assert.equal((await webhook(h, succeeded("evt_2", payment("pay_2")), { live: true })).status, 200);
    const raw = JSON.stringify(succeeded("evt_3", payment("pay_3")));
    const t = Math.floor(Date.now() / 1000);
    const good = /te=([0-9a-f]+)/.exec(sign(raw, { t }))[1];
    // A valid te does not rescue a wrong li.
    assert.equal(await verifySignature(`t=${t},te=${good},li=${"0".repeat(64)}`, raw, WEBHOOK_SECRET), "invalid");
    assert.equal(await verifySignature(`t=${t},te=${good},li=`, raw, WEBHOOK_SECRET), "ok");
  });

  test("a bad signature, another secret, a changed body or no header is refused and applies nothing", async () => {
    const event = succeeded("evt_4", payment("pay_4"));
    const raw = JSON.stringify(event);
    const post = (body, signature) =>
      h(new Request(`${BASE}/webhooks`, { method: "POST", body, headers: { "content-type": "application/json", ...(signature && { "payrex-signature": signature }) } }));
    assert.equal((await webhook(h, event, { secret: "whsk_test_other" })).status, 400);
    assert.equal((await post(raw.replace("250000", "1"), sign(raw))).status, 400);
    assert.equal((await post(raw)).status, 400);
    assert.equal((await post(raw, "t=abc,te=00")).status, 400);
    assert.equal((await payments()).data.length, 0);
  });

  test("a signature older than 5 minutes is refused", async () => {
    const old = Math.floor(Date.now() / 1000) - 301;
    const res = await webhook(h, succeeded("evt_5", payment("pay_5")), { t: old });
    assert.equal(res.status, 400);
    assert.equal((await res.json()).errors[0].code, "signature_expired");
    assert.equal((await webhook(h, succeeded("evt_6", payment("pay_6")), { t: old + 60 })).status, 200);
    assert.equal((await payments()).data.length, 1);
  });

  test("without a webhookSecret the route does not exist", async () => {
    const bare = createPayrexHandler({ secretKey: SECRET_KEY, store: createMemoryStore(), authorize: () => true });
    assert.equal((await webhook(bare, succeeded("evt_7", payment("pay_7")))).status, 404);
  });

  test("an oversized webhook body is a 413", async () => {
    const big = succeeded("evt_8", payment("pay_8", { description: "x".repeat(70 * 1024) }));
    assert.equal((await webhook(h, big)).status, 413);
  });
});

describe("applying events", () => {
  test("each event id is applied once: a redelivered refund is not counted twice", async () => {
    await webhook(h, succeeded("evt_10", payment("pay_10")));
    const refund = { id: "evt_11", type: "refund.created", data: { id: "re_1", resource: "refund", amount: 50000, payment_id: "pay_10", status: "succeeded" } };
    assert.equal((await webhook(h, refund)).status, 200);
    const dup = await webhook(h, refund);
    assert.equal(dup.status, 200);
    assert.equal((await dup.json()).duplicate, true);
    const [p] = (await payments()).data;
    assert.equal(p.amount_refunded, 50000);
    assert.equal(p.refunded, false);
    await webhook(h, { ...refund, id: "evt_12", data: { ...refund.data, id: "re_2", amount: 200000 } });
    const [full] = (await payments()).data;
    assert.equal(full.amount_refunded, 250000);
    assert.equal(full.refunded, true);
  });

  test("concurrent deliveries of one event apply it once", async () => {
    await webhook(h, succeeded("evt_20", payment("pay_20")));
    const refund = { id: "evt_21", type: "refund.created", data: { id: "re_3", amount: 1000, payment_id: "pay_20" } };
    await Promise.all([webhook(h, refund), webhook(h, refund), webhook(h, refund)]);
    assert.equal((await payments()).data[0].amount_refunded, 1000);
  });

  test("billing_statement.paid links the statement so later payments and reads know their customer", async () => {
    const statement = { id: "bstm_w1", resource: "billing_statement", amount: 250000, currency: "PHP", customer_id: MINE, status: "paid", payment_intent: { id: "pi_w1", status: "succeeded" } };
    await webhook(h, { id: "evt_30", type: "billing_statement.paid", data: statement });
    // PayRex's payment event names only the intent: the link gives the customer and the statement.
    await webhook(h, { id: "evt_31", type: "payment_intent.succeeded", data: { id: "pi_w1", latest_payment: payment("pay_w1", { created_at: T0 + 10 }) } });
    await webhook(h, succeeded("evt_32", payment("pay_w0")));
    const list = await payments();
    assert.deepEqual(list.data.map((p) => p.id), ["pay_w1", "pay_w0"], "newest first");
    assert.equal(list.data[0].billing_statement_id, "bstm_w1");
    assert.equal(list.data[0].payment_intent_id, "pi_w1");
  });

  test("payments of other customers stay out of the list; unknown events are acknowledged", async () => {
    await webhook(h, succeeded("evt_40", payment("pay_40"), "cus_other"));
    assert.equal((await webhook(h, { id: "evt_41", type: "payout.created", data: { id: "po_1" } })).status, 200);
    assert.equal((await payments()).data.length, 0);
    assert.equal((await send(h, "/customers/cus_other/payments")).status, 404);
  });
});

describe("events that name a payment without including it", () => {
  test("proxy mode reads the payment from PayRex", async () => {
    const { fakePayrex } = await import("./support/server.mjs");
    const fake = await fakePayrex(({ path }) =>
      path === "/payments/pay_60" ? { body: payment("pay_60", { customer: { id: MINE, name: "Maria" } }) } : { status: 404, body: { errors: [] } },
    );
    try {
      const proxied = createPayrexHandler({ secretKey: SECRET_KEY, apiBase: fake.url, webhookSecret: WEBHOOK_SECRET, store, authorize: ({ customerId }) => customerId === MINE });
      const res = await webhook(proxied, { id: "evt_60", type: "payment_intent.succeeded", data: { id: "pi_60", resource: "payment_intent", latest_payment: "pay_60" } });
      assert.equal(res.status, 200);
      assert.equal(fake.requests[0].headers.authorization, `Basic ${Buffer.from(`${SECRET_KEY}:`).toString("base64")}`);
      const list = (await send(proxied, `/customers/${MINE}/payments`)).body;
      assert.deepEqual(list.data.map((p) => [p.id, p.payment_intent_id]), [["pay_60", "pi_60"]]);
    } finally {
      await fake.close();
    }
  });
});

describe("webhooks in sandbox mode", () => {
  test("statement events move the stored statement's status", async () => {
    const sandbox = createPayrexHandler({ webhookSecret: WEBHOOK_SECRET, store: createMemoryStore(), authorize: () => true });
    const read = async () => (await send(sandbox, `/billing_statements/${demoIds.statementOpen}`)).body;
    const s = await read();
    assert.equal(s.status, "open");
    assert.equal((await webhook(sandbox, { id: "evt_50", type: "billing_statement.voided", data: { ...s, status: "void" } })).status, 200);
    assert.equal((await read()).status, "void");
  });
});

// The handler's defences, each with an attacker's request: CSRF, body size, idempotency, routing.
import { test, describe, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { createPayrexHandler, createMemoryStore } from "../../dist/lib/server/index.js";
import { BASE, ORIGIN, fakePayrex, send, SECRET_KEY } from "./support/server.mjs";

const maria = { name: "Maria Santos", email: "maria@example.ph" };
let fake;
let creates;
const proxy = (extra = {}) =>
  createPayrexHandler({ secretKey: SECRET_KEY, apiBase: fake.url, store: createMemoryStore(), authorize: () => true, ...extra });

before(async () => (fake = await fakePayrex()));
after(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
  creates = 0;
  fake.reply = ({ body }) => ({ status: 200, body: { id: `cus_${++creates}`, resource: "customer", ...Object.fromEntries(new URLSearchParams(body)) } });
});

describe("CSRF", () => {
  test("a plain HTML form post (urlencoded, text/plain or multipart) is refused and reaches nothing", async () => {
    const h = proxy();
    for (const type of ["application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x"]) {
      const r = await send(h, "/customers", { method: "POST", body: "name=Evil&email=evil%40example.com", headers: { "content-type": type, origin: "https://evil.example" } });
      assert.equal(r.status, 415, type);
    }
    const noType = await send(h, `/customers/cus_1`, { method: "PUT", body: '{"name":"Evil"}', headers: { origin: ORIGIN } });
    assert.equal(noType.status, 415);
    assert.equal(fake.requests.length, 0);
  });

  test("JSON from another site, from a sandboxed frame or without an Origin is refused", async () => {
    const h = proxy();
    for (const origin of ["https://evil.example", "null", "http://shop.test.evil.example", ""]) {
      const r = await send(h, "/customers", { method: "POST", json: maria, origin: null, headers: origin ? { origin } : {} });
      assert.equal(r.status, 403, origin || "no origin");
      assert.equal(r.body.errors[0].code, "forbidden_origin");
    }
    assert.equal(fake.requests.length, 0);
  });

  test("the request's own origin and allowedOrigins may change state", async () => {
    const h = proxy({ allowedOrigins: ["https://app.shop.example"] });
    assert.equal((await send(h, "/customers", { method: "POST", json: maria })).status, 200);
    assert.equal((await send(h, "/customers", { method: "POST", json: maria, origin: "https://app.shop.example" })).status, 200);
    assert.equal((await send(h, "/customers/cus_1", { method: "PUT", json: { name: "M" }, headers: { "content-type": "application/json; charset=utf-8" } })).status, 200);
    assert.equal(fake.requests.length, 3);
  });
});

describe("body size", () => {
  const big = { ...maria, metadata: { note: "x".repeat(70 * 1024) } };
  test("a body over 64 KB is a 413, whether it declares its length or not", async () => {
    const h = proxy();
    assert.equal((await send(h, "/customers", { method: "POST", json: big })).status, 413);
    const stream = new ReadableStream({
      start(c) {
        for (let i = 0; i < 10; i++) c.enqueue(new TextEncoder().encode("x".repeat(8 * 1024)));
        c.close();
      },
    });
    const res = await h(new Request(`${BASE}/customers`, { method: "POST", body: stream, duplex: "half", headers: { "content-type": "application/json", origin: ORIGIN } }));
    assert.equal(res.status, 413);
    assert.equal(res.headers.get("cache-control"), "no-store");
    assert.equal(fake.requests.length, 0);
  });

  test("a body just under the limit is read", async () => {
    const r = await send(proxy(), "/customers", { method: "POST", json: { ...maria, metadata: { note: "x".repeat(400) } } });
    assert.equal(r.status, 200);
  });
});

describe("Idempotency-Key", () => {
  const create = (h, key, body = maria) => send(h, "/customers", { method: "POST", json: body, headers: { "idempotency-key": key } });

  test("the same key and body replay the first answer without a second create", async () => {
    const h = proxy();
    const first = await create(h, "key-1");
    const second = await create(h, "key-1");
    assert.equal(first.status, 200);
    assert.deepEqual(second.body, first.body);
    assert.equal(second.headers.get("idempotent-replayed"), "true");
    assert.equal(fake.requests.length, 1);
    const other = await create(h, "key-2");
    assert.notEqual(other.body.id, first.body.id);
    assert.equal(fake.requests.length, 2);
  });

  test("the same key with another body is a 422 and creates nothing", async () => {
    const h = proxy();
    await create(h, "key-3");
    const r = await create(h, "key-3", { ...maria, name: "Someone Else" });
    assert.equal(r.status, 422);
    assert.equal(r.body.errors[0].code, "idempotency_key_reused");
    assert.equal(fake.requests.length, 1);
  });

  test("concurrent duplicates make one create and all get its answer", async () => {
    let release;
    const gate = new Promise((resolve) => (release = resolve));
    const reply = fake.reply;
    fake.reply = async (entry) => {
      await gate;
      return reply(entry);
    };
    const h = proxy();
    const all = Promise.all(Array.from({ length: 5 }, () => create(h, "key-4")));
    // Let every duplicate arrive while the first create is still at PayRex.
    while (fake.requests.length < 1) await new Promise((r) => setImmediate(r));
    release();
    const answers = await all;
    assert.equal(fake.requests.length, 1);
    assert.deepEqual(new Set(answers.map((a) => a.body.id)), new Set(["cus_1"]));
    assert.ok(answers.every((a) => a.status === 200));
  });

  test("a validation failure is replayed too, and keys are checked", async () => {
    const h = proxy();
    const bad = await create(h, "key-5", { name: "", email: "x" });
    assert.equal(bad.status, 400);
    assert.deepEqual((await create(h, "key-5", { name: "", email: "x" })).body, bad.body);
    assert.equal((await create(h, "key with spaces")).status, 400);
    assert.equal(fake.requests.length, 0);
  });

  test("another session replaying a key and body gets its own create, never the first session's customer", async () => {
    const h = proxy();
    const a = { cookie: "sid=session-a" };
    const first = await send(h, "/customers", { method: "POST", json: maria, headers: { ...a, "idempotency-key": "shared-key" } });
    assert.equal(first.body.id, "cus_1");
    // The attacker knows (or guesses) the key and the body, but not session A's cookie.
    const attacker = await send(h, "/customers", { method: "POST", json: maria, headers: { cookie: "sid=session-b", "idempotency-key": "shared-key" } });
    assert.equal(attacker.status, 200);
    assert.notEqual(attacker.body.id, first.body.id);
    assert.equal(attacker.headers.get("idempotent-replayed"), null);
    assert.ok(!attacker.text.includes(first.body.id));
    // Without credentials, or with A's cookie under a bearer token, it is another requester too.
    for (const headers of [{}, { authorization: "Bearer other", ...a }]) {
      const r = await send(h, "/customers", { method: "POST", json: maria, headers: { ...headers, "idempotency-key": "shared-key" } });
      assert.ok(!r.text.includes(first.body.id), JSON.stringify(headers));
    }
    // A's own retry still replays its first answer without another create.
    const creates = fake.requests.length;
    const retry = await send(h, "/customers", { method: "POST", json: maria, headers: { ...a, "idempotency-key": "shared-key" } });
    assert.deepEqual(retry.body, first.body);
    assert.equal(retry.headers.get("idempotent-replayed"), "true");
    assert.equal(fake.requests.length, creates);
  });

  test("another session's key with a different body is a fresh request, not a 422 that reveals the key is in use", async () => {
    const h = proxy();
    await send(h, "/customers", { method: "POST", json: maria, headers: { cookie: "sid=a", "idempotency-key": "k-7" } });
    const r = await send(h, "/customers", { method: "POST", json: { ...maria, name: "Eve" }, headers: { cookie: "sid=b", "idempotency-key": "k-7" } });
    assert.equal(r.status, 200);
    assert.equal(r.body.name, "Eve");
  });

  // Before scoping, B's duplicate waited on A's create, which never reached PayRex twice: the timeout fails it.
  test("concurrent duplicates from two sessions make one create each, and each gets its own", { timeout: 5000 }, async () => {
    let release;
    const gate = new Promise((resolve) => (release = resolve));
    let bothArrived;
    const arrived = new Promise((resolve) => (bothArrived = resolve));
    const reply = fake.reply;
    fake.reply = async (entry) => {
      if (fake.requests.length === 2) bothArrived();
      await gate;
      return reply(entry);
    };
    const h = proxy();
    const as = (sid) => send(h, "/customers", { method: "POST", json: maria, headers: { cookie: `sid=${sid}`, "idempotency-key": "k-8" } });
    const all = Promise.all([as("a"), as("b"), as("a"), as("b")]);
    await arrived;
    release();
    const [a1, b1, a2, b2] = await all;
    assert.equal(fake.requests.length, 2);
    assert.equal(a1.body.id, a2.body.id);
    assert.equal(b1.body.id, b2.body.id);
    assert.notEqual(a1.body.id, b1.body.id);
  });

  test("idempotencyScope decides who a requester is (a merchant's session id instead of the headers)", async () => {
    const h = proxy({ idempotencyScope: (request) => /sid=([^;]+)/.exec(request.headers.get("cookie") ?? "")?.[1] ?? "" });
    const first = await send(h, "/customers", { method: "POST", json: maria, headers: { cookie: "sid=a; theme=dark", "idempotency-key": "k-9" } });
    // The same session with another unrelated cookie is still the same requester: replayed.
    const again = await send(h, "/customers", { method: "POST", json: maria, headers: { cookie: "sid=a; theme=light", "idempotency-key": "k-9" } });
    assert.equal(again.headers.get("idempotent-replayed"), "true");
    assert.deepEqual(again.body, first.body);
    const other = await send(h, "/customers", { method: "POST", json: maria, headers: { cookie: "sid=b; theme=dark", "idempotency-key": "k-9" } });
    assert.notEqual(other.body.id, first.body.id);
    assert.equal(fake.requests.length, 2);
  });

  test("a key claimed by another process that has not answered is a 409, not a second create", async () => {
    const store = createMemoryStore();
    const h = proxy({ store });
    await create(h, "key-6");
    // Turn the finished record into what another process leaves while its create is in flight.
    const { data } = await store.list("idempotency", { owner: null, limit: 100 });
    const record = data.find((r) => r.id.endsWith(":key-6"));
    await store.put("idempotency", { ...record, data: { fingerprint: record.data.fingerprint } });
    const r = await create(proxy({ store }), "key-6");
    assert.equal(r.status, 409);
    assert.equal(fake.requests.length, 1);
  });
});

describe("routing and headers", () => {
  test("unknown routes are 404 and never reach authorize", async () => {
    let asked = 0;
    const h = proxy({ authorize: () => ++asked > 0 });
    for (const path of [
      "/",
      "/customers/cus_1/secrets",
      "/customers/..%2Fadmin",
      "/payments",
      "/billing_statements/bstm_1/refund",
      "/billing_statements/bstm_1/finalize/now",
      "/billing_statement_line_items/..%2Fcus_1",
    ]) {
      const r = await send(h, path);
      assert.equal(r.status, 404, path);
      assert.equal(r.headers.get("cache-control"), "no-store");
    }
    const outside = await h(new Request(`${ORIGIN}/admin`));
    assert.equal(outside.status, 404);
    assert.equal(asked, 0);
    assert.equal(fake.requests.length, 0);
  });

  test("a wrong method is 405 with Allow", async () => {
    const h = proxy();
    for (const [path, method, allow] of [
      ["/customers/cus_1", "PATCH", "GET, PUT, DELETE"],
      ["/customers", "PUT", "GET, POST"],
      ["/billing_statements", "DELETE", "GET, POST"],
      ["/billing_statements/bstm_1", "POST", "GET, PUT, DELETE"],
      ["/billing_statements/bstm_1/finalize", "GET", "POST"],
      ["/billing_statement_line_items", "GET", "POST"],
      ["/billing_statement_line_items/bstm_li_1", "GET", "PUT, DELETE"],
      ["/webhooks", "GET", "POST"],
    ]) {
      const r = await send(h, path, { method });
      assert.equal(r.status, 405, `${method} ${path}`);
      assert.equal(r.headers.get("allow"), allow);
      assert.equal(r.headers.get("cache-control"), "no-store");
    }
    assert.equal(fake.requests.length, 0);
  });

  test("basePath is configurable", async () => {
    const h = proxy({ basePath: "/billing/" });
    assert.equal(h.basePath, "/billing");
    assert.equal((await h(new Request(`${ORIGIN}/billing/customers/cus_1`))).status, 200);
    assert.equal((await h(new Request(`${BASE}/customers/cus_1`))).status, 404);
  });

  test("authorize that throws answers 500 without calling PayRex", async () => {
    const logs = [];
    const h = proxy({
      authorize: () => {
        throw new Error("session store down");
      },
      onError: (m) => logs.push(m),
    });
    const r = await send(h, "/customers/cus_1");
    assert.equal(r.status, 500);
    assert.ok(!r.text.includes("session store down"));
    assert.equal(fake.requests.length, 0);
    assert.equal(logs.length, 1);
  });

  test("only a literal true allows", async () => {
    const h = proxy({ authorize: () => "yes" });
    assert.equal((await send(h, "/customers/cus_1")).status, 404);
    assert.equal(fake.requests.length, 0);
  });
});

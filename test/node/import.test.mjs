// The `.` export must be importable in plain Node (server rendering, build tools): no DOM, no registration.
import { test } from "node:test";
import assert from "node:assert/strict";
import { lib } from "./lib.mjs";

test("importing the package entry in Node registers nothing and does not throw", async () => {
  const mod = await lib("index.js");
  assert.equal(typeof mod.createFetchAdapter, "function");
  assert.equal(typeof mod.createMemoryAdapter, "function");
  assert.equal(typeof mod.PayrexError, "function");
  assert.equal(typeof mod.PayrexCustomerForm, "function");
  assert.equal(globalThis.document, undefined);
});

test("the fetch adapter refuses a secret key in Node too", async () => {
  const { createFetchAdapter } = await lib("index.js");
  assert.throws(() => createFetchAdapter({ baseUrl: "/api", headers: { Authorization: `Basic ${"sk_" + "live_"}abcdef123456` } }), /secret key/);
});

// Mounting on node:http and as Express/Connect-style middleware through toNodeListener.
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { createPayrexHandler, createMemoryStore } from "../../dist/lib/server/index.js";
import { toNodeListener } from "../../dist/lib/server/node.js";
import { demoIds } from "../../dist/lib/api/demo-ids.js";

const handler = createPayrexHandler({ store: createMemoryStore(), authorize: () => true });
const listener = toNodeListener(handler);
let server;
let origin;
before(async () => {
  // Like an Express app: the payrex middleware first, then the app's own routes.
  server = createServer((req, res) =>
    listener(req, res, () => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("app route");
    }),
  );
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});
after(() => new Promise((resolve) => server.close(resolve)));

test("serves the handler's routes over node:http, bodies and headers included", async () => {
  const res = await fetch(`${origin}/api/payrex/customers/${demoIds.customer}`);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get("cache-control"), "no-store");
  assert.equal((await res.json()).name, "Maria Santos");
  const created = await fetch(`${origin}/api/payrex/customers`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ name: "Melchora Aquino", email: "tandang.sora@example.ph" }),
  });
  assert.equal(created.status, 200);
  assert.match((await created.json()).id, /^cus_/);
});

test("passes other paths to the next middleware", async () => {
  const res = await fetch(`${origin}/shop`);
  assert.equal(await res.text(), "app route");
});

test("routes on the full path when a framework mounted it under a prefix (Express rewrites req.url)", async () => {
  const mounted = createServer((req, res) => {
    req.originalUrl = req.url;
    req.url = req.url.slice("/api/payrex".length) || "/";
    listener(req, res, () => res.end("not passed on"));
  });
  await new Promise((resolve) => mounted.listen(0, "127.0.0.1", resolve));
  try {
    const res = await fetch(`http://127.0.0.1:${mounted.address().port}/api/payrex/customers/${demoIds.customer}`);
    assert.equal(res.status, 200);
    assert.equal((await res.json()).id, demoIds.customer);
  } finally {
    await new Promise((resolve) => mounted.close(resolve));
  }
});

// A React component registers <payrex-provider> before its own element: an element upgraded before the
// provider around it would miss the provider's context (bundlers such as Next.js's may load the
// component modules in any order). Runs in a process of its own, so nothing is registered beforehand.
import { test } from "node:test";
import assert from "node:assert/strict";
import { customElements as serverRegistry } from "@lit-labs/ssr-dom-shim";

test("importing one React component registers the provider first, then its element", async () => {
  const order = [];
  globalThis.customElements = {
    define: (name, ctor, options) => {
      order.push(name);
      serverRegistry.define(name, ctor, options);
    },
    get: (name) => serverRegistry.get(name),
  };
  await import("../../dist/lib/react/payment-history.js");
  assert.deepEqual(order, ["payrex-provider", "payrex-payment-history"]);
});

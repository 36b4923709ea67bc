// The `.` export must be importable in plain Node (server rendering, build tools): no DOM, no registration.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
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

test("the `.` export gives the very values of the modules that declare them (src/public/ only re-binds)", async () => {
  const mod = await lib("index.js");
  const schemas = await lib("api/schemas.js");
  // Every schema value, so one added to api/schemas.ts cannot be missing from the `.` export.
  for (const [name, value] of Object.entries(schemas)) assert.equal(mod[name], value, name);
  const origins = {
    "api/fetch-adapter.js": ["createFetchAdapter"],
    "api/memory-adapter.js": ["createMemoryAdapter", "loadDemoSeed", "demoIds"],
    "core/context.js": ["payrexContext"],
    "core/describe-error.js": ["describeError"],
    "core/i18n.js": ["setMessages"],
    "core/format.js": ["formatMoney", "formatDate"],
    "core/payrex-element.js": ["PayrexElement", "PayrexDataElement"],
    "core/form-control.js": ["PayrexFormControl"],
    "components/provider/provider.js": ["PayrexProvider"],
    "components/customer-form/customer-form.js": ["PayrexCustomerForm"],
    "components/address-editor/address-editor.js": ["PayrexAddressEditor"],
    "components/payment-history/payment-history.js": ["PayrexPaymentHistory"],
    "components/statement-checkout/statement-checkout.js": ["PayrexStatementCheckout", "loadPayrexJs"],
    "components/statement-editor/statement-editor.js": ["PayrexStatementEditor"],
    "components/customer-directory/customer-directory.js": ["PayrexCustomerDirectory"],
  };
  for (const [path, names] of Object.entries(origins)) {
    const origin = await lib(path);
    for (const name of names) {
      assert.notEqual(origin[name], undefined, `${path} exports ${name}`);
      assert.equal(mod[name], origin[name], name);
    }
  }
});

test("the script-tag file exports every name the `.` export does", async () => {
  const file = new URL("../../dist/payrex-components.js", import.meta.url);
  assert.ok(existsSync(file), "dist/payrex-components.js is not built: run `npm run build:bundle` first (npm test does)");
  // esbuild reads the module's export names (the file cannot be imported in Node: it registers elements).
  const { metafile } = await build({ entryPoints: [fileURLToPath(file)], write: false, metafile: true, outdir: "out", logLevel: "silent" });
  const tag = new Set(Object.values(metafile.outputs)[0].exports);
  const missing = Object.keys(await lib("index.js")).filter((name) => !tag.has(name));
  assert.deepEqual(missing, []);
});

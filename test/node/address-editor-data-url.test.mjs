// The library build (dist/lib/) finds the Philippine place data where `npm run build:data` writes it
// (dist/ph/), not under dist/lib/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { lib } from "./lib.mjs";

test("the library's default data URL is dist/ph/", async () => {
  const { phDataUrl } = await lib("components/address-editor/ph-data.js");
  const expected = new URL("../../dist/ph/", import.meta.url).href;
  assert.equal(phDataUrl(), expected);
  assert.ok(existsSync(fileURLToPath(new URL("index.json", phDataUrl()))), "dist/ph/index.json (run `npm run build:data`)");
});

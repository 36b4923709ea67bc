// Metadata as the customer form and the statement editor edit it: rows, and the record they make.
import { test } from "node:test";
import assert from "node:assert/strict";
import { lib } from "./lib.mjs";

const { newRow, rowsOf, rowFields, editRows, readRows, recordOf, ROW_FIELD } = await lib("core/metadata-rows.js");

test("rows of a stored record, each with an id of its own that names its inputs", () => {
  const rows = rowsOf({ plan: "pro", crm: "C-1" });
  assert.deepEqual(rows.map((r) => [r.key, r.value]), [["plan", "pro"], ["crm", "C-1"]]);
  assert.notEqual(rows[0].id, rows[1].id);
  assert.deepEqual(rowFields(rows), [`key-${rows[0].id}`, `value-${rows[0].id}`, `key-${rows[1].id}`, `value-${rows[1].id}`]);
  assert.deepEqual(rowsOf(null), []);
  assert.ok(ROW_FIELD.test(`value-${rows[1].id}`));
  assert.equal(ROW_FIELD.test("metadata"), false);
});

test("typing into a row changes only that row; other fields are not a row's", () => {
  const [a, b] = [newRow("plan", "pro"), newRow()];
  const edited = editRows([a, b], `value-${b.id}`, "x");
  assert.deepEqual(edited, [a, { ...b, value: "x" }]);
  assert.deepEqual(editRows([a, b], `key-${a.id}`, "tier")[0], { ...a, key: "tier" });
  assert.equal(editRows([a, b], "name", "x"), undefined);
});

test("keys are trimmed; a value without a key, a repeated key and a too long value are reported at their field", () => {
  const rows = [newRow(" plan ", "pro"), newRow("", "orphan"), newRow(), newRow("plan", "again"), newRow("note", "x".repeat(6))];
  const { rowOf, errors } = readRows(rows, 5);
  assert.deepEqual(errors, {
    [`key-${rows[1].id}`]: "metadata_key",
    [`key-${rows[3].id}`]: "metadata_duplicate",
    [`value-${rows[4].id}`]: "too_long",
  });
  assert.equal(rowOf.get("plan"), rows[0]);
  assert.deepEqual(recordOf(rowOf), { plan: "pro" });
  // Without a limit, length is left to the schema.
  assert.deepEqual(recordOf(readRows([rows[4]]).rowOf), { note: "xxxxxx" });
  // An empty row is ignored, and no rows make no record.
  assert.deepEqual(readRows([newRow()]), { rowOf: new Map(), errors: {} });
  assert.equal(recordOf(new Map()), null);
  // A key that names an object's prototype is an ordinary key.
  assert.deepEqual(Object.keys(recordOf(readRows([newRow("__proto__", "v")]).rowOf)), ["__proto__"]);
});

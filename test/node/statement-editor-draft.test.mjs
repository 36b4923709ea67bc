// The statement editor's draft and what a save sends: plain data, checked in Node against tsc's output.
import { test } from "node:test";
import assert from "node:assert/strict";
import { lib } from "./lib.mjs";

const { draftOf, editDraft, moveItem, toggleMethod, newItem, newRow, validateDraft, totalOf, finalizeFacts, snapshot, fieldOrder, lineOf, DEFAULT_METHODS } =
  await lib("components/statement-editor/statement-draft.js");
const { statementInput, statementChanges, lineItemOps, afterOp, fieldOf, placeBackendErrors } = await lib(
  "components/statement-editor/save-plan.js",
);

const MANILA = "Asia/Manila";
const ALL = ["card", "gcash", "maya", "qrph", "billease", "bdo_installment"];

const statement = {
  id: "bstm_1",
  resource: "billing_statement",
  amount: 350000,
  currency: "PHP",
  customer_id: "cus_1",
  description: "March retainer",
  status: "draft",
  due_at: Date.UTC(2026, 2, 15, 15, 59, 59) / 1000,
  line_items: [
    { id: "bstm_li_1", description: "Setup fee", unit_price: 150000, quantity: 1 },
    { id: "bstm_li_2", description: "Consulting hour", unit_price: 100000, quantity: 2 },
  ],
  payment_settings: { payment_methods: ["gcash", "card"] },
  metadata: { order: "42" },
};

test("a saved statement's draft, and a new statement's", () => {
  const d = draftOf(statement, MANILA);
  assert.equal(d.description, "March retainer");
  assert.equal(d.due, "2026-03-15");
  assert.deepEqual(d.methods, ["gcash", "card"]);
  assert.deepEqual(d.rows.map((r) => [r.key, r.value]), [["order", "42"]]);
  assert.deepEqual(d.items.map((i) => [i.description, i.price, i.quantity]), [
    ["Setup fee", "1500.00", "1"],
    ["Consulting hour", "1000.00", "2"],
  ]);
  assert.notEqual(d.items[0].key, d.items[1].key);
  const fresh = draftOf(undefined, MANILA);
  assert.deepEqual(fresh.methods, [...DEFAULT_METHODS]);
  assert.equal(fresh.items.length, 1);
  assert.deepEqual([fresh.items[0].description, fresh.items[0].price, fresh.items[0].quantity], ["", "", "1"]);
  // Refilled after a save, items keep their keys by place (the inputs on screen stay).
  const again = draftOf(statement, MANILA, d);
  assert.deepEqual(again.items.map((i) => i.key), d.items.map((i) => i.key));
  assert.deepEqual(again.rows.map((r) => r.id), d.rows.map((r) => r.id));
});

test("edits, moves and payment methods", () => {
  let d = draftOf(statement, MANILA);
  const [a, b] = d.items;
  d = editDraft(d, `item-${b.key}-price`, "1,250.50");
  d = editDraft(d, "description", "April retainer");
  d = editDraft(d, `value-${d.rows[0].id}`, "43");
  d = editDraft(d, "unknown", "x");
  assert.equal(d.items[1].price, "1,250.50");
  assert.equal(d.description, "April retainer");
  assert.equal(d.rows[0].value, "43");
  d = moveItem(d, b.key, -1);
  assert.deepEqual(d.items.map((i) => i.key), [b.key, a.key]);
  assert.equal(moveItem(d, b.key, -1), d, "the first item does not move up");
  assert.equal(moveItem(d, a.key, 1), d, "the last item does not move down");
  d = toggleMethod(d, "maya", true, ALL);
  d = toggleMethod(d, "gcash", false, ALL);
  assert.deepEqual(d.methods, ["card", "maya"]);
  assert.deepEqual(fieldOrder(d).slice(0, 4), ["description", "due", "methods", `item-${b.key}-description`]);
});

test("validates every field of a draft, with codes the catalog translates", () => {
  let d = draftOf(undefined, MANILA);
  const k = d.items[0].key;
  let { value, errors } = validateDraft(d, MANILA);
  assert.equal(value, null);
  assert.deepEqual(errors, { [`item-${k}-description`]: "item_description_required", [`item-${k}-price`]: "price_required" });
  d = editDraft(d, `item-${k}-description`, " Setup fee ");
  d = editDraft(d, `item-${k}-price`, "1500,50");
  d = editDraft(d, `item-${k}-quantity`, "0");
  d = { ...d, methods: [], description: "x".repeat(256), rows: [newRow("", "orphan"), newRow("a", "1"), newRow("a", "2"), newRow("", "")] };
  ({ value, errors } = validateDraft(d, MANILA));
  assert.deepEqual(errors, {
    description: "too_long",
    methods: "methods_required",
    [`key-${d.rows[0].id}`]: "metadata_key",
    [`key-${d.rows[2].id}`]: "metadata_duplicate",
    [`item-${k}-price`]: "money_comma",
    [`item-${k}-quantity`]: "quantity_zero",
  });
  d = { ...d, description: " ", methods: ["card"], rows: [newRow("a", "1"), newRow("", "")] };
  d = editDraft(d, `item-${k}-price`, "₱1,500.50");
  d = editDraft(d, `item-${k}-quantity`, "3");
  d = editDraft(d, "due", "2026-03-15");
  ({ value, errors } = validateDraft(d, MANILA));
  assert.deepEqual(errors, {});
  assert.deepEqual(value, {
    description: null,
    due_at: Date.UTC(2026, 2, 15, 15, 59, 59) / 1000,
    payment_methods: ["card"],
    metadata: { a: "1" },
    line_items: [{ description: "Setup fee", unit_price: 150050, quantity: 3 }],
  });
  assert.equal(validateDraft(editDraft(d, "due", "2026-02-31"), MANILA).errors.due, "due_format");
});

test("the live total counts the items that read as valid, in centavos", () => {
  let d = { ...draftOf(undefined, MANILA), items: [newItem("A", "1.15", "3"), newItem("B", "4.35", "7"), newItem("C", "abc", "1")] };
  assert.deepEqual(totalOf(d), { total: 345 + 3045, incomplete: 1 });
  assert.deepEqual(lineOf(d.items[1]), { unit_price: 435, quantity: 7, total: 3045 });
  assert.deepEqual(lineOf(d.items[2]), { unit_price: undefined, quantity: 1, total: undefined });
  d = { ...d, items: [] };
  assert.deepEqual(totalOf(d), { total: 0, incomplete: 0 });
});

test("what finalizing checks, read from the draft as typed", () => {
  let d = draftOf(undefined, MANILA);
  assert.deepEqual(finalizeFacts(d, MANILA), { due_at: null, items: 1 });
  d = { ...d, due: "2026-03-15", items: [newItem("A", "10", "1"), newItem("B", "5.50", "2")] };
  assert.deepEqual(finalizeFacts(d, MANILA), { due_at: Date.UTC(2026, 2, 15, 15, 59, 59) / 1000, items: 2, total: 2100 });
  assert.deepEqual(finalizeFacts({ ...d, due: "2026-13-01", items: [] }, MANILA), { due_at: null, items: 0, total: 0 });
});

test("unsaved means a different meaning, not different typing", () => {
  const base = draftOf(statement, MANILA);
  const same = snapshot(base);
  const [a] = base.items;
  assert.equal(snapshot(editDraft(base, `item-${a.key}-price`, "1,500")), same);
  assert.equal(snapshot(editDraft(base, `item-${a.key}-price`, "₱1500.0")), same);
  assert.equal(snapshot(editDraft(base, "description", " March retainer ")), same);
  assert.equal(snapshot({ ...base, methods: ["card", "gcash"] }), same);
  assert.equal(snapshot({ ...base, rows: [...base.rows, newRow()] }), same);
  assert.notEqual(snapshot(editDraft(base, `item-${a.key}-price`, "1500.01")), same);
  assert.notEqual(snapshot(editDraft(base, `item-${a.key}-price`, "15oo")), same);
  assert.notEqual(snapshot(moveItem(base, a.key, 1)), same);
  assert.notEqual(snapshot({ ...base, items: [...base.items, newItem()] }), same);
});

test("a create sends every field; an update only what changed (null clears)", () => {
  const value = {
    description: "March retainer",
    due_at: statement.due_at,
    payment_methods: ["card", "gcash"],
    metadata: { order: "42" },
    line_items: [],
  };
  assert.deepEqual(statementInput("cus_1", value), {
    customer_id: "cus_1",
    currency: "PHP",
    description: "March retainer",
    due_at: statement.due_at,
    metadata: { order: "42" },
    payment_settings: { payment_methods: ["card", "gcash"] },
  });
  assert.deepEqual(statementInput("cus_1", { ...value, description: null, due_at: null, metadata: null }), {
    customer_id: "cus_1",
    currency: "PHP",
    payment_settings: { payment_methods: ["card", "gcash"] },
  });
  assert.deepEqual(statementChanges(statement, value), {});
  assert.deepEqual(statementChanges(statement, { ...value, description: null, due_at: null, metadata: null, payment_methods: ["maya"] }), {
    description: null,
    due_at: null,
    metadata: null,
    payment_settings: { payment_methods: ["maya"] },
  });
  assert.deepEqual(statementChanges({ ...statement, description: null, metadata: null, payment_settings: null }, { ...value, metadata: null }), {
    description: "March retainer",
    payment_settings: { payment_methods: ["card", "gcash"] },
  });
});

test("line item requests keep the draft's order with the fewest requests", () => {
  const saved = statement.line_items;
  const setup = { description: "Setup fee", unit_price: 150000, quantity: 1 };
  const hour = { description: "Consulting hour", unit_price: 100000, quantity: 2 };
  const travel = { description: "Travel", unit_price: 25000, quantity: 1 };
  assert.deepEqual(lineItemOps(saved, [setup, hour]), []);
  assert.deepEqual(lineItemOps(saved, [setup, { ...hour, quantity: 3 }]), [
    { op: "update", index: 1, id: "bstm_li_2", changes: { quantity: 3 } },
  ]);
  assert.deepEqual(lineItemOps(saved, [setup, hour, travel]), [{ op: "create", index: 2, line: travel }]);
  assert.deepEqual(lineItemOps(saved, [hour]), [
    { op: "update", index: 0, id: "bstm_li_1", changes: { description: "Consulting hour", unit_price: 100000, quantity: 2 } },
    { op: "delete", id: "bstm_li_2" },
  ]);
  assert.deepEqual(lineItemOps(saved, [hour, setup]), [
    { op: "update", index: 0, id: "bstm_li_1", changes: { description: "Consulting hour", unit_price: 100000, quantity: 2 } },
    { op: "update", index: 1, id: "bstm_li_2", changes: { description: "Setup fee", unit_price: 150000, quantity: 1 } },
  ]);
  assert.deepEqual(lineItemOps(saved, []), [{ op: "delete", id: "bstm_li_2" }, { op: "delete", id: "bstm_li_1" }]);
  assert.deepEqual(lineItemOps([], [setup]), [{ op: "create", index: 0, line: setup }]);
  // Applying the requests one by one gives the draft's lines.
  const lines = [travel, setup];
  let now = [...saved];
  let n = 0;
  for (const op of lineItemOps(saved, lines)) {
    now = afterOp(now, op, op.op === "create" ? { id: `new_${++n}`, ...op.line } : undefined);
  }
  assert.deepEqual(now.map(({ description, unit_price, quantity }) => ({ description, unit_price, quantity })), lines);
});

test("the backend's messages go to the field, or the line item, they name", () => {
  const d = draftOf(statement, MANILA);
  const [a, b] = d.items;
  assert.equal(fieldOf(d, "unit_price", 1), `item-${b.key}-price`);
  assert.equal(fieldOf(d, "quantity", 0), `item-${a.key}-quantity`);
  assert.equal(fieldOf(d, "description", 0), `item-${a.key}-description`);
  assert.equal(fieldOf(d, "description"), "description");
  assert.equal(fieldOf(d, "line_items[1][unit_price]"), `item-${b.key}-price`);
  assert.equal(fieldOf(d, "line_items[7][unit_price]"), "items");
  assert.equal(fieldOf(d, "line_items"), "items");
  assert.equal(fieldOf(d, "due_at"), "due");
  assert.equal(fieldOf(d, "payment_settings[payment_methods][0]"), "methods");
  assert.equal(fieldOf(d, "metadata[order]"), `value-${d.rows[0].id}`);
  assert.equal(fieldOf(d, "metadata[gone]"), "metadata");
  assert.equal(fieldOf(d, "amount"), "total");
  assert.equal(fieldOf(d, "customer_id"), undefined);
  assert.equal(fieldOf(d, null), undefined);
  assert.deepEqual(
    placeBackendErrors(
      d,
      [
        { code: "parameter_invalid", detail: "Unit price is too low.", parameter: "unit_price" },
        { code: "parameter_invalid", parameter: "quantity" },
        { code: "resource_invalid_state", detail: "The customer was deleted.", parameter: "customer_id" },
        { code: "x" },
      ],
      "Check this field.",
      1,
    ),
    {
      server: { [`item-${b.key}-price`]: "Unit price is too low.", [`item-${b.key}-quantity`]: "Check this field." },
      alert: ["The customer was deleted."],
    },
  );
});

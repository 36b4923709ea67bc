// The payment history's rules (status shown, filter and sort, filter options) are plain data and
// functions: checked in Node against tsc's output.
import { test } from "node:test";
import assert from "node:assert/strict";
import { lib } from "./lib.mjs";

const { viewsOf, statusOf, dateOf, showRows, statementNumbers, columnsOf } = await lib("components/payment-history/history-rows.js");

const NOW = 1_760_000_000;
const DAY = 86_400;
const payment = (id, over = {}) => ({ id, amount: 1000, currency: "PHP", status: "paid", created_at: NOW, ...over });
const statement = (id, over = {}) => ({ id, amount: 1000, currency: "PHP", status: "open", due_at: NOW + DAY, created_at: NOW - 30 * DAY, ...over });
const ids = (rows) => rows.map((r) => r.id);

test("views: both unless the attribute names some, in a fixed order", () => {
  assert.deepEqual(viewsOf(undefined), ["payments", "billing-statements"]);
  assert.deepEqual(viewsOf(""), ["payments", "billing-statements"]);
  assert.deepEqual(viewsOf("billing-statements"), ["billing-statements"]);
  assert.deepEqual(viewsOf("billing-statements, payments"), ["payments", "billing-statements"]);
  assert.deepEqual(viewsOf("refunds"), ["payments", "billing-statements"]);
});

test("status: a payment's own; an open statement past its due time is overdue", () => {
  assert.equal(statusOf(payment("p", { status: "failed" }), "payments", NOW), "failed");
  assert.equal(statusOf(statement("a", { due_at: NOW - 1 }), "billing-statements", NOW), "overdue");
  assert.equal(statusOf(statement("b", { due_at: NOW }), "billing-statements", NOW), "open");
  assert.equal(statusOf(statement("c", { due_at: null }), "billing-statements", NOW), "open");
  assert.equal(statusOf(statement("d", { status: "paid", due_at: NOW - DAY }), "billing-statements", NOW), "paid");
  assert.equal(statusOf(statement("e", { status: "disputed" }), "billing-statements", NOW), "disputed");
});

test("date: a payment's time; a statement's due date, else its creation", () => {
  assert.equal(dateOf(payment("p", { created_at: 5 }), "payments"), 5);
  assert.equal(dateOf(statement("s", { due_at: 7 }), "billing-statements"), 7);
  assert.equal(dateOf(statement("s", { due_at: null, created_at: 3 }), "billing-statements"), 3);
  assert.equal(dateOf(statement("s", { due_at: null, created_at: undefined }), "billing-statements"), 0);
});

test("filter and sort: newest first by default, oldest on request, same dates keep the backend's order", () => {
  const rows = [
    payment("a", { created_at: 2 }),
    payment("b", { created_at: 3, status: "failed" }),
    payment("c", { created_at: 1 }),
    payment("d", { created_at: 2, status: "chargeback" }),
  ];
  assert.deepEqual(ids(showRows(rows, "payments", "", "newest", NOW).rows), ["b", "a", "d", "c"]);
  assert.deepEqual(ids(showRows(rows, "payments", "", "oldest", NOW).rows), ["c", "a", "d", "b"]);
  assert.deepEqual(ids(showRows(rows, "payments", "paid", "newest", NOW).rows), ["a", "c"]);
  assert.deepEqual(ids(showRows(rows, "payments", "pending", "newest", NOW).rows), []);
  // The loaded rows are not reordered in place.
  assert.deepEqual(ids(rows), ["a", "b", "c", "d"]);
});

test("filter options: the view's known statuses, then unknown ones found in the rows", () => {
  const pays = [payment("a", { status: "chargeback" }), payment("b"), payment("c", { status: "" })];
  assert.deepEqual(showRows(pays, "payments", "", "newest", NOW).statuses, ["pending", "paid", "failed", "chargeback"]);
  const stmts = [statement("a", { due_at: NOW - DAY }), statement("b", { status: "disputed" })];
  const shown = showRows(stmts, "billing-statements", "overdue", "newest", NOW);
  assert.deepEqual(shown.statuses, ["draft", "open", "overdue", "paid", "void", "uncollectible", "disputed"]);
  assert.deepEqual(ids(shown.rows), ["a"]);
});

test("statements sort by due date, a draft without one by its creation", () => {
  const rows = [
    statement("due-later", { due_at: NOW + 2 * DAY }),
    statement("draft", { status: "draft", due_at: null, created_at: NOW - 90 * DAY }),
    statement("due-sooner", { due_at: NOW + DAY }),
  ];
  assert.deepEqual(ids(showRows(rows, "billing-statements", "", "newest", NOW).rows), ["due-later", "due-sooner", "draft"]);
});

test("statement numbers by id, for statements that have one", () => {
  const numbers = statementNumbers([
    statement("bstm_1", { billing_statement_number: "ABC-0001" }),
    statement("bstm_2", { billing_statement_number: null }),
  ]);
  assert.deepEqual([...numbers], [["bstm_1", "ABC-0001"]]);
});

test("columns: Refunded and Statement only when a loaded payment has one", () => {
  const plain = [payment("a"), payment("b", { amount_refunded: 0, billing_statement_id: null })];
  assert.deepEqual(columnsOf("payments", plain), ["date", "description", "method", "amount", "status"]);
  assert.deepEqual(columnsOf("payments", [...plain, payment("c", { amount_refunded: 1 })]), [
    "date",
    "description",
    "method",
    "amount",
    "refunded",
    "status",
  ]);
  assert.deepEqual(columnsOf("payments", [...plain, payment("d", { billing_statement_id: "bstm_1" })]), [
    "date",
    "description",
    "method",
    "amount",
    "status",
    "statement",
  ]);
  assert.deepEqual(columnsOf("payments", []), ["date", "description", "method", "amount", "status"]);
  assert.deepEqual(columnsOf("billing-statements", [statement("s")]), ["number", "description", "dueDate", "amount", "status"]);
});

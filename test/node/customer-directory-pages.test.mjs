// The customer directory's cursor paging (what lies around the page shown, the cursors of the
// pages next to it): checked in Node against tsc's output.
import { test } from "node:test";
import assert from "node:assert/strict";
import { lib } from "./lib.mjs";

const { pageStateOf, nextCursor, previousCursor, FIRST_PAGE } = await lib("components/customer-directory/pages.js");

const rows = (...ids) => ids.map((id) => ({ id }));
const list = (ids, has_more) => ({ data: rows(...ids), has_more });

test("the first page: next when PayRex has more, never a previous", () => {
  assert.deepEqual(pageStateOf(undefined, list(["a", "b"], true), 1), { hasNext: true, hasPrevious: false, number: 1 });
  assert.deepEqual(pageStateOf(undefined, list(["a", "b"], false), 1), { hasNext: false, hasPrevious: false, number: 1 });
  assert.deepEqual(pageStateOf(undefined, undefined, 1), FIRST_PAGE);
});

test("a page after a row: previous exists (it was left), next when PayRex has more after it", () => {
  assert.deepEqual(pageStateOf({ after: "b" }, list(["c", "d"], true), 2), { hasNext: true, hasPrevious: true, number: 2 });
  assert.deepEqual(pageStateOf({ after: "d" }, list(["e"], false), 3), { hasNext: false, hasPrevious: true, number: 3 });
});

test("a page before a row: next exists (it was left), previous when PayRex has more before it", () => {
  assert.deepEqual(pageStateOf({ before: "e" }, list(["c", "d"], true), 2), { hasNext: true, hasPrevious: true, number: 2 });
  assert.deepEqual(pageStateOf({ before: "c" }, list(["a", "b"], false), 1), { hasNext: true, hasPrevious: false, number: 1 });
});

test("page numbers stay honest when customers were added or removed meanwhile", () => {
  // Going back reached the start sooner than counted: that page is page 1.
  assert.equal(pageStateOf({ before: "c" }, list(["a", "b"], false), 3).number, 1);
  // Customers added at the top: going back from "page 2" finds more before it: at least page 2.
  assert.equal(pageStateOf({ before: "c" }, list(["a", "b"], true), 1).number, 2);
});

test("an empty page never claims more (it would page forever)", () => {
  assert.deepEqual(pageStateOf(undefined, list([], true), 1), { hasNext: false, hasPrevious: false, number: 1 });
  assert.deepEqual(pageStateOf({ after: "z" }, list([], true), 4), { hasNext: false, hasPrevious: true, number: 4 });
  assert.deepEqual(pageStateOf({ before: "a" }, list([], true), 2), { hasNext: true, hasPrevious: false, number: 1 });
});

test("cursors name the row next to the page wanted; with no rows, the first page", () => {
  assert.deepEqual(nextCursor(rows("a", "b", "c")), { after: "c" });
  assert.deepEqual(previousCursor(rows("a", "b", "c")), { before: "a" });
  assert.equal(nextCursor([]), undefined);
  assert.equal(previousCursor([]), undefined);
});

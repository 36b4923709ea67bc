// The statement lifecycle the editor offers, and its due dates in the merchant's time zone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { lib } from "./lib.mjs";

const { actionsFor, isEditable, methodsFor, methodsForStatus, finalizeProblems, CONFIRMED } = await lib(
  "components/statement-editor/lifecycle.js",
);
const { dueAtOf, dateInZone, dayInZone, todayInZone } = await lib("components/statement-editor/due-dates.js");

const MANILA = "Asia/Manila";
// 2026-03-10 12:00 in Manila (04:00 UTC).
const NOW = Date.UTC(2026, 2, 10, 4, 0, 0);

test("each status allows only its actions", () => {
  assert.deepEqual(actionsFor(undefined), ["save", "finalize"]);
  assert.deepEqual(actionsFor("draft"), ["save", "finalize", "delete"]);
  assert.deepEqual(actionsFor("open"), ["send", "void", "mark_uncollectible"]);
  for (const status of ["paid", "void", "uncollectible", "refunded_someday"]) assert.deepEqual(actionsFor(status), []);
  assert.equal(isEditable(undefined), true);
  assert.equal(isEditable("draft"), true);
  for (const status of ["open", "paid", "void", "uncollectible"]) assert.equal(isEditable(status), false);
  assert.deepEqual([...CONFIRMED].sort(), ["delete", "mark_uncollectible", "send", "void"]);
});

test("names the adapter methods each action needs", () => {
  assert.deepEqual(methodsFor("save", undefined), ["createBillingStatement", "createLineItem"]);
  assert.deepEqual(methodsFor("save", "draft"), ["updateBillingStatement", "createLineItem", "updateLineItem", "deleteLineItem"]);
  assert.deepEqual(methodsFor("finalize", undefined), ["createBillingStatement", "createLineItem", "finalizeBillingStatement"]);
  assert.deepEqual(methodsFor("mark_uncollectible", "open"), ["markUncollectibleBillingStatement"]);
  assert.deepEqual(methodsForStatus("open"), ["sendBillingStatement", "voidBillingStatement", "markUncollectibleBillingStatement"]);
  assert.deepEqual(methodsForStatus("draft"), [
    "updateBillingStatement",
    "createLineItem",
    "updateLineItem",
    "deleteLineItem",
    "finalizeBillingStatement",
    "deleteBillingStatement",
  ]);
  assert.deepEqual(methodsForStatus("paid"), []);
});

test("finalizing needs a due date, a line item and a total PayRex can collect", () => {
  const due = dueAtOf("2026-03-20", MANILA);
  const check = (facts) => finalizeProblems(facts, NOW, MANILA);
  assert.deepEqual(check({ due_at: due, items: 1, total: 150000 }), {});
  assert.deepEqual(check({ due_at: null, items: 0, total: 0 }), { due: "due_required", items: "items_required" });
  assert.deepEqual(check({ due_at: null, items: 2, total: 150000 }), { due: "due_required" });
  assert.deepEqual(check({ due_at: dueAtOf("2026-03-09", MANILA), items: 1, total: 150000 }), { due: "due_past" });
  // Due today is fine, all day long.
  assert.deepEqual(check({ due_at: dueAtOf("2026-03-10", MANILA), items: 1, total: 150000 }), {});
  assert.deepEqual(check({ due_at: due, items: 1, total: 1999 }), { total: "total_min" });
  assert.deepEqual(check({ due_at: due, items: 2, total: 2000 }), {});
  assert.deepEqual(check({ due_at: due, items: 2, total: 6_000_000_000 }), { total: "total_max" });
  // A line item that does not read yet: its own message says why, the total is not judged.
  assert.deepEqual(check({ due_at: due, items: 2 }), {});
});

test("a due date is the last second of that day in the merchant's time zone", () => {
  const dueAt = dueAtOf("2026-03-15", MANILA);
  // 23:59:59 in Manila (UTC+8) is 15:59:59 UTC.
  assert.equal(dueAt, Date.UTC(2026, 2, 15, 15, 59, 59) / 1000);
  assert.equal(dateInZone(dueAt, MANILA), "2026-03-15");
  // The same moment is already the 16th in Tokyo, still the 15th in New York.
  assert.equal(dateInZone(dueAt, "Asia/Tokyo"), "2026-03-16");
  assert.equal(dateInZone(dueAt, "America/New_York"), "2026-03-15");
  // A zone that changes its clocks that night: still the last second of the day.
  const ny = dueAtOf("2026-03-08", "America/New_York");
  assert.equal(dateInZone(ny, "America/New_York"), "2026-03-08");
  assert.equal(dateInZone(ny + 1, "America/New_York"), "2026-03-09");
  assert.equal(dueAtOf("2026-02-30", MANILA), null);
  assert.equal(dueAtOf("15/03/2026", MANILA), null);
  assert.equal(dueAtOf("", MANILA), null);
  assert.equal(todayInZone(NOW, MANILA), "2026-03-10");
  assert.equal(dayInZone(NOW, MANILA) - dayInZone(Date.UTC(2026, 2, 9, 16, 0, 1), MANILA), 0);
});

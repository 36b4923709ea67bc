// The checkout's due-date wording is plain date arithmetic: checked in Node against tsc's output.
import { test } from "node:test";
import assert from "node:assert/strict";
import { lib } from "./lib.mjs";

const { MERCHANT_TIME_ZONE, dayNumber, dueWording, isOverdue, isTimeZone } = await lib("components/statement-checkout/due-date.js");

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const sec = (ms) => Math.floor(ms / 1000);
// 2026-06-15 12:00 UTC is 20:00 in Manila (UTC+8, no daylight saving).
const NOW = Date.UTC(2026, 5, 15, 12);

test("dayNumber counts calendar dates in the given time zone", () => {
  const utcDay = Math.floor(NOW / DAY);
  assert.equal(dayNumber(NOW, "UTC"), utcDay);
  assert.equal(dayNumber(NOW, "Asia/Manila"), utcDay);
  // 17:00 UTC is already the next day in Manila, still the same day in Los Angeles.
  assert.equal(dayNumber(NOW + 5 * HOUR, "Asia/Manila"), utcDay + 1);
  assert.equal(dayNumber(NOW + 5 * HOUR, "America/Los_Angeles"), utcDay);
  assert.equal(dayNumber(Date.UTC(2026, 5, 15, 6), "America/Los_Angeles"), utcDay - 1);
  assert.throws(() => dayNumber(NOW, "Mars/Olympus_Mons"), RangeError);
});

test("a future due date: today, or in N calendar days", () => {
  assert.deepEqual(dueWording(sec(NOW + 3 * DAY), NOW, "UTC"), { key: "dueIn", days: 3 });
  assert.deepEqual(dueWording(sec(NOW + DAY), NOW, "UTC"), { key: "dueIn", days: 1 });
  assert.deepEqual(dueWording(sec(NOW + HOUR), NOW, "UTC"), { key: "dueToday" });
  // Tomorrow morning is "in 1 day" tonight, although fewer than 24 hours away.
  assert.deepEqual(dueWording(sec(Date.UTC(2026, 5, 16, 1)), Date.UTC(2026, 5, 15, 23), "UTC"), { key: "dueIn", days: 1 });
});

test("a past due date: earlier today, or overdue by N days", () => {
  assert.deepEqual(dueWording(sec(NOW - HOUR), NOW, "UTC"), { key: "overdueToday" });
  assert.deepEqual(dueWording(sec(NOW - DAY), NOW, "UTC"), { key: "overdueBy", days: 1 });
  assert.deepEqual(dueWording(sec(NOW - 4 * DAY), NOW, "UTC"), { key: "overdueBy", days: 4 });
  // Yesterday evening is one day late this morning, although fewer than 24 hours ago.
  assert.deepEqual(dueWording(sec(Date.UTC(2026, 5, 14, 22)), Date.UTC(2026, 5, 15, 8), "UTC"), { key: "overdueBy", days: 1 });
});

test("days are counted in the time zone asked for, not where the code runs", () => {
  // Due 00:30 on 16 June in Manila, seen at 20:00 on 15 June in Manila: tomorrow there. In Los
  // Angeles both moments fall on 15 June.
  const due = sec(Date.UTC(2026, 5, 15, 16, 30));
  assert.deepEqual(dueWording(due, NOW, "Asia/Manila"), { key: "dueIn", days: 1 });
  assert.deepEqual(dueWording(due, NOW, "America/Los_Angeles"), { key: "dueToday" });
  // Due 23:30 on 15 June in Manila, seen at 00:30 on 16 June there: one day late, not "earlier today".
  const late = sec(Date.UTC(2026, 5, 15, 15, 30));
  assert.deepEqual(dueWording(late, Date.UTC(2026, 5, 15, 16, 30), "Asia/Manila"), { key: "overdueBy", days: 1 });
  assert.deepEqual(dueWording(late, Date.UTC(2026, 5, 15, 16, 30), "UTC"), { key: "overdueToday" });
});

test("only an open statement past its due time is overdue", () => {
  assert.equal(isOverdue({ status: "open", due_at: sec(NOW - 1000) }, NOW), true);
  assert.equal(isOverdue({ status: "open", due_at: sec(NOW + 1000) }, NOW), false);
  assert.equal(isOverdue({ status: "paid", due_at: sec(NOW - DAY) }, NOW), false);
  assert.equal(isOverdue({ status: "draft", due_at: sec(NOW - DAY) }, NOW), false);
  assert.equal(isOverdue({ status: "open", due_at: null }, NOW), false);
  assert.equal(isOverdue({ status: "open" }, NOW), false);
});

test("time zones Intl knows, and the merchant's default", () => {
  assert.equal(MERCHANT_TIME_ZONE, "Asia/Manila");
  for (const zone of ["Asia/Manila", "UTC", "America/Los_Angeles", "asia/manila"]) assert.equal(isTimeZone(zone), true, zone);
  for (const zone of ["Mars/Olympus_Mons", "", "+08:00 Manila"]) assert.equal(isTimeZone(zone), false, zone);
});

/**
 * How an open statement's due date reads next to "now": plain rules on dates (no DOM), tested in
 * Node. Days are counted between calendar dates in one time zone, not as 24-hour periods, so a
 * statement due tomorrow morning is "due in 1 day" tonight.
 */

export { MERCHANT_TIME_ZONE, isTimeZone } from "../../core/time-zone.js";

const DAY = 864e5;
const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date of `ms` in `timeZone` (the runtime's own zone when undefined), as a count of
 * days since 1970-01-01. Throws a RangeError for a time zone `Intl` does not know.
 */
export function dayNumber(ms: number, timeZone?: string): number {
  const key = timeZone ?? "";
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "numeric", day: "numeric" });
    formats.set(key, format);
  }
  const parts = format.formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return Math.round(Date.UTC(part("year"), part("month") - 1, part("day")) / DAY);
}

/** What to say about a due date: a message key of the checkout's catalog and its day count. */
export type DueWording =
  | { key: "dueToday" }
  | { key: "dueIn"; days: number }
  | { key: "overdueToday" }
  | { key: "overdueBy"; days: number };

/** An open statement past its due time is overdue ("Overdue" is not one of PayRex's statuses). */
export function isOverdue(statement: { status: string; due_at?: number | null }, now: number): boolean {
  return statement.status === "open" && statement.due_at != null && statement.due_at * 1000 < now;
}

/**
 * The wording for a due date `dueAt` (Unix seconds) seen at `now` (milliseconds), with days counted
 * in `timeZone`: "due today", "due in N days", "was due earlier today" (past its due time on the
 * due date itself, where "overdue by 1 day" would be wrong) or "overdue by N days".
 */
export function dueWording(dueAt: number, now: number, timeZone?: string): DueWording {
  const due = dueAt * 1000;
  const days = dayNumber(due, timeZone) - dayNumber(now, timeZone);
  if (due < now) return days >= 0 ? { key: "overdueToday" } : { key: "overdueBy", days: -days };
  return days <= 0 ? { key: "dueToday" } : { key: "dueIn", days };
}

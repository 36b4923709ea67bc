/**
 * A statement's due date as the merchant's calendar reads it: the date input's `YYYY-MM-DD` and
 * PayRex's `due_at` (Unix seconds). Plain `Intl` arithmetic (no DOM), tested in Node.
 */

const DAY = 864e5;
const formats = new Map<string, Intl.DateTimeFormat>();

function partsIn(ms: number, timeZone: string) {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formats.set(timeZone, format);
  }
  const parts = format.formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { y: part("year"), m: part("month"), d: part("day"), h: part("hour"), min: part("minute"), s: part("second") };
}

/** The calendar date of `ms` in `timeZone`, as days since 1970-01-01. Throws a RangeError for an unknown zone. */
export function dayInZone(ms: number, timeZone: string): number {
  const { y, m, d } = partsIn(ms, timeZone);
  return Math.round(Date.UTC(y, m - 1, d) / DAY);
}

/** `YYYY-MM-DD` of `seconds` in `timeZone`, for a date input. */
export function dateInZone(seconds: number, timeZone: string): string {
  const { y, m, d } = partsIn(seconds * 1000, timeZone);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Today's `YYYY-MM-DD` in `timeZone` (the date input's `min`). */
export const todayInZone = (now: number, timeZone: string): string => dateInZone(Math.floor(now / 1000), timeZone);

/**
 * The last second of `date` (`YYYY-MM-DD`) in `timeZone`, in Unix seconds: a statement due on the
 * 15th is not overdue until the 15th is over, wherever the merchant's customer is. `null` for a
 * string that is not a real date.
 */
export function dueAtOf(date: string, timeZone: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const wall = Date.UTC(y, m - 1, d, 23, 59, 59);
  const check = new Date(wall);
  if (y < 1 || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return null;
  // The zone's offset at that moment (twice, for a day on which the offset changes).
  const offsetAt = (ms: number) => {
    const p = partsIn(ms, timeZone);
    return Date.UTC(p.y, p.m - 1, p.d, p.h, p.min, p.s) - Math.floor(ms / 1000) * 1000;
  };
  let ms = wall - offsetAt(wall);
  ms = wall - offsetAt(ms);
  return Math.floor(ms / 1000);
}

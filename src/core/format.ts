/** Money and date formatting through `Intl`, with formatter instances cached per locale. */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

/** Integer centavos (minor units) to a localised amount, e.g. `₱1,234.50`. */
export function formatMoney(minor: number, currency: string, locale: string): string {
  const c = currency.toUpperCase();
  let f: Intl.NumberFormat;
  try {
    f = cached(`n|${locale}|${c}`, () =>
      new Intl.NumberFormat(locale, { style: "currency", currency: c, currencyDisplay: "narrowSymbol" }),
    );
  } catch {
    // An unknown currency code from a backend must not break the view.
    return `${c} ${(minor / 100).toFixed(2)}`;
  }
  const digits = f.resolvedOptions().maximumFractionDigits ?? 2;
  return f.format(minor / 10 ** digits);
}

export type DateStyle = "date" | "datetime";

/**
 * Unix seconds to a localised date (or date and time), as the calendar reads in `timeZone` (an IANA
 * name such as `Asia/Manila`; the browser's own zone when omitted). Throws a RangeError for a time
 * zone `Intl` does not know.
 */
export function formatDate(seconds: number, locale: string, style: DateStyle = "date", timeZone?: string): string {
  const f = cached(`d|${locale}|${style}|${timeZone ?? ""}`, () =>
    new Intl.DateTimeFormat(
      locale,
      style === "date" ? { dateStyle: "medium", timeZone } : { dateStyle: "medium", timeStyle: "short", timeZone },
    ),
  );
  return f.format(new Date(seconds * 1000));
}

/** An ISO 8601 date for a `<time datetime>` attribute. */
export const isoDate = (seconds: number): string => new Date(seconds * 1000).toISOString();

/**
 * Money as people type it, in pesos, to integer centavos, and back for an input: plain string
 * arithmetic (never `parseFloat(x) * 100`, which turns 1.15 into 114.99999…), tested in Node.
 */
import { MAX_AMOUNT } from "../../api/staff-schemas.js";

/** Why a typed amount or quantity is refused: a message code of the editor's catalog. */
export type MoneyProblem =
  | "required"
  | "money_format"
  | "money_comma"
  | "money_decimals"
  | "money_negative"
  | "money_zero"
  | "money_too_large";

export type QuantityProblem = "required" | "quantity_format" | "quantity_zero" | "quantity_too_large";

export type Parsed<P> = { ok: true; value: number } | { ok: false; problem: P };

/** The most units one line item may have (PayRex's `quantity`). */
export const MAX_QUANTITY = 1_000_000;

// The peso sign, "PHP" or "P" in front (or "PHP"/"php" behind), as people write it on receipts.
const CURRENCY = /^(?:₱|php|p)\s*|\s*(?:php|₱)$/gi;
// Spaces people (and copied amounts) put between groups: plain, no-break, narrow no-break, thin.
const SPACES = /[\s\u00a0\u202f\u2009]+/g;
const GROUPED = /^\d{1,3}(?:,\d{3})+$/;

/**
 * Pesos as typed, to centavos: `1500`, `1,500.50`, `₱1,500.5`, `PHP 1 500`, `.75` and `1500.` are
 * read; a comma before centavos (`1500,50`), more than two decimals, a minus sign, zero and amounts
 * over PayRex's limit are refused with the reason.
 */
export function parsePesos(text: string): Parsed<MoneyProblem> {
  let s = text.trim();
  if (!s) return { ok: false, problem: "required" };
  // A minus sign before or after the peso sign, or accountants' parentheses.
  const bare = s.replace(/^[-−]\s*/, "").replace(CURRENCY, "").trim();
  if (bare !== s.replace(CURRENCY, "").trim() || /^[-−(]|[-)]$/.test(bare)) return { ok: false, problem: "money_negative" };
  s = bare.replace(SPACES, "");
  const match = /^([\d,]*)(?:\.(\d*))?$/.exec(s);
  if (!match || !/\d/.test(s)) return { ok: false, problem: "money_format" };
  const [, whole = "", fraction = ""] = match;
  if (whole.includes(",") && !GROUPED.test(whole)) {
    // `1500,50` or `1,50`: a comma where centavos belong.
    return { ok: false, problem: /,\d{1,2}$/.test(whole) && !match[2] ? "money_comma" : "money_format" };
  }
  if (fraction.length > 2) return { ok: false, problem: "money_decimals" };
  const digits = whole.replace(/,/g, "").replace(/^0+(?=\d)/, "");
  // Longer than any allowed amount: refuse before the number loses precision.
  if (digits.length > 13) return { ok: false, problem: "money_too_large" };
  const centavos = Number(digits || "0") * 100 + Number(fraction.padEnd(2, "0"));
  if (centavos === 0) return { ok: false, problem: "money_zero" };
  if (centavos > MAX_AMOUNT) return { ok: false, problem: "money_too_large" };
  return { ok: true, value: centavos };
}

/** Centavos as an input shows them for editing: `150050` → `1500.50` (no grouping, always two decimals). */
export function pesosText(centavos: number): string {
  const sign = centavos < 0 ? "-" : "";
  const abs = Math.abs(Math.trunc(centavos));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** A quantity as typed: a whole number from 1 to 1,000,000 (`1,000` is read as a thousand). */
export function parseQuantity(text: string): Parsed<QuantityProblem> {
  const s = text.trim().replace(SPACES, "");
  if (!s) return { ok: false, problem: "required" };
  if (!/^\d+$/.test(s) && !GROUPED.test(s)) return { ok: false, problem: "quantity_format" };
  const digits = s.replace(/,/g, "").replace(/^0+(?=\d)/, "");
  if (digits.length > 7) return { ok: false, problem: "quantity_too_large" };
  const n = Number(digits);
  if (n === 0) return { ok: false, problem: "quantity_zero" };
  if (n > MAX_QUANTITY) return { ok: false, problem: "quantity_too_large" };
  return { ok: true, value: n };
}

/**
 * Unit price × quantity, summed, in centavos: integer arithmetic, exact up to 2^53 centavos, a
 * million times PayRex's limit (a sum beyond that is refused as too large anyway).
 */
export function sumLines(lines: ReadonlyArray<{ unit_price: number; quantity: number }>): number {
  return lines.reduce((sum, line) => sum + line.unit_price * line.quantity, 0);
}

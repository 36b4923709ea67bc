// Pesos as people type them, to integer centavos, and the live total: checked in Node against tsc's output.
import { test } from "node:test";
import assert from "node:assert/strict";
import { lib } from "./lib.mjs";

const { parsePesos, parseQuantity, pesosText, sumLines, MAX_QUANTITY } = await lib("components/statement-editor/money.js");

const centavos = (text) => {
  const r = parsePesos(text);
  assert.equal(r.ok, true, `${JSON.stringify(text)} should read as money, got ${r.problem}`);
  return r.value;
};
const problem = (text) => {
  const r = parsePesos(text);
  assert.equal(r.ok, false, `${JSON.stringify(text)} should be refused, got ${r.value}`);
  return r.problem;
};

test("reads amounts as people type them in pesos", () => {
  assert.equal(centavos("1500"), 150000);
  assert.equal(centavos("1,500"), 150000);
  assert.equal(centavos("1,500.50"), 150050);
  assert.equal(centavos("1,500.5"), 150050);
  assert.equal(centavos("₱1,500.50"), 150050);
  assert.equal(centavos("₱ 1,500.50"), 150050);
  assert.equal(centavos("P1500"), 150000);
  assert.equal(centavos("PHP 1,234,567.89"), 123456789);
  assert.equal(centavos("php1500"), 150000);
  assert.equal(centavos("1500 PHP"), 150000);
  assert.equal(centavos("1 500.25"), 150025);
  assert.equal(centavos("1\u00a0500"), 150000);
  assert.equal(centavos("  99.99 "), 9999);
  assert.equal(centavos(".75"), 75);
  assert.equal(centavos("0.01"), 1);
  assert.equal(centavos("1500."), 150000);
  assert.equal(centavos("007"), 700);
});

test("never goes through floating point: amounts that break x * 100 come out exact", () => {
  // 1.15 * 100 === 114.99999999999999, 4.35 * 100 === 434.99999999999994, 1.005 has three decimals.
  assert.equal(centavos("1.15"), 115);
  assert.equal(centavos("4.35"), 435);
  assert.equal(centavos("0.29"), 29);
  assert.equal(centavos("59,999,999.99"), 5_999_999_999);
  assert.equal(Number.isInteger(centavos("1234567.89")), true);
});

test("refuses what cannot be money, with the reason", () => {
  assert.equal(problem(""), "required");
  assert.equal(problem("   "), "required");
  assert.equal(problem("abc"), "money_format");
  assert.equal(problem("₱"), "money_format");
  assert.equal(problem("1.2.3"), "money_format");
  assert.equal(problem("12,34,567"), "money_format");
  assert.equal(problem("1e5"), "money_format");
  assert.equal(problem("0x10"), "money_format");
  assert.equal(problem("1500,50"), "money_comma");
  assert.equal(problem("1,5"), "money_comma");
  assert.equal(problem("1.505"), "money_decimals");
  assert.equal(problem("1.500"), "money_decimals");
  assert.equal(problem("-100"), "money_negative");
  assert.equal(problem("−100"), "money_negative");
  assert.equal(problem("-₱100"), "money_negative");
  assert.equal(problem("₱-100"), "money_negative");
  assert.equal(problem("(100)"), "money_negative");
  assert.equal(problem("100-"), "money_negative");
  assert.equal(problem("0"), "money_zero");
  assert.equal(problem("0.00"), "money_zero");
  assert.equal(problem("60,000,000"), "money_too_large");
  assert.equal(problem("59,999,999.999"), "money_decimals");
  assert.equal(problem("99999999999999999999"), "money_too_large");
});

test("writes centavos back for an input: two decimals, no grouping, and reads back the same", () => {
  assert.equal(pesosText(150050), "1500.50");
  assert.equal(pesosText(5), "0.05");
  assert.equal(pesosText(100), "1.00");
  assert.equal(pesosText(5_999_999_999), "59999999.99");
  for (const n of [1, 99, 100, 12345, 150050, 5_999_999_999]) assert.equal(centavos(pesosText(n)), n);
});

test("reads quantities as whole numbers from 1 to a million", () => {
  const q = (t) => parseQuantity(t);
  assert.deepEqual(q("3"), { ok: true, value: 3 });
  assert.deepEqual(q(" 12 "), { ok: true, value: 12 });
  assert.deepEqual(q("1,000"), { ok: true, value: 1000 });
  assert.deepEqual(q("1,000,000"), { ok: true, value: MAX_QUANTITY });
  assert.deepEqual(q(""), { ok: false, problem: "required" });
  assert.deepEqual(q("0"), { ok: false, problem: "quantity_zero" });
  assert.deepEqual(q("1.5"), { ok: false, problem: "quantity_format" });
  assert.deepEqual(q("-2"), { ok: false, problem: "quantity_format" });
  assert.deepEqual(q("two"), { ok: false, problem: "quantity_format" });
  assert.deepEqual(q("1000001"), { ok: false, problem: "quantity_too_large" });
  assert.deepEqual(q("99999999999"), { ok: false, problem: "quantity_too_large" });
});

test("sums line items in integer centavos", () => {
  assert.equal(sumLines([]), 0);
  assert.equal(
    sumLines([
      { unit_price: 115, quantity: 3 },
      { unit_price: 435, quantity: 7 },
      { unit_price: 1, quantity: 1 },
    ]),
    345 + 3045 + 1,
  );
  // A hundred lines of ₱0.10 are exactly ₱10.00, where 0.1 summed in pesos is not.
  assert.equal(sumLines(Array.from({ length: 100 }, () => ({ unit_price: 10, quantity: 1 }))), 1000);
  assert.equal(sumLines([{ unit_price: 5_999_999_999, quantity: 1_000_000 }]), 5_999_999_999_000_000);
});

// The checkout's money breakdown is integer arithmetic on centavos: checked in Node against tsc's output.
import { test } from "node:test";
import assert from "node:assert/strict";
import { lib } from "./lib.mjs";

const { amountLabel, totalsOf } = await lib("components/statement-checkout/statement-totals.js");

test("the subtotal sums unit price × quantity; the amount is the total", () => {
  const line_items = [
    { unit_price: 100000, quantity: 1 },
    { unit_price: 25000, quantity: 2 },
  ];
  assert.deepEqual(totalsOf({ amount: 150000, line_items }), { subtotal: 150000, adjustment: 0, total: 150000 });
  // PayRex's maximum stays exact in centavos.
  const big = [{ unit_price: 5999, quantity: 1000000 }, { unit_price: 999999, quantity: 1 }];
  assert.deepEqual(totalsOf({ amount: 5999999999, line_items: big }), { subtotal: 5999999999, adjustment: 0, total: 5999999999 });
});

test("an amount that differs from its line items shows the difference as an adjustment", () => {
  const line_items = [{ unit_price: 50000, quantity: 2 }];
  assert.deepEqual(totalsOf({ amount: 90000, line_items }), { subtotal: 100000, adjustment: -10000, total: 90000 });
  assert.deepEqual(totalsOf({ amount: 112000, line_items }), { subtotal: 100000, adjustment: 12000, total: 112000 });
});

test("a statement without line items adds up to its amount", () => {
  assert.deepEqual(totalsOf({ amount: 2000, line_items: null }), { subtotal: 0, adjustment: 2000, total: 2000 });
  assert.deepEqual(totalsOf({ amount: 2000 }), { subtotal: 0, adjustment: 2000, total: 2000 });
});

test("the amount up front is due while open, paid once paid, otherwise a total", () => {
  assert.equal(amountLabel("open"), "amountDue");
  assert.equal(amountLabel("paid"), "amountPaid");
  for (const status of ["draft", "void", "uncollectible", "refund_pending"]) assert.equal(amountLabel(status), "amountTotal");
});

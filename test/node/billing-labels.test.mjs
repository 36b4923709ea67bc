// Status and payment method words shared by the checkout and the payment history: plain lookups, checked in Node.
import { test } from "node:test";
import assert from "node:assert/strict";
import { lib } from "./lib.mjs";

const { paymentMethodLabel, paymentStatusLabel, readable, statementStatusLabel } = await lib(
  "core/billing-labels.js",
);

test("an open statement is Unpaid in English and Hindi pa bayad in Filipino; overdue wins over open", () => {
  assert.equal(statementStatusLabel("en", "open"), "Unpaid");
  assert.equal(statementStatusLabel("fil", "open"), "Hindi pa bayad");
  assert.equal(statementStatusLabel("fil-PH", "void"), "Kinansela");
  assert.equal(statementStatusLabel("en-PH", "open", true), "Overdue");
  assert.equal(statementStatusLabel("fil", "open", true), "Overdue");
});

test("payment statuses and methods", () => {
  assert.deepEqual(["pending", "paid", "failed"].map((s) => paymentStatusLabel("fil", s)), ["Pending", "Bayad na", "Hindi natuloy"]);
  assert.deepEqual(
    ["card", "gcash", "maya", "qrph", "billease", "bdo_installment"].map((m) => paymentMethodLabel("en", m)),
    ["Card", "GCash", "Maya", "QR Ph", "BillEase", "BDO Installment"],
  );
});

test("values without a label read as words, not codes", () => {
  assert.equal(statementStatusLabel("en", "refund_pending"), "Refund pending");
  assert.equal(paymentStatusLabel("fil", "partially_refunded"), "Partially refunded");
  assert.equal(paymentMethodLabel("en", "crypto__beans "), "Crypto beans");
  assert.equal(readable(""), "");
  assert.equal(readable("<b>x</b>"), "<b>x</b>");
  // Names of other things do not leak in: `statement_` + `toString` is no label.
  assert.equal(statementStatusLabel("en", "toString"), "ToString");
  assert.equal(paymentMethodLabel("en", "__proto__"), "Proto");
});

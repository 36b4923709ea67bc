import { defineMessages, type Message } from "./i18n.js";

/**
 * The words for billing statement statuses, payment statuses and payment methods (namespace
 * `billing-labels`), in one place so that every element shows a status the same way: an open
 * statement is "Unpaid" in the checkout and in the payment history. A value PayRex adds later (not
 * known here) is shown readably rather than as a code: `refund_pending` reads "Refund pending".
 * No DOM: safe in Node and in any element's lazy part.
 */
const en = {
  statement_draft: "Draft",
  statement_open: "Unpaid",
  statement_overdue: "Overdue",
  statement_paid: "Paid",
  statement_void: "Void",
  statement_uncollectible: "Uncollectible",
  payment_pending: "Pending",
  payment_paid: "Paid",
  payment_failed: "Failed",
  method_card: "Card",
  method_gcash: "GCash",
  method_maya: "Maya",
  method_qrph: "QR Ph",
  method_billease: "BillEase",
  method_bdo_installment: "BDO Installment",
} satisfies Record<string, Message>;

type Label = keyof typeof en;

// Names (GCash, Maya, Draft, Pending, Overdue…) are the same in Filipino.
const t = defineMessages("billing-labels", en, {
  ...en,
  statement_open: "Hindi pa bayad",
  statement_paid: "Bayad na",
  statement_void: "Kinansela",
  statement_uncollectible: "Hindi na masisingil",
  payment_paid: "Bayad na",
  payment_failed: "Hindi natuloy",
});

/** A code without a label ("refund_pending"), written as words ("Refund pending"). */
export function readable(code: string): string {
  const words = code.replace(/[_\s]+/g, " ").trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : code;
}

const label = (locale: string, key: string, code: string) =>
  Object.hasOwn(en, key) ? t(locale, key as Label) : readable(code);

/** A billing statement's status; `overdue` for an open statement past its due time. */
export const statementStatusLabel = (locale: string, status: string, overdue = false): string =>
  label(locale, `statement_${overdue ? "overdue" : status}`, status);

/** A payment's status (`pending`, `paid`, `failed`). */
export const paymentStatusLabel = (locale: string, status: string): string => label(locale, `payment_${status}`, status);

/** A payment method's name (`card`, `gcash`, `maya`, `qrph`, `billease`, `bdo_installment`). */
export const paymentMethodLabel = (locale: string, method: string): string => label(locale, `method_${method}`, method);

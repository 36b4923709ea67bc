/**
 * zod/mini schemas of the staff side's inputs (CONTRACT §4a): statements, line items, and PayRex's
 * answer to a DELETE. Kept out of the script-tag entry (only lazily loaded code imports them), so a
 * page that shows no staff element does not pay for them.
 */
import * as z from "zod/mini";
import { metadataInput, requiredString } from "./schemas.js";
import { makeSchema } from "./make-schema.js";

/** PayRex's answer to a DELETE: `{ id, resource, deleted: true }`. */
export const deletedSchema = <R extends string>(resource: R) =>
  makeSchema(() => z.looseObject({ id: z.string(), resource: z.optional(z.literal(resource)), deleted: z.literal(true) }));

/** The payment methods a billing statement can offer (`payment_settings.payment_methods`), in PayRex's names. */
export const PAYMENT_METHOD_TYPES = ["card", "gcash", "maya", "qrph", "billease", "bdo_installment"] as const;
/** The most a statement (a payment intent) may ask for, in centavos (₱59,999,999.99). */
export const MAX_AMOUNT = 5_999_999_999;
/** The least a finalized statement (a payment intent) may ask for, in centavos (₱20.00). */
export const MIN_AMOUNT = 2000;

// An id is checked as any required text is (trimmed, 1..255, the same message keys).
const id = requiredString;
const optionalText = /* @__PURE__ */ makeSchema(() =>
  z.optional(z.nullable(z.string().check(z.trim(), z.maxLength(255, "too_long")))),
);
// Whole numbers in a range, checked in a transform: zod is one module in the script-tag entry's
// chunk, so each zod part a lazily loaded file uses is added to the entry; number, pipe and transform
// are there already, refine or int would not be.
const whole = (min: number, max: number, error: string) =>
  z.pipe(
    z.number({ error }),
    z.transform((n: number, ctx) => {
      if (!Number.isInteger(n) || n < min || n > max) ctx.issues.push({ code: "custom", message: error, input: n });
      return n;
    }),
  );
// Unix seconds.
const dueAt = /* @__PURE__ */ makeSchema(() => z.nullable(whole(1, 253402300799, "due_at")));
const paymentSettings = /* @__PURE__ */ makeSchema(() => z.object({
  payment_methods: z
    .array(z.literal(PAYMENT_METHOD_TYPES, "payment_method"), { error: "payment_methods" })
    .check(z.minLength(1, "payment_methods")),
}));
const unitPrice = /* @__PURE__ */ makeSchema(() => whole(1, MAX_AMOUNT, "unit_price"));
const quantity = /* @__PURE__ */ makeSchema(() => whole(1, 1_000_000, "quantity"));

/** What `createBillingStatement` accepts. Line items are added one by one afterwards (`createLineItem`). */
export const billingStatementInputSchema = /* @__PURE__ */ makeSchema(() => z.object({
  customer_id: id,
  currency: z._default(z.literal("PHP", "currency"), "PHP"),
  description: optionalText,
  due_at: z.optional(dueAt),
  metadata: z.optional(z.nullable(metadataInput)),
  payment_settings: z.optional(paymentSettings),
}));
/** What `updateBillingStatement` accepts (a draft's fields that change; `null` clears). */
export const billingStatementUpdateSchema = /* @__PURE__ */ makeSchema(() => z.object({
  description: optionalText,
  due_at: z.optional(dueAt),
  metadata: z.optional(z.nullable(metadataInput)),
  payment_settings: z.optional(paymentSettings),
}));
/** What `createLineItem` accepts: `unit_price` in centavos. */
export const lineItemInputSchema = /* @__PURE__ */ makeSchema(() => z.object({
  billing_statement_id: id,
  description: requiredString,
  unit_price: unitPrice,
  quantity,
}));
/** What `updateLineItem` accepts: the line item's statement and the fields that change. */
export const lineItemUpdateSchema = /* @__PURE__ */ makeSchema(() => z.object({
  billing_statement_id: id,
  description: z.optional(requiredString),
  unit_price: z.optional(unitPrice),
  quantity: z.optional(quantity),
}));
/** Names a line item's statement (what `deleteLineItem` passes). */
export const lineItemRefSchema = /* @__PURE__ */ makeSchema(() => z.object({ billing_statement_id: id }));

export type PaymentMethodType = (typeof PAYMENT_METHOD_TYPES)[number];
export type BillingStatementInput = z.input<typeof billingStatementInputSchema>;
export type BillingStatementUpdate = z.input<typeof billingStatementUpdateSchema>;
export type LineItemInput = z.input<typeof lineItemInputSchema>;
export type LineItemUpdate = z.input<typeof lineItemUpdateSchema>;
export type LineItemRef = z.input<typeof lineItemRefSchema>;
/** PayRex's answer to a DELETE. */
export interface Deleted<R extends string = string> {
  id: string;
  resource?: R;
  deleted: true;
}

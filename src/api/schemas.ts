/**
 * zod/mini schemas for PayRex's resource shapes (CONTRACT §5).
 *
 * Backend responses are untrusted: every response goes through these before a component sees it.
 * Objects are "loose" (unknown extra fields are kept, PayRex adds fields over time) and enum-like
 * fields accept any string, so one unknown status never fails a whole list; components render an
 * unknown value as its raw text.
 *
 * Validation messages are message keys (`required`, `email`, ...) that components translate.
 *
 * Every schema is built by `makeSchema` (zod told not to use its JIT, the call marked pure), so
 * bundlers drop the ones an app never uses, and a page that parses nothing never loads zod.
 */
import * as z from "zod/mini";
import { makeSchema } from "./make-schema.js";

/** A string enum that also accepts values PayRex may add later. */
type Open<T extends string> = T | (string & {});
const open = <T extends string>() => z.string() as unknown as z.ZodMiniType<Open<T>>;

const nstr = /* @__PURE__ */ makeSchema(() => z.optional(z.nullable(z.string())));
const metadata = /* @__PURE__ */ makeSchema(() => z.optional(z.nullable(z.record(z.string(), z.string()))));
const timestamp = /* @__PURE__ */ makeSchema(() => z.number());

export const addressSchema = /* @__PURE__ */ makeSchema(() => z.looseObject({
  line1: nstr,
  line2: nstr,
  city: nstr,
  state: nstr,
  postal_code: nstr,
  country: nstr,
}));

export const billingDetailsSchema = /* @__PURE__ */ makeSchema(() => z.looseObject({
  name: nstr,
  email: nstr,
  phone: nstr,
  address: z.optional(z.nullable(addressSchema)),
}));

const customerBase = /* @__PURE__ */ makeSchema(() => z.looseObject({
  id: z.string(),
  resource: z.optional(z.literal("customer")),
  name: nstr,
  email: nstr,
  currency: z.optional(z.string()),
  billing_statement_prefix: nstr,
  next_billing_statement_sequence_number: z.optional(z.nullable(z.union([z.string(), z.number()]))),
  metadata,
  livemode: z.optional(z.boolean()),
  created_at: z.optional(timestamp),
  updated_at: z.optional(timestamp),
  billing: z.optional(z.nullable(billingDetailsSchema)),
  billing_details: z.optional(z.nullable(billingDetailsSchema)),
}));

/** A customer as the backend returns it; `billing_details` is filled from `billing` when only that is sent. */
export const customerSchema = /* @__PURE__ */ makeSchema(() => z.pipe(
  customerBase,
  z.transform((c) => ({ ...c, billing_details: c.billing_details ?? c.billing ?? null })),
));

export const PREFIX_PATTERN = /^[A-Z0-9]{3,15}$/;

// A missing (or non-string) value reports the same key as an empty one, so forms can translate it.
export const requiredString = /* @__PURE__ */ makeSchema(() =>
  z.string({ error: "required" }).check(z.trim(), z.minLength(1, "required"), z.maxLength(255, "too_long")),
);
const email = /* @__PURE__ */ makeSchema(() => z.string({ error: "required" }).check(
  z.trim(),
  z.minLength(1, "required"),
  z.maxLength(255, "too_long"),
  // Deliberately permissive (one @, a dot in the domain, no spaces): the backend has the last word.
  z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, "email"),
));

export const metadataInput = /* @__PURE__ */ makeSchema(() => z.record(
  z.string().check(z.minLength(1, "metadata_key")),
  z.string().check(z.maxLength(500, "too_long")),
  {
    // zod reports a rejected key as one `invalid_key` issue on the record, not with the key check's message.
    error: (issue) => (issue.code === "invalid_key" ? "metadata_key" : undefined),
  },
));

const inputBillingDetails = /* @__PURE__ */ makeSchema(() => z.object({
  name: z.optional(z.nullable(z.string())),
  email: z.optional(z.nullable(z.string())),
  phone: z.optional(z.nullable(z.string())),
  address: z.optional(
    z.object({
      line1: z.optional(z.nullable(z.string())),
      line2: z.optional(z.nullable(z.string())),
      city: z.optional(z.nullable(z.string())),
      state: z.optional(z.nullable(z.string())),
      postal_code: z.optional(z.nullable(z.string())),
      country: z.optional(z.nullable(z.string().check(z.regex(/^[A-Z]{2}$/, "country")))),
    }),
  ),
}));

const inputShape = /* @__PURE__ */ makeSchema(() => ({
  name: requiredString,
  email,
  currency: z._default(z.literal("PHP", "currency"), "PHP"),
  billing_statement_prefix: z.optional(z.string().check(z.regex(PREFIX_PATTERN, "prefix"))),
  metadata: z.optional(metadataInput),
  billing_details: z.optional(inputBillingDetails),
}));

/** What `createCustomer` accepts (and what the customer form produces in create mode). */
export const customerInputSchema = /* @__PURE__ */ makeSchema(() => z.object(inputShape));
/** What `updateCustomer` accepts: a subset of the input (only the fields that change). */
export const customerUpdateSchema = /* @__PURE__ */ makeSchema(() =>
  z.partial(z.object({ ...inputShape, currency: z.literal("PHP", "currency") })),
);

export const paymentMethodSchema = /* @__PURE__ */ makeSchema(() => z.looseObject({
  type: open<"card" | "gcash" | "maya" | "qrph" | "billease" | "bdo_installment">(),
  card: z.optional(
    z.nullable(
      z.looseObject({
        first6: nstr,
        last4: nstr,
        brand: nstr,
      }),
    ),
  ),
}));

export const paymentSchema = /* @__PURE__ */ makeSchema(() => z.looseObject({
  id: z.string(),
  resource: z.optional(z.literal("payment")),
  amount: z.number(),
  amount_refunded: z.optional(z.number()),
  currency: z.string(),
  description: nstr,
  fee: z.optional(z.nullable(z.number())),
  net_amount: z.optional(z.nullable(z.number())),
  status: open<"pending" | "paid" | "failed">(),
  refunded: z.optional(z.boolean()),
  payment_intent_id: nstr,
  payment_method: z.optional(z.nullable(paymentMethodSchema)),
  billing: z.optional(z.nullable(billingDetailsSchema)),
  billing_statement_id: nstr,
  metadata,
  livemode: z.optional(z.boolean()),
  created_at: timestamp,
  updated_at: z.optional(timestamp),
}));

export const lineItemSchema = /* @__PURE__ */ makeSchema(() => z.looseObject({
  id: z.string(),
  resource: z.optional(z.literal("billing_statement_line_item")),
  description: nstr,
  unit_price: z.number(),
  quantity: z.number(),
  billing_statement_id: nstr,
  livemode: z.optional(z.boolean()),
  created_at: z.optional(timestamp),
  updated_at: z.optional(timestamp),
}));

export const paymentIntentSchema = /* @__PURE__ */ makeSchema(() => z.looseObject({
  id: z.string(),
  client_secret: nstr,
  status: z.optional(open<
    | "awaiting_payment_method"
    | "awaiting_next_action"
    | "awaiting_capture"
    | "processing"
    | "succeeded"
    | "canceled"
  >()),
}));

export const billingStatementSchema = /* @__PURE__ */ makeSchema(() => z.looseObject({
  id: z.string(),
  resource: z.optional(z.literal("billing_statement")),
  amount: z.number(),
  currency: z.string(),
  customer_id: nstr,
  customer: z.optional(z.nullable(z.looseObject({ id: z.string(), name: nstr, email: nstr }))),
  description: nstr,
  status: open<"draft" | "open" | "paid" | "void" | "uncollectible">(),
  due_at: z.optional(z.nullable(timestamp)),
  finalized_at: z.optional(z.nullable(timestamp)),
  billing_statement_number: nstr,
  billing_statement_url: nstr,
  url: nstr,
  billing_statement_merchant_name: nstr,
  statement_descriptor: nstr,
  line_items: z.optional(z.nullable(z.array(lineItemSchema))),
  payment_intent: z.optional(z.nullable(paymentIntentSchema)),
  payment_settings: z.optional(
    z.nullable(z.looseObject({ payment_methods: z.optional(z.nullable(z.array(z.string()))) })),
  ),
  metadata,
  livemode: z.optional(z.boolean()),
  created_at: z.optional(timestamp),
  updated_at: z.optional(timestamp),
}));

/** PayRex's list envelope. */
export const listSchema = <T extends z.ZodMiniType>(item: T) =>
  makeSchema(() =>
    z.looseObject({
      resource: z.optional(z.literal("list")),
      data: z.array(item),
      has_more: z.boolean(),
    }),
  );

/** PayRex's error body: `{ errors: [{ code, detail, parameter? }] }`. */
export const errorBodySchema = /* @__PURE__ */ makeSchema(() => z.looseObject({
  errors: z.array(
    z.looseObject({
      code: z.optional(z.string()),
      detail: z.optional(z.string()),
      parameter: nstr,
    }),
  ),
}));

export type Address = z.infer<typeof addressSchema>;
export type BillingDetails = z.infer<typeof billingDetailsSchema>;
export type Customer = z.output<typeof customerSchema>;
export type CustomerInput = z.input<typeof customerInputSchema>;
export type CustomerUpdate = z.input<typeof customerUpdateSchema>;
export type PaymentMethod = z.infer<typeof paymentMethodSchema>;
export type Payment = z.infer<typeof paymentSchema>;
export type LineItem = z.infer<typeof lineItemSchema>;
export type PaymentIntent = z.infer<typeof paymentIntentSchema>;
export type BillingStatement = z.infer<typeof billingStatementSchema>;
export type PaymentStatus = Payment["status"];
export type BillingStatementStatus = BillingStatement["status"];
export interface List<T> {
  data: T[];
  has_more: boolean;
}
export interface PageQuery {
  limit?: number;
  after?: string;
  before?: string;
}
export type ErrorBody = z.infer<typeof errorBodySchema>;
/**
 * PayRex's customer list filters (`email`, `name`, `metadata[key]=value`) and paging, newest first.
 * The sandbox and the memory adapter match a whole email and part of a name (both ignoring case) and
 * one metadata key's exact value.
 */
export interface CustomerQuery extends PageQuery {
  email?: string;
  name?: string;
  metadata?: { key: string; value: string };
}

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
// Schemas are immutable: the same instance serves every field of its kind, so loading the package
// builds each of these once instead of once per field (fewer objects made at load).
const str = /* @__PURE__ */ makeSchema(() => z.string());
const num = /* @__PURE__ */ makeSchema(() => z.number());
const open = <T extends string>() => str as unknown as z.ZodMiniType<Open<T>>;

const nstr = /* @__PURE__ */ makeSchema(() => z.optional(z.nullable(str)));
const ostr = /* @__PURE__ */ makeSchema(() => z.optional(str));
const obool = /* @__PURE__ */ makeSchema(() => z.optional(z.boolean()));
const onum = /* @__PURE__ */ makeSchema(() => z.optional(num));
const onnum = /* @__PURE__ */ makeSchema(() => z.optional(z.nullable(num)));
const metadata = /* @__PURE__ */ makeSchema(() => z.optional(z.nullable(z.record(str, str))));
// Timestamps are numbers (Unix seconds): the same instances.
const timestamp = num;
const otime = onum;
const ontime = onnum;

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
  id: str,
  resource: z.optional(z.literal("customer")),
  name: nstr,
  email: nstr,
  currency: ostr,
  billing_statement_prefix: nstr,
  next_billing_statement_sequence_number: z.optional(z.nullable(z.union([str, num]))),
  metadata,
  livemode: obool,
  created_at: otime,
  updated_at: otime,
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
  name: nstr,
  email: nstr,
  phone: nstr,
  address: z.optional(
    z.object({
      line1: nstr,
      line2: nstr,
      city: nstr,
      state: nstr,
      postal_code: nstr,
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
  id: str,
  resource: z.optional(z.literal("payment")),
  amount: num,
  amount_refunded: onum,
  currency: str,
  description: nstr,
  fee: onnum,
  net_amount: onnum,
  status: open<"pending" | "paid" | "failed">(),
  refunded: obool,
  payment_intent_id: nstr,
  payment_method: z.optional(z.nullable(paymentMethodSchema)),
  billing: z.optional(z.nullable(billingDetailsSchema)),
  billing_statement_id: nstr,
  metadata,
  livemode: obool,
  created_at: timestamp,
  updated_at: otime,
}));

export const lineItemSchema = /* @__PURE__ */ makeSchema(() => z.looseObject({
  id: str,
  resource: z.optional(z.literal("billing_statement_line_item")),
  description: nstr,
  unit_price: num,
  quantity: num,
  billing_statement_id: nstr,
  livemode: obool,
  created_at: otime,
  updated_at: otime,
}));

export const paymentIntentSchema = /* @__PURE__ */ makeSchema(() => z.looseObject({
  id: str,
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
  id: str,
  resource: z.optional(z.literal("billing_statement")),
  amount: num,
  currency: str,
  customer_id: nstr,
  customer: z.optional(z.nullable(z.looseObject({ id: str, name: nstr, email: nstr }))),
  description: nstr,
  status: open<"draft" | "open" | "paid" | "void" | "uncollectible">(),
  due_at: ontime,
  finalized_at: ontime,
  billing_statement_number: nstr,
  billing_statement_url: nstr,
  url: nstr,
  billing_statement_merchant_name: nstr,
  statement_descriptor: nstr,
  line_items: z.optional(z.nullable(z.array(lineItemSchema))),
  payment_intent: z.optional(z.nullable(paymentIntentSchema)),
  payment_settings: z.optional(
    z.nullable(z.looseObject({ payment_methods: z.optional(z.nullable(z.array(str))) })),
  ),
  metadata,
  livemode: obool,
  created_at: otime,
  updated_at: otime,
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
      code: ostr,
      detail: ostr,
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

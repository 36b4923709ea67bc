import { expect } from "@open-wc/testing";
import * as z from "zod/mini";
import {
  addressSchema,
  billingDetailsSchema,
  billingStatementSchema,
  customerInputSchema,
  customerSchema,
  customerUpdateSchema,
  errorBodySchema,
  lineItemSchema,
  listSchema,
  paymentIntentSchema,
  paymentMethodSchema,
  paymentSchema,
  PREFIX_PATTERN,
} from "../src/api/schemas.js";

// Payloads shaped like PayRex's API responses (snake_case, centavos, Unix seconds).

const address = () => ({
  line1: "6750 Ayala Avenue",
  line2: "Unit 12B, Tower One",
  city: "Makati City",
  state: "Metro Manila",
  postal_code: "1226",
  country: "PH",
});

const customerPayload = (): Record<string, unknown> => ({
  id: "cus_Ax1yN7kUvM5w3rfL0pXbQm2c",
  resource: "customer",
  billing_statement_prefix: "MSANTOS",
  currency: "PHP",
  email: "maria.santos@example.ph",
  livemode: false,
  name: "Maria Santos",
  metadata: { plan: "gold", crm_id: "A-1042" },
  next_billing_statement_sequence_number: "12",
  billing: { name: null, email: null, phone: "+639171234567", address: address() },
  created_at: 1719900000,
  updated_at: 1719900500,
});

const paymentPayload = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: "pay_Ks8vC1eZ5qWn2Lr7Tb4yHx9d",
  resource: "payment",
  amount: 150000,
  amount_refunded: 0,
  billing: { name: "Maria Santos", email: "maria.santos@example.ph", phone: "+639171234567", address: address() },
  currency: "PHP",
  description: "Gold plan, July",
  fee: 3750,
  livemode: false,
  metadata: null,
  net_amount: 146250,
  payment_intent_id: "pi_Qd3mF8sL1wVb6Zk2Nc9rTy4e",
  status: "paid",
  customer: { id: "cus_Ax1yN7kUvM5w3rfL0pXbQm2c", name: "Maria Santos", email: "maria.santos@example.ph" },
  payment_method: { type: "card", card: { first6: "424242", last4: "4242", brand: "visa" } },
  page_session: null,
  refunded: false,
  created_at: 1719900000,
  updated_at: 1719900100,
  ...over,
});

const statementPayload = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: "bstm_Hy6tR2pX9mKc4Wd1Lq8sVz3b",
  resource: "billing_statement",
  amount: 250000,
  billing_details_collection: "always",
  billing_statement_merchant_name: "Sari-Sari Cloud Inc.",
  billing_statement_number: "MSANTOS-0012",
  billing_statement_url: "https://bill.payrexhq.com/b/test_Hy6tR2pX9mKc4Wd1",
  currency: "PHP",
  customer_id: "cus_Ax1yN7kUvM5w3rfL0pXbQm2c",
  customer: { id: "cus_Ax1yN7kUvM5w3rfL0pXbQm2c", name: "Maria Santos", email: "maria.santos@example.ph" },
  description: "July subscription",
  due_at: 1722470400,
  finalized_at: 1719900000,
  line_items: [
    {
      id: "bstm_li_Pq2wE7rT1yU6iO3pA8sD4fGh",
      resource: "billing_statement_line_item",
      billing_statement_id: "bstm_Hy6tR2pX9mKc4Wd1Lq8sVz3b",
      description: "Gold plan",
      unit_price: 200000,
      quantity: 1,
      livemode: false,
      created_at: 1719899000,
      updated_at: 1719899000,
    },
    {
      id: "bstm_li_Zx5cV0bN3mL8kJ2hG7fD1sAq",
      description: "Extra seat",
      unit_price: 25000,
      quantity: 2,
    },
  ],
  livemode: false,
  metadata: null,
  payment_intent: {
    id: "pi_Qd3mF8sL1wVb6Zk2Nc9rTy4e",
    resource: "payment_intent",
    amount: 250000,
    client_secret: "pi_Qd3mF8sL1wVb6Zk2Nc9rTy4e_secret_Vb6Zk2Nc9rTy",
    status: "awaiting_payment_method",
    payment_methods: ["card", "gcash"],
  },
  payment_settings: { payment_methods: ["card", "gcash", "maya", "qrph"] },
  setup_future_usage: null,
  statement_descriptor: "SARISARI",
  status: "open",
  created_at: 1719899000,
  updated_at: 1719900000,
  ...over,
});

type SafeResult = { success: true; data: unknown } | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } };

/**
 * The first issue message per dotted path, e.g. `{ name: "required", "metadata.": "metadata_key" }`:
 * a form shows one message per field, the first one.
 */
function messages(result: SafeResult): Record<string, string> {
  const out: Record<string, string> = {};
  if (!result.success) for (const i of result.error.issues) out[i.path.map(String).join(".")] ??= i.message;
  return out;
}

function parsed<T>(result: { success: boolean; data?: T; error?: unknown }): T {
  if (!result.success) throw new Error(`expected a successful parse: ${JSON.stringify(result.error)}`);
  return result.data as T;
}

describe("schemas", () => {
  describe("customerSchema", () => {
    it("parses PayRex's customer and copies `billing` into `billing_details`", () => {
      const c = parsed(customerSchema.safeParse(customerPayload()));
      expect(c.id).to.equal("cus_Ax1yN7kUvM5w3rfL0pXbQm2c");
      expect(c.name).to.equal("Maria Santos");
      expect(c.metadata).to.deep.equal({ plan: "gold", crm_id: "A-1042" });
      expect(c.next_billing_statement_sequence_number).to.equal("12");
      expect(c.billing_details).to.deep.equal({ name: null, email: null, phone: "+639171234567", address: address() });
    });

    it("keeps `billing_details` when the backend sends that key", () => {
      const payload = customerPayload();
      delete payload.billing;
      payload.billing_details = { phone: "+63281234567", address: { ...address(), city: "Pasig" } };
      const c = parsed(customerSchema.safeParse(payload));
      expect(c.billing_details?.address?.city).to.equal("Pasig");
      expect(c.billing_details?.phone).to.equal("+63281234567");
    });

    it("prefers `billing_details` over `billing` when both are sent", () => {
      const payload = { ...customerPayload(), billing_details: { phone: "+63999", address: null } };
      const c = parsed(customerSchema.safeParse(payload));
      expect(c.billing_details).to.deep.equal({ phone: "+63999", address: null });
    });

    it("sets `billing_details` to null when neither key is sent, or both are null", () => {
      const payload = customerPayload();
      delete payload.billing;
      expect(parsed(customerSchema.safeParse(payload)).billing_details).to.equal(null);
      expect(parsed(customerSchema.safeParse({ ...payload, billing: null, billing_details: null })).billing_details).to.equal(null);
    });

    it("keeps unknown fields, at the top and inside the address", () => {
      const payload = customerPayload();
      payload.default_payment_method_id = "pm_123";
      payload.billing = { phone: null, address: { ...address(), barangay: "Bel-Air" } };
      const c = parsed(customerSchema.safeParse(payload)) as Record<string, unknown> & { billing_details: { address: Record<string, unknown> } };
      expect(c.default_payment_method_id).to.equal("pm_123");
      expect(c.billing_details.address.barangay).to.equal("Bel-Air");
    });

    it("accepts nulls wherever PayRex may send them", () => {
      const c = parsed(
        customerSchema.safeParse({
          ...customerPayload(),
          name: null,
          email: null,
          billing_statement_prefix: null,
          next_billing_statement_sequence_number: null,
          metadata: null,
          billing: { name: null, email: null, phone: null, address: { line1: null, line2: null, city: null, state: null, postal_code: null, country: null } },
        }),
      );
      expect(c.name).to.equal(null);
      expect(c.metadata).to.equal(null);
      expect(c.billing_details?.address?.country).to.equal(null);
    });

    it("accepts a minimal customer and a numeric sequence number", () => {
      const c = parsed(customerSchema.safeParse({ id: "cus_1", next_billing_statement_sequence_number: 7 }));
      expect(c.next_billing_statement_sequence_number).to.equal(7);
      expect(c.billing_details).to.equal(null);
    });

    it("rejects a body without an id, another resource, or non-string metadata values", () => {
      const { id: _id, ...noId } = customerPayload();
      expect(messages(customerSchema.safeParse(noId))).to.have.property("id");
      expect(messages(customerSchema.safeParse({ ...customerPayload(), resource: "payment" }))).to.have.property("resource");
      expect(messages(customerSchema.safeParse({ ...customerPayload(), metadata: { seats: 3 } }))).to.have.property("metadata.seats");
      expect(customerSchema.safeParse({ ...customerPayload(), created_at: "2024-07-02" }).success).to.equal(false);
      expect(customerSchema.safeParse(null).success).to.equal(false);
      expect(customerSchema.safeParse("cus_1").success).to.equal(false);
    });
  });

  describe("addressSchema and billingDetailsSchema", () => {
    it("accepts a full address, an empty one and extra fields", () => {
      expect(parsed(addressSchema.safeParse(address()))).to.deep.equal(address());
      expect(parsed(addressSchema.safeParse({}))).to.deep.equal({});
      expect(parsed(addressSchema.safeParse({ country: "PH", barangay: "Poblacion" }))).to.deep.equal({ country: "PH", barangay: "Poblacion" });
    });

    it("rejects non-string address parts", () => {
      expect(messages(addressSchema.safeParse({ postal_code: 1226 }))).to.have.property("postal_code");
    });

    it("accepts billing details with or without an address", () => {
      expect(billingDetailsSchema.safeParse({ phone: "+639171234567" }).success).to.equal(true);
      expect(billingDetailsSchema.safeParse({ phone: null, address: null }).success).to.equal(true);
      expect(messages(billingDetailsSchema.safeParse({ address: "Makati" }))).to.have.property("address");
    });
  });

  describe("paymentSchema", () => {
    it("parses a paid card payment and keeps unknown fields", () => {
      const p = parsed(paymentSchema.safeParse(paymentPayload())) as Record<string, unknown> & { payment_method: { card: { last4: string } } };
      expect(p.amount).to.equal(150000);
      expect(p.status).to.equal("paid");
      expect(p.payment_method.card.last4).to.equal("4242");
      expect(p).to.have.property("page_session", null);
      expect(p.customer).to.deep.equal({ id: "cus_Ax1yN7kUvM5w3rfL0pXbQm2c", name: "Maria Santos", email: "maria.santos@example.ph" });
    });

    it("accepts e-wallet methods without a card, nullables and the optional billing_statement_id", () => {
      const p = parsed(
        paymentSchema.safeParse(
          paymentPayload({
            payment_method: { type: "gcash", card: null },
            description: null,
            fee: null,
            net_amount: null,
            payment_intent_id: null,
            billing: null,
            billing_statement_id: "bstm_Hy6tR2pX9mKc4Wd1Lq8sVz3b",
          }),
        ),
      );
      expect(p.payment_method?.type).to.equal("gcash");
      expect(p.billing_statement_id).to.equal("bstm_Hy6tR2pX9mKc4Wd1Lq8sVz3b");
      expect(parsed(paymentSchema.safeParse(paymentPayload({ payment_method: null }))).payment_method).to.equal(null);
    });

    it("accepts a partially refunded payment", () => {
      const p = parsed(paymentSchema.safeParse(paymentPayload({ amount_refunded: 50000, refunded: true })));
      expect(p.amount_refunded).to.equal(50000);
    });

    it("rejects a payment with a missing or non-integer-typed amount, or no created_at", () => {
      const { amount: _a, ...noAmount } = paymentPayload();
      expect(messages(paymentSchema.safeParse(noAmount))).to.have.property("amount");
      expect(messages(paymentSchema.safeParse(paymentPayload({ amount: "1500.00" })))).to.have.property("amount");
      expect(messages(paymentSchema.safeParse(paymentPayload({ created_at: undefined })))).to.have.property("created_at");
      expect(messages(paymentSchema.safeParse(paymentPayload({ status: null })))).to.have.property("status");
      expect(messages(paymentSchema.safeParse(paymentPayload({ payment_method: { card: null } })))).to.have.property("payment_method.type");
    });
  });

  describe("paymentMethodSchema", () => {
    it("accepts every known type and unknown ones as raw strings", () => {
      for (const type of ["card", "gcash", "maya", "qrph", "billease", "bdo_installment", "shopeepay"]) {
        expect(parsed(paymentMethodSchema.safeParse({ type })).type).to.equal(type);
      }
    });

    it("rejects a non-string card field", () => {
      expect(messages(paymentMethodSchema.safeParse({ type: "card", card: { last4: 4242 } }))).to.have.property("card.last4");
    });
  });

  describe("billingStatementSchema", () => {
    it("parses an open statement with line items, payment intent and settings", () => {
      const s = parsed(billingStatementSchema.safeParse(statementPayload())) as Record<string, unknown> & {
        line_items: Array<Record<string, unknown>>;
      };
      expect(s.status).to.equal("open");
      expect(s.billing_statement_number).to.equal("MSANTOS-0012");
      expect(s.line_items).to.have.length(2);
      expect(s.line_items[0]).to.include({ resource: "billing_statement_line_item", unit_price: 200000 });
      expect(s.payment_intent).to.include({ status: "awaiting_payment_method", amount: 250000 });
      expect(s.payment_settings).to.deep.equal({ payment_methods: ["card", "gcash", "maya", "qrph"] });
      expect(s.billing_details_collection).to.equal("always");
    });

    it("accepts a draft: nulls for dates, url, number, intent and settings", () => {
      const s = parsed(
        billingStatementSchema.safeParse(
          statementPayload({
            status: "draft",
            due_at: null,
            finalized_at: null,
            billing_statement_number: null,
            billing_statement_url: null,
            payment_intent: null,
            payment_settings: null,
            customer: null,
            line_items: null,
            description: null,
          }),
        ),
      );
      expect(s.status).to.equal("draft");
      expect(s.due_at).to.equal(null);
      expect(s.line_items).to.equal(null);
    });

    it("accepts the docs' `url` key in place of billing_statement_url", () => {
      const payload = statementPayload({ url: "https://bill.payrexhq.com/b/test_1" });
      delete payload.billing_statement_url;
      expect(parsed(billingStatementSchema.safeParse(payload)).url).to.equal("https://bill.payrexhq.com/b/test_1");
    });

    it("rejects a bad line item, a missing amount or a string due date", () => {
      expect(
        messages(billingStatementSchema.safeParse(statementPayload({ line_items: [{ id: "li_1", description: "x", quantity: 1 }] }))),
      ).to.have.property("line_items.0.unit_price");
      expect(messages(billingStatementSchema.safeParse(statementPayload({ amount: undefined })))).to.have.property("amount");
      expect(messages(billingStatementSchema.safeParse(statementPayload({ due_at: "2024-08-01" })))).to.have.property("due_at");
      expect(messages(billingStatementSchema.safeParse(statementPayload({ resource: "customer" })))).to.have.property("resource");
    });
  });

  describe("lineItemSchema and paymentIntentSchema", () => {
    it("parses a line item and requires its numbers", () => {
      expect(parsed(lineItemSchema.safeParse({ id: "li_1", description: null, unit_price: 0, quantity: 3 })).quantity).to.equal(3);
      expect(messages(lineItemSchema.safeParse({ id: "li_1", unit_price: "100", quantity: 1 }))).to.have.property("unit_price");
    });

    it("parses a payment intent with an unknown status and without a client secret", () => {
      expect(parsed(paymentIntentSchema.safeParse({ id: "pi_1", status: "requires_review" })).status).to.equal("requires_review");
      expect(parsed(paymentIntentSchema.safeParse({ id: "pi_1", client_secret: null })).client_secret).to.equal(null);
      expect(messages(paymentIntentSchema.safeParse({ client_secret: "x" }))).to.have.property("id");
    });
  });

  describe("listSchema", () => {
    const payments = listSchema(paymentSchema);
    const statements = listSchema(billingStatementSchema);

    it("parses PayRex's list envelope and keeps extra fields", () => {
      const list = parsed(payments.safeParse({ resource: "list", data: [paymentPayload()], has_more: true, url: "/customers/x/payments" }));
      expect(list.has_more).to.equal(true);
      expect(list.data).to.have.length(1);
      expect(list).to.have.property("url", "/customers/x/payments");
      expect(parsed(payments.safeParse({ data: [], has_more: false })).data).to.deep.equal([]);
    });

    it("accepts unknown statuses and methods as raw strings inside a list of valid items", () => {
      const list = parsed(
        payments.safeParse({
          resource: "list",
          has_more: false,
          data: [
            paymentPayload({ id: "pay_1" }),
            paymentPayload({ id: "pay_2", status: "refunded_partially", amount_refunded: 50000 }),
            paymentPayload({ id: "pay_3", payment_method: { type: "shopeepay" } }),
            paymentPayload({ id: "pay_4", status: "failed" }),
          ],
        }),
      );
      expect(list.data.map((p) => p.status)).to.deep.equal(["paid", "refunded_partially", "paid", "failed"]);
      expect(list.data[2]!.payment_method?.type).to.equal("shopeepay");

      const bs = parsed(
        statements.safeParse({
          resource: "list",
          has_more: true,
          data: [statementPayload({ id: "bstm_1" }), statementPayload({ id: "bstm_2", status: "scheduled" }), statementPayload({ id: "bstm_3", status: "paid" })],
        }),
      );
      expect(bs.data.map((s) => s.status)).to.deep.equal(["open", "scheduled", "paid"]);
    });

    it("rejects a list with one malformed item, a missing has_more, or another resource", () => {
      expect(
        messages(payments.safeParse({ data: [paymentPayload(), paymentPayload({ amount: null })], has_more: false })),
      ).to.have.property("data.1.amount");
      expect(messages(payments.safeParse({ data: [] }))).to.have.property("has_more");
      expect(messages(payments.safeParse({ resource: "customer", data: [], has_more: false }))).to.have.property("resource");
      expect(messages(payments.safeParse({ data: null, has_more: false }))).to.have.property("data");
    });
  });

  describe("errorBodySchema", () => {
    it("parses PayRex's error body, with and without parameter", () => {
      const body = parsed(
        errorBodySchema.safeParse({
          errors: [
            { code: "parameter_invalid", detail: "email is not a valid email address.", parameter: "email" },
            { code: "parameter_invalid", detail: "postal_code is invalid.", parameter: "billing_details[address][postal_code]" },
            { code: "resource_not_found", detail: "No such customer.", parameter: null },
            { code: "internal", detail: "Oops." },
          ],
        }),
      );
      expect(body.errors).to.have.length(4);
      expect(body.errors[1]!.parameter).to.equal("billing_details[address][postal_code]");
      expect(body.errors[3]).to.not.have.property("parameter");
    });

    it("keeps extra fields and rejects bodies that are not PayRex errors", () => {
      expect(parsed(errorBodySchema.safeParse({ errors: [], request_id: "r1" }))).to.have.property("request_id", "r1");
      expect(errorBodySchema.safeParse({ message: "Server Error" }).success).to.equal(false);
      expect(errorBodySchema.safeParse({ errors: "nope" }).success).to.equal(false);
      expect(errorBodySchema.safeParse({ errors: [{ code: 400 }] }).success).to.equal(false);
    });
  });

  describe("customerInputSchema", () => {
    const valid = () => ({ name: "Maria Santos", email: "maria.santos@example.ph" });

    it("accepts name and email, trims them, and defaults currency to PHP", () => {
      expect(parsed(customerInputSchema.safeParse({ name: "  Maria Santos ", email: " maria.santos@example.ph " }))).to.deep.equal({
        name: "Maria Santos",
        email: "maria.santos@example.ph",
        currency: "PHP",
      });
    });

    it("accepts every optional field", () => {
      const input = {
        ...valid(),
        currency: "PHP",
        billing_statement_prefix: "MSANTOS01",
        metadata: { plan: "gold", "crm id": "A-1042" },
        billing_details: { name: "Maria Santos", email: null, phone: "+639171234567", address: address() },
      };
      expect(parsed(customerInputSchema.safeParse(input))).to.deep.equal(input);
    });

    it("reports `required` for a missing, null or blank name and email", () => {
      expect(messages(customerInputSchema.safeParse({}))).to.deep.equal({ name: "required", email: "required" });
      expect(messages(customerInputSchema.safeParse({ name: null, email: null }))).to.deep.equal({ name: "required", email: "required" });
      expect(messages(customerInputSchema.safeParse({ name: "   ", email: "" }))).to.deep.equal({ name: "required", email: "required" });
    });

    it("reports `email` for malformed addresses and accepts plausible ones", () => {
      for (const email of ["maria", "maria@", "@example.ph", "maria@example", "maria santos@example.ph", "maria@@example.ph"]) {
        expect(messages(customerInputSchema.safeParse({ ...valid(), email })), email).to.deep.equal({ email: "email" });
      }
      for (const email of ["m@x.ph", "maria.santos+billing@mail.example.com.ph", "MARIA@EXAMPLE.PH"]) {
        expect(customerInputSchema.safeParse({ ...valid(), email }).success, email).to.equal(true);
      }
    });

    it("reports `too_long` past 255 characters", () => {
      expect(messages(customerInputSchema.safeParse({ ...valid(), name: "a".repeat(256) }))).to.deep.equal({ name: "too_long" });
      expect(customerInputSchema.safeParse({ ...valid(), name: "a".repeat(255) }).success).to.equal(true);
      expect(messages(customerInputSchema.safeParse({ ...valid(), email: `${"a".repeat(251)}@x.ph` }))).to.deep.equal({ email: "too_long" });
    });

    it("reports `prefix` unless the prefix is 3 to 15 capital letters or digits", () => {
      for (const prefix of ["ABC", "A1B2C3", "123", "ABCDEFGHIJKLMNO"]) {
        expect(customerInputSchema.safeParse({ ...valid(), billing_statement_prefix: prefix }).success, prefix).to.equal(true);
        expect(PREFIX_PATTERN.test(prefix)).to.equal(true);
      }
      for (const prefix of ["", "AB", "abc", "ABCDEFGHIJKLMNOP", "AB-12", "AB 12", "ÑANDU"]) {
        expect(messages(customerInputSchema.safeParse({ ...valid(), billing_statement_prefix: prefix })), prefix).to.deep.equal({
          billing_statement_prefix: "prefix",
        });
      }
    });

    it("reports `currency` for anything but PHP", () => {
      expect(messages(customerInputSchema.safeParse({ ...valid(), currency: "USD" }))).to.deep.equal({ currency: "currency" });
      expect(messages(customerInputSchema.safeParse({ ...valid(), currency: "php" }))).to.deep.equal({ currency: "currency" });
    });

    it("reports `metadata_key` for an empty metadata key and `too_long` for a long value", () => {
      expect(messages(customerInputSchema.safeParse({ ...valid(), metadata: { "": "x", plan: "gold" } }))).to.deep.equal({
        "metadata.": "metadata_key",
      });
      expect(messages(customerInputSchema.safeParse({ ...valid(), metadata: { note: "x".repeat(501) } }))).to.deep.equal({
        "metadata.note": "too_long",
      });
      expect(customerInputSchema.safeParse({ ...valid(), metadata: { note: "x".repeat(500) } }).success).to.equal(true);
      expect(customerInputSchema.safeParse({ ...valid(), metadata: {} }).success).to.equal(true);
    });

    it("reports `country` unless the country is an ISO alpha-2 code", () => {
      const withCountry = (country: string | null) => ({ ...valid(), billing_details: { address: { ...address(), country } } });
      expect(customerInputSchema.safeParse(withCountry("PH")).success).to.equal(true);
      expect(customerInputSchema.safeParse(withCountry(null)).success).to.equal(true);
      for (const country of ["ph", "PHL", "Philippines", ""]) {
        expect(messages(customerInputSchema.safeParse(withCountry(country))), country).to.deep.equal({
          "billing_details.address.country": "country",
        });
      }
    });

    it("reports every problem at once", () => {
      expect(
        messages(customerInputSchema.safeParse({ name: "", email: "nope", billing_statement_prefix: "x", metadata: { "": "1" } })),
      ).to.deep.equal({ name: "required", email: "email", billing_statement_prefix: "prefix", "metadata.": "metadata_key" });
    });
  });

  describe("customerUpdateSchema", () => {
    it("accepts an empty update and any subset without adding a currency", () => {
      expect(parsed(customerUpdateSchema.safeParse({}))).to.deep.equal({});
      expect(parsed(customerUpdateSchema.safeParse({ name: " Maria S. Cruz " }))).to.deep.equal({ name: "Maria S. Cruz" });
      expect(parsed(customerUpdateSchema.safeParse({ metadata: { plan: "silver" } }))).to.deep.equal({ metadata: { plan: "silver" } });
      expect(parsed(customerUpdateSchema.safeParse({ billing_details: { phone: "+639171234567" } }))).to.deep.equal({
        billing_details: { phone: "+639171234567" },
      });
      expect(parsed(customerUpdateSchema.safeParse({ currency: "PHP" }))).to.deep.equal({ currency: "PHP" });
    });

    it("still validates the fields it is given", () => {
      expect(messages(customerUpdateSchema.safeParse({ name: "  " }))).to.deep.equal({ name: "required" });
      expect(messages(customerUpdateSchema.safeParse({ email: "maria@" }))).to.deep.equal({ email: "email" });
      expect(messages(customerUpdateSchema.safeParse({ billing_statement_prefix: "ms" }))).to.deep.equal({ billing_statement_prefix: "prefix" });
      expect(messages(customerUpdateSchema.safeParse({ currency: "USD" }))).to.deep.equal({ currency: "currency" });
      expect(messages(customerUpdateSchema.safeParse({ metadata: { "": "x" } }))).to.deep.equal({ "metadata.": "metadata_key" });
      expect(messages(customerUpdateSchema.safeParse({ billing_details: { address: { country: "ph" } } }))).to.deep.equal({
        "billing_details.address.country": "country",
      });
    });
  });
});

describe("schemas and zod's JIT", () => {
  // This page imports only the schemas: nothing else could have set the option.
  it("are made with the JIT off, so zod never probes `new Function` (reported under a strict CSP)", () => {
    expect(z.config().jitless).to.equal(true);
  });

  it("parse a list made after the module loaded, as the fetch transport does", () => {
    const parsed = listSchema(paymentSchema).safeParse({ data: [], has_more: false });
    expect(parsed.success).to.equal(true);
    expect(z.config().jitless).to.equal(true);
  });
});

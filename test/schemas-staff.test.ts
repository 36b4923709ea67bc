import { expect } from "@open-wc/testing";
import {
  billingStatementInputSchema,
  billingStatementUpdateSchema,
  deletedSchema,
  lineItemInputSchema,
  lineItemRefSchema,
  lineItemUpdateSchema,
  MAX_AMOUNT,
} from "../src/api/staff-schemas.js";
import { lineItemSchema } from "../src/api/schemas.js";

/** The message keys of a failed parse, by bracket-free path. */
function problems(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

describe("staff input schemas", () => {
  const item = { billing_statement_id: "bstm_1", description: "Setup fee", unit_price: 150000, quantity: 2 };

  it("accepts a line item in integer centavos and whole quantities, at the limits too", () => {
    expect(lineItemInputSchema.parse(item)).to.deep.equal(item);
    expect(lineItemInputSchema.parse({ ...item, unit_price: 1, quantity: 1 }).unit_price).to.equal(1);
    expect(lineItemInputSchema.parse({ ...item, unit_price: MAX_AMOUNT, quantity: 1_000_000 }).quantity).to.equal(1_000_000);
  });

  it("rejects money that is not whole centavos in range, and quantities that are not whole from 1", () => {
    for (const unit_price of [0, -100, 12.5, MAX_AMOUNT + 1, NaN, Infinity, "1500" as unknown as number, null as unknown as number]) {
      expect(problems(lineItemInputSchema.safeParse({ ...item, unit_price })), String(unit_price)).to.deep.equal({ unit_price: "unit_price" });
    }
    for (const quantity of [0, 1.5, -1, 1_000_001, undefined as unknown as number]) {
      expect(problems(lineItemInputSchema.safeParse({ ...item, quantity })), String(quantity)).to.deep.equal({ quantity: "quantity" });
    }
  });

  it("needs a description and a statement; trims the description", () => {
    expect(problems(lineItemInputSchema.safeParse({ ...item, description: "  ", billing_statement_id: "" }))).to.deep.equal({
      description: "required",
      billing_statement_id: "required",
    });
    expect(lineItemInputSchema.parse({ ...item, description: "  Setup fee " }).description).to.equal("Setup fee");
  });

  it("updates name their statement and change only what is given; unknown fields are dropped", () => {
    expect(lineItemUpdateSchema.parse({ billing_statement_id: "bstm_1", quantity: 3, id: "x" })).to.deep.equal({ billing_statement_id: "bstm_1", quantity: 3 });
    expect(problems(lineItemUpdateSchema.safeParse({ quantity: 3 }))).to.deep.equal({ billing_statement_id: "required" });
    expect(problems(lineItemRefSchema.safeParse({}))).to.deep.equal({ billing_statement_id: "required" });
  });

  it("a statement: PHP by default, PayRex's payment methods only, due_at in whole seconds", () => {
    const s = billingStatementInputSchema.parse({ customer_id: "cus_1", payment_settings: { payment_methods: ["gcash", "qrph"] }, status: "paid" });
    expect(s).to.deep.equal({ customer_id: "cus_1", currency: "PHP", payment_settings: { payment_methods: ["gcash", "qrph"] } });
    expect(
      problems(
        billingStatementInputSchema.safeParse({
          customer_id: "cus_1",
          currency: "USD",
          due_at: 1.5,
          payment_settings: { payment_methods: ["card", "cash"] },
        }),
      ),
    ).to.deep.equal({ currency: "currency", due_at: "due_at", "payment_settings.payment_methods.1": "payment_method" });
    expect(problems(billingStatementInputSchema.safeParse({ customer_id: "cus_1", payment_settings: { payment_methods: [] } }))).to.deep.equal({
      "payment_settings.payment_methods": "payment_methods",
    });
  });

  it("an update may clear with null and may not move a statement to another customer", () => {
    expect(billingStatementUpdateSchema.parse({ due_at: null, description: null, metadata: null, customer_id: "cus_2" })).to.deep.equal({
      due_at: null,
      description: null,
      metadata: null,
    });
  });

  it("PayRex's deletion answer and line item answer", () => {
    expect(deletedSchema("customer").safeParse({ id: "cus_1", resource: "customer", deleted: true }).success).to.equal(true);
    expect(deletedSchema("customer").safeParse({ id: "cus_1", resource: "customer", deleted: false }).success).to.equal(false);
    expect(deletedSchema("customer").safeParse({ id: "cus_1", resource: "billing_statement", deleted: true }).success).to.equal(false);
    const li = lineItemSchema.parse({ id: "bstm_li_1", resource: "billing_statement_line_item", unit_price: 100, quantity: 1, billing_statement_id: "bstm_1", extra: 1 });
    expect(li).to.include({ billing_statement_id: "bstm_1", extra: 1 });
  });
});

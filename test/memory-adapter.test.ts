import { expect } from "@open-wc/testing";
import { PayrexError } from "../src/api/errors.js";
import { createMemoryAdapter, demoIds, loadDemoSeed, type MemoryAdapter } from "../src/api/memory-adapter.js";
import { demoSeed } from "../src/api/demo-data.js";
import { billingStatementSchema, customerSchema, paymentSchema, type BillingStatement, type Payment } from "../src/api/schemas.js";

const DAY = 86400;
const nowSeconds = () => Math.floor(Date.now() / 1000);

async function allPayments(a: MemoryAdapter, id: string): Promise<Payment[]> {
  const out: Payment[] = [];
  for (let after: string | undefined; ; ) {
    const page = await a.listPayments(id, { limit: 100, after });
    out.push(...page.data);
    if (!page.has_more) return out;
    after = page.data.at(-1)!.id;
  }
}

async function allStatements(a: MemoryAdapter, id: string): Promise<BillingStatement[]> {
  const page = await a.listBillingStatements(id, { limit: 100 });
  expect(page.has_more).to.equal(false);
  return page.data;
}

async function rejection(promise: Promise<unknown>): Promise<PayrexError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(PayrexError);
    return error as PayrexError;
  }
  throw new Error("expected the call to reject");
}

const validInput = () => ({ name: "Liza Soberano", email: "liza@example.ph" });

describe("createMemoryAdapter", () => {
  let a: MemoryAdapter;
  beforeEach(() => {
    a = createMemoryAdapter();
  });

  describe("demo data", () => {
    it("has the three demo customers", async () => {
      const maria = await a.getCustomer(demoIds.customer);
      expect(maria.name).to.equal("Maria Santos");
      expect(maria.metadata).to.be.an("object").that.is.not.empty;
      expect(maria.billing_details).to.deep.include({ phone: "+639171234567" });
      expect(maria.billing_details!.address).to.deep.equal({
        line1: "Unit 12B, 88 Kalayaan Ave",
        line2: "Pinyahan",
        city: "Quezon City",
        state: "Metro Manila",
        postal_code: "1100",
        country: "PH",
      });
      const juan = await a.getCustomer(demoIds.customerNoAddress);
      expect(juan.name).to.equal("Juan dela Cruz");
      expect(juan.billing_details).to.equal(null);
      const empty = await a.getCustomer(demoIds.customerEmpty);
      for (const c of [maria, juan, empty]) {
        expect(c).to.include({ resource: "customer", currency: "PHP", livemode: false });
        expect(c.id).to.match(/^cus_[A-Za-z0-9]{24}$/);
        expect(c.billing_statement_prefix).to.match(/^[A-Z0-9]{3,15}$/);
      }
    });

    it("gives Maria 150 payments and 30 statements, Juan a few payments, the new customer nothing", async () => {
      expect(await allPayments(a, demoIds.customer)).to.have.length(150);
      expect(await allStatements(a, demoIds.customer)).to.have.length(30);
      const juan = await allPayments(a, demoIds.customerNoAddress);
      expect(juan.length).to.be.within(3, 10);
      expect(await allPayments(a, demoIds.customerEmpty)).to.deep.equal([]);
      expect(await allStatements(a, demoIds.customerEmpty)).to.deep.equal([]);
    });

    it("covers every payment method, card brand and status, and both kinds of refund", async () => {
      const payments = await allPayments(a, demoIds.customer);
      const types = new Set(payments.map((p) => p.payment_method!.type));
      expect([...types].sort()).to.deep.equal(["bdo_installment", "billease", "card", "gcash", "maya", "qrph"]);
      const cards = payments.filter((p) => p.payment_method!.type == "card").map((p) => p.payment_method!.card!);
      expect(new Set(cards.map((c) => c.brand))).to.have.keys("visa", "mastercard", "jcb");
      for (const c of cards) {
        expect(c.first6).to.match(/^\d{6}$/);
        expect(c.last4).to.match(/^\d{4}$/);
      }
      expect(new Set(payments.map((p) => p.status))).to.have.keys("pending", "paid", "failed");
      const full = payments.filter((p) => p.refunded);
      const partial = payments.filter((p) => !p.refunded && p.amount_refunded! > 0);
      expect(full).to.not.be.empty;
      expect(partial).to.not.be.empty;
      for (const p of full) expect(p.amount_refunded).to.equal(p.amount);
      for (const p of partial) expect(p.amount_refunded).to.be.below(p.amount);
      for (const p of [...full, ...partial]) expect(p.status).to.equal("paid");
    });

    it("uses integer centavos with plausible fees", async () => {
      const payments = await allPayments(a, demoIds.customer);
      for (const p of payments) {
        expect(Number.isInteger(p.amount) && p.amount >= 2000 && p.amount <= 5999999999, p.id).to.equal(true);
        expect(Number.isInteger(p.fee)).to.equal(true);
        expect(p.currency).to.equal("PHP");
        if (p.status != "paid") continue;
        expect(p.net_amount).to.equal(p.amount - p.fee!);
        const rate = p.fee! / p.amount;
        expect(rate, p.payment_method!.type).to.be.within(0.01, 0.045);
        if (p.payment_method!.type == "card") expect(rate).to.be.closeTo(0.035, 0.001);
        if (p.payment_method!.type == "gcash") expect(rate).to.be.closeTo(0.025, 0.001);
      }
    });

    it("links some paid payments to paid statements of the same amount", async () => {
      const payments = await allPayments(a, demoIds.customer);
      const linked = payments.filter((p) => p.billing_statement_id);
      expect(linked.length).to.be.greaterThan(5);
      for (const p of linked) {
        const s = await a.getBillingStatement(p.billing_statement_id!);
        expect(s.status).to.equal("paid");
        expect(p.status).to.equal("paid");
        expect(p.amount).to.equal(s.amount);
        expect(p.payment_intent_id).to.equal(s.payment_intent!.id);
        expect(p.created_at).to.be.within(s.created_at!, s.due_at!);
      }
    });

    it("covers every statement status, with overdue open ones", async () => {
      const statements = await allStatements(a, demoIds.customer);
      expect(new Set(statements.map((s) => s.status))).to.have.keys("draft", "open", "paid", "void", "uncollectible");
      const now = nowSeconds();
      expect(statements.filter((s) => s.status == "open" && s.due_at! < now)).to.have.length.of.at.least(1);
      expect(statements.filter((s) => s.status == "open" && s.due_at! > now)).to.have.length.of.at.least(1);
    });

    it("builds statements like PayRex does", async () => {
      const statements = await allStatements(a, demoIds.customer);
      const maria = await a.getCustomer(demoIds.customer);
      for (const s of statements) {
        expect(s.id).to.match(/^bstm_[A-Za-z0-9]{24}$/);
        expect(s.amount).to.equal(s.line_items!.reduce((sum, li) => sum + li.unit_price * li.quantity, 0));
        expect(Number.isInteger(s.amount) && s.amount >= 2000 && s.amount <= 5999999999).to.equal(true);
        for (const li of s.line_items!) expect(Number.isInteger(li.unit_price) && li.quantity >= 1).to.equal(true);
        if (s.id != demoIds.statementLong) {
          expect(s.line_items!.length).to.be.within(1, 8);
          expect(new Set(s.line_items!.map((li) => li.description)).size).to.equal(s.line_items!.length);
        }
        expect(s.customer).to.deep.equal({ id: maria.id, name: maria.name, email: maria.email });
        expect(s.customer_id).to.equal(maria.id);
        expect(s.billing_statement_merchant_name).to.equal("Kape't Bahay Coffee Roasters");
        expect(s.statement_descriptor).to.be.a("string").that.is.not.empty;
        expect(s.payment_settings!.payment_methods).to.include.members(["card", "gcash", "maya", "qrph"]);
        if (s.status == "draft") {
          expect(s.billing_statement_number).to.equal(null);
          expect(s.finalized_at).to.equal(null);
          expect(s.payment_intent).to.equal(null);
          continue;
        }
        expect(s.billing_statement_number).to.match(/^[A-Z0-9]{3,15}-\d{4}$/);
        expect(s.billing_statement_number!.startsWith(maria.billing_statement_prefix + "-")).to.equal(true);
        expect(new URL(s.billing_statement_url!).protocol).to.equal("https:");
        if (s.status == "open") expect(s.payment_intent!.client_secret).to.match(/^pi_\w+_secret_\w+$/);
      }
      const numbers = statements.map((s) => s.billing_statement_number).filter(Boolean);
      expect(new Set(numbers).size).to.equal(numbers.length);
    });

    it("points every demo id at a record of the promised kind", async () => {
      const now = nowSeconds();
      const get = (id: string) => a.getBillingStatement(id);
      expect((await get(demoIds.statementDraft)).status).to.equal("draft");
      const open = await get(demoIds.statementOpen);
      expect(open.status).to.equal("open");
      expect(open.due_at).to.be.above(now);
      const overdue = await get(demoIds.statementOverdue);
      expect(overdue.status).to.equal("open");
      expect(overdue.due_at).to.be.below(now);
      expect((await get(demoIds.statementPaid)).status).to.equal("paid");
      expect((await get(demoIds.statementVoid)).status).to.equal("void");
      expect((await get(demoIds.statementUncollectible)).status).to.equal("uncollectible");
      const long = await get(demoIds.statementLong);
      expect(long.status).to.equal("open");
      expect(long.line_items!.length).to.be.at.least(40);
      expect(Object.keys(demoIds).sort()).to.deep.equal(
        [
          "customer",
          "customerNoAddress",
          "customerEmpty",
          "statementOpen",
          "statementOverdue",
          "statementPaid",
          "statementDraft",
          "statementVoid",
          "statementUncollectible",
          "statementLong",
        ].sort(),
      );
    });

    it("passes the zod schemas unchanged", async () => {
      const seed = demoSeed();
      for (const c of seed.customers) expect(customerSchema.safeParse(c).success, c.id).to.equal(true);
      const payments = Object.values(seed.payments).flat();
      expect(payments).to.have.length(156);
      for (const p of payments) expect(paymentSchema.safeParse(p).success, p.id).to.equal(true);
      for (const s of seed.billingStatements) expect(billingStatementSchema.safeParse(s).success, s.id).to.equal(true);
      // And what the adapter answers, too.
      for (const p of await allPayments(a, demoIds.customer)) expect(paymentSchema.parse(p)).to.deep.equal(p);
      for (const s of await allStatements(a, demoIds.customer)) expect(billingStatementSchema.parse(s)).to.deep.equal(s);
    });

    it("is deterministic, with times relative to now", async () => {
      const strip = (x: { created_at?: number; updated_at?: number }) => ({ ...x, created_at: 0, updated_at: 0 });
      const one = demoSeed(1_000_000_000);
      const two = demoSeed(1_000_000_000);
      expect(two).to.deep.equal(one);
      const later = demoSeed(1_000_000_000 + 7 * DAY);
      expect(later.payments[demoIds.customer]!.map(strip)).to.deep.equal(one.payments[demoIds.customer]!.map(strip));
      expect(later.billingStatements[0]!.created_at! - one.billingStatements[0]!.created_at!).to.equal(7 * DAY);
      const maria = await a.getCustomer(demoIds.customer);
      expect(maria.created_at).to.be.within(nowSeconds() - 401 * DAY, nowSeconds() - 399 * DAY);
    });

    it("lists newest first", async () => {
      for (const list of [await allPayments(a, demoIds.customer), await allStatements(a, demoIds.customer)]) {
        const times = list.map((x) => x.created_at!);
        expect(times).to.deep.equal([...times].sort((x, y) => y - x));
        expect(times[0]).to.be.at.most(nowSeconds());
      }
    });
  });

  describe("paging", () => {
    it("returns 10 by default and clamps limit to 1..100", async () => {
      const first = await a.listPayments(demoIds.customer, {});
      expect(first.data).to.have.length(10);
      expect(first.has_more).to.equal(true);
      expect((await a.listPayments(demoIds.customer, { limit: 0 })).data).to.have.length(1);
      expect((await a.listPayments(demoIds.customer, { limit: 500 })).data).to.have.length(100);
      expect((await a.listPayments(demoIds.customer, { limit: 2.7 })).data).to.have.length(2);
    });

    it("walks forward with after and back with before", async () => {
      const all = await allPayments(a, demoIds.customer);
      const first = await a.listPayments(demoIds.customer, { limit: 40 });
      expect(first.data.map((p) => p.id)).to.deep.equal(all.slice(0, 40).map((p) => p.id));
      const middle = await a.listPayments(demoIds.customer, { limit: 40, after: first.data.at(-1)!.id });
      expect(middle.data.map((p) => p.id)).to.deep.equal(all.slice(40, 80).map((p) => p.id));
      expect(middle.has_more).to.equal(true);
      const last = await a.listPayments(demoIds.customer, { limit: 40, after: all[119]!.id });
      expect(last.data.map((p) => p.id)).to.deep.equal(all.slice(120).map((p) => p.id));
      expect(last.has_more).to.equal(false);
      const back = await a.listPayments(demoIds.customer, { limit: 40, before: middle.data[0]!.id });
      expect(back.data.map((p) => p.id)).to.deep.equal(first.data.map((p) => p.id));
      expect(back.has_more).to.equal(false);
      const backMiddle = await a.listPayments(demoIds.customer, { limit: 40, before: last.data[0]!.id });
      expect(backMiddle.data.map((p) => p.id)).to.deep.equal(all.slice(80, 120).map((p) => p.id));
      expect(backMiddle.has_more).to.equal(true);
    });

    it("ends exactly on the last item without has_more", async () => {
      const page = await a.listBillingStatements(demoIds.customer, { limit: 30 });
      expect(page.data).to.have.length(30);
      expect(page.has_more).to.equal(false);
      const rest = await a.listBillingStatements(demoIds.customer, { after: page.data.at(-1)!.id });
      expect(rest).to.deep.include({ data: [], has_more: false });
    });

    it("rejects an unknown cursor with a 400 naming it", async () => {
      const error = await rejection(a.listPayments(demoIds.customer, { after: "pay_nope" }));
      expect(error).to.include({ kind: "http", status: 400 });
      expect(error.errors[0]).to.include({ parameter: "after" });
    });
  });

  describe("customers", () => {
    it("creates a customer the way PayRex does", async () => {
      const before = nowSeconds();
      const c = await a.createCustomer({ ...validInput(), metadata: { source: "kiosk" } });
      expect(c.id).to.match(/^cus_[A-Za-z0-9]{24}$/);
      expect(c).to.include({
        resource: "customer",
        name: "Liza Soberano",
        email: "liza@example.ph",
        currency: "PHP",
        next_billing_statement_sequence_number: "1",
        livemode: false,
      });
      expect(c.metadata).to.deep.equal({ source: "kiosk" });
      expect(c.billing_statement_prefix).to.match(/^[A-Z0-9]{8}$/);
      expect(c.created_at).to.be.within(before, nowSeconds());
      expect(customerSchema.safeParse(c).success).to.equal(true);
      expect(await a.getCustomer(c.id)).to.deep.equal(c);
      expect(await a.listPayments(c.id, {})).to.deep.include({ data: [], has_more: false });
      const prefixed = await a.createCustomer({ ...validInput(), billing_statement_prefix: "LIZA2026" });
      expect(prefixed.billing_statement_prefix).to.equal("LIZA2026");
      expect(prefixed.id).to.not.equal(c.id);
    });

    it("rejects invalid input with a 400 naming the field", async () => {
      const error = await rejection(a.createCustomer({ name: "Liza", email: "not-an-email" }));
      expect(error).to.include({ kind: "http", status: 400 });
      expect(error.errors).to.have.length(1);
      expect(error.errors[0]).to.include({ code: "parameter_invalid", parameter: "email" });
      expect(error.errors[0]!.detail).to.be.a("string").that.is.not.empty;
      expect(error.message).to.equal(error.errors[0]!.detail);
      const missing = await rejection(a.createCustomer({ name: " ", email: "liza@example.ph" }));
      expect(missing.errors[0]).to.include({ parameter: "name" });
      expect(missing.errors[0]!.detail).to.match(/required/);
    });

    it("names nested fields in bracket notation", async () => {
      const error = await rejection(
        a.createCustomer({ ...validInput(), billing_details: { address: { country: "Philippines" } } }),
      );
      expect(error.errors[0]).to.include({ parameter: "billing_details[address][country]" });
      expect(error.errors[0]!.detail).to.match(/country/);
    });

    it("updates by merging, replacing billing_details whole, and bumps updated_at", async () => {
      const old = await a.getCustomer(demoIds.customer);
      const updated = await a.updateCustomer(demoIds.customer, {
        name: "Maria Clara Santos",
        billing_details: { phone: "+639189876543" },
      });
      expect(updated.name).to.equal("Maria Clara Santos");
      expect(updated.email).to.equal(old.email);
      expect(updated.metadata).to.deep.equal(old.metadata);
      expect(updated.billing_details).to.deep.equal({ phone: "+639189876543" });
      expect(updated.created_at).to.equal(old.created_at);
      expect(updated.updated_at).to.be.above(old.updated_at!);
      expect(await a.getCustomer(demoIds.customer)).to.deep.equal(updated);
      expect(customerSchema.safeParse(updated).success).to.equal(true);
    });

    it("validates updates the same way", async () => {
      const error = await rejection(a.updateCustomer(demoIds.customer, { billing_statement_prefix: "abc" }));
      expect(error).to.include({ kind: "http", status: 400 });
      expect(error.errors[0]).to.include({ code: "parameter_invalid", parameter: "billing_statement_prefix" });
      expect((await a.getCustomer(demoIds.customer)).billing_statement_prefix).to.not.equal("abc");
    });

    it("honours a repeated idempotency key", async () => {
      const first = await a.createCustomer(validInput(), { idempotencyKey: "submit-1" });
      const again = await a.createCustomer(validInput(), { idempotencyKey: "submit-1" });
      expect(again).to.deep.equal(first);
      const other = await a.createCustomer(validInput(), { idempotencyKey: "submit-2" });
      expect(other.id).to.not.equal(first.id);
      const plain = await a.createCustomer(validInput());
      expect(plain.id).to.not.equal(other.id);
    });
  });

  describe("not found", () => {
    it("answers 404 with resource_not_found for unknown ids", async () => {
      const calls = [
        a.getCustomer("cus_missing"),
        a.updateCustomer("cus_missing", { name: "X" }),
        a.listPayments("cus_missing", {}),
        a.listBillingStatements("cus_missing", {}),
        a.getBillingStatement("bstm_missing"),
      ];
      for (const call of calls) {
        const error = await rejection(call);
        expect(error).to.include({ kind: "http", status: 404 });
        expect(error.errors[0]!.code).to.equal("resource_not_found");
        expect(error.errors[0]!.detail).to.match(/missing/);
      }
    });
  });

  describe("failNext", () => {
    it("fails the next call of one method, then recovers", async () => {
      a.failNext("getCustomer", "network");
      const error = await rejection(a.getCustomer(demoIds.customer));
      expect(error.kind).to.equal("network");
      expect(await a.getBillingStatement(demoIds.statementOpen)).to.include({ id: demoIds.statementOpen });
      expect((await a.getCustomer(demoIds.customer)).id).to.equal(demoIds.customer);
    });

    it("fails any method a number of times with '*'", async () => {
      a.failNext("*", "http", 2);
      const one = await rejection(a.listPayments(demoIds.customer, {}));
      expect(one).to.include({ kind: "http", status: 500 });
      await rejection(a.getBillingStatement(demoIds.statementOpen));
      expect((await a.listPayments(demoIds.customer, {})).data).to.have.length(10);
    });

    it("fails until reset with times Infinity", async () => {
      a.failNext("getBillingStatement", "network", Infinity);
      for (let i = 0; i < 3; i++) await rejection(a.getBillingStatement(demoIds.statementOpen));
      a.reset();
      expect((await a.getBillingStatement(demoIds.statementOpen)).id).to.equal(demoIds.statementOpen);
    });

    it("throws a given PayrexError as is", async () => {
      const mine = new PayrexError("http", "Conflict", { status: 409 });
      a.failNext("createCustomer", mine);
      expect(await rejection(a.createCustomer(validInput()))).to.equal(mine);
    });

    it("builds a field error for 'validation' and a plain error for other kinds", async () => {
      a.failNext("createCustomer", "validation");
      const error = await rejection(a.createCustomer(validInput()));
      expect(error).to.include({ kind: "validation", status: 400 });
      expect(error.errors[0]).to.include({ parameter: "email" });
      for (const kind of ["timeout", "invalid_response"] as const) {
        a.failNext("getCustomer", kind);
        expect((await rejection(a.getCustomer(demoIds.customer))).kind).to.equal(kind);
      }
    });

    it("does not write anything when a create fails", async () => {
      a.failNext("createCustomer", "network");
      await rejection(a.createCustomer(validInput(), { idempotencyKey: "k" }));
      const created = await a.createCustomer(validInput(), { idempotencyKey: "k" });
      expect((await a.getCustomer(created.id)).id).to.equal(created.id);
    });
  });

  describe("latency and abort", () => {
    it("rejects with kind aborted when the signal is already aborted", async () => {
      const error = await rejection(a.getCustomer(demoIds.customer, { signal: AbortSignal.abort() }));
      expect(error.kind).to.equal("aborted");
    });

    it("keeps calls pending with latency Infinity until the signal aborts", async () => {
      a.latencyMs = Infinity;
      const controller = new AbortController();
      let settled = false;
      const call = a.listPayments(demoIds.customer, {}, { signal: controller.signal });
      call.then(
        () => (settled = true),
        () => (settled = true),
      );
      // A microtask-latency call settles within a few turns; this one must not.
      const quick = createMemoryAdapter({ customers: [] });
      await rejection(quick.getCustomer("cus_x"));
      await Promise.resolve();
      expect(settled).to.equal(false);
      controller.abort();
      expect((await rejection(call)).kind).to.equal("aborted");
    });

    it("waits latencyMs, and aborts during the wait", async () => {
      const slow = createMemoryAdapter(undefined, { latencyMs: 20 });
      expect(slow.latencyMs).to.equal(20);
      const started = performance.now();
      expect((await slow.getCustomer(demoIds.customer)).id).to.equal(demoIds.customer);
      expect(performance.now() - started).to.be.at.least(15);
      const controller = new AbortController();
      const call = slow.getCustomer(demoIds.customer, { signal: controller.signal });
      controller.abort();
      expect((await rejection(call)).kind).to.equal("aborted");
    });

    it("aborts a zero-latency call aborted right after it was made", async () => {
      const controller = new AbortController();
      const call = a.getCustomer(demoIds.customer, { signal: controller.signal });
      controller.abort();
      expect((await rejection(call)).kind).to.equal("aborted");
    });
  });

  describe("isolation", () => {
    it("returns deep copies", async () => {
      const maria = await a.getCustomer(demoIds.customer);
      maria.name = "Changed";
      maria.billing_details!.address!.city = "Changed";
      maria.metadata!.membership = "Changed";
      const again = await a.getCustomer(demoIds.customer);
      expect(again.name).to.equal("Maria Santos");
      expect(again.billing_details!.address!.city).to.equal("Quezon City");
      expect(again.metadata!.membership).to.not.equal("Changed");

      const s = await a.getBillingStatement(demoIds.statementOpen);
      s.line_items![0]!.unit_price = 1;
      s.line_items!.length = 0;
      expect((await a.getBillingStatement(demoIds.statementOpen)).line_items).to.not.be.empty;

      const page = await a.listPayments(demoIds.customer, {});
      page.data[0]!.amount = 1;
      page.data.length = 0;
      expect((await a.listPayments(demoIds.customer, {})).data[0]!.amount).to.not.equal(1);
    });

    it("does not keep a reference to the caller's input or seed", async () => {
      const input = { ...validInput(), metadata: { a: "1" } };
      const c = await a.createCustomer(input);
      input.metadata.a = "2";
      expect((await a.getCustomer(c.id)).metadata).to.deep.equal({ a: "1" });

      const seed = demoSeed();
      const own = createMemoryAdapter(seed);
      seed.customers[0]!.name = "Changed";
      expect((await own.getCustomer(demoIds.customer)).name).to.equal("Maria Santos");
    });

    it("separate adapters do not share state", async () => {
      const other = createMemoryAdapter();
      await a.updateCustomer(demoIds.customer, { name: "Only here" });
      expect((await other.getCustomer(demoIds.customer)).name).to.equal("Maria Santos");
    });
  });

  describe("calls and reset", () => {
    it("logs every call with its arguments", async () => {
      const signal = new AbortController().signal;
      await a.getCustomer(demoIds.customer);
      await a.listPayments(demoIds.customer, { limit: 5 }, { signal });
      await rejection(a.getBillingStatement("bstm_missing"));
      expect(a.calls).to.deep.equal([
        { method: "getCustomer", args: [demoIds.customer] },
        { method: "listPayments", args: [demoIds.customer, { limit: 5 }, { signal }] },
        { method: "getBillingStatement", args: ["bstm_missing"] },
      ]);
    });

    it("reset goes back to the seed and forgets failures, calls and keys", async () => {
      const created = await a.createCustomer(validInput(), { idempotencyKey: "k" });
      await a.updateCustomer(demoIds.customer, { name: "Changed" });
      a.failNext("*", "network", 5);
      a.reset();
      expect(a.calls).to.deep.equal([]);
      expect((await a.getCustomer(demoIds.customer)).name).to.equal("Maria Santos");
      expect((await rejection(a.getCustomer(created.id))).status).to.equal(404);
      const fresh = await a.createCustomer({ ...validInput(), name: "Other" }, { idempotencyKey: "k" });
      expect(fresh.name).to.equal("Other");
      expect(a.calls.map((c) => c.method)).to.deep.equal(["getCustomer", "getCustomer", "createCustomer"]);
    });
  });

  describe("seeds", () => {
    it("an empty seed is an empty backend", async () => {
      const empty = createMemoryAdapter({});
      expect((await rejection(empty.getCustomer(demoIds.customer))).status).to.equal(404);
      expect((await rejection(empty.getBillingStatement(demoIds.statementOpen))).status).to.equal(404);
    });

    it("uses the seed's own records, sorted newest first, with billing folded into billing_details", async () => {
      const customer = {
        id: "cus_seed",
        name: "Seed",
        email: "seed@example.ph",
        billing: { phone: "+639170000000", address: { city: "Cebu City", country: "PH" } },
      };
      const payment = (id: string, created_at: number): Payment => ({
        id,
        amount: 5000,
        currency: "PHP",
        status: "paid",
        created_at,
      });
      const seeded = createMemoryAdapter({
        customers: [customer],
        payments: { cus_seed: [payment("pay_old", 100), payment("pay_new", 200)] },
        billingStatements: [
          { id: "bstm_seed", amount: 5000, currency: "PHP", status: "open", customer_id: "cus_seed", created_at: 1 },
        ],
      });
      const c = await seeded.getCustomer("cus_seed");
      expect(c.billing_details).to.deep.equal(customer.billing);
      expect("billing" in c).to.equal(false);
      expect((await seeded.listPayments("cus_seed", {})).data.map((p) => p.id)).to.deep.equal(["pay_new", "pay_old"]);
      expect((await seeded.listBillingStatements("cus_seed", {})).data.map((s) => s.id)).to.deep.equal(["bstm_seed"]);
      expect((await rejection(seeded.getCustomer(demoIds.customer))).status).to.equal(404);
    });
  });
});

describe("loadDemoSeed", () => {
  it("loads the demo data from its own chunk, equal to what the adapter serves", async () => {
    const seed = await loadDemoSeed(1_000_000_000);
    expect(seed.customers.map((c) => c.id)).to.include(demoIds.customer);
    expect(seed.payments[demoIds.customer]).to.have.length(150);
    const adapter = createMemoryAdapter(seed);
    const maria = await adapter.getCustomer(demoIds.customer);
    expect(maria.name).to.equal("Maria Santos");
  });
});

import { expect } from "@open-wc/testing";
import { PayrexError } from "../src/api/errors.js";
import { createMemoryAdapter, demoIds, type MemoryAdapter } from "../src/api/memory-adapter.js";
import { billingStatementSchema, customerSchema, lineItemSchema, type BillingStatement } from "../src/api/schemas.js";
import { allowedActions } from "../src/api/statement-rules.js";

async function rejection(promise: Promise<unknown>): Promise<PayrexError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(PayrexError);
    return error as PayrexError;
  }
  throw new Error("expected the call to reject");
}

const parameters = (e: PayrexError) => e.errors.map((x) => x.parameter);
const DUE = 1893456000; // 2030-01-01

/** A draft for the brand-new demo customer with the given line items ([unit price, quantity]). */
async function draft(a: MemoryAdapter, items: [number, number][] = [], due: number | null = DUE): Promise<BillingStatement> {
  const s = await a.createBillingStatement({ customer_id: demoIds.customerEmpty, description: "Website setup", due_at: due });
  for (const [unit_price, quantity] of items) {
    await a.createLineItem({ billing_statement_id: s.id, description: `Item ${unit_price}`, unit_price, quantity });
  }
  return a.getBillingStatement(s.id);
}

describe("createMemoryAdapter: staff methods", () => {
  let a: MemoryAdapter;
  beforeEach(() => {
    a = createMemoryAdapter();
  });

  describe("listCustomers", () => {
    it("lists the demo directory newest first, 10 by default, each passing the schema", async () => {
      const page = await a.listCustomers({});
      expect(page.data).to.have.length(10);
      expect(page.has_more).to.equal(true);
      const created = page.data.map((c) => c.created_at!);
      expect(created).to.deep.equal([...created].sort((x, y) => y - x));
      expect(page.data[0]!.id).to.equal(demoIds.customerEmpty);
      for (const c of page.data) expect(customerSchema.safeParse(c).success, c.id).to.equal(true);
      const all = await a.listCustomers({ limit: 100 });
      expect(all.data).to.have.length(23);
      expect(all.has_more).to.equal(false);
    });

    it("finds by email (whole, any case), by part of a name (any case) and by one metadata value", async () => {
      const ids = async (q: Parameters<MemoryAdapter["listCustomers"]>[0]) => (await a.listCustomers({ limit: 100, ...q })).data.map((c) => c.name);
      expect(await ids({ email: "MARIA.santos@example.ph" })).to.deep.equal(["Maria Santos"]);
      expect(await ids({ email: "maria.santos@example" })).to.deep.equal([]);
      expect(await ids({ name: "  santos" })).to.deep.equal(["Maria Santos"]);
      expect(await ids({ name: "CRUZ" })).to.have.members(["Juan dela Cruz", "Antonio Cruz"]);
      expect(await ids({ metadata: { key: "crm_id", value: "KB-1007" } })).to.deep.equal(["Ramon Aquino"]);
      expect(await ids({ metadata: { key: "crm_id", value: "kb-1007" } })).to.deep.equal([]);
      expect(await ids({ metadata: { key: "tier", value: "Wholesale" }, name: "a" })).to.have.length.above(2);
      expect(await ids({ name: "Ramon", metadata: { key: "crm_id", value: "KB-1001" } })).to.deep.equal([]);
    });

    it("pages a filtered list both ways with cursors", async () => {
      const first = await a.listCustomers({ name: "a", limit: 5 });
      expect(first.has_more).to.equal(true);
      const second = await a.listCustomers({ name: "a", limit: 5, after: first.data.at(-1)!.id });
      expect(second.data.map((c) => c.id)).to.not.include.members(first.data.map((c) => c.id));
      const back = await a.listCustomers({ name: "a", limit: 5, before: second.data[0]!.id });
      expect(back.data.map((c) => c.id)).to.deep.equal(first.data.map((c) => c.id));
      expect(back.has_more).to.equal(false);
    });

    it("refuses a metadata filter without a key with a 400 naming it", async () => {
      const e = await rejection(a.listCustomers({ metadata: { key: "", value: "KB-1001" } }));
      expect(e).to.include({ kind: "http", status: 400 });
      expect(parameters(e)).to.deep.equal(["metadata"]);
    });
  });

  describe("deleteCustomer", () => {
    it("deletes, answering PayRex's deletion; the customer is then a 404 and out of the list", async () => {
      expect(await a.deleteCustomer(demoIds.customerNoAddress)).to.deep.equal({ id: demoIds.customerNoAddress, resource: "customer", deleted: true });
      expect((await rejection(a.getCustomer(demoIds.customerNoAddress))).status).to.equal(404);
      expect((await a.listCustomers({ limit: 100 })).data.map((c) => c.id)).to.not.include(demoIds.customerNoAddress);
      expect((await rejection(a.deleteCustomer(demoIds.customerNoAddress))).status).to.equal(404);
    });
  });

  describe("statements", () => {
    it("creates a draft as PayRex does: no number or link, amount 0, the customer embedded, listed first", async () => {
      const s = await a.createBillingStatement({
        customer_id: demoIds.customer,
        description: "Kapihan catering",
        metadata: { order: "SO-118" },
        payment_settings: { payment_methods: ["gcash", "qrph"] },
      });
      expect(billingStatementSchema.safeParse(s).success).to.equal(true);
      expect(s.id).to.match(/^bstm_[A-Za-z0-9]{24}$/);
      expect(s).to.deep.include({
        status: "draft",
        amount: 0,
        currency: "PHP",
        customer_id: demoIds.customer,
        customer: { id: demoIds.customer, name: "Maria Santos", email: "maria.santos@example.ph" },
        due_at: null,
        billing_statement_number: null,
        billing_statement_url: null,
        payment_intent: null,
        line_items: [],
        metadata: { order: "SO-118" },
        payment_settings: { payment_methods: ["gcash", "qrph"] },
      });
      const listed = await a.listBillingStatements(demoIds.customer, { limit: 1 });
      expect(listed.data[0]!.id).to.equal(s.id);
    });

    it("offers PayRex's usual payment methods when none are given", async () => {
      const s = await a.createBillingStatement({ customer_id: demoIds.customerEmpty });
      expect(s.payment_settings!.payment_methods).to.deep.equal(["card", "gcash", "maya", "qrph"]);
    });

    it("rejects bad input with a 400 naming each field, and an unknown customer with a 404", async () => {
      const e = await rejection(
        a.createBillingStatement({
          customer_id: "",
          due_at: 1.5,
          payment_settings: { payment_methods: ["cash" as "card"] },
        }),
      );
      expect(e.status).to.equal(400);
      expect(parameters(e)).to.have.members(["customer_id", "due_at", "payment_settings[payment_methods][0]"]);
      expect((await rejection(a.createBillingStatement({ customer_id: "cus_nobody" }))).status).to.equal(404);
      expect(parameters(await rejection(a.createBillingStatement({ customer_id: demoIds.customer, payment_settings: { payment_methods: [] } })))).to.deep.equal([
        "payment_settings[payment_methods]",
      ]);
    });

    it("updates a draft's fields, null clearing; replaces payment methods whole", async () => {
      const s = await draft(a);
      const u = await a.updateBillingStatement(s.id, { description: "Retainer", due_at: null, payment_settings: { payment_methods: ["card"] } });
      expect(u).to.deep.include({ description: "Retainer", due_at: null, payment_settings: { payment_methods: ["card"] } });
      const again = await a.updateBillingStatement(s.id, { metadata: { po: "PO-7" } });
      expect(again).to.deep.include({ description: "Retainer", metadata: { po: "PO-7" } });
      expect(parameters(await rejection(a.updateBillingStatement(s.id, { due_at: -1 })))).to.deep.equal(["due_at"]);
    });

    it("deletes a draft; it is then a 404 and out of the customer's list", async () => {
      const s = await draft(a);
      expect(await a.deleteBillingStatement(s.id)).to.deep.equal({ id: s.id, resource: "billing_statement", deleted: true });
      expect((await rejection(a.getBillingStatement(s.id))).status).to.equal(404);
      const listed = await a.listBillingStatements(demoIds.customerEmpty, {});
      expect(listed.data).to.deep.equal([]);
    });
  });

  describe("line items", () => {
    it("adds, changes and removes items; the amount is the exact centavo sum each time", async () => {
      const s = await draft(a);
      const one = await a.createLineItem({ billing_statement_id: s.id, description: "Setup fee", unit_price: 1999, quantity: 3 });
      expect(lineItemSchema.safeParse(one).success).to.equal(true);
      expect(one).to.deep.include({ resource: "billing_statement_line_item", billing_statement_id: s.id, unit_price: 1999, quantity: 3 });
      expect(one.id).to.match(/^bstm_li_/);
      const two = await a.createLineItem({ billing_statement_id: s.id, description: "Consulting, 2 h", unit_price: 150000, quantity: 2 });
      await a.createLineItem({ billing_statement_id: s.id, description: "Kape", unit_price: 33, quantity: 7 });
      expect((await a.getBillingStatement(s.id)).amount).to.equal(5997 + 300000 + 231);
      const changed = await a.updateLineItem(two.id, { billing_statement_id: s.id, quantity: 1, description: "Consulting, 1 h" });
      expect(changed).to.deep.include({ id: two.id, quantity: 1, unit_price: 150000, description: "Consulting, 1 h" });
      expect((await a.getBillingStatement(s.id)).amount).to.equal(5997 + 150000 + 231);
      expect(await a.deleteLineItem(one.id, { billing_statement_id: s.id })).to.deep.equal({
        id: one.id,
        resource: "billing_statement_line_item",
        deleted: true,
      });
      const after = await a.getBillingStatement(s.id);
      expect(after.amount).to.equal(150000 + 231);
      expect(after.line_items!.map((li) => li.description)).to.deep.equal(["Consulting, 1 h", "Kape"]);
    });

    it("keeps the order items were added in", async () => {
      const s = await draft(a, [
        [100, 1],
        [200, 1],
        [300, 1],
      ]);
      expect(s.line_items!.map((li) => li.unit_price)).to.deep.equal([100, 200, 300]);
    });

    it("validates items: whole centavos, quantities from 1, a description, PayRex's maximum total", async () => {
      const s = await draft(a);
      const e = await rejection(a.createLineItem({ billing_statement_id: s.id, description: " ", unit_price: 12.5, quantity: 0 }));
      expect(parameters(e)).to.have.members(["description", "unit_price", "quantity"]);
      expect(e.errors.find((x) => x.parameter == "unit_price")!.detail).to.contain("centavos");
      await a.createLineItem({ billing_statement_id: s.id, description: "Big", unit_price: 5_000_000_000, quantity: 1 });
      const over = await rejection(a.createLineItem({ billing_statement_id: s.id, description: "More", unit_price: 1_000_000_000, quantity: 1 }));
      expect(over.status).to.equal(400);
      expect((await a.getBillingStatement(s.id)).line_items).to.have.length(1);
    });

    it("answers 404 for an item that is not on the named statement", async () => {
      const s = await draft(a, [[5000, 1]]);
      const other = await draft(a);
      const item = s.line_items![0]!;
      expect((await rejection(a.updateLineItem(item.id, { billing_statement_id: other.id, quantity: 2 }))).status).to.equal(404);
      expect((await rejection(a.deleteLineItem(item.id, { billing_statement_id: other.id }))).status).to.equal(404);
      expect((await rejection(a.deleteLineItem("bstm_li_nothing", { billing_statement_id: s.id }))).status).to.equal(404);
      expect(parameters(await rejection(a.deleteLineItem(item.id, {} as { billing_statement_id: string })))).to.deep.equal(["billing_statement_id"]);
      expect((await a.getBillingStatement(s.id)).line_items).to.have.length(1);
    });
  });

  describe("lifecycle", () => {
    it("finalize needs a due date and at least one line item: one 400 naming both, nothing changes", async () => {
      const s = await draft(a, [], null);
      const e = await rejection(a.finalizeBillingStatement(s.id));
      expect(e.status).to.equal(400);
      expect(parameters(e)).to.deep.equal(["due_at", "line_items"]);
      expect((await a.getBillingStatement(s.id)).status).to.equal("draft");
      await a.updateBillingStatement(s.id, { due_at: DUE });
      expect(parameters(await rejection(a.finalizeBillingStatement(s.id)))).to.deep.equal(["line_items"]);
    });

    it("finalize refuses a total below what PayRex can collect (20.00 PHP)", async () => {
      const s = await draft(a, [[1999, 1]]);
      expect(parameters(await rejection(a.finalizeBillingStatement(s.id)))).to.deep.equal(["amount"]);
      await a.createLineItem({ billing_statement_id: s.id, description: "One more centavo", unit_price: 1, quantity: 1 });
      expect((await a.finalizeBillingStatement(s.id)).status).to.equal("open");
    });

    it("finalize opens the statement: number from the customer's prefix and sequence, a payment link and intent", async () => {
      const before = await a.getCustomer(demoIds.customerEmpty);
      const seq = Number(before.next_billing_statement_sequence_number);
      const s = await draft(a, [
        [150000, 1],
        [45000, 2],
        [1999, 3],
      ]);
      const open = await a.finalizeBillingStatement(s.id);
      expect(open).to.deep.include({ status: "open", amount: 150000 + 90000 + 5997 });
      expect(open.billing_statement_number).to.equal(`${before.billing_statement_prefix}-${String(seq).padStart(4, "0")}`);
      expect(open.finalized_at).to.be.a("number");
      expect(new URL(open.billing_statement_url!).protocol).to.equal("https:");
      expect(open.payment_intent!.client_secret).to.match(/^pi_\w+_secret_\w+$/);
      expect(open.payment_intent!.status).to.equal("awaiting_payment_method");
      expect((await a.getCustomer(demoIds.customerEmpty)).next_billing_statement_sequence_number).to.equal(String(seq + 1));
      const next = await a.finalizeBillingStatement((await draft(a, [[5000, 1]])).id);
      expect(next.billing_statement_number).to.equal(`${before.billing_statement_prefix}-${String(seq + 1).padStart(4, "0")}`);
    });

    it("send keeps an open statement open; void cancels its intent; mark uncollectible", async () => {
      const open = await a.finalizeBillingStatement((await draft(a, [[5000, 2]])).id);
      expect((await a.sendBillingStatement(open.id)).status).to.equal("open");
      const voided = await a.voidBillingStatement(open.id);
      expect(voided.status).to.equal("void");
      expect(voided.payment_intent!.status).to.equal("canceled");
      const other = await a.finalizeBillingStatement((await draft(a, [[5000, 2]])).id);
      expect((await a.markUncollectibleBillingStatement(other.id)).status).to.equal("uncollectible");
    });

    it("allows each action only in the status PayRex allows it in; refusals change nothing", async () => {
      const fresh = async () => (await draft(a, [[5000, 1]])).id;
      const ids: Record<string, () => Promise<string>> = {
        draft: fresh,
        open: async () => (await a.finalizeBillingStatement(await fresh())).id,
        paid: async () => demoIds.statementPaid,
        void: async () => (await a.voidBillingStatement((await a.finalizeBillingStatement(await fresh())).id)).id,
        uncollectible: async () => demoIds.statementUncollectible,
      };
      const actions: Record<string, (id: string) => Promise<unknown>> = {
        update: (id) => a.updateBillingStatement(id, { description: "x" }),
        delete: (id) => a.deleteBillingStatement(id),
        line_items: (id) => a.createLineItem({ billing_statement_id: id, description: "x", unit_price: 100, quantity: 1 }),
        finalize: (id) => a.finalizeBillingStatement(id),
        send: (id) => a.sendBillingStatement(id),
        void: (id) => a.voidBillingStatement(id),
        mark_uncollectible: (id) => a.markUncollectibleBillingStatement(id),
      };
      for (const status of Object.keys(ids)) {
        for (const [action, run] of Object.entries(actions)) {
          const id = await ids[status]!();
          const before = await a.getBillingStatement(id);
          expect(before.status).to.equal(status);
          const allowed = allowedActions(status).includes(action as never);
          if (allowed) {
            await run(id);
          } else {
            const e = await rejection(run(id));
            expect(e.status, `${action} on ${status}`).to.equal(400);
            expect(e.errors[0]!.code).to.equal("billing_statement_invalid_status");
            expect(await a.getBillingStatement(id), `${action} on ${status}`).to.deep.equal(before);
          }
        }
      }
      expect(allowedActions("draft")).to.have.members(["update", "delete", "line_items", "finalize"]);
      expect(allowedActions("open")).to.have.members(["send", "void", "mark_uncollectible"]);
      for (const status of ["paid", "void", "uncollectible", "refunded"]) expect(allowedActions(status)).to.deep.equal([]);
    });

    it("line items of an open statement cannot change", async () => {
      const open = await a.finalizeBillingStatement((await draft(a, [[5000, 1]])).id);
      const item = open.line_items![0]!;
      expect((await rejection(a.updateLineItem(item.id, { billing_statement_id: open.id, quantity: 9 }))).status).to.equal(400);
      expect((await rejection(a.deleteLineItem(item.id, { billing_statement_id: open.id }))).status).to.equal(400);
    });

    it("statementUrl sets the payment link of finalized statements", async () => {
      const b = createMemoryAdapter(undefined, { statementUrl: (s) => `http://localhost:3000/pay/${s.id}` });
      const s = await draft(b, [[5000, 1]]);
      expect((await b.finalizeBillingStatement(s.id)).billing_statement_url).to.equal(`http://localhost:3000/pay/${s.id}`);
    });
  });

  describe("adapter behaviour", () => {
    it("replays a repeated idempotency key for creates, failures included", async () => {
      const input = { customer_id: demoIds.customerEmpty, description: "Once" };
      const s1 = await a.createBillingStatement(input, { idempotencyKey: "k1" });
      const s2 = await a.createBillingStatement(input, { idempotencyKey: "k1" });
      expect(s2.id).to.equal(s1.id);
      const item = { billing_statement_id: s1.id, description: "Setup", unit_price: 5000, quantity: 1 };
      const i1 = await a.createLineItem(item, { idempotencyKey: "k1" });
      const i2 = await a.createLineItem(item, { idempotencyKey: "k1" });
      expect(i2.id).to.equal(i1.id);
      expect((await a.getBillingStatement(s1.id)).line_items).to.have.length(1);
      const bad = { billing_statement_id: s1.id, description: "", unit_price: 5000, quantity: 1 };
      const e1 = await rejection(a.createLineItem(bad, { idempotencyKey: "k2" }));
      const e2 = await rejection(a.createLineItem(bad, { idempotencyKey: "k2" }));
      expect(e2).to.equal(e1);
      expect((await a.listBillingStatements(demoIds.customerEmpty, {})).data).to.have.length(1);
    });

    it("fails staff methods on request and records their calls", async () => {
      a.failNext("finalizeBillingStatement", "http");
      const s = await draft(a, [[5000, 1]]);
      expect((await rejection(a.finalizeBillingStatement(s.id))).status).to.equal(500);
      expect((await a.finalizeBillingStatement(s.id)).status).to.equal("open");
      expect(a.calls.filter((c) => c.method == "finalizeBillingStatement")).to.deep.equal([
        { method: "finalizeBillingStatement", args: [s.id] },
        { method: "finalizeBillingStatement", args: [s.id] },
      ]);
    });

    it("answers deep copies and aborts with the signal", async () => {
      const s = await draft(a, [[5000, 1]]);
      s.line_items![0]!.unit_price = 1;
      expect((await a.getBillingStatement(s.id)).amount).to.equal(5000);
      a.latencyMs = Infinity;
      const controller = new AbortController();
      const pending = a.listCustomers({ name: "a" }, { signal: controller.signal });
      controller.abort();
      expect((await rejection(pending)).kind).to.equal("aborted");
    });

    it("reset forgets created statements and deleted customers", async () => {
      const s = await draft(a);
      await a.deleteCustomer(demoIds.customerNoAddress);
      a.reset();
      expect((await rejection(a.getBillingStatement(s.id))).status).to.equal(404);
      expect((await a.getCustomer(demoIds.customerNoAddress)).name).to.equal("Juan dela Cruz");
    });
  });
});

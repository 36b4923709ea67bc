import { expect } from "@open-wc/testing";
import { createFetchAdapter, type FetchAdapterOptions } from "../src/api/fetch-adapter.js";
import { PayrexError } from "../src/api/errors.js";
import { requireMethod } from "../src/api/require-method.js";
import type { PayrexAdapter } from "../src/api/adapter.js";

const BASE = "https://shop.example.ph/api/payrex";

interface Call {
  url: string;
  method: string;
  headers: Headers;
  body: unknown;
}

type Handler = (call: Call, n: number) => Response | Promise<Response>;

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

const customer = (id = "cus_1", over: Record<string, unknown> = {}) => ({
  id,
  resource: "customer",
  name: "Andrea Reyes",
  email: "andrea.reyes@example.ph",
  currency: "PHP",
  billing_statement_prefix: "AREYES",
  next_billing_statement_sequence_number: "3",
  metadata: { crm_id: "C-1042" },
  billing: { phone: "+639181234567", address: { line1: "12 Jupiter St.", city: "Makati City", country: "PH" } },
  livemode: false,
  created_at: 1719900000,
  updated_at: 1719900000,
  ...over,
});

const statement = (id = "bstm_1", over: Record<string, unknown> = {}) => ({
  id,
  resource: "billing_statement",
  amount: 0,
  currency: "PHP",
  customer_id: "cus_1",
  description: "Website setup",
  status: "draft",
  due_at: null,
  finalized_at: null,
  billing_statement_number: null,
  billing_statement_url: null,
  line_items: [],
  payment_settings: { payment_methods: ["card", "gcash"] },
  metadata: null,
  livemode: false,
  created_at: 1719900000,
  updated_at: 1719900000,
  ...over,
});

const lineItem = (id = "bstm_li_1", over: Record<string, unknown> = {}) => ({
  id,
  resource: "billing_statement_line_item",
  description: "Setup fee",
  unit_price: 1500000,
  quantity: 1,
  billing_statement_id: "bstm_1",
  livemode: false,
  created_at: 1719900000,
  updated_at: 1719900000,
  ...over,
});

const deleted = (id: string, resource: string) => ({ id, resource, deleted: true });
const list = <T>(data: T[], has_more = false) => ({ resource: "list" as const, data, has_more });

/** PayRex-shaped answers by route, so every call parses. */
const router: Handler = (call) => {
  const path = new URL(call.url).pathname.slice(new URL(BASE).pathname.length);
  if (call.method === "DELETE") {
    const [, kind, id] = path.split("/");
    const resource = kind === "customers" ? "customer" : kind === "billing_statements" ? "billing_statement" : "billing_statement_line_item";
    return json(deleted(decodeURIComponent(id!), resource));
  }
  if (path === "/customers") return json(list([customer("cus_2"), customer("cus_1")], true));
  if (path.startsWith("/billing_statement_line_items")) return json(lineItem());
  return json(statement());
};

function adapterWith(handler: Handler = router, options: Partial<FetchAdapterOptions> = {}) {
  const calls: Call[] = [];
  const fetch = ((input: RequestInfo | URL, init: RequestInit = {}) => {
    const call: Call = {
      url: String(input),
      method: init.method ?? "GET",
      headers: new Headers(init.headers),
      body: typeof init.body === "string" ? JSON.parse(init.body) : init.body,
    };
    calls.push(call);
    return Promise.resolve().then(() => handler(call, calls.length - 1));
  }) as typeof globalThis.fetch;
  const adapter = createFetchAdapter({ baseUrl: BASE, fetch, retryDelayMs: 0, ...options });
  return { adapter, calls };
}

async function failure(promise: Promise<unknown>): Promise<PayrexError> {
  let result: unknown;
  try {
    result = await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(PayrexError);
    return error as PayrexError;
  }
  throw new Error(`expected a rejection, got ${JSON.stringify(result)}`);
}

const draftInput = {
  customer_id: "cus_1",
  description: "Website setup",
  due_at: 1722470400,
  metadata: { order: "SO-2024-118" },
  payment_settings: { payment_methods: ["card" as const, "gcash" as const] },
};

describe("createFetchAdapter: staff methods (CONTRACT §4a)", () => {
  it("builds every staff call's method and URL, with ids URL-encoded", async () => {
    const { adapter, calls } = adapterWith();
    const id = "x 1/?";
    await adapter.listCustomers({});
    await adapter.deleteCustomer(id);
    await adapter.createBillingStatement(draftInput);
    await adapter.updateBillingStatement(id, { description: "Retainer" });
    await adapter.deleteBillingStatement(id);
    await adapter.createLineItem({ billing_statement_id: "bstm_1", description: "Setup fee", unit_price: 1500000, quantity: 1 });
    await adapter.updateLineItem(id, { billing_statement_id: "bstm_1", quantity: 2 });
    await adapter.deleteLineItem(id, { billing_statement_id: "bstm 1&x=y" });
    await adapter.finalizeBillingStatement(id);
    await adapter.sendBillingStatement(id);
    await adapter.voidBillingStatement(id);
    await adapter.markUncollectibleBillingStatement(id);
    const e = "x%201%2F%3F";
    expect(calls.map((c) => `${c.method} ${c.url}`)).to.deep.equal([
      `GET ${BASE}/customers`,
      `DELETE ${BASE}/customers/${e}`,
      `POST ${BASE}/billing_statements`,
      `PUT ${BASE}/billing_statements/${e}`,
      `DELETE ${BASE}/billing_statements/${e}`,
      `POST ${BASE}/billing_statement_line_items`,
      `PUT ${BASE}/billing_statement_line_items/${e}`,
      `DELETE ${BASE}/billing_statement_line_items/${e}?billing_statement_id=bstm+1%26x%3Dy`,
      `POST ${BASE}/billing_statements/${e}/finalize`,
      `POST ${BASE}/billing_statements/${e}/send`,
      `POST ${BASE}/billing_statements/${e}/void`,
      `POST ${BASE}/billing_statements/${e}/mark_uncollectible`,
    ]);
  });

  it("sends inputs as JSON bodies; DELETE and the lifecycle actions send none but still say JSON", async () => {
    const { adapter, calls } = adapterWith();
    await adapter.createBillingStatement(draftInput);
    await adapter.updateBillingStatement("bstm_1", { due_at: null, metadata: null });
    await adapter.createLineItem({ billing_statement_id: "bstm_1", description: "Setup fee", unit_price: 1500000, quantity: 1 });
    await adapter.updateLineItem("bstm_li_1", { billing_statement_id: "bstm_1", unit_price: 99950 });
    await adapter.deleteLineItem("bstm_li_1", { billing_statement_id: "bstm_1" });
    await adapter.finalizeBillingStatement("bstm_1");
    await adapter.deleteCustomer("cus_1");
    expect(calls.map((c) => c.body)).to.deep.equal([
      draftInput,
      { due_at: null, metadata: null },
      { billing_statement_id: "bstm_1", description: "Setup fee", unit_price: 1500000, quantity: 1 },
      { billing_statement_id: "bstm_1", unit_price: 99950 },
      undefined,
      undefined,
      undefined,
    ]);
    expect(calls.map((c) => c.headers.get("Content-Type"))).to.deep.equal([
      "application/json",
      "application/json",
      "application/json",
      "application/json",
      "application/json",
      "application/json",
      "application/json",
    ]);
  });

  it("sends Idempotency-Key on every POST (the caller's when given), never on PUT, DELETE or GET", async () => {
    const { adapter, calls } = adapterWith();
    await adapter.createBillingStatement(draftInput, { idempotencyKey: "submit-1" });
    await adapter.createBillingStatement(draftInput, { idempotencyKey: "submit-1" });
    await adapter.createLineItem({ billing_statement_id: "bstm_1", description: "Setup", unit_price: 100, quantity: 1 });
    await adapter.finalizeBillingStatement("bstm_1");
    await adapter.updateBillingStatement("bstm_1", { description: "x" }, { idempotencyKey: "k" });
    await adapter.deleteBillingStatement("bstm_1", { idempotencyKey: "k" });
    await adapter.listCustomers({}, { idempotencyKey: "k" });
    const keys = calls.map((c) => c.headers.get("Idempotency-Key"));
    expect(keys.slice(0, 2)).to.deep.equal(["submit-1", "submit-1"]);
    expect(keys[2]).to.be.a("string").and.not.equal(keys[3]);
    expect(keys[3]).to.be.a("string");
    expect(keys.slice(4)).to.deep.equal([null, null, null]);
  });

  describe("listCustomers", () => {
    it("sends PayRex's filters: email, name, metadata[key]=value, and the page", async () => {
      const { adapter, calls } = adapterWith();
      await adapter.listCustomers({ email: "andrea.reyes@example.ph" });
      await adapter.listCustomers({ name: "Andrea R", limit: 25, after: "cus_9" });
      await adapter.listCustomers({ metadata: { key: "crm id", value: "C-1042&x" }, before: "cus_2" });
      await adapter.listCustomers({ email: "", name: "", limit: 500 });
      const params = calls.map((c) => [...new URL(c.url).searchParams]);
      expect(params).to.deep.equal([
        [["email", "andrea.reyes@example.ph"]],
        [
          ["name", "Andrea R"],
          ["limit", "25"],
          ["after", "cus_9"],
        ],
        [
          ["metadata[crm id]", "C-1042&x"],
          ["before", "cus_2"],
        ],
        [["limit", "100"]],
      ]);
    });

    it("parses the list (billing read as billing_details) and has_more", async () => {
      const { adapter } = adapterWith();
      const page = await adapter.listCustomers({ limit: 2 });
      expect(page.has_more).to.equal(true);
      expect(page.data.map((c) => c.id)).to.deep.equal(["cus_2", "cus_1"]);
      expect(page.data[0]!.billing_details?.address?.city).to.equal("Makati City");
    });

    it("refuses a metadata filter without a key, without a request; a missing query means no filter", async () => {
      const { adapter, calls } = adapterWith();
      const error = await failure(adapter.listCustomers({ metadata: { key: "", value: "x" } }));
      expect(error.kind).to.equal("validation");
      expect(calls).to.have.length(0);
      await adapter.listCustomers(undefined as unknown as object);
      expect(calls[0]!.url).to.equal(`${BASE}/customers`);
    });
  });

  it("refuses ids that would address another resource, without a request", async () => {
    const { adapter, calls } = adapterWith();
    for (const bad of ["", ".", ".."]) {
      for (const call of [
        () => adapter.deleteCustomer(bad),
        () => adapter.updateBillingStatement(bad, {}),
        () => adapter.deleteBillingStatement(bad),
        () => adapter.updateLineItem(bad, { billing_statement_id: "bstm_1" }),
        () => adapter.deleteLineItem(bad, { billing_statement_id: "bstm_1" }),
        () => adapter.deleteLineItem("bstm_li_1", { billing_statement_id: bad }),
        () => adapter.finalizeBillingStatement(bad),
        () => adapter.sendBillingStatement(bad),
        () => adapter.voidBillingStatement(bad),
        () => adapter.markUncollectibleBillingStatement(bad),
      ]) {
        expect((await failure(call())).kind, `${JSON.stringify(bad)} ${String(call)}`).to.equal("validation");
      }
    }
    expect((await failure(adapter.deleteLineItem("bstm_li_1", undefined as never))).kind).to.equal("validation");
    expect(calls).to.have.length(0);
  });

  describe("responses", () => {
    it("parses a statement, a line item and a deletion", async () => {
      const { adapter } = adapterWith();
      const s = await adapter.createBillingStatement(draftInput);
      expect(s.status).to.equal("draft");
      expect(s.payment_settings?.payment_methods).to.deep.equal(["card", "gcash"]);
      const item = await adapter.createLineItem({ billing_statement_id: "bstm_1", description: "Setup fee", unit_price: 1500000, quantity: 1 });
      expect(item).to.include({ id: "bstm_li_1", billing_statement_id: "bstm_1", unit_price: 1500000, quantity: 1 });
      expect(await adapter.deleteLineItem("bstm_li_1", { billing_statement_id: "bstm_1" })).to.deep.equal(
        deleted("bstm_li_1", "billing_statement_line_item"),
      );
      expect(await adapter.deleteCustomer("cus_1")).to.deep.equal(deleted("cus_1", "customer"));
    });

    it("rejects malformed answers as invalid_response", async () => {
      const cases: Array<[(a: Required<PayrexAdapter>) => Promise<unknown>, unknown]> = [
        [(a) => a.deleteCustomer("cus_1"), { id: "cus_1", resource: "customer", deleted: false }],
        [(a) => a.deleteBillingStatement("bstm_1"), { id: "bstm_1", resource: "customer", deleted: true }],
        [(a) => a.createLineItem({ billing_statement_id: "b", description: "d", unit_price: 1, quantity: 1 }), { id: "li", quantity: 1 }],
        [(a) => a.finalizeBillingStatement("bstm_1"), { id: "bstm_1", status: "open" }],
        [(a) => a.listCustomers({}), { data: [{ name: "no id" }], has_more: false }],
        [(a) => a.listCustomers({}), [customer()]],
      ];
      for (const [call, body] of cases) {
        const { adapter } = adapterWith(() => json(body));
        const error = await failure(call(adapter));
        expect(error.kind, JSON.stringify(body)).to.equal("invalid_response");
      }
    });

    it("passes PayRex's error body through: a forbidden transition, a finalize without a due date", async () => {
      const body = {
        errors: [{ code: "parameter_invalid", detail: "A billing statement needs a due date to be finalized.", parameter: "due_at" }],
      };
      const { adapter } = adapterWith(() => json(body, 400));
      const error = await failure(adapter.finalizeBillingStatement("bstm_1"));
      expect(error).to.include({ kind: "http", status: 400, message: body.errors[0]!.detail });
      expect(error.errors).to.deep.equal(body.errors);
    });
  });

  it("retries a customer search on 503, never a POST, PUT or DELETE", async () => {
    const { adapter, calls } = adapterWith((call, n) => (n === 0 ? json({}, 503) : router(call, n)), { retries: 2 });
    await adapter.listCustomers({ name: "Andrea" });
    expect(calls).to.have.length(2);
    for (const call of [
      (a: Required<PayrexAdapter>) => a.finalizeBillingStatement("bstm_1"),
      (a: Required<PayrexAdapter>) => a.updateLineItem("bstm_li_1", { billing_statement_id: "bstm_1", quantity: 2 }),
      (a: Required<PayrexAdapter>) => a.deleteCustomer("cus_1"),
    ]) {
      const stub = adapterWith(() => json({}, 503), { retries: 2 });
      expect((await failure(call(stub.adapter))).status).to.equal(503);
      expect(stub.calls).to.have.length(1);
    }
  });

  it("aborts a staff call with the caller's signal", async () => {
    const { adapter } = adapterWith(
      (call) => new Promise<Response>(() => void call),
      { timeoutMs: 0 },
    );
    const controller = new AbortController();
    const pending = adapter.listCustomers({ name: "A" }, { signal: controller.signal });
    controller.abort();
    expect((await failure(pending)).kind).to.equal("aborted");
  });
});

describe("requireMethod", () => {
  it("returns the adapter's method bound to it", async () => {
    const { adapter, calls } = adapterWith();
    const list = requireMethod(adapter, "listCustomers");
    expect((await list({ name: "Andrea" })).data).to.have.length(2);
    expect(calls).to.have.length(1);
  });

  it("throws a PayrexError with code missing_method naming the method when the adapter lacks it", () => {
    const customerFacing: PayrexAdapter = {
      getCustomer: async () => customer() as never,
      createCustomer: async () => customer() as never,
      updateCustomer: async () => customer() as never,
      listPayments: async () => list([]),
      listBillingStatements: async () => list([]),
      getBillingStatement: async () => statement() as never,
    };
    let thrown: unknown;
    try {
      requireMethod(customerFacing, "finalizeBillingStatement");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).to.be.instanceOf(PayrexError);
    expect(thrown).to.include({ kind: "validation", code: "missing_method", method: "finalizeBillingStatement" });
    expect((thrown as Error).message).to.contain("finalizeBillingStatement");
  });
});

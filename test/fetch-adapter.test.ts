import { expect } from "@open-wc/testing";
import { createFetchAdapter, newIdempotencyKey, type FetchAdapterOptions } from "../src/api/fetch-adapter.js";
import { retryDelay } from "../src/api/fetch-transport.js";
import { PayrexError, isAbort } from "../src/api/errors.js";
import { containsSecretKey, refuseSecretKey } from "../src/api/secret-key.js";

// Built by concatenation so no key-shaped string sits in the tree.
const SECRET = "sk_" + "test_" + "abc123def456";
const LIVE_SECRET = "sk_" + "live_" + "abc123def456";
const BASE = "https://shop.example.ph/api/payrex";

interface Call {
  url: string;
  method: string;
  headers: Headers;
  body: unknown;
  credentials: RequestCredentials | undefined;
  signal: AbortSignal;
}

type Handler = (call: Call, n: number) => Response | Promise<Response>;

/** A fetch that records every request and answers with `handler` (default: a customer). */
function stubFetch(handler: Handler = () => json(customer())) {
  const calls: Call[] = [];
  const waiters: Array<{ count: number; resolve: (call: Call) => void }> = [];
  const fetch = ((input: RequestInfo | URL, init: RequestInit = {}) => {
    const call: Call = {
      url: String(input),
      method: init.method ?? "GET",
      headers: new Headers(init.headers),
      body: typeof init.body === "string" ? JSON.parse(init.body) : init.body,
      credentials: init.credentials,
      signal: init.signal!,
    };
    calls.push(call);
    for (const w of waiters.filter((w) => calls.length >= w.count)) w.resolve(calls[w.count - 1]!);
    return Promise.resolve().then(() => handler(call, calls.length - 1));
  }) as typeof globalThis.fetch;
  return {
    fetch,
    calls,
    /** Resolves with request number `count` (1-based) once it has been made. */
    callMade: (count = 1) =>
      new Promise<Call>((resolve) => {
        if (calls.length >= count) resolve(calls[count - 1]!);
        else waiters.push({ count, resolve });
      }),
  };
}

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });

/** Like real fetch: pending until its signal aborts, then rejects with the signal's reason. */
const hang: Handler = ({ signal }) =>
  new Promise<Response>((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });

/** Headers arrive at once, the body never ends; like real fetch, the body errors when the signal aborts. */
const stallBody: Handler = ({ signal }) =>
  new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"id":"cus_'));
        signal.addEventListener("abort", () => controller.error(signal.reason), { once: true });
      },
    }),
    { status: 200, headers: { "Content-Type": "application/json" } },
  );

const networkDown: Handler = () => {
  throw new TypeError("Failed to fetch");
};

const customer = (over: Record<string, unknown> = {}) => ({
  id: "cus_Ax1yN7kUvM5w3rfL0pXbQm2c",
  resource: "customer",
  name: "Maria Santos",
  email: "maria.santos@example.ph",
  currency: "PHP",
  billing_statement_prefix: "MSANTOS",
  next_billing_statement_sequence_number: "12",
  metadata: { plan: "gold" },
  billing: { phone: "+639171234567", address: { line1: "6750 Ayala Avenue", line2: null, city: "Makati City", state: "Metro Manila", postal_code: "1226", country: "PH" } },
  livemode: false,
  created_at: 1719900000,
  updated_at: 1719900500,
  ...over,
});

const payment = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  resource: "payment",
  amount: 150000,
  amount_refunded: 0,
  currency: "PHP",
  description: "Gold plan",
  fee: 3750,
  net_amount: 146250,
  status: "paid",
  refunded: false,
  payment_intent_id: "pi_1",
  payment_method: { type: "gcash" },
  metadata: null,
  livemode: false,
  created_at: 1719900000,
  updated_at: 1719900000,
  ...over,
});

const statement = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  resource: "billing_statement",
  amount: 250000,
  currency: "PHP",
  customer_id: "cus_Ax1yN7kUvM5w3rfL0pXbQm2c",
  description: "July subscription",
  status: "open",
  due_at: 1722470400,
  finalized_at: 1719900000,
  billing_statement_number: "MSANTOS-0012",
  billing_statement_url: "https://bill.payrexhq.com/b/test_1",
  billing_statement_merchant_name: "Sari-Sari Cloud Inc.",
  statement_descriptor: "SARISARI",
  line_items: [{ id: "bstm_li_1", description: "Gold plan", unit_price: 250000, quantity: 1 }],
  payment_intent: null,
  metadata: null,
  livemode: false,
  created_at: 1719899000,
  updated_at: 1719900000,
  ...over,
});

const list = (data: unknown[], has_more = false) => ({ resource: "list", data, has_more });

function adapterWith(handler?: Handler, options: Partial<FetchAdapterOptions> = {}) {
  const stub = stubFetch(handler);
  const adapter = createFetchAdapter({ baseUrl: BASE, fetch: stub.fetch, retryDelayMs: 0, ...options });
  return { adapter, ...stub };
}

/** The PayrexError a promise rejects with (fails the test when it resolves or rejects with anything else). */
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

/** What createFetchAdapter throws for these options. */
function creationError(options: FetchAdapterOptions): PayrexError {
  try {
    createFetchAdapter(options);
  } catch (error) {
    expect(error).to.be.instanceOf(PayrexError);
    return error as PayrexError;
  }
  throw new Error("expected createFetchAdapter to throw");
}

describe("createFetchAdapter", () => {
  describe("URLs (CONTRACT §4)", () => {
    it("builds every call's method and URL, with ids URL-encoded", async () => {
      const { adapter, calls } = adapterWith((call) => {
        if (call.url.includes("/payments")) return json(list([]));
        if (call.url.includes("/billing_statements?")) return json(list([]));
        if (call.url.includes("/billing_statements/")) return json(statement("bstm_1"));
        return json(customer());
      });
      const id = "cus 1/?";
      await adapter.getCustomer(id);
      await adapter.createCustomer({ name: "Maria Santos", email: "maria.santos@example.ph" });
      await adapter.updateCustomer(id, { name: "Maria S. Cruz" });
      await adapter.listPayments(id, {});
      await adapter.listBillingStatements(id, {});
      await adapter.getBillingStatement("bstm #1/..");
      expect(calls.map((c) => `${c.method} ${c.url}`)).to.deep.equal([
        `GET ${BASE}/customers/cus%201%2F%3F`,
        `POST ${BASE}/customers`,
        `PUT ${BASE}/customers/cus%201%2F%3F`,
        `GET ${BASE}/customers/cus%201%2F%3F/payments`,
        `GET ${BASE}/billing_statements?customer_id=cus+1%2F%3F`,
        `GET ${BASE}/billing_statements/bstm%20%231%2F..`,
      ]);
    });

    it("sends limit, after and before as query parameters", async () => {
      const { adapter, calls } = adapterWith(() => json(list([])));
      await adapter.listPayments("cus_1", { limit: 10, after: "pay_1", before: "pay_9" });
      await adapter.listBillingStatements("cus_1", { limit: 25, after: "bstm_a&b=c" });
      await adapter.listPayments("cus_1", { after: "", before: undefined });
      expect(calls.map((c) => c.url)).to.deep.equal([
        `${BASE}/customers/cus_1/payments?limit=10&after=pay_1&before=pay_9`,
        `${BASE}/billing_statements?customer_id=cus_1&limit=25&after=bstm_a%26b%3Dc`,
        `${BASE}/customers/cus_1/payments`,
      ]);
    });

    it("clamps limit to 1..100 and drops one that is not a number", async () => {
      const { adapter, calls } = adapterWith(() => json(list([])));
      const limits = [0, -5, 1, 2.9, 50, 100, 101, 1000, Infinity, NaN];
      for (const limit of limits) await adapter.listPayments("cus_1", { limit });
      expect(calls.map((c) => new URL(c.url).searchParams.get("limit"))).to.deep.equal([
        "1",
        "1",
        "1",
        "2",
        "50",
        "100",
        "100",
        "100",
        "100",
        null,
      ]);
    });

    it("joins base URLs with or without trailing slashes, absolute or relative", async () => {
      for (const [baseUrl, expected] of [
        ["https://shop.example.ph/api/payrex", "https://shop.example.ph/api/payrex/customers/cus_1"],
        ["https://shop.example.ph/api/payrex/", "https://shop.example.ph/api/payrex/customers/cus_1"],
        ["https://shop.example.ph/api/payrex//", "https://shop.example.ph/api/payrex/customers/cus_1"],
        ["/api/payrex", "/api/payrex/customers/cus_1"],
        ["/api/payrex/", "/api/payrex/customers/cus_1"],
        ["/", "/customers/cus_1"],
      ]) {
        const { fetch, calls } = stubFetch();
        await createFetchAdapter({ baseUrl: baseUrl!, fetch }).getCustomer("cus_1");
        expect(calls[0]!.url, baseUrl).to.equal(expected);
      }
    });

    it("refuses ids that would address another resource, without a request", async () => {
      const { adapter, calls } = adapterWith();
      for (const bad of ["", ".", ".."]) {
        for (const call of [
          () => adapter.getCustomer(bad),
          () => adapter.updateCustomer(bad, { name: "x" }),
          () => adapter.listPayments(bad, {}),
          () => adapter.listBillingStatements(bad, {}),
          () => adapter.getBillingStatement(bad),
        ]) {
          const error = await failure(call());
          expect(error.kind, JSON.stringify(bad)).to.equal("validation");
        }
      }
      const error = await failure(adapter.getCustomer(undefined as unknown as string));
      expect(error.kind).to.equal("validation");
      expect(calls).to.have.length(0);
    });

    it("accepts a missing page argument from JavaScript callers", async () => {
      const { adapter, calls } = adapterWith(() => json(list([])));
      await adapter.listPayments("cus_1", undefined as unknown as object);
      expect(calls[0]!.url).to.equal(`${BASE}/customers/cus_1/payments`);
    });

    it("needs a baseUrl", () => {
      expect(creationError({ baseUrl: "" }).kind).to.equal("validation");
      expect(creationError({} as FetchAdapterOptions).message).to.contain("baseUrl");
    });

    it("uses the global fetch when none is given", async () => {
      const original = globalThis.fetch;
      const stub = stubFetch();
      globalThis.fetch = stub.fetch;
      try {
        const c = await createFetchAdapter({ baseUrl: "/api/payrex" }).getCustomer("cus_1");
        expect(c.id).to.equal("cus_Ax1yN7kUvM5w3rfL0pXbQm2c");
      } finally {
        globalThis.fetch = original;
      }
      expect(stub.calls).to.have.length(1);
    });
  });

  describe("requests", () => {
    it("sends Accept on every request and Content-Type only with a body", async () => {
      const { adapter, calls } = adapterWith();
      await adapter.getCustomer("cus_1");
      await adapter.createCustomer({ name: "Maria Santos", email: "maria.santos@example.ph" });
      await adapter.updateCustomer("cus_1", { email: "maria@example.ph" });
      expect(calls.map((c) => c.headers.get("Accept"))).to.deep.equal(["application/json", "application/json", "application/json"]);
      expect(calls.map((c) => c.headers.get("Content-Type"))).to.deep.equal([null, "application/json", "application/json"]);
      expect(calls[0]!.body).to.equal(undefined);
    });

    it("sends the input as a JSON body (only the given fields on update)", async () => {
      const { adapter, calls } = adapterWith();
      const input = {
        name: "Maria Santos",
        email: "maria.santos@example.ph",
        currency: "PHP" as const,
        metadata: { plan: "gold" },
        billing_details: { phone: "+639171234567", address: { city: "Makati City", country: "PH" } },
      };
      await adapter.createCustomer(input);
      await adapter.updateCustomer("cus_1", { billing_statement_prefix: "MSANTOS" });
      expect(calls[0]!.body).to.deep.equal(input);
      expect(calls[1]!.body).to.deep.equal({ billing_statement_prefix: "MSANTOS" });
    });

    it("adds headers given as an object, a Headers instance or pairs; its own Accept wins", async () => {
      for (const headers of [
        { "X-CSRF-Token": "tok-1", Accept: "text/html" },
        new Headers({ "X-CSRF-Token": "tok-1", Accept: "text/html" }),
        [
          ["X-CSRF-Token", "tok-1"],
          ["Accept", "text/html"],
        ] as [string, string][],
      ]) {
        const { adapter, calls } = adapterWith(undefined, { headers });
        await adapter.getCustomer("cus_1");
        expect(calls[0]!.headers.get("X-CSRF-Token")).to.equal("tok-1");
        expect(calls[0]!.headers.get("Accept")).to.equal("application/json");
      }
    });

    it("calls a sync headers function once per request", async () => {
      let n = 0;
      const { adapter, calls } = adapterWith(undefined, { headers: () => ({ Authorization: `Bearer session-${++n}` }) });
      await adapter.getCustomer("cus_1");
      await adapter.updateCustomer("cus_1", { name: "Maria S. Cruz" });
      expect(n).to.equal(2);
      expect(calls.map((c) => c.headers.get("Authorization"))).to.deep.equal(["Bearer session-1", "Bearer session-2"]);
    });

    it("waits for an async headers function, called once per request", async () => {
      let n = 0;
      const token = deferred<string>();
      const { adapter, calls } = adapterWith(undefined, {
        headers: async () => {
          n++;
          return { "X-CSRF-Token": await token.promise };
        },
      });
      const pending = adapter.getCustomer("cus_1");
      await Promise.resolve();
      expect(calls).to.have.length(0);
      token.resolve("csrf-abc");
      await pending;
      await adapter.getCustomer("cus_1");
      expect(n).to.equal(2);
      expect(calls.map((c) => c.headers.get("X-CSRF-Token"))).to.deep.equal(["csrf-abc", "csrf-abc"]);
    });

    it("rejects with a PayrexError, without a request, when the headers function fails", async () => {
      for (const headers of [
        () => {
          throw new Error("No CSRF token yet.");
        },
        () => Promise.reject(new Error("No CSRF token yet.")),
      ]) {
        const { adapter, calls } = adapterWith(undefined, { headers });
        const error = (await adapter.getCustomer("cus_1").catch((e: unknown) => e)) as PayrexError;
        expect(error).to.be.instanceOf(PayrexError);
        expect(error.kind).to.equal("network");
        expect(error.message).to.equal("No CSRF token yet.");
        expect(calls).to.have.length(0);
      }
    });

    it("passes credentials through", async () => {
      for (const credentials of ["include", "same-origin", "omit"] as const) {
        const { adapter, calls } = adapterWith(undefined, { credentials });
        await adapter.getCustomer("cus_1");
        expect(calls[0]!.credentials).to.equal(credentials);
      }
      const { adapter, calls } = adapterWith();
      await adapter.getCustomer("cus_1");
      expect(calls[0]!.credentials).to.equal(undefined);
    });

    it("passes its own AbortSignal to fetch", async () => {
      const { adapter, calls } = adapterWith();
      await adapter.getCustomer("cus_1", { signal: new AbortController().signal });
      expect(calls[0]!.signal).to.be.instanceOf(AbortSignal);
      expect(calls[0]!.signal.aborted).to.equal(false);
    });
  });

  describe("Idempotency-Key", () => {
    it("is sent on a create", async () => {
      const { adapter, calls } = adapterWith();
      await adapter.createCustomer({ name: "Maria Santos", email: "maria.santos@example.ph" });
      expect(calls[0]!.headers.get("Idempotency-Key")).to.be.a("string").and.have.length.above(15);
    });

    it("is the caller's key when one is passed, the same on a retried submit", async () => {
      const { adapter, calls } = adapterWith();
      const input = { name: "Maria Santos", email: "maria.santos@example.ph" };
      await adapter.createCustomer(input, { idempotencyKey: "submit-7f3a" });
      await adapter.createCustomer(input, { idempotencyKey: "submit-7f3a" });
      expect(calls.map((c) => c.headers.get("Idempotency-Key"))).to.deep.equal(["submit-7f3a", "submit-7f3a"]);
    });

    it("differs between two creates without a key", async () => {
      const { adapter, calls } = adapterWith();
      const input = { name: "Maria Santos", email: "maria.santos@example.ph" };
      await adapter.createCustomer(input);
      await adapter.createCustomer(input);
      const [a, b] = calls.map((c) => c.headers.get("Idempotency-Key"));
      expect(a).to.not.equal(b);
    });

    it("is not sent on GET or PUT", async () => {
      const { adapter, calls } = adapterWith((call) => (call.url.includes("payments") ? json(list([])) : json(customer())));
      await adapter.getCustomer("cus_1", { idempotencyKey: "k" });
      await adapter.updateCustomer("cus_1", { name: "x" }, { idempotencyKey: "k" });
      await adapter.listPayments("cus_1", {});
      expect(calls.map((c) => c.headers.has("Idempotency-Key"))).to.deep.equal([false, false, false]);
    });

    it("newIdempotencyKey() is unique, with or without crypto.randomUUID", () => {
      expect(newIdempotencyKey()).to.not.equal(newIdempotencyKey());
      Object.defineProperty(crypto, "randomUUID", { value: undefined, configurable: true });
      try {
        const key = newIdempotencyKey();
        expect(key).to.match(/^[0-9a-f]{32}$/);
        expect(key).to.not.equal(newIdempotencyKey());
      } finally {
        delete (crypto as { randomUUID?: unknown }).randomUUID;
      }
      expect(crypto.randomUUID).to.be.a("function");
    });
  });

  describe("responses", () => {
    it("parses a customer and normalises `billing` to `billing_details`", async () => {
      const { adapter } = adapterWith();
      const c = await adapter.getCustomer("cus_1");
      expect(c.billing_details?.address?.city).to.equal("Makati City");
      expect(c.metadata).to.deep.equal({ plan: "gold" });
    });

    it("parses lists of payments and statements, unknown statuses included", async () => {
      const { adapter } = adapterWith((call) =>
        call.url.includes("payments")
          ? json(list([payment("pay_1"), payment("pay_2", { status: "refunded_partially", payment_method: { type: "shopeepay" } })], true))
          : json(list([statement("bstm_1"), statement("bstm_2", { status: "scheduled" })])),
      );
      const payments = await adapter.listPayments("cus_1", { limit: 2 });
      expect(payments.has_more).to.equal(true);
      expect(payments.data.map((p) => p.status)).to.deep.equal(["paid", "refunded_partially"]);
      expect(payments.data[1]!.payment_method?.type).to.equal("shopeepay");
      const statements = await adapter.listBillingStatements("cus_1", {});
      expect(statements.data.map((s) => s.status)).to.deep.equal(["open", "scheduled"]);
    });

    it("parses a billing statement with its line items", async () => {
      const { adapter } = adapterWith(() => json(statement("bstm_1")));
      const s = await adapter.getBillingStatement("bstm_1");
      expect(s.line_items).to.have.length(1);
      expect(s.billing_statement_url).to.equal("https://bill.payrexhq.com/b/test_1");
    });

    it("turns PayRex's error body into an http error with status, errors and the first detail", async () => {
      const errors = [
        { code: "parameter_invalid", detail: "The email is already taken.", parameter: "email" },
        { code: "parameter_invalid", detail: "The postal code is invalid.", parameter: "billing_details[address][postal_code]" },
      ];
      const { adapter } = adapterWith(() => json({ errors }, 400));
      const error = await failure(adapter.createCustomer({ name: "Maria Santos", email: "maria.santos@example.ph" }));
      expect(error.kind).to.equal("http");
      expect(error.status).to.equal(400);
      expect(error.errors).to.deep.equal(errors);
      expect(error.message).to.equal("The email is already taken.");
    });

    it("takes the first error that has a detail", async () => {
      const { adapter } = adapterWith(() => json({ errors: [{ code: "x" }, { code: "y", detail: "No such customer." }] }, 404));
      const error = await failure(adapter.getCustomer("cus_1"));
      expect(error.message).to.equal("No such customer.");
      expect(error.errors).to.have.length(2);
    });

    it("names the request and the status in the (developer) message without a PayRex error body", async () => {
      const cases: Array<[number, BodyInit | null]> = [
        [400, "Bad Request"],
        [401, null],
        [403, "<h1>Forbidden</h1>"],
        [404, JSON.stringify({ message: "Not Found" })],
        [409, JSON.stringify({ errors: "conflict" })],
        [429, ""],
        [500, "<html>Internal Server Error</html>"],
        [418, "I'm a teapot"],
      ];
      for (const [status, body] of cases) {
        const { adapter } = adapterWith(() => new Response(body, { status, headers: { "Content-Type": "text/html" } }));
        const error = await failure(adapter.updateCustomer("cus_1", { name: "x" }));
        expect(error.kind, String(status)).to.equal("http");
        expect(error.status).to.equal(status);
        expect(error.errors).to.deep.equal([]);
        expect(error.message).to.equal(`PUT /customers/cus_1 answered HTTP ${status}.`);
      }
    });

    it("reports a 2xx body that is not JSON as invalid_response", async () => {
      for (const body of ["<!doctype html><title>Login</title>", "", "{\"id\":"]) {
        const { adapter } = adapterWith(() => new Response(body, { status: 200, headers: { "Content-Type": "text/html" } }));
        const error = await failure(adapter.getCustomer("cus_1"));
        expect(error.kind).to.equal("invalid_response");
        expect(error.status).to.equal(200);
        expect(error.message).to.contain("not JSON");
      }
    });

    it("reports a 2xx body of the wrong shape as invalid_response, naming the field", async () => {
      const { adapter } = adapterWith((call) =>
        call.url.includes("payments") ? json(list([payment("pay_1"), payment("pay_2", { amount: "1500.00" })])) : json({ id: 42 }, 201),
      );
      const error = await failure(adapter.createCustomer({ name: "Maria Santos", email: "maria.santos@example.ph" }));
      expect(error.kind).to.equal("invalid_response");
      expect(error.status).to.equal(201);
      expect(error.message).to.contain("id");
      const listError = await failure(adapter.listPayments("cus_1", {}));
      expect(listError.kind).to.equal("invalid_response");
      expect(listError.message).to.contain("data.1.amount");
    });

    it("reports a list without has_more, or an array, as invalid_response", async () => {
      for (const body of [{ data: [] }, [customer()], null]) {
        const { adapter } = adapterWith(() => json(body));
        expect((await failure(adapter.listBillingStatements("cus_1", {}))).kind).to.equal("invalid_response");
      }
    });
  });

  describe("failures", () => {
    it("reports a network failure as network", async () => {
      const { adapter, calls } = adapterWith(networkDown);
      const error = await failure(adapter.createCustomer({ name: "Maria Santos", email: "maria.santos@example.ph" }));
      expect(error.kind).to.equal("network");
      expect(error.cause).to.be.instanceOf(TypeError);
      expect(error.message).to.contain("POST /customers: the server could not be reached");
      expect(calls).to.have.length(1);
    });

    it("reports a fetch that throws synchronously as network", async () => {
      const fetch = (() => {
        throw new TypeError("Illegal invocation");
      }) as typeof globalThis.fetch;
      const error = await failure(createFetchAdapter({ baseUrl: BASE, fetch, retries: 0 }).getCustomer("cus_1"));
      expect(error.kind).to.equal("network");
    });

    it("times out a request that gets no answer", async () => {
      const { adapter, calls } = adapterWith(hang, { timeoutMs: 20 });
      const error = await failure(adapter.getCustomer("cus_1"));
      expect(error.kind).to.equal("timeout");
      expect(error.message).to.contain("0.02 s");
      expect(calls).to.have.length(1);
      expect(calls[0]!.signal.aborted).to.equal(true);
    });

    it("times out a response whose body never ends", async () => {
      const { adapter } = adapterWith(stallBody, { timeoutMs: 20 });
      expect((await failure(adapter.getCustomer("cus_1"))).kind).to.equal("timeout");
    });

    it("has no timeout with timeoutMs 0 or Infinity", async () => {
      for (const timeoutMs of [0, Infinity]) {
        // A slow server: answers after 30 ms, longer than a timer that fires at once would wait;
        // like real fetch, it rejects when its signal aborts first.
        const slow: Handler = (call) =>
          new Promise((resolve, reject) => {
            setTimeout(() => resolve(json(customer())), 30);
            call.signal.addEventListener("abort", () => reject(call.signal.reason), { once: true });
          });
        const { adapter } = adapterWith(slow, { timeoutMs });
        expect((await adapter.getCustomer("cus_1")).id, String(timeoutMs)).to.equal("cus_Ax1yN7kUvM5w3rfL0pXbQm2c");
      }
    });

    it("rejects as aborted, without a request, when the caller's signal is already aborted", async () => {
      const { adapter, calls } = adapterWith();
      const controller = new AbortController();
      controller.abort();
      const error = await failure(adapter.getCustomer("cus_1", { signal: controller.signal }));
      expect(error.kind).to.equal("aborted");
      expect(isAbort(error)).to.equal(true);
      expect(calls).to.have.length(0);
    });

    it("rejects as aborted when the caller aborts during the request", async () => {
      const { adapter, calls, callMade } = adapterWith(hang);
      const controller = new AbortController();
      const pending = adapter.listPayments("cus_1", {}, { signal: controller.signal });
      const call = await callMade();
      controller.abort();
      const error = await failure(pending);
      expect(error.kind).to.equal("aborted");
      expect(call.signal.aborted).to.equal(true);
      expect(calls).to.have.length(1);
    });

    it("rejects as aborted when the caller aborts while the body is read", async () => {
      const { adapter, callMade } = adapterWith(stallBody);
      const controller = new AbortController();
      const pending = adapter.getCustomer("cus_1", { signal: controller.signal });
      await callMade();
      controller.abort();
      expect((await failure(pending)).kind).to.equal("aborted");
    });

    it("times out and aborts even with a fetch that ignores its signal", async () => {
      const deaf: Handler = () => new Promise<Response>(() => {});
      const slow = adapterWith(deaf, { timeoutMs: 20, retries: 0 });
      expect((await failure(slow.adapter.getCustomer("cus_1"))).kind).to.equal("timeout");
      const { adapter, callMade } = adapterWith(deaf);
      const controller = new AbortController();
      const pending = adapter.getCustomer("cus_1", { signal: controller.signal });
      await callMade();
      controller.abort();
      expect((await failure(pending)).kind).to.equal("aborted");
    });

    it("makes no request when the caller aborts while the headers function runs", async () => {
      const token = deferred<string>();
      const { adapter, calls } = adapterWith(undefined, { headers: async () => ({ "X-CSRF-Token": await token.promise }) });
      const controller = new AbortController();
      const pending = adapter.getCustomer("cus_1", { signal: controller.signal });
      controller.abort();
      token.resolve("csrf-abc");
      expect((await failure(pending)).kind).to.equal("aborted");
      expect(calls).to.have.length(0);
    });
  });

  describe("retries", () => {
    it("retries a GET on network errors up to `retries`, then surfaces the last error", async () => {
      const { adapter, calls } = adapterWith(networkDown, { retries: 3 });
      const error = await failure(adapter.getCustomer("cus_1"));
      expect(error.kind).to.equal("network");
      expect(calls).to.have.length(4);
    });

    it("retries a GET twice by default", async () => {
      const { adapter, calls } = adapterWith(networkDown);
      await failure(adapter.listBillingStatements("cus_1", {}));
      expect(calls).to.have.length(3);
    });

    it("recovers when a retry succeeds", async () => {
      const { adapter, calls } = adapterWith((_, n) => (n === 0 ? networkDown(_, n) : n === 1 ? json({}, 503) : json(customer())));
      expect((await adapter.getCustomer("cus_1")).name).to.equal("Maria Santos");
      expect(calls).to.have.length(3);
      expect(new Set(calls.map((c) => c.url)).size).to.equal(1);
    });

    for (const status of [502, 503, 504]) {
      it(`retries a GET on ${status}, then surfaces it as an http error`, async () => {
        const { adapter, calls } = adapterWith(() => json({ errors: [{ code: "unavailable", detail: "Down for maintenance." }] }, status), {
          retries: 2,
        });
        const error = await failure(adapter.getBillingStatement("bstm_1"));
        expect(error.kind).to.equal("http");
        expect(error.status).to.equal(status);
        expect(error.message).to.equal("Down for maintenance.");
        expect(calls).to.have.length(3);
      });
    }

    it("does not retry 500 or 4xx", async () => {
      for (const status of [500, 400, 401, 404, 429]) {
        const { adapter, calls } = adapterWith(() => new Response("nope", { status }));
        expect((await failure(adapter.getCustomer("cus_1"))).status).to.equal(status);
        expect(calls, String(status)).to.have.length(1);
      }
    });

    it("does not retry invalid responses or timeouts", async () => {
      const invalid = adapterWith(() => json({ id: 1 }));
      expect((await failure(invalid.adapter.getCustomer("cus_1"))).kind).to.equal("invalid_response");
      expect(invalid.calls).to.have.length(1);
      const slow = adapterWith(hang, { timeoutMs: 20 });
      expect((await failure(slow.adapter.getCustomer("cus_1"))).kind).to.equal("timeout");
      expect(slow.calls).to.have.length(1);
    });

    it("never retries a POST or a PUT", async () => {
      for (const handler of [networkDown, () => json({}, 503), () => json({}, 502)]) {
        const { adapter, calls } = adapterWith(handler, { retries: 5 });
        await failure(adapter.createCustomer({ name: "Maria Santos", email: "maria.santos@example.ph" }));
        await failure(adapter.updateCustomer("cus_1", { name: "x" }));
        expect(calls.map((c) => c.method)).to.deep.equal(["POST", "PUT"]);
      }
    });

    it("waits the backoff between attempts", async () => {
      const { adapter, calls } = adapterWith((_, n) => (n < 2 ? json({}, 503, { "Retry-After": "0" }) : json(customer())), {
        retryDelayMs: 1,
        maxRetryDelayMs: 2,
      });
      expect((await adapter.getCustomer("cus_1")).id).to.equal("cus_Ax1yN7kUvM5w3rfL0pXbQm2c");
      expect(calls).to.have.length(3);
    });

    it("does not retry with retries: 0", async () => {
      const { adapter, calls } = adapterWith(() => json({}, 503), { retries: 0 });
      expect((await failure(adapter.getCustomer("cus_1"))).status).to.equal(503);
      expect(calls).to.have.length(1);
    });

    it("stops waiting to retry when the caller aborts during the wait", async () => {
      const { adapter, calls } = adapterWith(() => json({}, 503), { retryDelayMs: 60_000, maxRetryDelayMs: 60_000 });
      // The backoff's jitter is drawn just before the wait starts: a deterministic "now waiting" signal.
      const waiting = deferred();
      const random = Math.random;
      Math.random = () => (waiting.resolve(), 0.5);
      try {
        const controller = new AbortController();
        const pending = adapter.getCustomer("cus_1", { signal: controller.signal });
        await waiting.promise;
        controller.abort();
        expect((await failure(pending)).kind).to.equal("aborted");
      } finally {
        Math.random = random;
      }
      expect(calls).to.have.length(1);
    });

    it("does not start waiting to retry when the caller aborted during the attempt", async () => {
      const { adapter, calls, callMade } = adapterWith(() => json({}, 503), { retryDelayMs: 60_000, maxRetryDelayMs: 60_000 });
      const controller = new AbortController();
      const pending = adapter.getCustomer("cus_1", { signal: controller.signal });
      await callMade();
      controller.abort();
      expect((await failure(pending)).kind).to.equal("aborted");
      expect(calls).to.have.length(1);
    });

    it("makes no further attempt once the caller has aborted, even without a delay", async () => {
      const controller = new AbortController();
      const { adapter, calls } = adapterWith(() => {
        controller.abort();
        return json({}, 503);
      });
      expect((await failure(adapter.getCustomer("cus_1", { signal: controller.signal }))).kind).to.equal("aborted");
      expect(calls).to.have.length(1);
    });
  });

  describe("secret keys", () => {
    it("refuses a secret key in the baseUrl", () => {
      for (const baseUrl of [`https://api.example.ph/payrex?key=${SECRET}`, `https://${LIVE_SECRET}:@api.payrexhq.com`]) {
        const error = creationError({ baseUrl });
        expect(error.kind).to.equal("validation");
        expect(error.message).to.contain("secret key");
        expect(error.message).to.contain("baseUrl");
        expect(error.message).to.not.contain(SECRET);
      }
    });

    it("refuses a secret key in static headers, whatever their form", () => {
      const { fetch, calls } = stubFetch();
      for (const headers of [
        { Authorization: `Bearer ${SECRET}` },
        new Headers({ "X-Payrex-Key": LIVE_SECRET }),
        [["Authorization", `Basic ${btoa(`${SECRET}:`)}`]] as [string, string][],
      ]) {
        const error = creationError({ baseUrl: BASE, fetch, headers });
        expect(error.kind).to.equal("validation");
        expect(error.message).to.contain("secret key");
        expect(error.message).to.match(/header/i);
      }
      expect(calls).to.have.length(0);
    });

    it("refuses a secret key added to the headers object after creation, without a request", async () => {
      const headers: Record<string, string> = {};
      const { adapter, calls } = adapterWith(undefined, { headers });
      headers.Authorization = `Bearer ${SECRET}`;
      expect((await failure(adapter.getCustomer("cus_1"))).kind).to.equal("validation");
      expect(calls).to.have.length(0);
    });

    it("refuses a secret key returned by a sync or async headers function, without a request", async () => {
      for (const headers of [
        () => ({ Authorization: `Bearer ${SECRET}` }),
        async () => ({ Authorization: `Basic ${btoa(`${LIVE_SECRET}:`)}` }),
      ]) {
        const { adapter, calls } = adapterWith(undefined, { headers });
        const error = await failure(adapter.createCustomer({ name: "Maria Santos", email: "maria.santos@example.ph" }));
        expect(error.kind).to.equal("validation");
        expect(error.message).to.contain("secret key");
        expect(error.message).to.match(/authorization/i);
        expect(calls).to.have.length(0);
      }
    });

    it("accepts public keys and look-alikes", async () => {
      const { adapter, calls } = adapterWith(undefined, {
        headers: { "X-Public-Key": "pk_" + "test_abc123", "X-Note": "disk_test_" + "results", Authorization: `Basic ${btoa("maria:secret")}` },
      });
      await adapter.getCustomer("cus_1");
      expect(calls).to.have.length(1);
    });

    it("containsSecretKey and refuseSecretKey", () => {
      expect(containsSecretKey(SECRET)).to.equal(true);
      expect(containsSecretKey(`Bearer ${LIVE_SECRET}`)).to.equal(true);
      expect(containsSecretKey(`basic   ${btoa(`${SECRET}:`)}  `)).to.equal(true);
      expect(containsSecretKey("Basic !!!not-base64")).to.equal(false);
      expect(containsSecretKey("Basic abc")).to.equal(false);
      expect(containsSecretKey("Basic a")).to.equal(false); // not decodable
      expect(containsSecretKey("pk_" + "live_abc")).to.equal(false);
      expect(containsSecretKey("task_test_1")).to.equal(false);
      expect(containsSecretKey(undefined)).to.equal(false);
      expect(containsSecretKey(42)).to.equal(false);
      expect(() => refuseSecretKey("pk_" + "test_abc", "x")).to.not.throw();
      expect(() => refuseSecretKey(SECRET, "the customer-id attribute"))
        .to.throw(PayrexError)
        .with.property("message")
        .that.contains("the customer-id attribute");
    });
  });
});

describe("retryDelay", () => {
  const random = Math.random;
  afterEach(() => {
    Math.random = random;
  });

  it("backs off exponentially within ±25% jitter", () => {
    Math.random = () => 0;
    expect([0, 1, 2, 3].map((n) => retryDelay(n, null, 400, 100_000))).to.deep.equal([300, 600, 1200, 2400]);
    Math.random = () => 0.999999;
    const high = [0, 1, 2, 3].map((n) => retryDelay(n, null, 400, 100_000));
    [500, 1000, 2000, 4000].forEach((max, i) => expect(high[i]).to.be.within(max * 0.999, max));
    Math.random = random;
    for (let n = 0; n < 5; n++) {
      for (let i = 0; i < 20; i++) expect(retryDelay(n, null, 100, 1e9)).to.be.within(75 * 2 ** n, 125 * 2 ** n);
    }
  });

  it("never waits longer than max, nor less than 0", () => {
    expect(retryDelay(20, null, 400, 10_000)).to.equal(10_000);
    expect(retryDelay(0, null, 0, 10_000)).to.equal(0);
    expect(retryDelay(0, null, 400, -5)).to.equal(0);
  });

  it("honours Retry-After in seconds when it asks for longer", () => {
    Math.random = () => 0.5;
    expect(retryDelay(0, "3", 400, 10_000)).to.equal(3000);
    expect(retryDelay(0, " 1.5 ", 400, 10_000)).to.equal(1500);
    expect(retryDelay(0, "0", 400, 10_000)).to.equal(400);
    expect(retryDelay(2, "1", 400, 10_000)).to.equal(1600);
    expect(retryDelay(0, "120", 400, 10_000)).to.equal(10_000);
  });

  it("honours Retry-After as an HTTP date, relative to now", () => {
    Math.random = () => 0.5;
    const now = Date.UTC(2026, 6, 1, 8, 0, 0);
    expect(retryDelay(0, new Date(now + 5000).toUTCString(), 400, 10_000, now)).to.equal(5000);
    expect(retryDelay(0, "Wed, 01 Jul 2026 08:00:07 GMT", 400, 10_000, now)).to.equal(7000);
    expect(retryDelay(0, new Date(now + 3_600_000).toUTCString(), 400, 10_000, now)).to.equal(10_000);
    expect(retryDelay(0, new Date(now - 5000).toUTCString(), 400, 10_000, now)).to.equal(400);
  });

  it("ignores an unreadable Retry-After", () => {
    Math.random = () => 0.5;
    expect(retryDelay(1, "soon", 400, 10_000)).to.equal(800);
    expect(retryDelay(1, "", 400, 10_000)).to.equal(800);
  });
});

describe("PayrexError", () => {
  it("carries kind, status, errors and cause", () => {
    const cause = new TypeError("x");
    const e = new PayrexError("http", "Not found.", { status: 404, errors: [{ code: "resource_not_found", detail: "Not found." }], cause });
    expect(e).to.be.instanceOf(Error);
    expect(e.name).to.equal("PayrexError");
    expect(e).to.include({ kind: "http", status: 404, message: "Not found.", cause });
    expect(e.errors).to.have.length(1);
    const bare = new PayrexError("validation", "Bad.");
    expect(bare.errors).to.deep.equal([]);
    expect(bare.status).to.equal(undefined);
    expect("cause" in bare).to.equal(false);
  });

  it("is recognised by instanceof across copies of the code (another bundle on the page), not by look-alikes", async () => {
    // The same module loaded a second time: a second PayrexError class, as in a second bundle.
    const other = (await import(/* @vite-ignore */ new URL("../src/api/errors.ts?copy=2", import.meta.url).href)) as typeof import("../src/api/errors.js");
    expect(other.PayrexError).to.not.equal(PayrexError);
    const foreign = new other.PayrexError("validation", "Bad.", { errors: [{ detail: "Bad.", parameter: "email" }] });
    expect(foreign).to.be.instanceOf(PayrexError);
    expect(new PayrexError("http", "x")).to.be.instanceOf(other.PayrexError);
    expect(PayrexError.from(foreign)).to.equal(foreign);
    expect(isAbort(new other.PayrexError("aborted", "x"))).to.equal(true);
    for (const value of [new Error("x"), { name: "PayrexError", kind: "http" }, null, undefined, "PayrexError"]) {
      expect(value instanceof PayrexError, String(value)).to.equal(false);
    }
    // The mark sits on the prototype: nothing is added to the error itself.
    expect(Object.getOwnPropertySymbols(foreign)).to.deep.equal([]);
    // Subclasses keep the ordinary check.
    class Refusal extends PayrexError {}
    expect(new Refusal("validation", "x")).to.be.instanceOf(Refusal);
    expect(new PayrexError("validation", "x")).to.not.be.instanceOf(Refusal);
    expect(foreign).to.not.be.instanceOf(Refusal);
  });

  describe("from", () => {
    it("returns a PayrexError unchanged", () => {
      const e = new PayrexError("timeout", "Slow.");
      expect(PayrexError.from(e)).to.equal(e);
    });

    it("maps an AbortError DOMException to aborted", () => {
      const dom = new DOMException("The user aborted a request.", "AbortError");
      const e = PayrexError.from(dom);
      expect(e.kind).to.equal("aborted");
      expect(e.cause).to.equal(dom);
      const controller = new AbortController();
      controller.abort();
      expect(PayrexError.from(controller.signal.reason).kind).to.equal("aborted");
    });

    it("maps a TimeoutError DOMException to timeout", () => {
      expect(PayrexError.from(new DOMException("Timed out", "TimeoutError")).kind).to.equal("timeout");
    });

    it("maps plain errors, strings and anything else to network with a readable message", () => {
      const err = new Error("GraphQL: customer not found");
      expect(PayrexError.from(err)).to.include({ kind: "network", message: "GraphQL: customer not found", cause: err });
      expect(PayrexError.from(new DOMException("Quota", "QuotaExceededError")).kind).to.equal("network");
      expect(PayrexError.from("Backend offline")).to.include({ kind: "network", message: "Backend offline" });
      expect(PayrexError.from({ message: "Apollo error" }).message).to.equal("Apollo error");
      for (const value of ["", new Error(""), undefined, null, {}, 42, { message: 7 }]) {
        expect(PayrexError.from(value).message, String(value)).to.equal("The request failed.");
      }
    });
  });

  it("isAbort is true only for the caller's own aborts", () => {
    expect(isAbort(new PayrexError("aborted", "x"))).to.equal(true);
    expect(isAbort(new DOMException("x", "AbortError"))).to.equal(true);
    expect(isAbort(new PayrexError("timeout", "x"))).to.equal(false);
    expect(isAbort(new DOMException("x", "TimeoutError"))).to.equal(false);
    expect(isAbort(new Error("AbortError"))).to.equal(false);
    expect(isAbort("AbortError")).to.equal(false);
    expect(isAbort(undefined)).to.equal(false);
  });
});

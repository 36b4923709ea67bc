import { expect, fixture, html, oneEvent, waitUntil } from "@open-wc/testing";
import { handAdapter } from "./support.js";
import { html as litHtml, type PropertyDeclarations } from "lit";
import { PayrexDataElement } from "../src/core/payrex-element.js";
import { ResourceController } from "../src/core/resource.js";
import { PagedListController, clampPageSize } from "../src/core/paged-list.js";
import { CustomerBinding } from "../src/core/customer-binding.js";
import { defineElement } from "../src/core/define.js";
import { defineMessages } from "../src/core/i18n.js";
import { describeError } from "../src/core/describe-error.js";
import { PayrexError } from "../src/api/errors.js";
import type { PayrexAdapter, RequestOptions } from "../src/api/adapter.js";
import type { Customer, List, Payment } from "../src/api/schemas.js";
import "../src/provider.js";

const customer = (id: string, name = "Maria Santos") => ({ id, name }) as Customer;

class ResourceProbe extends PayrexDataElement {
  static override properties: PropertyDeclarations = { customerId: { attribute: "customer-id" } };
  declare customerId: string | undefined;
  resource = new ResourceController(this, {
    args: () => [this.customerId] as const,
    fetch: (adapter, [id], signal) => (id ? adapter.getCustomer(id, { signal }) : undefined),
  });
  protected override render() {
    return this.resource.render(
      { pending: () => litHtml`<p>loading</p>`, complete: (c) => litHtml`<p>${c?.name ?? "none"}</p>` },
      () => ({ title: "Could not load the customer." }),
    );
  }
}
defineElement("test-resource-probe", ResourceProbe);

const payment = (id: string) => ({ id }) as Payment;
const page = (ids: string[], has_more: boolean): List<Payment> => ({ data: ids.map(payment), has_more });

class ListProbe extends PayrexDataElement {
  static override properties: PropertyDeclarations = { customerId: { attribute: "customer-id" }, pageSize: { type: Number } };
  declare customerId: string | undefined;
  declare pageSize: number | undefined;
  list = new PagedListController(this, {
    args: () => [this.customerId] as const,
    fetch: (adapter, [id], query, signal) => (id ? adapter.listPayments(id, query, { signal }) : Promise.resolve(undefined)),
    pageSize: () => this.pageSize,
  });
  protected override render() {
    return this.list.render({ complete: (rows) => litHtml`<ol>${rows.map((r) => litHtml`<li>${r.id}</li>`)}</ol>` });
  }
}
defineElement("test-list-probe", ListProbe);

/** Two lists, one shown at a time, as tabs: the hidden one neither loads nor forgets. */
class TabsProbe extends PayrexDataElement {
  static override properties: PropertyDeclarations = { customerId: { attribute: "customer-id" }, tab: {} };
  declare customerId: string | undefined;
  declare tab: "payments" | "statements";
  constructor() {
    super();
    this.tab = "payments";
  }
  payments = new PagedListController(this, {
    args: () => [this.customerId] as const,
    fetch: (adapter, [id], query, signal) => adapter.listPayments(id!, query, { signal }),
    enabled: () => this.tab === "payments",
  });
  statements = new PagedListController(this, {
    args: () => [this.customerId] as const,
    fetch: (adapter, [id], query, signal) => adapter.listPayments(id!, query, { signal }),
    enabled: () => this.tab === "statements",
  });
}
defineElement("test-tabs-probe", TabsProbe);

class BindingProbe extends PayrexDataElement {
  static override properties: PropertyDeclarations = { customerId: { attribute: "customer-id" }, customer: { attribute: false } };
  declare customerId: string | undefined;
  declare customer: Customer | undefined;
  binding = new CustomerBinding(this);
  last?: string;
  protected override willUpdate(changed: Map<PropertyKey, unknown>) {
    this.last = this.binding.sync(changed) ?? this.last;
  }
}
defineElement("test-binding-probe", BindingProbe);

const rows = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll("li")].map((li) => li.textContent);

describe("shared controllers", () => {
  describe("ResourceController", () => {
    it("loads, aborts a stale load when its arguments change, and renders with task.render()", async () => {
      const { adapter, calls } = handAdapter();
      const el = await fixture<ResourceProbe>(html`<test-resource-probe .adapter=${adapter} customer-id="cus_1"></test-resource-probe>`);
      expect(el.shadowRoot!.textContent).to.contain("loading");
      expect(el.resource.loading).to.equal(true);
      el.customerId = "cus_2";
      await el.updateComplete;
      expect(calls.map((c) => c.args[0])).to.deep.equal(["cus_1", "cus_2"]);
      expect(calls[0]!.signal!.aborted).to.equal(true);
      calls[1]!.resolve(customer("cus_2", "Juan"));
      calls[0]!.resolve(customer("cus_1", "Stale"));
      await el.resource.task.taskComplete;
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain("Juan");
      expect(el.resource.value!.name).to.equal("Juan");
      expect(el.resource.loading).to.equal(false);
    });

    it("reports a failure once as payrex-error, shows the load-error template, and reload() retries", async () => {
      const { adapter, calls } = handAdapter();
      const el = await fixture<ResourceProbe>(html`<test-resource-probe .adapter=${adapter} customer-id="cus_1" locale="en"></test-resource-probe>`);
      const fired = oneEvent(el, "payrex-error");
      calls[0]!.reject(new PayrexError("http", "GET /customers/cus_1 answered HTTP 404.", { status: 404 }));
      expect((await fired).detail.error.status).to.equal(404);
      await el.updateComplete;
      const alert = el.shadowRoot!.querySelector('[part="alert"][role="alert"]')!;
      expect(alert.textContent).to.contain("Could not load the customer.").and.contain("This could not be found.");
      expect(el.resource.error!.status).to.equal(404);
      await expect(el).to.be.accessible();
      alert.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await waitUntil(() => calls.length === 2, "retries");
      calls[1]!.resolve(customer("cus_1"));
      await el.resource.task.taskComplete;
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain("Maria Santos");
      expect(el.resource.error).to.equal(undefined);
    });

    it("does not report an abort, and counts an adapter that throws as a failure", async () => {
      const throwing = { getCustomer: () => { throw new Error("not ready"); } } as unknown as PayrexAdapter;
      const errors: PayrexError[] = [];
      const holder = await fixture<HTMLDivElement>(html`<div @payrex-error=${(e: CustomEvent) => errors.push(e.detail.error)}></div>`);
      const el = document.createElement("test-resource-probe") as ResourceProbe;
      el.adapter = throwing;
      el.customerId = "cus_1";
      holder.append(el);
      await waitUntil(() => errors.length === 1);
      expect(errors[0]!.message).to.equal("not ready");
      const aborting = { getCustomer: () => Promise.reject(new DOMException("stop", "AbortError")) } as unknown as PayrexAdapter;
      el.adapter = aborting;
      await el.updateComplete;
      await el.resource.task.taskComplete.catch(() => {});
      expect(errors).to.have.length(1);
    });

    it("shows a configuration error without retry, reported once by the element", async () => {
      const errors: PayrexError[] = [];
      const holder = await fixture<HTMLDivElement>(html`<div @payrex-error=${(e: CustomEvent) => errors.push(e.detail.error)}></div>`);
      const el = document.createElement("test-resource-probe") as ResourceProbe;
      el.customerId = "cus_1";
      holder.append(el);
      await el.updateComplete;
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
      expect(el.shadowRoot!.textContent).to.contain("no backend configured");
      expect(el.shadowRoot!.querySelector('[part="retry"]')).to.equal(null);
      expect(errors.map((e) => e.code)).to.deep.equal(["no_adapter"]);
    });
  });

  describe("PagedListController", () => {
    it("loads the first page, then pages after the last row and before the first", async () => {
      const { adapter, calls } = handAdapter();
      const el = await fixture<ListProbe>(html`<test-list-probe .adapter=${adapter} customer-id="cus_1" .pageSize=${2}></test-list-probe>`);
      expect(calls[0]!.args.slice(0, 2)).to.deep.equal(["cus_1", { limit: 2 }]);
      expect(el.list.loaded).to.equal(false);
      calls[0]!.resolve(page(["pay_3", "pay_4"], true));
      await waitUntil(() => el.list.loaded);
      await el.updateComplete;
      expect(rows(el)).to.deep.equal(["pay_3", "pay_4"]);
      expect(el.list.hasMore).to.equal(true);

      const more = el.list.loadMore();
      expect(el.list.loadMore()).to.equal(more, "a second call joins the first");
      expect(el.list.loadingPage).to.equal(true);
      expect(calls[1]!.args.slice(0, 2)).to.deep.equal(["cus_1", { limit: 2, after: "pay_4" }]);
      calls[1]!.resolve(page(["pay_5"], false));
      await more;
      expect(rows(el)).to.deep.equal(["pay_3", "pay_4", "pay_5"]);
      expect(el.list.hasMore).to.equal(false);
      await el.list.loadMore();
      expect(calls).to.have.length(2, "nothing more to load");

      const before = el.list.loadBefore();
      expect(calls[2]!.args.slice(0, 2)).to.deep.equal(["cus_1", { limit: 2, before: "pay_3" }]);
      calls[2]!.resolve(page(["pay_1", "pay_2"], false));
      await before;
      expect(rows(el)).to.deep.equal(["pay_1", "pay_2", "pay_3", "pay_4", "pay_5"]);
      expect(el.list.hasBefore).to.equal(false);
    });

    it("stops at an empty page that claims more, and reports a failed page without losing rows", async () => {
      const { adapter, calls } = handAdapter();
      const el = await fixture<ListProbe>(html`<test-list-probe .adapter=${adapter} customer-id="cus_1"></test-list-probe>`);
      expect(calls[0]!.args[1]).to.deep.equal({ limit: 20 });
      calls[0]!.resolve(page(["pay_1"], true));
      await waitUntil(() => el.list.loaded);
      const fired = oneEvent(el, "payrex-error");
      const more = el.list.loadMore();
      calls[1]!.reject(new PayrexError("timeout", "slow"));
      expect((await fired).detail.error.kind).to.equal("timeout");
      await more;
      expect(el.list.pageError!.kind).to.equal("timeout");
      expect(rows(el)).to.deep.equal(["pay_1"]);
      const again = el.list.loadMore();
      calls[2]!.resolve(page([], true));
      await again;
      expect(el.list.hasMore).to.equal(false);
      expect(el.list.pageError).to.equal(undefined);
    });

    it("starts over when its arguments change (aborting a page in flight) and on reload()", async () => {
      const { adapter, calls } = handAdapter();
      const el = await fixture<ListProbe>(html`<test-list-probe .adapter=${adapter} customer-id="cus_1"></test-list-probe>`);
      calls[0]!.resolve(page(["pay_1"], true));
      await waitUntil(() => el.list.loaded);
      void el.list.loadMore();
      el.customerId = "cus_2";
      await el.updateComplete;
      expect(calls[1]!.signal!.aborted).to.equal(true);
      expect(calls[2]!.args[0]).to.equal("cus_2");
      calls[2]!.resolve(page(["pay_9"], false));
      await waitUntil(() => el.list.loaded);
      await el.updateComplete;
      expect(rows(el)).to.deep.equal(["pay_9"]);
      const reloaded = el.list.reload();
      calls[3]!.resolve(page(["pay_8", "pay_9"], false));
      await reloaded;
      expect(rows(el)).to.deep.equal(["pay_8", "pay_9"]);
    });

    it("neither loads nor forgets while disabled, and loads again only for other arguments", async () => {
      const { adapter, calls } = handAdapter();
      const el = await fixture<TabsProbe>(html`<test-tabs-probe .adapter=${adapter} customer-id="cus_1"></test-tabs-probe>`);
      expect(calls).to.have.length(1, "only the shown list loads");
      calls[0]!.resolve(page(["pay_1"], false));
      await waitUntil(() => el.payments.loaded);
      el.tab = "statements";
      await el.updateComplete;
      expect(calls).to.have.length(2);
      calls[1]!.resolve(page(["bstm_1"], false));
      await waitUntil(() => el.statements.loaded);
      el.tab = "payments";
      await el.updateComplete;
      expect(calls).to.have.length(2, "switching back keeps what was loaded");
      expect(el.payments.items.map((p) => p.id)).to.deep.equal(["pay_1"]);
      el.tab = "statements";
      el.customerId = "cus_2";
      await el.updateComplete;
      expect(calls.map((c) => c.args[0])).to.deep.equal(["cus_1", "cus_1", "cus_2"], "the hidden list waits");
      el.tab = "payments";
      await el.updateComplete;
      expect(calls.map((c) => c.args[0])).to.deep.equal(["cus_1", "cus_1", "cus_2", "cus_2"]);
    });

    it("clamps the page size to PayRex's 1..100", () => {
      expect(clampPageSize(500)).to.equal(100);
      expect(clampPageSize(0)).to.equal(20);
      expect(clampPageSize("7.9")).to.equal(7);
      expect(clampPageSize(undefined, 10)).to.equal(10);
    });
  });

  describe("CustomerBinding", () => {
    it("loads the bound customer unless it was given, and keeps customer and customerId in step", async () => {
      const { adapter, calls } = handAdapter();
      const el = await fixture<BindingProbe>(html`<test-binding-probe .adapter=${adapter} customer-id="cus_1"></test-binding-probe>`);
      expect(el.binding.waiting).to.equal(true);
      calls[0]!.resolve(customer("cus_1"));
      await el.binding.load.task.taskComplete;
      await el.updateComplete;
      expect(el.customer!.id).to.equal("cus_1");
      expect(el.binding.waiting).to.equal(false);
      el.customer = customer("cus_2", "Juan");
      await el.updateComplete;
      expect(el.customerId).to.equal("cus_2");
      expect(el.last).to.equal("customer");
      expect(calls).to.have.length(1, "a customer given as a property is not fetched");
      el.customerId = "cus_3";
      await el.updateComplete;
      expect(el.customer).to.equal(undefined);
      expect(el.last).to.equal("switched");
      calls[1]!.reject(new PayrexError("network", "down"));
      await el.binding.load.task.taskComplete.catch(() => {});
      expect(el.binding.failed).to.equal(true);
    });

    it("sends one save at a time: a second save while one is in flight joins it", async () => {
      const { adapter, calls } = handAdapter();
      const el = await fixture<BindingProbe>(html`<test-binding-probe .adapter=${adapter}></test-binding-probe>`);
      const a = el.binding.update("cus_1", { name: "A" });
      const b = el.binding.update("cus_1", { name: "B" });
      expect(b).to.equal(a);
      expect(el.binding.saving).to.equal(true);
      expect(calls).to.have.length(1);
      calls[0]!.resolve(customer("cus_1", "A"));
      expect((await a).name).to.equal("A");
      expect(el.binding.saving).to.equal(false);
    });

    it("reuses a create's idempotency key until the input is edited, and reports failures", async () => {
      const { adapter, calls } = handAdapter();
      const el = await fixture<BindingProbe>(html`<test-binding-probe .adapter=${adapter}></test-binding-probe>`);
      const input = { name: "Ana", email: "ana@example.ph" };
      const first = el.binding.create(input);
      const fired = oneEvent(el, "payrex-error");
      calls[0]!.reject(new PayrexError("timeout", "slow"));
      expect(await first.catch((e: unknown) => e)).to.equal((await fired).detail.error);
      const retry = el.binding.create(input);
      const key = (i: number) => (calls[i]!.args[1] as RequestOptions).idempotencyKey;
      expect(key(1)).to.equal(key(0));
      calls[1]!.resolve(customer("cus_new"));
      await retry;
      const third = el.binding.create(input).catch(() => {});
      expect(key(2)).to.not.equal(key(0), "a successful create ends the submit");
      calls[2]!.reject(new PayrexError("network", "down"));
      await third;
      el.binding.edited();
      const fourth = el.binding.create(input);
      expect(key(3)).to.not.equal(key(2), "an edit starts a new submit");
      calls[3]!.resolve(customer("cus_x"));
      await fourth;
    });
  });

  describe("describeError and the common catalog", () => {
    it("gives one translated message per failure", () => {
      const cases: Array<[unknown, string]> = [
        [new PayrexError("network", "x"), "Could not connect. Check your connection and try again."],
        [new PayrexError("http", "x", { status: 401 }), "Your session has expired. Sign in again, then try again."],
        [new PayrexError("http", "x", { status: 503 }), "Something went wrong. Please try again in a moment."],
        [new PayrexError("http", "x", { status: 418 }), "This was not accepted."],
        [new Error("plain"), "Could not connect. Check your connection and try again."],
      ];
      for (const [error, text] of cases) expect(describeError(error, "en")).to.equal(text);
      expect(describeError(new PayrexError("http", "x", { status: 404 }), "fil-PH")).to.equal("Hindi ito mahanap. Baka natanggal na.");
    });

    it("checks catalog keys at compile time", () => {
      // @ts-expect-error: the Filipino catalog lacks "b".
      const t = defineMessages("test-typed", { a: "A", b: "B" }, { a: "A" });
      // @ts-expect-error: "c" is not a key of this catalog.
      expect(t("en", "c")).to.equal("c");
      // @ts-expect-error: a misspelt key in the Filipino catalog.
      defineMessages("test-typed-2", { a: "A" }, { a: "A", aa: "B" });
      expect(t("fil", "a")).to.equal("A");
    });
  });

  describe("a provider whose base-url is refused", () => {
    it("makes the elements inside show the secret-key message, not a missing backend", async () => {
      const errors: PayrexError[] = [];
      const key = `${"sk_" + "live_"}abc123def456`;
      const wrapper = await fixture<HTMLDivElement>(html`<div @payrex-error=${(e: CustomEvent) => errors.push(e.detail.error)}>
        <payrex-provider base-url=${`/api?k=${key}`} locale="fil"><test-resource-probe customer-id="cus_1"></test-resource-probe></payrex-provider>
      </div>`);
      const el = wrapper.querySelector<ResourceProbe>("test-resource-probe")!;
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
      const text = el.shadowRoot!.textContent!;
      expect(text).to.contain("May PayRex secret key sa base-url");
      expect(text).to.not.contain("Walang naka-configure");
      expect(text).to.not.contain(key);
      expect(errors.map((e) => e.code)).to.deep.equal(["secret_key", "secret_key"]);
      await expect(el).to.be.accessible();
    });
  });
});

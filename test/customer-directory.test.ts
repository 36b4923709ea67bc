import { expect, fixture, html, oneEvent, waitUntil } from "@open-wc/testing";
import { sendKeys } from "@web/test-runner-commands";
import { PayrexError } from "../src/api/errors.js";
import type { PayrexAdapter } from "../src/api/adapter.js";
import type { Customer, CustomerQuery, List } from "../src/api/schemas.js";
import { createMemoryAdapter, type MemoryAdapter } from "../src/api/memory-adapter.js";
import { formatDate } from "../src/core/format.js";
import { describeError } from "../src/core/describe-error.js";
import { PayrexCustomerDirectory } from "../src/customer-directory.js";
import "../src/customer-form.js";

// ——— data ———

const T0 = 1_760_000_000;
const DAY = 86_400;

/** Customer `i`, newest first by `i` (created a day apart). */
const customer = (i: number, over: Partial<Customer> = {}): Customer =>
  ({
    id: `cus_${String(i).padStart(5, "0")}`,
    resource: "customer",
    name: `Customer ${i}`,
    email: `customer${i}@example.ph`,
    currency: "PHP",
    billing_statement_prefix: i % 2 ? `PFX${i}` : null,
    metadata: { crm_id: `KB-${1000 + i}` },
    created_at: T0 - i * DAY,
    billing_details: null,
    ...over,
  }) as Customer;

const customers = (n: number) => Array.from({ length: n }, (_, i) => customer(i));

const maria = customer(0, { name: "Maria Santos", email: "maria@example.ph", billing_statement_prefix: "MSANTOS" });
const juan = customer(1, { name: "Juan dela Cruz", email: "juan@example.ph", billing_statement_prefix: null });

const memory = (list: Customer[], latencyMs = 0): MemoryAdapter => createMemoryAdapter({ customers: list }, { latencyMs });

/** The list queries an adapter was asked, without the options. */
const queries = (adapter: MemoryAdapter) => adapter.calls.filter((c) => c.method === "listCustomers").map((c) => c.args[0] as CustomerQuery);

/** listCustomers answers by hand: every call waits until the test settles it (and ignores its signal, as a slow backend might). */
function manualAdapter() {
  const pending: Array<{ query: CustomerQuery; signal?: AbortSignal; resolve(list: List<Customer>): void; reject(e: unknown): void }> = [];
  const adapter = {
    listCustomers: (query: CustomerQuery, o?: { signal?: AbortSignal }) =>
      new Promise<List<Customer>>((resolve, reject) => pending.push({ query, signal: o?.signal, resolve, reject })),
    deleteCustomer: () => Promise.resolve({ id: "x", resource: "customer", deleted: true }),
  } as unknown as PayrexAdapter;
  return { adapter, pending };
}

// ——— helpers ———

type Directory = PayrexCustomerDirectory;
const root = (el: HTMLElement) => el.shadowRoot!;
const $ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, sel: string) => root(el).querySelector<T>(sel);
const rows = (el: HTMLElement) => [...root(el).querySelectorAll<HTMLElement>('.body [role="row"]')];
const cells = (row: Element) => [...row.querySelectorAll('[role="cell"]')].map((c) => c.textContent!.replace(/\s+/g, " ").trim());
const names = (el: HTMLElement) => rows(el).map((r) => cells(r)[0]);
const nameButton = (el: HTMLElement, i: number) => rows(el)[i]!.querySelector<HTMLElement>(".name")!;
const deleteButton = (el: HTMLElement, i: number) => rows(el)[i]!.querySelector<HTMLElement>(".delete")!;
const active = (el: HTMLElement) => root(el).activeElement as HTMLElement | null;
const status = (el: HTMLElement) => $(el, '[role="status"]')!.textContent!.trim();
const searchText = (el: HTMLElement) => $<HTMLInputElement>(el, "#search-text")!;
const pager = (el: HTMLElement, which: "previous" | "next") => $(el, `[part~="${which}"]`)!;
const dialog = (el: HTMLElement, id: "create" | "delete") => $<HTMLDialogElement>(el, `#${id}`)!;
/** Waits for the update a call or click asked for, then until `n` rows are shown and nothing loads. */
const loaded = async (el: Directory, n: number) => {
  await el.updateComplete;
  await waitUntil(() => rows(el).length === n && !$(el, "[inert]") && $(el, ".results")?.getAttribute("aria-busy") === "false", `expected ${n} rows`, {
    timeout: 5000, // the first list call loads the memory adapter's store
  });
};
/** Waits until nothing loads (after an update asked for). */
const idle = async (el: Directory) => {
  await el.updateComplete;
  await waitUntil(() => $(el, ".results")?.getAttribute("aria-busy") === "false", "still loading");
};
const key = (target: HTMLElement, k: string) =>
  target.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, composed: true, cancelable: true }));

async function mount(adapter: PayrexAdapter | undefined, attrs: { locale?: string; pageSize?: number; theme?: string; delay?: number } = {}) {
  return fixture<Directory>(html`<payrex-customer-directory
    locale=${attrs.locale ?? "en"}
    theme=${attrs.theme ?? "light"}
    page-size=${attrs.pageSize ?? 20}
    search-delay=${attrs.delay ?? 300}
    .adapter=${adapter}
  ></payrex-customer-directory>`);
}

/** Types into the search box as a user does, then waits for the search it starts (Enter searches at once). */
async function typeSearch(el: Directory, text: string, { enter = true, field = "#search-text" } = {}) {
  $(el, field)!.focus();
  await sendKeys({ type: text });
  if (enter) await sendKeys({ press: "Enter" });
  await el.updateComplete;
}

describe("<payrex-customer-directory>", () => {
  // Runs first in this file: until a directory has been made, its behaviour module has not loaded.
  describe("calls made before the behaviour has loaded", () => {
    it("lets reload(), nextPage() and previousPage() wait, and runs a subclass's super.reload() once", async () => {
      let overrides = 0;
      class MerchantDirectory extends PayrexCustomerDirectory {
        override reload(): Promise<void> {
          overrides++;
          return super.reload();
        }
      }
      customElements.define("test-merchant-customer-directory", MerchantDirectory);
      const adapter = memory(customers(30));
      const el = document.createElement("test-merchant-customer-directory") as MerchantDirectory;
      Object.assign(el, { adapter, locale: "en" });
      // Not connected, behaviour not loaded: each waits, and nothing is listed for an element never shown.
      await Promise.all([el.reload(), el.nextPage(), el.previousPage()]);
      expect(overrides).to.equal(1);
      expect(queries(adapter)).to.have.length(0);
      document.body.append(el);
      await loaded(el, 20);
      await el.nextPage();
      await loaded(el, 10);
      await el.reload();
      expect(overrides).to.equal(2);
      expect(queries(adapter).map((q) => q.after)).to.deep.equal([undefined, "cus_00019", "cus_00019"]);
      el.remove();
    });
  });

  describe("accessibility", () => {
    for (const locale of ["en", "fil"]) {
      for (const theme of ["light", "dark"]) {
        it(`passes axe in every state (${locale}, ${theme})`, async function () {
          this.timeout(60_000); // many axe runs; slow on a busy machine
          const waiting = await mount(memory([], Infinity), { locale, theme });
          await waitUntil(() => $(waiting, '[part="skeleton"]'));
          await expect(waiting).to.be.accessible(); // loading

          const adapter = memory(customers(45));
          const el = await mount(adapter, { locale, theme });
          await loaded(el, 20);
          await expect(el).to.be.accessible(); // first page, pager

          el.innerHTML = `<div slot="detail"><h3>Details</h3><p>Shown while a customer is selected.</p></div>`;
          nameButton(el, 1).click();
          await el.updateComplete;
          expect($(el, '[part="detail"]')).to.exist;
          await expect(el).to.be.accessible(); // a customer selected, detail slot shown

          await el.nextPage();
          await loaded(el, 20);
          await expect(el).to.be.accessible(); // a middle page

          el.searchBy = "metadata";
          el.search = "KB-1001";
          await el.updateComplete;
          expect($(el, "#search-key")!.getAttribute("aria-invalid")).to.equal("true");
          await expect(el).to.be.accessible(); // a problem at the metadata key

          el.searchBy = "text";
          el.search = "maria@";
          await el.updateComplete;
          expect($(el, "#search-note")!.textContent).to.not.equal("");
          await expect(el).to.be.accessible(); // the whole-email hint

          el.search = "nobody";
          await waitUntil(() => $(el, '[part~="clear-button"]'));
          await expect(el).to.be.accessible(); // no match

          expect(rows(el)).to.have.length(0);
          el.search = "";
          await loaded(el, 20);
          deleteButton(el, 0).click();
          await waitUntil(() => dialog(el, "delete").open);
          await expect(el).to.be.accessible(); // delete confirmation
          adapter.failNext("deleteCustomer", "network");
          $(el, '#delete [part~="confirm"]')!.click();
          await waitUntil(() => $(el, '#delete [role="alert"]'));
          await expect(el).to.be.accessible(); // delete failed
          $(el, "#delete button")!.click(); // Cancel
          await waitUntil(() => !dialog(el, "delete").open);

          $(el, '[part~="new-button"]')!.click();
          await waitUntil(() => dialog(el, "create").open);
          const form = $(el, "#create payrex-customer-form")!;
          await (form as unknown as { updateComplete: Promise<unknown> }).updateComplete;
          await waitUntil(() => form.shadowRoot?.querySelector("#name"));
          await expect(el).to.be.accessible(); // new customer
          $(el, '#create [slot="actions"]')!.click();
          await waitUntil(() => !dialog(el, "create").open);

          adapter.failNext("listCustomers", "network");
          await el.reload();
          expect($(el, '[part="alert"]')).to.exist;
          await expect(el).to.be.accessible(); // load failed

          const empty = await mount(memory([]), { locale, theme });
          await waitUntil(() => $(empty, '[part="empty"]'));
          await expect(empty).to.be.accessible(); // no customers yet

          const { listCustomers: _, ...customerFacing } = memory([]);
          const missing = await mount(customerFacing as PayrexAdapter, { locale, theme });
          await waitUntil(() => $(missing, '[part="alert"]'));
          await expect(missing).to.be.accessible(); // listCustomers missing

          const bare = await mount(undefined, { locale, theme });
          expect($(bare, '[part="alert"]')).to.exist;
          await expect(bare).to.be.accessible(); // no backend
        });
      }
    }
  });

  describe("defaults", () => {
    it("lists the first 20 customers, newest first: name, email, prefix and created date", async () => {
      const adapter = memory(customers(30));
      const el = await mount(adapter);
      await loaded(el, 20);
      expect(queries(adapter)).to.deep.equal([{ limit: 20 }]);
      const headers = [...root(el).querySelectorAll('[role="columnheader"]')].map((h) => h.textContent!.trim());
      expect(headers).to.deep.equal(["Name", "Email", "Statement prefix", "Created", "Actions"]);
      expect(names(el).slice(0, 3)).to.deep.equal(["Customer 0", "Customer 1", "Customer 2"]);
      expect(cells(rows(el)[1]!)).to.deep.equal(["Customer 1", "customer1@example.ph", "PFX1", formatDate(T0 - DAY, "en"), "Delete"]);
      // No prefix: the cell stays empty for screen readers; CSS draws a dash.
      expect(cells(rows(el)[0]!)[2]).to.equal("");
      expect(rows(el)[0]!.querySelector("time")!.getAttribute("datetime")).to.equal(new Date(T0 * 1000).toISOString());
      expect(status(el)).to.equal("Page 1: 20 customers");
      expect(pager(el, "previous").getAttribute("aria-disabled")).to.equal("true");
      expect(pager(el, "next").getAttribute("aria-disabled")).to.equal("false");
      expect($(el, ".page")!.textContent!.trim()).to.equal("Page 1");
    });

    it("clamps page-size to 1..100, and has no pager when everything fits on one page", async () => {
      const adapter = memory(customers(150));
      const big = await mount(adapter, { pageSize: 500 });
      await loaded(big, 100);
      expect(queries(adapter).at(-1)!.limit).to.equal(100);
      const fallback = await mount(adapter, { pageSize: 0 });
      await loaded(fallback, 20);
      expect(queries(adapter).at(-1)!.limit).to.equal(20);
      const few = await mount(memory(customers(3)));
      await loaded(few, 3);
      expect($(few, '[part="pager"]')).to.equal(null);
    });

    it("shows what the backend sent as text, never as HTML", async () => {
      const name = `<img src=x onerror="window.hacked=1">Ana`;
      const el = await mount(memory([customer(0, { name, email: "<b>ana</b>@example.ph" })]));
      await loaded(el, 1);
      expect(rows(el)[0]!.querySelector("img, b")).to.equal(null);
      expect(cells(rows(el)[0]!)[0]).to.equal(name);
      expect(deleteButton(el, 0).getAttribute("aria-label")).to.equal(`Delete ${name}`);
    });

    it("names a customer by email, else id, when the name is missing", async () => {
      const el = await mount(memory([customer(0, { name: null }), customer(1, { name: " ", email: null })]));
      await loaded(el, 2);
      expect(names(el)).to.deep.equal(["customer0@example.ph", "cus_00001"]);
    });

    it("speaks Filipino: labels, dates and the page summary", async () => {
      const el = await mount(memory(customers(3)), { locale: "fil" });
      await loaded(el, 3);
      const headers = [...root(el).querySelectorAll('[role="columnheader"]')].map((h) => h.textContent!.trim());
      expect(headers).to.deep.equal(["Pangalan", "Email", "Prefix ng statement", "Ginawa noong", "Mga aksyon"]);
      expect(cells(rows(el)[1]!)[3]).to.equal(formatDate(T0 - DAY, "fil"));
      expect(status(el)).to.equal("Page 1: 3 customer");
      expect($(el, 'label[for="search-text"]')!.textContent!.trim()).to.equal("Pangalan o email");
      expect($(el, '[part~="new-button"]')!.textContent!.trim()).to.equal("Bagong customer");
      expect(deleteButton(el, 0).getAttribute("aria-label")).to.equal("Burahin ang Customer 0");
    });
  });

  describe("search", () => {
    it("waits for typing to pause (here: for Enter), then sends one request for the whole word", async () => {
      const adapter = memory([maria, juan, ...customers(30).slice(2)]);
      const el = await mount(adapter, { delay: 600_000 });
      await loaded(el, 20);
      await typeSearch(el, "maria", { enter: false });
      expect(queries(adapter)).to.have.length(1);
      expect(el.search).to.equal("");
      await sendKeys({ press: "Enter" });
      await loaded(el, 1);
      expect(queries(adapter).slice(1)).to.deep.equal([{ name: "maria", limit: 20 }]);
      expect(el.search).to.equal("maria");
      expect(names(el)).to.deep.equal(["Maria Santos"]);
      expect(status(el)).to.equal("Page 1: 1 customer");
      expect(active(el)).to.equal(searchText(el)); // the user keeps typing where they were
    });

    it("searches by itself once typing pauses for search-delay ms", async () => {
      const adapter = memory([maria, juan]);
      const el = await mount(adapter, { delay: 50 });
      await loaded(el, 2);
      await typeSearch(el, "juan", { enter: false });
      await waitUntil(() => el.search === "juan", "searched after the pause");
      await loaded(el, 1);
      expect(queries(adapter).at(-1)).to.deep.equal({ name: "juan", limit: 20 });
      expect(names(el)).to.deep.equal(["Juan dela Cruz"]);
    });

    it("searches an email when the text is a whole address, and says why it waits while it is not", async () => {
      const adapter = memory([maria, juan]);
      const el = await mount(adapter, { delay: 600_000 });
      await loaded(el, 2);
      await typeSearch(el, "maria@");
      expect($(el, "#search-note")!.textContent).to.equal("Type the whole email address: customers are found by their exact email.");
      expect(searchText(el).getAttribute("aria-describedby")).to.equal("search-note");
      expect(queries(adapter)).to.have.length(1);
      expect(rows(el)).to.have.length(2); // the last search's rows stay
      await typeSearch(el, "example.ph");
      await loaded(el, 1);
      expect(queries(adapter).at(-1)).to.deep.equal({ email: "maria@example.ph", limit: 20 });
      expect($(el, "#search-note")!.textContent).to.equal("");
      expect(searchText(el).hasAttribute("aria-describedby")).to.equal(false);
    });

    it("searches one metadata key's value; a value without its key says so at the key, keeping what was typed", async () => {
      const adapter = memory(customers(30));
      const el = await mount(adapter, { delay: 600_000 });
      await loaded(el, 20);
      const by = $<HTMLSelectElement>(el, "#search-by")!;
      by.value = "metadata";
      by.dispatchEvent(new Event("change"));
      await el.updateComplete;
      expect(el.searchBy).to.equal("metadata");
      expect($(el, 'label[for="search-key"]')!.textContent!.trim()).to.equal("Metadata key");
      expect($(el, 'label[for="search-text"]')!.textContent!.trim()).to.equal("Value");
      await typeSearch(el, "KB-1007");
      const keyInput = $<HTMLInputElement>(el, "#search-key")!;
      expect(keyInput.getAttribute("aria-invalid")).to.equal("true");
      expect(keyInput.getAttribute("aria-describedby")).to.equal("search-note");
      expect($(el, "#search-note")!.textContent).to.equal("Enter the metadata key to search, e.g. crm_id.");
      expect(searchText(el).value).to.equal("KB-1007");
      expect(queries(adapter)).to.have.length(1);
      await typeSearch(el, "crm_id", { field: "#search-key" });
      await loaded(el, 1);
      expect(queries(adapter).at(-1)).to.deep.equal({ metadata: { key: "crm_id", value: "KB-1007" }, limit: 20 });
      expect(names(el)).to.deep.equal(["Customer 7"]);
      expect(keyInput.getAttribute("aria-invalid")).to.equal("false");
    });

    it("takes search-by, metadata-key and search as attributes: staff type only their own id", async () => {
      const adapter = memory(customers(30));
      const el = await fixture<Directory>(html`<payrex-customer-directory
        search-by="metadata"
        metadata-key="crm_id"
        search="KB-1003"
        .adapter=${adapter}
      ></payrex-customer-directory>`);
      await loaded(el, 1);
      expect(queries(adapter)).to.deep.equal([{ metadata: { key: "crm_id", value: "KB-1003" }, limit: 20 }]);
      expect($<HTMLInputElement>(el, "#search-key")!.value).to.equal("crm_id");
      expect(searchText(el).value).to.equal("KB-1003");
    });

    it("aborts a search that is no longer wanted and never shows its late answer", async () => {
      const { adapter, pending } = manualAdapter();
      const el = await mount(adapter);
      await waitUntil(() => pending.length === 1);
      pending[0]!.resolve({ data: [maria, juan], has_more: false });
      await loaded(el, 2);
      el.search = "maria";
      await waitUntil(() => pending.length === 2);
      // While it loads, the last rows stay, inert and dimmed, and the list says it is busy.
      expect($(el, '[role="table"]')!.hasAttribute("inert")).to.equal(true);
      expect($(el, ".results")!.getAttribute("aria-busy")).to.equal("true");
      expect(status(el)).to.equal("Loading customers…");
      el.search = "juan";
      await waitUntil(() => pending.length === 3);
      expect(pending[1]!.signal!.aborted).to.equal(true);
      expect(pending[2]!.signal!.aborted).to.equal(false);
      expect(pending.map((p) => p.query.name)).to.deep.equal([undefined, "maria", "juan"]);
      pending[2]!.resolve({ data: [juan], has_more: false });
      await loaded(el, 1);
      pending[1]!.resolve({ data: [maria], has_more: false });
      await el.updateComplete;
      expect(names(el)).to.deep.equal(["Juan dela Cruz"]);
    });

    it("starts a new search from the first page", async () => {
      const adapter = memory(customers(45));
      const el = await mount(adapter);
      await loaded(el, 20);
      await el.nextPage();
      await loaded(el, 20);
      el.search = "Customer 4";
      await loaded(el, 6);
      expect(queries(adapter).at(-1)).to.deep.equal({ name: "Customer 4", limit: 20 });
      expect($(el, '[part="pager"]')).to.equal(null);
    });

    it("says when nothing matches; Clear search lists everyone with focus back in the search box", async () => {
      const adapter = memory(customers(3));
      const el = await mount(adapter);
      await loaded(el, 3);
      el.search = "nobody";
      await waitUntil(() => $(el, '[part~="clear-button"]'));
      expect($(el, '[part="empty"]')!.textContent).to.contain("No customers match your search.");
      expect(status(el)).to.equal("No customers match your search.");
      $(el, '[part~="clear-button"]')!.click();
      await loaded(el, 3);
      expect(el.search).to.equal("");
      expect(searchText(el).value).to.equal("");
      expect(active(el)).to.equal(searchText(el));
    });

    it("says when there are no customers yet, without Clear search", async () => {
      const el = await mount(memory([]));
      await waitUntil(() => $(el, '[part="empty"]'));
      expect($(el, '[part="empty"]')!.textContent!.trim()).to.equal("No customers yet.");
      expect($(el, '[part~="clear-button"]')).to.equal(null);
      expect(status(el)).to.equal("No customers yet.");
    });
  });

  describe("paging", () => {
    it("pages forward after the last row and back before the first, one page at a time, numbered", async () => {
      const adapter = memory(customers(45));
      const el = await mount(adapter);
      await loaded(el, 20);
      pager(el, "next").click();
      await loaded(el, 20);
      expect(names(el)[0]).to.equal("Customer 20");
      expect($(el, ".page")!.textContent!.trim()).to.equal("Page 2");
      expect(pager(el, "previous").getAttribute("aria-disabled")).to.equal("false");
      pager(el, "next").click();
      await loaded(el, 5);
      expect(status(el)).to.equal("Page 3: 5 customers");
      expect(pager(el, "next").getAttribute("aria-disabled")).to.equal("true");
      pager(el, "next").click(); // disabled: nothing happens
      await el.updateComplete;
      expect(queries(adapter)).to.have.length(3);
      pager(el, "previous").click();
      await loaded(el, 20);
      expect(names(el)[0]).to.equal("Customer 20");
      expect($(el, ".page")!.textContent!.trim()).to.equal("Page 2");
      await el.previousPage();
      await loaded(el, 20);
      expect(names(el)[0]).to.equal("Customer 0");
      expect(pager(el, "previous").getAttribute("aria-disabled")).to.equal("true");
      expect($(el, ".page")!.textContent!.trim()).to.equal("Page 1");
      expect(queries(adapter).map((q) => [q.after, q.before])).to.deep.equal([
        [undefined, undefined],
        ["cus_00019", undefined],
        ["cus_00039", undefined],
        [undefined, "cus_00040"],
        [undefined, "cus_00020"],
      ]);
    });

    it("starts from the first page with another backend, and loads the page again with another page size", async () => {
      const first = memory(customers(45));
      const el = await mount(first);
      await loaded(el, 20);
      await el.nextPage();
      await loaded(el, 20);
      el.pageSize = 30;
      await loaded(el, 25);
      expect(queries(first).at(-1)).to.deep.equal({ after: "cus_00019", limit: 30 });
      const second = memory(customers(3));
      el.adapter = second;
      await loaded(el, 3);
      expect(queries(second)).to.deep.equal([{ limit: 30 }]);
      expect($(el, '[part="pager"]')).to.equal(null);
    });

    it("keeps keyboard focus on the page button, and the first row tabbable", async () => {
      const el = await mount(memory(customers(45)));
      await loaded(el, 20);
      nameButton(el, 5).focus();
      pager(el, "next").focus();
      await sendKeys({ press: "Enter" });
      await loaded(el, 20);
      expect(active(el)).to.equal(pager(el, "next"));
      expect(nameButton(el, 0).tabIndex).to.equal(0);
      expect(nameButton(el, 5).tabIndex).to.equal(-1);
    });

    it("keeps one page of at most 100 rows in the DOM with 10,000 customers", async function () {
      this.timeout(30_000);
      const adapter = memory(customers(10_000));
      const el = await mount(adapter, { pageSize: 1000 });
      await loaded(el, 100);
      expect(queries(adapter)[0]!.limit).to.equal(100);
      const elements = () => root(el).querySelectorAll("*").length;
      const first = elements();
      for (let page = 2; page <= 8; page++) {
        await el.nextPage();
        await loaded(el, 100);
        expect(names(el)[0]).to.equal(`Customer ${(page - 1) * 100}`);
        expect(elements()).to.be.at.most(first);
      }
      await el.previousPage();
      await loaded(el, 100);
      expect(names(el)[0]).to.equal("Customer 600");
      expect(root(el).querySelectorAll('[role="row"]')).to.have.length(101);
      expect(elements()).to.be.at.most(first);
      await expect(el).to.be.accessible();
    });

    it("shows a failed page with retry; Previous page goes back to the first page", async () => {
      const adapter = memory(customers(45));
      const el = await mount(adapter);
      await loaded(el, 20);
      adapter.failNext("listCustomers", "network", 2);
      await el.nextPage();
      expect($(el, '[part="alert"]')!.textContent).to.contain(describeError(new PayrexError("network", "x"), "en"));
      $(el, '[part="retry"]')!.click();
      await idle(el);
      expect(adapter.calls).to.have.length(3);
      expect($(el, '[part="alert"]')).to.exist;
      expect(pager(el, "previous").getAttribute("aria-disabled")).to.equal("false");
      await el.previousPage();
      await loaded(el, 20);
      expect(names(el)[0]).to.equal("Customer 0");
      expect(queries(adapter).at(-1)).to.deep.equal({ limit: 20 });
    });
  });

  describe("states", () => {
    it("shows placeholders with aria-busy while the first page loads", async () => {
      const el = await mount(memory([], Infinity));
      await waitUntil(() => $(el, '[part="skeleton"]'));
      expect($(el, ".results")!.getAttribute("aria-busy")).to.equal("true");
      expect(status(el)).to.equal("Loading customers…");
    });

    it("shows an error with retry when loading fails, reports it, and loads on retry", async () => {
      const adapter = memory(customers(3));
      adapter.failNext("listCustomers", "network");
      const errors: PayrexError[] = [];
      const el = await fixture<Directory>(html`<payrex-customer-directory
        .adapter=${adapter}
        @payrex-error=${(e: CustomEvent<{ error: PayrexError }>) => errors.push(e.detail.error)}
      ></payrex-customer-directory>`);
      await waitUntil(() => $(el, '[part="alert"]'));
      const alert = $(el, '[part="alert"]')!;
      expect(alert.getAttribute("role")).to.equal("alert");
      expect(alert.textContent).to.contain("Couldn't load customers.");
      expect(alert.textContent).to.contain(describeError(errors[0], "en"));
      expect(errors.map((e) => e.kind)).to.deep.equal(["network"]);
      $(el, '[part="retry"]')!.click();
      await loaded(el, 3);
      // The retry button is gone: focus goes to the first row, not to the page.
      expect(active(el)).to.equal(nameButton(el, 0));
    });

    it("tells HTTP statuses and failure kinds apart, in the shared words", async () => {
      for (const [error, locale] of [
        [new PayrexError("http", "x", { status: 401 }), "en"],
        [new PayrexError("http", "x", { status: 403 }), "fil"],
        [new PayrexError("http", "x", { status: 429 }), "en"],
        [new PayrexError("http", "x", { status: 503 }), "fil"],
        [new PayrexError("timeout", "x"), "en"],
        [new PayrexError("invalid_response", "x"), "en"],
      ] as const) {
        const adapter = memory([]);
        adapter.failNext("listCustomers", error);
        const el = await mount(adapter, { locale });
        await waitUntil(() => $(el, '[part="alert"]'));
        expect($(el, '[part="alert"]')!.textContent).to.contain(describeError(error, locale));
      }
    });

    it("names the missing method when the adapter has no listCustomers, and reports it", async () => {
      for (const locale of ["en", "fil"]) {
        const { listCustomers: _, ...customerFacing } = memory([]);
        const errors: PayrexError[] = [];
        const el = await fixture<Directory>(html`<payrex-customer-directory
          locale=${locale}
          .adapter=${customerFacing as PayrexAdapter}
          @payrex-error=${(e: CustomEvent<{ error: PayrexError }>) => errors.push(e.detail.error)}
        ></payrex-customer-directory>`);
        await waitUntil(() => $(el, '[part="alert"]'));
        expect(errors).to.have.length(1);
        expect(errors[0]!.code).to.equal("missing_method");
        expect(errors[0]!.method).to.equal("listCustomers");
        const text = $(el, '[part="alert"]')!.textContent!;
        expect(text).to.contain(describeError(errors[0], locale));
        expect(text).to.contain("listCustomers");
        expect($(el, '[part="retry"]')).to.equal(null); // trying again cannot help
        expect($(el, '[part="toolbar"]')).to.equal(null);
      }
    });

    it("shows the configuration error without a backend", async () => {
      const el = await mount(undefined);
      expect($(el, '[part="alert"]')!.textContent).to.contain("no backend configured");
      expect($(el, '[part="toolbar"]')).to.equal(null);
    });
  });

  describe("selecting", () => {
    it("fires payrex-customer-select on click, Enter and Space with the parsed customer, and marks the row", async () => {
      const el = await mount(memory(customers(5)));
      await loaded(el, 5);
      const picked: string[] = [];
      el.addEventListener("payrex-customer-select", (e) => picked.push(e.detail.customer.id));
      (rows(el)[1]!.querySelector(".email") as HTMLElement).click();
      await el.updateComplete;
      expect(el.customerId).to.equal("cus_00001");
      expect(el.getAttribute("customer-id")).to.equal("cus_00001");
      expect(nameButton(el, 1).getAttribute("aria-current")).to.equal("true");
      expect(rows(el)[1]!.getAttribute("part")).to.equal("row row-selected");
      key(nameButton(el, 2), "Enter");
      key(nameButton(el, 3), " ");
      await el.updateComplete;
      expect(picked).to.deep.equal(["cus_00001", "cus_00002", "cus_00003"]);
      expect(nameButton(el, 1).hasAttribute("aria-current")).to.equal(false);
      expect(nameButton(el, 3).getAttribute("aria-current")).to.equal("true");
      const [event] = await Promise.all([oneEvent(el, "payrex-customer-select"), Promise.resolve(nameButton(el, 4).click())]);
      expect(event.detail.customer).to.deep.include({ id: "cus_00004", name: "Customer 4", email: "customer4@example.ph" });
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it("shows the detail slot while a customer is selected, named after the customer", async () => {
      const el = await mount(memory(customers(3)));
      el.innerHTML = `<p slot="detail">Details</p>`;
      await loaded(el, 3);
      expect($(el, '[part="detail"]')).to.equal(null);
      nameButton(el, 2).click();
      await el.updateComplete;
      const detail = $(el, '[part="detail"]')!;
      expect(detail.getAttribute("aria-label")).to.equal("Customer details: Customer 2");
      expect(detail.querySelector("slot")!.assignedElements()).to.deep.equal([el.firstElementChild]);
      el.customerId = "cus_elsewhere"; // selected, but not on this page
      await el.updateComplete;
      expect($(el, '[part="detail"]')!.getAttribute("aria-label")).to.equal("Customer details");
      el.customerId = undefined;
      await el.updateComplete;
      expect($(el, '[part="detail"]')).to.equal(null);
    });

    it("composes the customer form in the detail slot: a save there updates the row", async () => {
      const adapter = memory(customers(3));
      const el = await fixture<Directory>(html`<payrex-customer-directory .adapter=${adapter}>
        <payrex-customer-form slot="detail" .adapter=${adapter}></payrex-customer-form>
      </payrex-customer-directory>`);
      const form = el.querySelector("payrex-customer-form")!;
      el.addEventListener("payrex-customer-select", (e) => (form.customerId = e.detail.customer.id));
      await loaded(el, 3);
      nameButton(el, 1).click();
      await waitUntil(() => form.shadowRoot!.querySelector<HTMLInputElement>("#name")?.value === "Customer 1", "form loaded", { timeout: 5000 });
      const input = form.shadowRoot!.querySelector<HTMLInputElement>("#name")!;
      input.value = "Ana Reyes";
      input.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
      await form.submit();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(["Customer 0", "Ana Reyes", "Customer 2"]);
      expect($(el, '[part="detail"]')!.getAttribute("aria-label")).to.equal("Customer details: Ana Reyes");
    });
  });

  describe("keyboard", () => {
    it("is one Tab stop; arrows, Home, End, Page Up and Page Down move between rows", async () => {
      const el = await mount(memory(customers(30)));
      await loaded(el, 20);
      const tabbable = () => [...root(el).querySelectorAll<HTMLElement>('.body [tabindex="0"]')];
      expect(tabbable()).to.deep.equal([nameButton(el, 0), deleteButton(el, 0)]);
      nameButton(el, 0).focus();
      const at = () => Number(active(el)!.closest("[data-index]")!.getAttribute("data-index"));
      for (const [k, want] of [
        ["ArrowDown", 1],
        ["End", 19],
        ["ArrowDown", 19],
        ["PageUp", 9],
        ["Home", 0],
        ["ArrowUp", 0],
        ["PageDown", 10],
      ] as const) {
        await sendKeys({ press: k });
        await el.updateComplete;
        expect(at(), k).to.equal(want);
        expect(active(el)!.classList.contains("name")).to.equal(true);
      }
      expect(tabbable()).to.deep.equal([nameButton(el, 10), deleteButton(el, 10)]);
    });

    it("goes by Tab from a row's name to its Delete button, then out of the table", async () => {
      const el = await mount(memory(customers(30)));
      await loaded(el, 20);
      nameButton(el, 0).focus();
      await sendKeys({ press: "Tab" });
      expect(active(el)).to.equal(deleteButton(el, 0));
      await sendKeys({ press: "ArrowDown" });
      expect(active(el)).to.equal(deleteButton(el, 1));
      await sendKeys({ press: "Tab" });
      expect(active(el)).to.equal(pager(el, "previous"));
      await sendKeys({ press: "Shift+Tab" });
      await sendKeys({ press: "Shift+Tab" });
      expect(active(el)).to.equal(nameButton(el, 1));
    });

    it("asks to delete the focused row with the Delete key", async () => {
      const el = await mount(memory(customers(3)));
      await loaded(el, 3);
      nameButton(el, 2).focus();
      await sendKeys({ press: "Delete" });
      await waitUntil(() => dialog(el, "delete").open);
      expect($(el, "#delete-title")!.textContent).to.equal("Delete Customer 2?");
    });
  });

  describe("delete", () => {
    it("asks first, naming the customer; Cancel and Escape leave it, focus back on its Delete button", async () => {
      const adapter = memory([maria, juan]);
      const el = await mount(adapter);
      await loaded(el, 2);
      deleteButton(el, 1).focus();
      await sendKeys({ press: "Enter" });
      await waitUntil(() => dialog(el, "delete").open);
      const box = dialog(el, "delete");
      expect(box.getAttribute("role")).to.equal("alertdialog");
      expect($(el, "#delete-title")!.textContent).to.equal("Delete Juan dela Cruz?");
      expect($(el, "#delete-text")!.textContent).to.equal("Juan dela Cruz (juan@example.ph) will be removed from your customers. This cannot be undone.");
      expect(active(el)!.textContent!.trim()).to.equal("Cancel");
      await sendKeys({ press: "Enter" });
      await waitUntil(() => !box.open);
      expect(active(el)).to.equal(deleteButton(el, 1));
      await sendKeys({ press: "Enter" });
      await waitUntil(() => box.open);
      await sendKeys({ press: "Escape" });
      await waitUntil(() => !box.open);
      expect(active(el)).to.equal(deleteButton(el, 1));
      expect(adapter.calls.filter((c) => c.method === "deleteCustomer")).to.have.length(0);
      expect(names(el)).to.deep.equal(["Maria Santos", "Juan dela Cruz"]);
    });

    it("deletes on confirmation: the row goes, payrex-customer-deleted fires, it is said, focus goes to the next row", async () => {
      const adapter = memory(customers(4));
      const el = await mount(adapter);
      await loaded(el, 4);
      deleteButton(el, 1).click();
      await waitUntil(() => dialog(el, "delete").open);
      const [event] = await Promise.all([oneEvent(el, "payrex-customer-deleted"), Promise.resolve($(el, '#delete [part~="confirm"]')!.click())]);
      expect(event.detail.customer.id).to.equal("cus_00001");
      await loaded(el, 3);
      expect(dialog(el, "delete").open).to.equal(false);
      expect(names(el)).to.deep.equal(["Customer 0", "Customer 2", "Customer 3"]);
      expect(adapter.calls.find((c) => c.method === "deleteCustomer")!.args[0]).to.equal("cus_00001");
      expect(status(el)).to.equal("Customer 1 was deleted. Page 1: 3 customers");
      await waitUntil(() => active(el) === nameButton(el, 1), "focus on the row that took its place");
    });

    it("keeps the confirmation open with the translated reason when deleting fails, and tries again", async () => {
      for (const locale of ["en", "fil"]) {
        const adapter = memory([maria, juan]);
        const failure = new PayrexError("http", "DELETE /customers/cus_00001 answered HTTP 409.", { status: 409 });
        adapter.failNext("deleteCustomer", failure);
        const errors: PayrexError[] = [];
        const el = await mount(adapter, { locale });
        el.addEventListener("payrex-error", (e) => errors.push(e.detail.error));
        await loaded(el, 2);
        deleteButton(el, 1).click();
        await waitUntil(() => dialog(el, "delete").open);
        $(el, '#delete [part~="confirm"]')!.click();
        await waitUntil(() => $(el, '#delete [role="alert"]'));
        const alert = $(el, '#delete [role="alert"]')!.textContent!;
        expect(alert).to.contain(locale === "en" ? "Couldn't delete Juan dela Cruz." : "Hindi mabura ang Juan dela Cruz.");
        expect(alert).to.contain(describeError(failure, locale));
        expect(alert).to.not.contain("HTTP 409");
        expect(errors).to.deep.equal([failure]);
        expect(dialog(el, "delete").open).to.equal(true);
        expect(names(el)).to.have.length(2);
        $(el, '#delete [part~="confirm"]')!.click();
        await loaded(el, 1);
        expect(dialog(el, "delete").open).to.equal(false);
        expect(names(el)).to.deep.equal(["Maria Santos"]);
      }
    });

    it("stays open on Escape while the delete is in flight, and shows it is deleting", async () => {
      let finish!: () => void;
      const adapter = memory([maria, juan]);
      const slow: PayrexAdapter = {
        ...adapter,
        deleteCustomer: (id, o) => new Promise<void>((resolve) => (finish = resolve)).then(() => adapter.deleteCustomer(id, o)),
      };
      const el = await mount(slow);
      await loaded(el, 2);
      // Keys, not scripted clicks: a browser lets a dialog refuse Escape only after user activation.
      deleteButton(el, 0).focus();
      await sendKeys({ press: "Enter" });
      await waitUntil(() => dialog(el, "delete").open);
      const confirm = $(el, '#delete [part~="confirm"]')!;
      confirm.focus();
      await sendKeys({ press: "Enter" });
      await el.updateComplete;
      expect(confirm.getAttribute("aria-disabled")).to.equal("true");
      expect(confirm.textContent!.trim()).to.equal("Deleting…");
      confirm.click(); // a second click does not send a second request
      await sendKeys({ press: "Escape" });
      await el.updateComplete;
      expect(dialog(el, "delete").open).to.equal(true);
      finish();
      await loaded(el, 1);
      expect(dialog(el, "delete").open).to.equal(false);
      expect(adapter.calls.filter((c) => c.method === "deleteCustomer")).to.have.length(1);
    });

    it("names the missing method when the adapter has no deleteCustomer", async () => {
      const { deleteCustomer: _, ...noDelete } = memory([maria]);
      const el = await mount(noDelete as PayrexAdapter);
      const errors: PayrexError[] = [];
      el.addEventListener("payrex-error", (e) => errors.push(e.detail.error));
      await loaded(el, 1);
      deleteButton(el, 0).click();
      await waitUntil(() => dialog(el, "delete").open);
      $(el, '#delete [part~="confirm"]')!.click();
      await waitUntil(() => $(el, '#delete [role="alert"]'));
      expect($(el, '#delete [role="alert"]')!.textContent).to.contain("deleteCustomer");
      expect(errors.map((e) => [e.code, e.method])).to.deep.equal([["missing_method", "deleteCustomer"]]);
    });

    it("clears the selection when the selected customer is deleted", async () => {
      const el = await mount(memory([maria, juan]));
      el.innerHTML = `<p slot="detail">Details</p>`;
      await loaded(el, 2);
      nameButton(el, 0).click();
      await el.updateComplete;
      expect($(el, '[part="detail"]')).to.exist;
      deleteButton(el, 0).click();
      await waitUntil(() => dialog(el, "delete").open);
      $(el, '#delete [part~="confirm"]')!.click();
      await loaded(el, 1);
      expect(el.customerId).to.equal(undefined);
      expect($(el, '[part="detail"]')).to.equal(null);
    });

    it("shows the first page when the only row of a later page is deleted", async () => {
      const adapter = memory(customers(21));
      const el = await mount(adapter);
      await loaded(el, 20);
      await el.nextPage();
      await loaded(el, 1);
      deleteButton(el, 0).click();
      await waitUntil(() => dialog(el, "delete").open);
      $(el, '#delete [part~="confirm"]')!.click();
      await loaded(el, 20);
      expect(queries(adapter).at(-1)).to.deep.equal({ limit: 20 });
      expect($(el, '[part="pager"]')).to.equal(null);
      await waitUntil(() => active(el) === nameButton(el, 0));
    });

    it("hide-delete leaves out the Delete buttons and column; the Delete key does nothing", async () => {
      const el = await mount(memory(customers(3)));
      el.hideDelete = true;
      await loaded(el, 3);
      expect(root(el).querySelector(".delete")).to.equal(null);
      expect(root(el).querySelectorAll('[role="columnheader"]')).to.have.length(4);
      nameButton(el, 0).focus();
      await sendKeys({ press: "Delete" });
      await el.updateComplete;
      expect(dialog(el, "delete").open).to.equal(false);
    });
  });

  describe("new customer", () => {
    it("opens the customer form in create mode in a dialog; Cancel closes it, focus back on the button", async () => {
      const el = await mount(memory(customers(3)));
      await loaded(el, 3);
      const button = $(el, '[part~="new-button"]')!;
      button.focus();
      await sendKeys({ press: "Enter" });
      await waitUntil(() => dialog(el, "create").open);
      expect(dialog(el, "create").getAttribute("aria-labelledby")).to.equal("create-title");
      expect(active(el)).to.equal($(el, "#create-title"));
      const form = $(el, "#create payrex-customer-form") as unknown as { customerId?: string; locale: string };
      expect(form.customerId).to.equal(undefined);
      expect(form.locale).to.equal("en");
      $(el, '#create [slot="actions"]')!.click();
      await waitUntil(() => !dialog(el, "create").open);
      expect($(el, "#create payrex-customer-form")).to.equal(null);
      expect(active(el)).to.equal(button);
    });

    it("shows and selects the customer it creates, clearing the search", async () => {
      const adapter = memory(customers(30));
      const el = await mount(adapter);
      await loaded(el, 20);
      el.search = "Customer 2";
      await loaded(el, 11);
      $(el, '[part~="new-button"]')!.click();
      await waitUntil(() => dialog(el, "create").open);
      const form = $(el, "#create payrex-customer-form") as unknown as HTMLElement & { submit(): Promise<Customer> };
      await waitUntil(() => form.shadowRoot?.querySelector("#email"), "form drawn", { timeout: 5000 });
      for (const [id, value] of [
        ["name", "Ana Reyes"],
        ["email", "ana@example.ph"],
      ]) {
        const input = form.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
        input.value = value;
        input.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
      }
      const selected = oneEvent(el, "payrex-customer-select");
      const saved = oneEvent(el, "payrex-customer-saved");
      await form.submit();
      const created = (await saved).detail.customer;
      expect((await selected).detail.customer.id).to.equal(created.id);
      await loaded(el, 20);
      expect(dialog(el, "create").open).to.equal(false);
      expect(el.search).to.equal("");
      expect(searchText(el).value).to.equal("");
      expect(names(el)[0]).to.equal("Ana Reyes");
      expect(el.customerId).to.equal(created.id);
      expect(nameButton(el, 0).getAttribute("aria-current")).to.equal("true");
      expect(status(el)).to.equal("Ana Reyes was added. Page 1: 20 customers");
      await waitUntil(() => active(el) === nameButton(el, 0), "focus on the new customer's row");
    });

    it("hide-create leaves out the New customer button", async () => {
      const el = await mount(memory(customers(1)));
      el.hideCreate = true;
      await loaded(el, 1);
      expect($(el, '[part~="new-button"]')).to.equal(null);
    });
  });
});

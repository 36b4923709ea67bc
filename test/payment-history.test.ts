import { expect, fixture, html, oneEvent, waitUntil } from "@open-wc/testing";
import { emulateMedia, sendKeys } from "@web/test-runner-commands";
import { virtualizerRef } from "@lit-labs/virtualizer/virtualize.js";
import { PayrexError } from "../src/api/errors.js";
import type { PayrexAdapter } from "../src/api/adapter.js";
import type { BillingStatement, List, PageQuery, Payment } from "../src/api/schemas.js";
import { createMemoryAdapter, demoIds } from "../src/api/memory-adapter.js";
import { formatDate, formatMoney } from "../src/core/format.js";
import { describeError } from "../src/core/describe-error.js";
import { PayrexPaymentHistory } from "../src/payment-history.js";

// ——— data ———

const T0 = 1_760_000_000;
const HOUR = 3600;
const DAY = 86400;

const payment = (i: number, over: Partial<Payment> = {}): Payment => ({
  id: `pay_${String(i).padStart(5, "0")}`,
  resource: "payment",
  amount: 100_000 + i,
  amount_refunded: 0,
  currency: "PHP",
  description: `Order ${i}`,
  status: "paid",
  payment_method: { type: "gcash" },
  created_at: T0 - i * HOUR,
  ...over,
});

const statement = (i: number, over: Partial<BillingStatement> = {}): BillingStatement => ({
  id: `bstm_${String(i).padStart(5, "0")}`,
  resource: "billing_statement",
  amount: 250_000 + i,
  currency: "PHP",
  customer_id: "cus_a",
  description: `Statement ${i}`,
  status: "paid",
  due_at: T0 - i * DAY,
  billing_statement_number: `ABC-${String(1000 - i)}`,
  created_at: T0 - i * DAY - 30 * DAY,
  ...over,
});

const payments = (n: number, from = 0) => Array.from({ length: n }, (_, i) => payment(from + i));
const statements = (n: number) => Array.from({ length: n }, (_, i) => statement(i));

function pageOf<T extends { id: string }>(all: T[], q: PageQuery): List<T> {
  const start = q.after ? all.findIndex((x) => x.id === q.after) + 1 : 0;
  const end = start + (q.limit ?? 10);
  return { data: all.slice(start, end), has_more: end < all.length };
}

interface Call {
  method: "listPayments" | "listBillingStatements";
  customerId: string;
  page: PageQuery;
  signal?: AbortSignal;
}

/** Answers from fixed lists on a microtask; `fail` makes chosen calls reject. */
function fakeAdapter(
  data: { payments?: Record<string, Payment[]>; statements?: Record<string, BillingStatement[]> },
  fail?: (call: Call) => PayrexError | undefined,
) {
  const calls: Call[] = [];
  const answer = <T extends { id: string }>(call: Call, all: T[]) => {
    calls.push(call);
    const error = fail?.(call);
    return error ? Promise.reject(error) : Promise.resolve(structuredClone(pageOf(all, call.page)));
  };
  const adapter = {
    listPayments: (customerId: string, page: PageQuery, o?: { signal?: AbortSignal }) =>
      answer({ method: "listPayments", customerId, page, signal: o?.signal }, data.payments?.[customerId] ?? []),
    listBillingStatements: (customerId: string, page: PageQuery, o?: { signal?: AbortSignal }) =>
      answer({ method: "listBillingStatements", customerId, page, signal: o?.signal }, data.statements?.[customerId] ?? []),
  } as unknown as PayrexAdapter;
  return { adapter, calls };
}

/** Every call stays pending until the test settles it by hand (and it ignores its signal, like a slow backend might). */
function manualAdapter() {
  const pending: Array<Call & { resolve(list: List<Payment | BillingStatement>): void; reject(e: unknown): void }> = [];
  const call = (method: Call["method"]) => (customerId: string, page: PageQuery, o?: { signal?: AbortSignal }) =>
    new Promise((resolve, reject) => pending.push({ method, customerId, page, signal: o?.signal, resolve, reject }));
  const adapter = {
    listPayments: call("listPayments"),
    listBillingStatements: call("listBillingStatements"),
  } as unknown as PayrexAdapter;
  return { adapter, pending };
}

// ——— helpers ———

const root = (el: HTMLElement) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: HTMLElement, sel: string) => root(el).querySelector<T & HTMLElement>(sel);
const rows = (el: HTMLElement) => [...root(el).querySelectorAll<HTMLElement>('.body [role="row"]')];
const cells = (row: Element) =>
  [...row.querySelectorAll('[role="cell"]')].map((c) => c.textContent!.replace(/\s+/g, " ").trim());
const column = (el: HTMLElement, i: number) => rows(el).map((r) => cells(r)[i]!);
/** A row's button, which takes the row's focus. */
const opener = (row: Element) => row.querySelector<HTMLElement>('[part="open"]')!;
/** The `aria-rowindex` of the row holding focus. */
const focusedRow = (el: HTMLElement) => root(el).activeElement?.closest('[role="row"]')?.getAttribute("aria-rowindex");
const tabs = (el: HTMLElement) => [...root(el).querySelectorAll<HTMLElement>('[role="tab"]')];
const key = (target: HTMLElement, k: string) =>
  target.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, composed: true, cancelable: true }));
/** Scrolls the page (the history has no scroll box of its own) so that `y` px of `target` are above the viewport's top. */
function scrollPageTo(target: Element, y: number) {
  const top = target.getBoundingClientRect().top + window.scrollY;
  document.scrollingElement!.scrollTop = top + y;
}
/** Resolves once the virtualizer has measured its rows and settled its size and scroll position. */
const settled = (el: HTMLElement) =>
  (($(el, ".body.virtual") as unknown as Record<symbol, { layoutComplete: Promise<void> }>)[virtualizerRef]!).layoutComplete;
/** How many lines `text` (inside one text node under `scope`) takes on screen. */
function linesOf(scope: Element, text: string): number {
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
  }
  throw new Error(`"${text}" is not in one text node`);
}
/** A history in a container `width` px wide. */
async function mountIn(width: number, adapter: PayrexAdapter, props: Partial<PayrexPaymentHistory> = {}) {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement("payrex-payment-history");
  Object.assign(el, { adapter, customerId: "cus_a", locale: "en", ...props });
  wrap.append(el);
  return el;
}
/** Resolves once `check()` has held for three frames in a row (a focus move has settled). */
async function steady(check: () => boolean, message: string) {
  for (let frames = 0, held = 0; held < 3; frames++) {
    if (frames > 120) throw new Error(`Not steady: ${message}`);
    held = check() ? held + 1 : 0;
    await new Promise(requestAnimationFrame);
  }
}
/** Resolves after the next frame's callbacks: what they render is in that frame's first paint. */
const nextFrame = () => new Promise(requestAnimationFrame);
/** Elements of the shadow root that scroll their own content. */
const scrollBoxes = (el: HTMLElement) =>
  [...root(el).querySelectorAll<HTMLElement>("*")].filter(
    (e) => e.scrollHeight > e.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(e).overflowY),
  );
const loaded = (el: PayrexPaymentHistory, n: number) => waitUntil(() => rows(el).length === n, `expected ${n} rows`);

async function mount(adapter: PayrexAdapter, attrs: { customer?: string; view?: string; locale?: string; pageSize?: number } = {}) {
  return fixture<PayrexPaymentHistory>(html`<payrex-payment-history
    customer-id=${attrs.customer ?? "cus_a"}
    view=${attrs.view ?? "payments"}
    locale=${attrs.locale ?? "en"}
    page-size=${attrs.pageSize ?? 20}
    .adapter=${adapter}
  ></payrex-payment-history>`);
}

// ——— tests ———

// Chromium reports a ResizeObserver notification deferred to the next frame as a window error. It is
// informational (https://github.com/w3c/csswg-drafts/issues/5488) and virtual scrollers that measure
// their rows trigger it; keep it from failing tests without hiding any other error.
window.addEventListener(
  "error",
  (e) => {
    if (/^ResizeObserver loop/.test(e.message)) e.stopImmediatePropagation();
  },
  { capture: true },
);

describe("<payrex-payment-history>", () => {
  // Runs first in this file: until a history has been made, its behaviour module has not loaded.
  describe("calls made before the behaviour has loaded", () => {
    it("lets reload() and loadMore() wait, and runs a subclass's super.reload() once", async () => {
      let overrides = 0;
      class MerchantHistory extends PayrexPaymentHistory {
        override reload(): Promise<void> {
          overrides++;
          return super.reload();
        }
      }
      customElements.define("test-merchant-payment-history", MerchantHistory);
      const { adapter, calls } = fakeAdapter({ payments: { cus_a: payments(30) } });
      const el = document.createElement("test-merchant-payment-history") as MerchantHistory;
      Object.assign(el, { adapter, customerId: "cus_a", locale: "en" });
      // Not connected, behaviour not loaded: both wait, and nothing is listed for an element never shown.
      const early = Promise.all([el.reload(), el.loadMore()]);
      expect(el.shadowRoot?.querySelector('[role="row"]') ?? null).to.equal(null);
      await early;
      expect(overrides).to.equal(1);
      expect(calls).to.have.length(0);
      document.body.append(el);
      await loaded(el, 20);
      await el.loadMore();
      await loaded(el, 30);
      await el.reload();
      expect(overrides).to.equal(2);
      expect(calls.map((c) => c.page.after)).to.deep.equal([undefined, "pay_00019", undefined]);
      el.remove();
    });
  });

  describe("accessibility", () => {
    for (const locale of ["en", "fil"]) {
      it(`passes axe in every state (${locale})`, async function () {
        this.timeout(30_000); // eight axe runs; slow on a busy machine
        const { adapter: slow } = manualAdapter();
        const loading = await mount(slow, { locale });
        await nextFrame();
        expect($(loading, '[part="skeleton"]')).to.exist;
        await expect(loading).to.be.accessible();

        const data = {
          payments: { cus_a: payments(30), cus_b: [] },
          statements: { cus_a: [statement(0, { status: "open", due_at: T0 - DAY }), statement(1)], cus_b: [] },
        };
        let failing = false;
        const { adapter } = fakeAdapter(data, (c) => (failing || c.customerId === "cus_x" ? new PayrexError("network", "down") : undefined));
        const el = await mount(adapter, { locale });
        await loaded(el, 20);
        await expect(el).to.be.accessible();

        el.filterable = true;
        await el.updateComplete;
        await expect(el).to.be.accessible();

        failing = true;
        $(el, '[part="more-button"]')!.click();
        await waitUntil(() => $(el, '.foot [role="alert"]'));
        await expect(el).to.be.accessible(); // partially loaded

        el.view = "billing-statements";
        await loaded(el, 0);
        await waitUntil(() => $(el, '[role="alert"]')); // first page failed
        await expect(el).to.be.accessible();
        failing = false;
        $(el, '[part="retry"]')!.click();
        await loaded(el, 2);
        await expect(el).to.be.accessible();

        el.customerId = "cus_b";
        await waitUntil(() => $(el, '[part="empty"]'));
        await expect(el).to.be.accessible(); // empty

        el.customerId = undefined;
        await el.updateComplete;
        await expect(el).to.be.accessible(); // no customer

        const bare = await fixture<PayrexPaymentHistory>(html`<payrex-payment-history locale=${locale}></payrex-payment-history>`);
        expect($(bare, '[role="alert"]')).to.exist;
        await expect(bare).to.be.accessible(); // no backend
      });
    }

    it("passes axe with 10,000 rows, virtualised, and in the stacked layout", async () => {
      const { adapter } = fakeAdapter({ payments: { cus_a: payments(10_000) } });
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 360px"></div>`);
      const el = document.createElement("payrex-payment-history");
      Object.assign(el, { adapter, customerId: "cus_a", pageSize: 100, locale: "fil" });
      wrap.append(el);
      await loaded(el, 100);
      while ($(el, '[part="more-button"]')) await el.loadMore();
      await waitUntil(() => rows(el).length && rows(el).length <= 60, "virtualised");
      await expect(el).to.be.accessible();
    });
  });

  describe("defaults", () => {
    it("shows payments first, pages of 20, both views as tabs", async () => {
      const { adapter, calls } = fakeAdapter({ payments: { cus_a: payments(25) } });
      const el = await fixture<PayrexPaymentHistory>(
        html`<payrex-payment-history customer-id="cus_a" .adapter=${adapter}></payrex-payment-history>`,
      );
      await loaded(el, 20);
      expect(el.view).to.equal("payments");
      expect(el.pageSize).to.equal(20);
      expect(calls).to.have.length(1);
      expect(calls[0]).to.include({ method: "listPayments", customerId: "cus_a" });
      expect(calls[0]!.page).to.deep.equal({ limit: 20 });
      expect(calls[0]!.signal).to.be.instanceOf(AbortSignal);
      expect(tabs(el).map((t) => t.textContent!.trim())).to.deep.equal(["Payments", "Billing statements"]);
      expect(tabs(el)[0]!.getAttribute("aria-selected")).to.equal("true");
      expect($(el, '[role="tabpanel"]')!.getAttribute("aria-labelledby")).to.equal("tab-payments");
      const table = $(el, '[role="table"]')!;
      expect(table.getAttribute("aria-rowcount")).to.equal("-1"); // more pages: the total is unknown
      expect(rows(el)[0]!.getAttribute("aria-rowindex")).to.equal("2");
      expect([...root(el).querySelectorAll('[role="columnheader"]')].map((h) => h.textContent!.trim())).to.deep.equal([
        "Date",
        "Description",
        "Method",
        "Amount",
        "Status",
      ]);
      expect(getComputedStyle(el).containerType).to.equal("inline-size");
    });

    it("clamps page-size to 1..100", async () => {
      const { adapter, calls } = fakeAdapter({ payments: { cus_a: payments(3) } });
      const el = await mount(adapter, { pageSize: 500 });
      await loaded(el, 3);
      expect(calls[0]!.page.limit).to.equal(100);
      el.pageSize = 0;
      await el.reload();
      expect(calls[1]!.page.limit).to.equal(20);
      el.pageSize = 7;
      await el.reload();
      expect(calls[2]!.page.limit).to.equal(7);
    });
  });

  describe("payments", () => {
    it("shows every method, card brand and last 4, and a readable label for an unknown method", async () => {
      const methods: Payment["payment_method"][] = [
        { type: "card", card: { brand: "visa", last4: "4242", first6: "424242" } },
        { type: "card", card: { brand: "mastercard", last4: "5100" } },
        { type: "card", card: { brand: "rupay", last4: "0001" } },
        { type: "card", card: null },
        { type: "gcash" },
        { type: "maya" },
        { type: "qrph" },
        { type: "billease" },
        { type: "bdo_installment" },
        { type: "shopeepay" },
        { type: "union_bank_online" },
        null,
      ];
      const { adapter } = fakeAdapter({ payments: { cus_a: methods.map((m, i) => payment(i, { payment_method: m })) } });
      const el = await mount(adapter);
      await loaded(el, methods.length);
      const shown = column(el, 2);
      expect(shown[0]).to.equal("Visa •••• 4242Visa ending in 4242");
      expect(shown[1]).to.contain("Mastercard •••• 5100");
      expect(shown[2]).to.contain("rupay •••• 0001");
      expect(shown.slice(3)).to.deep.equal([
        "Card",
        "GCash",
        "Maya",
        "QR Ph",
        "BillEase",
        "BDO Installment",
        "Shopeepay",
        "Union bank online",
        "",
      ]);
      // The dots are hidden from screen readers, which read the sentence instead.
      expect(rows(el)[0]!.querySelector('[aria-hidden="true"]')!.textContent).to.equal("Visa •••• 4242");
    });

    it("shows every status as text and colour, and an unknown status as readable words", async () => {
      const list = ["pending", "paid", "failed", "disputed_by_bank"].map((status, i) => payment(i, { status }));
      const { adapter } = fakeAdapter({ payments: { cus_a: list } });
      const el = await mount(adapter);
      await loaded(el, 4);
      expect(column(el, 4)).to.deep.equal(["Pending", "Paid", "Failed", "Disputed by bank"]);
      const badges = rows(el).map((r) => r.querySelector(".badge")!);
      expect(badges.map((b) => b.getAttribute("part"))).to.deep.equal([
        "status status-warning",
        "status status-success",
        "status status-danger",
        "status",
      ]);
      expect(getComputedStyle(badges[1]!).color).to.not.equal(getComputedStyle(badges[2]!).color);
    });

    it("shows date and time, amount, refunds (partial and full) and the statement paid", async () => {
      const list = [
        payment(0, { amount: 150_000, amount_refunded: 50_000, billing_statement_id: "bstm_00000" }),
        payment(1, { amount: 150_000, amount_refunded: 150_000, refunded: true, billing_statement_id: "bstm_unknown" }),
        payment(2, { description: null }),
      ];
      const { adapter, calls } = fakeAdapter({ payments: { cus_a: list }, statements: { cus_a: [statement(0)] } });
      const el = await mountIn(1280, adapter); // wide enough for seven columns
      await loaded(el, 3);
      const [first, second, third] = rows(el).map(cells);
      expect(first![0]).to.equal(formatDate(T0, "en", "datetime"));
      expect(first![3]).to.equal("₱1,500.00");
      expect(first![4]).to.equal("₱500.00 (partial)");
      expect(second![4]).to.equal("₱1,500.00 (full)");
      // Empty cells stay empty for screen readers ("blank"); CSS draws a dash.
      expect(third![4]).to.equal("");
      expect(third![1]).to.equal("");
      const blank = rows(el)[2]!.querySelectorAll('[role="cell"]')[4]!;
      expect(getComputedStyle(blank, "::before").content).to.equal('"—" / ""');
      // The statement paid: never its raw id. Its number, from the statements' first page, which loads
      // with the payments; a statement not among them reads "Statement", its id in the tooltip only.
      expect(first![6]).to.be.oneOf(["Statement", "ABC-1000"]);
      await waitUntil(() => cells(rows(el)[0]!)[6] === "ABC-1000", "the statement's number is not shown");
      expect(cells(rows(el)[1]!)[6]).to.equal("Statement");
      expect(rows(el)[1]!.querySelector('[role="cell"]:last-child span')!.getAttribute("title")).to.equal("bstm_unknown");
      expect(calls.map((c) => c.method)).to.deep.equal(["listPayments", "listBillingStatements"]);
      // Opening the statements tab reuses that page.
      el.view = "billing-statements";
      await loaded(el, 1);
      expect(calls).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    it("loads statement numbers only for the customer shown: a switch to one whose payments name none loads no statements", async () => {
      const linked = [payment(0, { billing_statement_id: "bstm_00000" })];
      const { adapter, calls } = fakeAdapter({ payments: { cus_a: linked, cus_b: [payment(1)] }, statements: { cus_a: [statement(0)] } });
      const el = await mountIn(1280, adapter);
      await waitUntil(() => calls.length === 2, "no statements loaded for cus_a's payment");
      await waitUntil(() => cells(rows(el)[0]!).at(-1) === "ABC-1000", "no statement number");
      el.customerId = "cus_b";
      await waitUntil(() => rows(el).length === 1 && !rows(el)[0]!.textContent!.includes("ABC-1000"), "cus_b's payment not shown");
      await el.updateComplete;
      expect(calls.map((c) => `${c.method} ${c.customerId}`)).to.deep.equal([
        "listPayments cus_a",
        "listBillingStatements cus_a",
        "listPayments cus_b",
      ]);
    });

    it("keeps a failed load of statement numbers quiet until the statements tab is opened, then tries again out loud", async () => {
      const linked = [payment(0, { billing_statement_id: "bstm_00000" })];
      let refuse = true;
      const forbidden = () => new PayrexError("http", "GET … answered HTTP 403.", { status: 403 });
      const { adapter, calls } = fakeAdapter({ payments: { cus_a: linked }, statements: { cus_a: [statement(0)] } }, (c) =>
        c.method === "listBillingStatements" && refuse ? forbidden() : undefined,
      );
      const errors: PayrexError[] = [];
      const el = await mountIn(1280, adapter);
      el.addEventListener("payrex-error", (e) => errors.push(e.detail.error));
      await waitUntil(() => calls.length === 2, "no statements loaded ahead");
      await loaded(el, 1);
      await el.updateComplete;
      // On the Payments tab: the column reads "Statement", and nothing is announced.
      expect(cells(rows(el)[0]!).at(-1)).to.equal("Statement");
      expect(errors).to.deep.equal([]);
      // Opening the tab asks again; this time the refusal is the user's business.
      el.view = "billing-statements";
      await waitUntil(() => calls.length === 3, "the statements were not asked for again");
      await waitUntil(() => errors.length === 1, "no payrex-error once the tab is open");
      expect(errors[0]!.status).to.equal(403);
      refuse = false;
      await el.reload();
      await loaded(el, 1);
      expect(errors).to.have.length(1);
    });

    it("shows a label, not the raw id, for the statement paid while its number is unknown", async () => {
      const list = [payment(0, { billing_statement_id: "bstm_00000" })];
      const { adapter, calls } = fakeAdapter({ payments: { cus_a: list }, statements: { cus_a: [statement(0)] } });
      // Only payments offered: no statements are fetched for it.
      const el = await mountIn(1280, adapter, { views: "payments" });
      await loaded(el, 1);
      await el.updateComplete;
      expect(cells(rows(el)[0]!).at(-1)).to.equal("Statement");
      expect(rows(el)[0]!.textContent).not.to.include("bstm_");
      expect(calls.map((c) => c.method)).to.deep.equal(["listPayments"]);
      el.locale = "fil";
      await el.updateComplete;
      // Filipino keeps the English word (docs/GLOSSARY.md); the header reads the same.
      expect(cells(rows(el)[0]!).at(-1)).to.equal("Statement");
      expect(root(el).querySelector('[role="columnheader"]:last-of-type')!.textContent!.trim()).to.equal("Statement");
      expect(rows(el)[0]!.textContent).not.to.include("bstm_");
    });

    it("shows the Refunded and Statement columns only when a loaded payment has something to put there", async () => {
      const { adapter } = fakeAdapter({
        payments: {
          cus_a: payments(25).map((p, i) =>
            i === 22 ? { ...p, amount_refunded: 500 } : i === 24 ? { ...p, billing_statement_id: "bstm_1" } : p,
          ),
        },
      });
      const el = await mountIn(1280, adapter); // wide enough for seven columns
      await loaded(el, 20);
      const headers = () => [...root(el).querySelectorAll('[role="columnheader"]')].map((h) => h.textContent!.trim());
      expect(headers()).to.deep.equal(["Date", "Description", "Method", "Amount", "Status"]);
      expect(rows(el)[0]!.querySelectorAll('[role="cell"]')).to.have.length(5);
      const grid = () => getComputedStyle(rows(el)[0]!).gridTemplateColumns.split(" ").length;
      expect(grid()).to.equal(5);
      await el.loadMore();
      expect(headers()).to.deep.equal(["Date", "Description", "Method", "Amount", "Refunded", "Status", "Statement"]);
      expect(rows(el)[0]!.querySelectorAll('[role="cell"]')).to.have.length(7);
      expect(grid()).to.equal(7);
      // A filter that hides those rows keeps the columns: they follow what is loaded, not what is shown.
      el.statusFilter = "paid";
      await el.updateComplete;
      expect(headers()).to.have.length(7);
    });

    it("speaks Filipino in the glossary's words: columns, statuses, methods, refunds, money and dates", async () => {
      const list = [
        payment(0, { status: "pending", payment_method: { type: "card", card: { brand: "visa", last4: "4242" } } }),
        payment(1, { status: "failed", amount: 10_000, amount_refunded: 2_500 }),
      ];
      const { adapter } = fakeAdapter({ payments: { cus_a: list } });
      const el = await mount(adapter, { locale: "fil" });
      await loaded(el, 2);
      expect(tabs(el).map((t) => t.textContent!.trim())).to.deep.equal(["Mga bayad", "Mga billing statement"]);
      expect([...root(el).querySelectorAll('[role="columnheader"]')].map((h) => h.textContent!.trim())).to.deep.equal([
        "Petsa",
        "Description",
        "Paraan",
        "Halaga",
        "Na-refund",
        "Status",
      ]);
      expect(column(el, 5)).to.deep.equal(["Pending", "Hindi natuloy"]);
      expect(column(el, 2)[0]).to.contain("Visa na nagtatapos sa 4242");
      expect(column(el, 4)[1]).to.equal(`${formatMoney(2_500, "PHP", "fil")} (bahagi)`);
      expect(column(el, 0)[0]).to.equal(formatDate(T0, "fil", "datetime"));
      expect($(el, ".foot [role=status]")!.textContent!.trim()).to.equal("2 bayad ang ipinapakita");
    });
  });

  describe("billing statements", () => {
    it("shows number, description, due date, amount and every status, overdue derived", async () => {
      const now = Date.now() / 1000;
      const list = [
        statement(0, { status: "draft", billing_statement_number: null, due_at: null }),
        statement(1, { status: "open", due_at: Math.floor(now + 5 * DAY) }),
        statement(2, { status: "open", due_at: Math.floor(now - 5 * DAY) }),
        statement(3, { status: "paid", due_at: Math.floor(now - 6 * DAY) }),
        statement(4, { status: "void", due_at: Math.floor(now - 7 * DAY) }),
        statement(5, { status: "uncollectible", due_at: Math.floor(now - 8 * DAY) }),
        statement(6, { status: "disputed", due_at: Math.floor(now - 9 * DAY) }),
      ];
      const { adapter, calls } = fakeAdapter({ statements: { cus_a: list } });
      const el = await mount(adapter, { view: "billing-statements" });
      await loaded(el, 7);
      expect(calls[0]).to.include({ method: "listBillingStatements", customerId: "cus_a" });
      expect([...root(el).querySelectorAll('[role="columnheader"]')].map((h) => h.textContent!.trim())).to.deep.equal([
        "Number",
        "Description",
        "Due date",
        "Amount",
        "Status",
      ]);
      // No due date sorts by creation date: the draft is the oldest here.
      const byNumber = new Map(rows(el).map((r) => [cells(r)[1], cells(r)]));
      expect(byNumber.get("Statement 0")).to.deep.equal(["", "Statement 0", "", "₱2,500.00", "Draft"]);
      expect(byNumber.get("Statement 1")![4]).to.equal("Unpaid");
      expect(byNumber.get("Statement 1")![2]).to.equal(formatDate(list[1]!.due_at!, "en", "date", "Asia/Manila"));
      expect(byNumber.get("Statement 2")![4]).to.equal("Overdue");
      expect(byNumber.get("Statement 3")![4]).to.equal("Paid");
      expect(byNumber.get("Statement 4")![4]).to.equal("Void");
      expect(byNumber.get("Statement 5")![4]).to.equal("Uncollectible");
      expect(byNumber.get("Statement 6")![4]).to.equal("Disputed");
      expect(byNumber.get("Statement 1")![0]).to.equal("ABC-999");

      el.locale = "fil";
      await el.updateComplete;
      const fil = new Map(rows(el).map((r) => [cells(r)[1], cells(r)[4]]));
      expect([...fil.values()]).to.have.members([
        "Draft",
        "Hindi pa bayad",
        "Overdue",
        "Bayad na",
        "Kinansela",
        "Hindi na masisingil",
        "Disputed",
      ]);
    });

    it("follows `views`: one view hides the tab list", async () => {
      const { adapter, calls } = fakeAdapter({ statements: { cus_a: statements(2) } });
      const el = await fixture<PayrexPaymentHistory>(
        html`<payrex-payment-history customer-id="cus_a" views="billing-statements" .adapter=${adapter}></payrex-payment-history>`,
      );
      await loaded(el, 2);
      expect(tabs(el)).to.have.length(0);
      expect($(el, '[role="tabpanel"]')).to.not.exist;
      expect($(el, '[role="table"]')!.getAttribute("aria-label")).to.equal("Billing statements");
      expect(calls.map((c) => c.method)).to.deep.equal(["listBillingStatements"]);
    });
  });

  describe("states", () => {
    it("shows a skeleton of the table with aria-busy while the first page loads", async () => {
      const { adapter, pending } = manualAdapter();
      const el = await mount(adapter);
      const panel = $(el, '[part="panel"]')!;
      expect(panel.getAttribute("aria-busy")).to.equal("true");
      // In the first frame painted while loading.
      await nextFrame();
      const skeleton = $(el, '[part="skeleton"]')!;
      expect(skeleton.getAttribute("aria-hidden")).to.equal("true");
      // The view's own column names over a page's worth of placeholder rows.
      expect([...skeleton.querySelectorAll('[role="columnheader"]')].map((h) => h.textContent!.trim())).to.deep.equal([
        "Date",
        "Description",
        "Method",
        "Amount",
        "Status",
      ]);
      expect(skeleton.querySelectorAll('[role="row"]:not([part~="header-row"])')).to.have.length(20);
      expect($(el, '[role="status"]')!.textContent!.trim()).to.equal("Loading payments…");
      pending[0]!.resolve({ data: payments(2), has_more: false });
      await loaded(el, 2);
      expect(panel.getAttribute("aria-busy")).to.equal("false");
      expect($(el, '[part="skeleton"]')).to.not.exist;
    });

    it("builds no skeleton for a first page that arrives before the next frame", async () => {
      const { adapter } = fakeAdapter({ payments: { cus_a: payments(20) } });
      const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement("payrex-payment-history");
      Object.assign(el, { adapter, customerId: "cus_a" });
      let built = false;
      const seen = new MutationObserver(() => (built ||= !!el.shadowRoot?.querySelector('[part="skeleton"]')));
      wrap.append(el);
      seen.observe(el.shadowRoot!, { childList: true, subtree: true });
      await loaded(el, 20);
      await nextFrame();
      seen.disconnect();
      expect(built).to.equal(false);
    });

    it("holds the loaded layout while loading: a visible skeleton about as tall as the first page", async () => {
      for (const [width, locale] of [
        [1280, "en"],
        [375, "en"],
        [375, "fil"],
      ] as const) {
        const { adapter, pending } = manualAdapter();
        const el = await mountIn(width, adapter, { locale });
        await el.updateComplete;
        await nextFrame();
        const skeleton = $(el, '[part="skeleton"]')!;
        const bone = skeleton.querySelector('[role="cell"] > *')!;
        const shade = getComputedStyle(bone).backgroundColor;
        expect(shade, "a placeholder is painted").to.not.match(/rgba\(0, 0, 0, 0\)|transparent/);
        expect(bone.getBoundingClientRect().height).to.be.greaterThan(8);
        expect(bone.getBoundingClientRect().width).to.be.greaterThan(20);
        const loading = $(el, '[part="panel"]')!.getBoundingClientRect().height;
        pending[0]!.resolve({ data: payments(20), has_more: false });
        await loaded(el, 20);
        const done = $(el, '[part="panel"]')!.getBoundingClientRect().height;
        expect(Math.abs(loading - done) / done, `${width}px ${locale}: ${loading} px loading, ${done} px loaded`).to.be.below(0.1);
        el.parentElement!.remove();
      }
    });

    it("marks the selected tab in forced colors, not only by colour", async () => {
      await emulateMedia({ forcedColors: "active" });
      try {
        const { adapter } = fakeAdapter({ payments: { cus_a: payments(2) } });
        const el = await mount(adapter);
        await loaded(el, 2);
        const [selected, other] = tabs(el).map((t) => getComputedStyle(t));
        expect(selected!.borderBottomStyle).to.equal("solid");
        expect(selected!.borderBottomColor).to.not.equal(other!.borderBottomColor);
      } finally {
        await emulateMedia({ forcedColors: "none" });
      }
    });

    it("shows the skeleton in forced colors too", async () => {
      await emulateMedia({ forcedColors: "active" });
      try {
        const { adapter } = manualAdapter();
        const el = await mount(adapter);
        await nextFrame();
        const bone = $(el, '[part="skeleton"] [role="cell"] > *')!;
        expect(getComputedStyle(bone).forcedColorAdjust).to.equal("none");
        expect(getComputedStyle(bone).backgroundColor).to.not.equal(getComputedStyle($(el, '[part="skeleton"]')!).backgroundColor);
      } finally {
        await emulateMedia({ forcedColors: "none" });
      }
    });

    it("says so when there is nothing yet", async () => {
      const { adapter } = fakeAdapter({});
      const el = await mount(adapter);
      const said = () => $(el, '[part="empty"]')!.textContent!.replace(/\s+/g, " ").trim();
      await waitUntil(() => $(el, '[part="empty"]'));
      // What is missing, then what will appear here and when.
      expect(said()).to.equal(
        "No payments yet. When this customer pays, by card, GCash, Maya or another method, the payment will appear here.",
      );
      expect($(el, '[role="table"]')).to.not.exist;
      el.view = "billing-statements";
      await waitUntil(() => $(el, '[part="empty"]')?.textContent!.includes("statements"));
      expect(said()).to.equal(
        "No billing statements yet. Billing statements sent to this customer will appear here, with their due dates and whether they are paid.",
      );
      el.locale = "fil";
      await el.updateComplete;
      expect(said()).to.match(/^Wala pang .+\. Lalabas dito /);
      await expect(el).to.be.accessible();
    });

    it("shows an error with retry when the first page fails, and reports it", async () => {
      let fail = true;
      const { adapter, calls } = fakeAdapter({ payments: { cus_a: payments(3) } }, () =>
        fail ? new PayrexError("network", "Failed to fetch") : undefined,
      );
      const errored = new Promise<CustomEvent>((resolve) => document.addEventListener("payrex-error", resolve as never, { once: true }));
      const el = await mount(adapter);
      const event = await errored;
      expect(event.detail.error.kind).to.equal("network");
      await waitUntil(() => $(el, '[role="alert"]'));
      expect($(el, '[role="alert"]')!.textContent).to.contain("Couldn't load payments.");
      expect($(el, '[role="alert"]')!.textContent).to.contain("Check your connection");
      fail = false;
      $(el, '[part="retry"]')!.click();
      await loaded(el, 3);
      expect(calls).to.have.length(2);
      expect($(el, '[role="alert"]')).to.not.exist;
    });

    it("tells HTTP statuses and failure kinds apart, in the shared words, for first and next pages", async () => {
      const failures = [
        new PayrexError("http", "GET … answered HTTP 401.", { status: 401 }),
        new PayrexError("http", "GET … answered HTTP 403.", { status: 403 }),
        new PayrexError("http", "GET … answered HTTP 404.", { status: 404 }),
        new PayrexError("http", "GET … answered HTTP 429.", { status: 429 }),
        new PayrexError("http", "GET … answered HTTP 503.", { status: 503 }),
        new PayrexError("timeout", "GET … timed out."),
        new PayrexError("invalid_response", "GET … sent an unexpected body."),
      ];
      const messages = new Set(failures.map((f) => describeError(f, "en")));
      expect(messages.size).to.equal(failures.length);
      for (const locale of ["en", "fil"]) {
        for (const failure of failures) {
          let fail: PayrexError | undefined = failure;
          const { adapter } = fakeAdapter({ payments: { cus_a: payments(30) } }, (c) => (c.page.after ? failure : fail));
          const el = await mount(adapter, { locale });
          await waitUntil(() => $(el, '[role="alert"]'));
          const alert = $(el, '[role="alert"]')!;
          expect(alert.textContent, `${failure.status ?? failure.kind} (${locale})`).to.contain(describeError(failure, locale));
          expect(alert.textContent).to.not.contain(failure.message); // developer words stay in payrex-error
          fail = undefined;
          $(el, '[part="retry"]')!.click();
          await loaded(el, 20);
          $(el, '[part="more-button"]')!.click();
          await waitUntil(() => $(el, '.foot [role="alert"]'));
          const more = $(el, '.foot [role="alert"]')!;
          expect(more.textContent).to.contain(describeError(failure, locale));
          el.remove();
        }
      }
    });

    it("offers a next step on every failure, and keeps keyboard focus on it", async () => {
      let fail = true;
      const { adapter } = fakeAdapter({ payments: { cus_a: payments(30) } }, (c) =>
        fail || c.page.after ? new PayrexError("http", "GET … answered HTTP 503.", { status: 503 }) : undefined,
      );
      const el = await mount(adapter);
      await waitUntil(() => $(el, '[part="retry"]'));
      const alert = () => $(el, '[role="alert"]')!.textContent!.replace(/\s+/g, " ").trim();
      expect(alert()).to.equal(`Couldn't load payments. ${describeError(new PayrexError("http", "", { status: 503 }), "en")} Try again`);
      // Try again, and it fails again: focus is back on Try again, ready for another go.
      $(el, '[part="retry"]')!.focus();
      await sendKeys({ press: "Enter" });
      await waitUntil(() => root(el).activeElement?.getAttribute("part") === "retry", "focus on Try again");
      fail = false;
      await sendKeys({ press: "Enter" });
      await loaded(el, 20);
      await waitUntil(() => focusedRow(el) === "2", "focus on the first row");
      // A next page fails: the rows stay, the reason is given, and the same button tries again.
      $(el, '[part="more-button"]')!.click();
      await waitUntil(() => $(el, '.foot [role="alert"]'));
      expect($(el, '[part="more-button"]')!.textContent!.trim()).to.equal("Try again");
      await expect(el).to.be.accessible();
    });

    it("shows the configuration error without a backend", async () => {
      const el = await fixture<PayrexPaymentHistory>(html`<payrex-payment-history customer-id="cus_a"></payrex-payment-history>`);
      expect($(el, '[part="alert"]')!.textContent).to.contain("payrex-provider");
    });

    it("asks for a customer when none is set, and fetches nothing", async () => {
      const { adapter, calls } = fakeAdapter({});
      const el = await fixture<PayrexPaymentHistory>(html`<payrex-payment-history .adapter=${adapter}></payrex-payment-history>`);
      expect($(el, '[part="empty"]')!.textContent).to.contain("Choose a customer");
      expect(calls).to.have.length(0);
    });
  });

  describe("paging", () => {
    it("appends pages after the last id, never refetches, and hides Load more on the last page", async () => {
      const { adapter, calls } = fakeAdapter({
        payments: { cus_a: payments(45) },
        statements: { cus_a: statements(3) },
      });
      const el = await mount(adapter);
      await loaded(el, 20);
      const more = $(el, '[part="more-button"]')!;
      expect(more.textContent!.trim()).to.equal("Load more");
      more.click();
      await loaded(el, 40);
      expect(calls[1]!.page).to.deep.equal({ limit: 20, after: "pay_00019" });
      // The last page: the button goes away and keyboard focus moves on to the first new row.
      $(el, '[part="more-button"]')!.focus();
      $(el, '[part="more-button"]')!.click();
      await waitUntil(() => focusedRow(el) === "42", "first new row focused");
      expect(rows(el)).to.have.length(45);
      expect(calls[2]!.page).to.deep.equal({ limit: 20, after: "pay_00039" });
      expect($(el, '[part="more-button"]')).to.not.exist;
      expect(column(el, 1).at(-1)).to.equal("Order 44");
      expect($(el, '[role="table"]')!.getAttribute("aria-rowcount")).to.equal("46");
      expect(rows(el).at(-1)!.getAttribute("aria-rowindex")).to.equal("46");
      await el.loadMore(); // nothing left: no call
      // Switching views and back keeps what is loaded.
      el.view = "billing-statements";
      await loaded(el, 3);
      el.view = "payments";
      await loaded(el, 45);
      expect(calls.map((c) => c.method)).to.deep.equal(["listPayments", "listPayments", "listPayments", "listBillingStatements"]);
      const ids = calls.filter((c) => c.method === "listPayments").map((c) => c.page.after);
      expect(new Set(ids).size).to.equal(ids.length);
    });

    it("keeps the rows when a middle page fails, shows the error at the end, and retries that page", async () => {
      let failAfter: string | undefined = "pay_00019";
      const { adapter, calls } = fakeAdapter({ payments: { cus_a: payments(50) } }, (c) =>
        c.page.after && c.page.after === failAfter ? new PayrexError("http", "Server error", { status: 500 }) : undefined,
      );
      const el = await mount(adapter);
      await loaded(el, 20);
      const more = $(el, '[part="more-button"]')!;
      more.focus();
      setTimeout(() => more.click());
      const { detail } = await oneEvent(el, "payrex-error");
      expect(detail.error.status).to.equal(500);
      await waitUntil(() => $(el, '.foot [role="alert"]'));
      expect(rows(el)).to.have.length(20);
      expect($(el, '.foot [role="alert"]')!.textContent).to.contain("Couldn't load more payments.");
      // The same button retries, so keyboard focus stays put.
      expect($(el, '[part="more-button"]')).to.equal(more);
      expect(more.textContent!.trim()).to.equal("Try again");
      expect(root(el).activeElement).to.equal(more);
      failAfter = undefined;
      more.click();
      await loaded(el, 40);
      expect(calls.map((c) => c.page.after)).to.deep.equal([undefined, "pay_00019", "pay_00019"]);
      expect($(el, '.foot [role="alert"]')).to.not.exist;
      expect(more.textContent!.trim()).to.equal("Load more");
      await el.loadMore();
      expect(rows(el)).to.have.length(50);
      expect(column(el, 1)).to.deep.equal(payments(50).map((p) => p.description));
    });

    it("gives aria-rowcount as known: -1 while more pages exist, the rows and header once all are loaded", async () => {
      const list = payments(30).map((p, i) => (i === 25 ? { ...p, status: "failed" } : p));
      const { adapter } = fakeAdapter({ payments: { cus_a: list } });
      const el = await mount(adapter);
      await loaded(el, 20);
      const count = () => $(el, '[role="table"]')!.getAttribute("aria-rowcount");
      expect(count()).to.equal("-1");
      el.filterable = true;
      el.statusFilter = "paid";
      await el.updateComplete;
      expect(count()).to.equal("-1"); // filtered, and still more to come
      await el.loadMore();
      expect(count()).to.equal("30"); // 29 paid rows and the header row
      el.statusFilter = "";
      await el.updateComplete;
      expect(count()).to.equal("31");
      expect(rows(el).at(-1)!.getAttribute("aria-rowindex")).to.equal("31");
    });

    it("shows Loading more… on the button while a page loads", async () => {
      const { adapter, pending } = manualAdapter();
      const el = await mount(adapter);
      pending[0]!.resolve({ data: payments(20), has_more: true });
      await loaded(el, 20);
      const more = $(el, '[part="more-button"]')!;
      more.click();
      await el.updateComplete;
      expect(more.getAttribute("aria-disabled")).to.equal("true");
      expect(more.textContent!.trim()).to.equal("Loading more…");
      more.click(); // ignored while busy
      expect(pending).to.have.length(2);
      pending[1]!.resolve({ data: payments(5, 20), has_more: false });
      await loaded(el, 25);
    });

    it("reload() starts over from the first page", async () => {
      const { adapter, calls } = fakeAdapter({ payments: { cus_a: payments(30) } });
      const el = await mount(adapter);
      await loaded(el, 20);
      await el.loadMore();
      await el.reload();
      expect(rows(el)).to.have.length(20);
      expect(calls.map((c) => c.page.after)).to.deep.equal([undefined, "pay_00019", undefined]);
    });

    it("pages through the memory adapter's demo customer", async () => {
      const adapter = createMemoryAdapter();
      const el = await mount(adapter, { customer: demoIds.customer, pageSize: 100 });
      // The demo data is a chunk of its own: its first load may take longer than a second.
      await waitUntil(() => rows(el).length === 100, "expected 100 rows", { timeout: 5000 });
      await el.loadMore();
      await waitUntil(() => $(el, '[role="table"]')?.getAttribute("aria-rowcount") === "151");
      expect($(el, '[part="more-button"]')).to.not.exist;
      el.view = "billing-statements";
      await loaded(el, 30);
      // The statements' first page came with the first payments (they name the statements they paid).
      expect(adapter.calls.map((c) => c.method)).to.deep.equal(["listPayments", "listBillingStatements", "listPayments"]);
    });
  });

  describe("switching customers", () => {
    it("clears the previous customer's rows in the same render", async () => {
      const { adapter } = fakeAdapter({ payments: { cus_a: payments(3), cus_b: [payment(9, { description: "B's order" })] } });
      const el = await mount(adapter);
      await loaded(el, 3);
      el.customerId = "cus_b";
      await el.updateComplete;
      expect(rows(el)).to.have.length(0);
      await loaded(el, 1);
      expect(column(el, 1)).to.deep.equal(["B's order"]);
    });

    it("after 100 rapid switches shows only the last customer's rows, whatever order answers land in", async () => {
      const { adapter, pending } = manualAdapter();
      const el = await mount(adapter, { customer: "cus_0" });
      for (let i = 1; i < 100; i++) {
        el.customerId = `cus_${i}`;
        await el.updateComplete;
      }
      expect(pending).to.have.length(100);
      expect(pending.map((p) => p.customerId)).to.deep.equal(Array.from({ length: 100 }, (_, i) => `cus_${i}`));
      // Every request but the last was aborted.
      expect(pending.filter((p) => p.signal!.aborted)).to.have.length(99);
      // Answers arrive newest first; each carries its own customer's description.
      const answer = (i: number) => ({ data: [payment(i, { description: `customer ${i}` })], has_more: i % 2 === 0 });
      pending[99]!.resolve(answer(99));
      await loaded(el, 1);
      for (let i = 98; i >= 0; i--) {
        pending[i]!.resolve(answer(i));
        await el.updateComplete;
        await Promise.resolve();
        await el.updateComplete;
        expect(column(el, 1)).to.deep.equal(["customer 99"]);
      }
      expect(rows(el)).to.have.length(1);
      expect($(el, '[part="more-button"]')).to.not.exist; // 99 has no more; a stale has_more did not land
      // A stale failure does not land either.
      const errors: unknown[] = [];
      el.addEventListener("payrex-error", (e) => errors.push(e));
      el.customerId = "cus_z";
      await el.updateComplete;
      el.customerId = "cus_99";
      await el.updateComplete;
      pending[100]!.reject(new PayrexError("network", "late"));
      pending[101]!.resolve(answer(99));
      await loaded(el, 1);
      expect(errors).to.have.length(0);
      expect($(el, '[role="alert"]')).to.not.exist;
    });

    it("drops a next page that lands after the customer changed", async () => {
      const { adapter, pending } = manualAdapter();
      const el = await mount(adapter);
      pending[0]!.resolve({ data: payments(20), has_more: true });
      await loaded(el, 20);
      $(el, '[part="more-button"]')!.click();
      await el.updateComplete;
      el.customerId = "cus_b";
      await el.updateComplete;
      expect(pending[1]!.signal!.aborted).to.equal(true);
      pending[1]!.resolve({ data: payments(20, 20), has_more: false });
      pending[2]!.resolve({ data: [payment(7, { description: "B" })], has_more: false });
      await loaded(el, 1);
      await el.updateComplete;
      expect(column(el, 1)).to.deep.equal(["B"]);
    });
  });

  describe("row activation", () => {
    it("fires payrex-payment-select on click, Enter and Space with the parsed payment", async () => {
      const list = payments(3);
      const { adapter } = fakeAdapter({ payments: { cus_a: list } });
      const el = await mount(adapter);
      await loaded(el, 3);
      const [, second, third] = rows(el);
      setTimeout(() => second!.querySelector<HTMLElement>('[role="cell"]:nth-child(2)')!.click());
      let event = await oneEvent(el, "payrex-payment-select");
      expect(event.detail.payment).to.deep.equal(list[1]);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(opener(second!).tabIndex).to.equal(0);

      setTimeout(() => key(opener(third!), "Enter"));
      event = await oneEvent(el, "payrex-payment-select");
      expect(event.detail.payment.id).to.equal(list[2]!.id);

      let prevented = false;
      setTimeout(() => (prevented = !key(opener(third!), " ")));
      event = await oneEvent(el, "payrex-payment-select");
      expect(event.detail.payment.id).to.equal(list[2]!.id);
      expect(prevented).to.equal(true); // Space does not scroll the page
    });

    it("gives every row a visible button that says what it opens; Enter on it selects the row", async () => {
      const list = [payment(0, { amount: 150_000 }), payment(1)];
      const { adapter } = fakeAdapter({ payments: { cus_a: list }, statements: { cus_a: [statement(0)] } });
      const el = await mount(adapter);
      await loaded(el, 2);
      const button = rows(el)[1]!.querySelector<HTMLButtonElement>("button")!;
      expect(button, "a button in the row").to.exist;
      expect(button.getAttribute("part")).to.equal("open");
      const name = button.getAttribute("aria-label")!;
      expect(name).to.match(/^View payment /);
      expect(name).to.contain(formatMoney(list[1]!.amount, "PHP", "en"));
      expect(name).to.contain(formatDate(list[1]!.created_at, "en", "datetime"));
      // Visible: a chevron drawn in the text colour (kept by forced colors), on a box of real size.
      const box = button.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(16);
      expect(box.height).to.be.greaterThan(16);
      const chevron = getComputedStyle(button, "::before");
      expect(chevron.borderRightStyle).to.equal("solid");
      expect(chevron.borderRightColor).to.equal(getComputedStyle(button).color);
      expect(getComputedStyle(rows(el)[1]!).cursor).to.equal("pointer");
      // One Tab stop: the first row's button.
      expect(rows(el).map((r) => r.querySelector("button")!.tabIndex)).to.deep.equal([0, -1]);
      let selects = 0;
      el.addEventListener("payrex-payment-select", () => selects++);
      button.focus();
      await sendKeys({ press: "Enter" });
      await sendKeys({ press: "Space" });
      expect(selects).to.equal(2); // once per key press, not once more by the button's own click
      setTimeout(() => sendKeys({ press: "Enter" }));
      const { detail } = await oneEvent(el, "payrex-payment-select");
      expect(detail).to.deep.equal({ payment: list[1] });
      await expect(el).to.be.accessible();

      el.view = "billing-statements";
      await loaded(el, 1);
      const open = rows(el)[0]!.querySelector<HTMLButtonElement>('[part="open"]')!;
      expect(open.getAttribute("aria-label")).to.equal("View billing statement ABC-1000, ₱2,500.00");
      open.focus();
      setTimeout(() => sendKeys({ press: "Enter" }));
      const selected = await oneEvent(el, "payrex-statement-select");
      expect(selected.detail.billingStatement.id).to.equal("bstm_00000");
      el.locale = "fil";
      await el.updateComplete;
      expect(open.getAttribute("aria-label")).to.match(/^Tingnan ang /);
    });

    it("fires payrex-statement-select for a statement row", async () => {
      const list = statements(2);
      const { adapter } = fakeAdapter({ statements: { cus_a: list } });
      const el = await mount(adapter, { view: "billing-statements" });
      await loaded(el, 2);
      setTimeout(() => rows(el)[1]!.click());
      const event = await oneEvent(el, "payrex-statement-select");
      expect(event.detail.billingStatement).to.deep.equal(list[1]);
    });

    it("moves a roving focus with arrow keys, Home, End, Page Up and Page Down", async () => {
      const { adapter } = fakeAdapter({ payments: { cus_a: payments(30) } });
      const el = await mount(adapter);
      await loaded(el, 20);
      const tabbable = () => rows(el).filter((r) => opener(r).tabIndex === 0);
      expect(tabbable()).to.deep.equal([rows(el)[0]]);
      opener(rows(el)[0]!).focus();
      const focused = () => focusedRow(el);
      key(opener(rows(el)[0]!), "ArrowDown");
      await waitUntil(() => focused() === "3");
      key(root(el).activeElement as HTMLElement, "End");
      await waitUntil(() => focused() === "21");
      key(root(el).activeElement as HTMLElement, "ArrowDown"); // stays on the last row
      await el.updateComplete;
      expect(focused()).to.equal("21");
      key(root(el).activeElement as HTMLElement, "PageUp");
      await waitUntil(() => focused() === "11");
      key(root(el).activeElement as HTMLElement, "Home");
      await waitUntil(() => focused() === "2");
      key(root(el).activeElement as HTMLElement, "PageDown");
      await waitUntil(() => focused() === "12");
      key(root(el).activeElement as HTMLElement, "ArrowUp");
      await waitUntil(() => focused() === "11");
      expect(tabbable()).to.have.length(1);
      expect(tabbable()[0]!.getAttribute("aria-rowindex")).to.equal("11");
    });
  });

  describe("tabs", () => {
    it("switch views by click and by arrow keys, Home and End, with a roving tabindex", async () => {
      const { adapter } = fakeAdapter({ payments: { cus_a: payments(2) }, statements: { cus_a: statements(3) } });
      const el = await mount(adapter);
      await loaded(el, 2);
      const [pay, bill] = tabs(el);
      expect([pay!.tabIndex, bill!.tabIndex]).to.deep.equal([0, -1]);
      bill!.click();
      await loaded(el, 3);
      expect(el.view).to.equal("billing-statements");
      expect(el.getAttribute("view")).to.equal("billing-statements");
      pay!.focus();
      key(tabs(el)[1]!, "ArrowRight"); // wraps to the first
      await loaded(el, 2);
      expect(el.view).to.equal("payments");
      expect(root(el).activeElement).to.equal(tabs(el)[0]);
      expect(tabs(el)[0]!.getAttribute("aria-selected")).to.equal("true");
      expect([tabs(el)[0]!.tabIndex, tabs(el)[1]!.tabIndex]).to.deep.equal([0, -1]);
      key(tabs(el)[0]!, "ArrowLeft");
      await loaded(el, 3);
      expect(root(el).activeElement).to.equal(tabs(el)[1]);
      key(tabs(el)[1]!, "Home");
      await loaded(el, 2);
      key(tabs(el)[0]!, "End");
      await loaded(el, 3);
      expect(el.view).to.equal("billing-statements");
      expect($(el, '[role="tabpanel"]')!.getAttribute("aria-labelledby")).to.equal("tab-billing-statements");
    });
  });

  describe("filter and sort", () => {
    it("filters by status and sorts by date with labelled controls", async () => {
      const list = [
        payment(0, { status: "paid" }),
        payment(1, { status: "failed" }),
        payment(2, { status: "paid" }),
        payment(3, { status: "chargeback" }),
      ];
      const { adapter } = fakeAdapter({ payments: { cus_a: list } });
      const el = await mount(adapter);
      await loaded(el, 4);
      expect($(el, "select")).to.not.exist;
      el.filterable = true;
      await el.updateComplete;
      const filter = $(el, '[part="filter"]') as HTMLSelectElement;
      const sort = $(el, '[part="sort"]') as HTMLSelectElement;
      expect(filter.closest("label")!.textContent).to.contain("Status");
      expect(sort.closest("label")!.textContent).to.contain("Sort by date");
      expect([...filter.options].map((o) => o.text)).to.deep.equal(["All", "Pending", "Paid", "Failed", "Chargeback"]);
      filter.value = "paid";
      filter.dispatchEvent(new Event("change"));
      await el.updateComplete;
      expect(el.statusFilter).to.equal("paid");
      expect(column(el, 1)).to.deep.equal(["Order 0", "Order 2"]);
      expect($(el, '[role="table"]')!.getAttribute("aria-rowcount")).to.equal("3");
      expect($(el, ".foot [role=status]")!.textContent!.trim()).to.equal("2 payments shown");
      sort.value = "oldest";
      sort.dispatchEvent(new Event("change"));
      await el.updateComplete;
      expect(el.sort).to.equal("oldest");
      expect(column(el, 1)).to.deep.equal(["Order 2", "Order 0"]);
      el.statusFilter = "pending";
      await el.updateComplete;
      // Why nothing shows, and the way back.
      expect($(el, '[part="empty"]')!.textContent!.replace(/\s+/g, " ").trim()).to.equal(
        "None of the loaded payments has this status. Choose “All” to see them all.",
      );
      el.statusFilter = "";
      await el.updateComplete;
      expect(column(el, 1)).to.deep.equal(["Order 3", "Order 2", "Order 1", "Order 0"]);
    });

    it("filters statements by the derived overdue status; switching views clears the filter", async () => {
      const now = Date.now() / 1000;
      const list = [
        statement(0, { status: "open", due_at: Math.floor(now + DAY) }),
        statement(1, { status: "open", due_at: Math.floor(now - DAY) }),
      ];
      const { adapter } = fakeAdapter({ statements: { cus_a: list }, payments: { cus_a: payments(1) } });
      const el = await mount(adapter, { view: "billing-statements" });
      el.filterable = true;
      el.statusFilter = "overdue";
      await loaded(el, 1);
      expect(column(el, 1)).to.deep.equal(["Statement 1"]);
      tabs(el)[0]!.click();
      await loaded(el, 1);
      expect(el.statusFilter).to.equal("");
    });
  });

  describe("counts", () => {
    const shown = (el: HTMLElement) => $(el, ".foot [role=status]")!.textContent!.trim();

    it("picks plural forms by the catalog's language, not the raw locale", async () => {
      const { adapter } = fakeAdapter({ payments: { cus_a: payments(21), cus_b: payments(1) } });
      const el = await mount(adapter, { locale: "fr", pageSize: 100 });
      await loaded(el, 21);
      // English words: 21 is "other" in English (Russian rules would pick "one").
      el.locale = "ru";
      await el.updateComplete;
      expect(shown(el)).to.equal("21 payments shown");
      el.locale = "fr";
      el.statusFilter = "failed";
      await el.updateComplete;
      // French rules call 0 "one"; the English words need "other".
      expect($(el, '[part="empty"]')).to.exist;
      expect(shown(el)).to.equal("0 payments shown");
      el.statusFilter = "";
      el.customerId = "cus_b";
      await loaded(el, 1);
      expect(shown(el)).to.equal("1 payment shown");
    });

    it("formats the numbers inside messages", async () => {
      const { adapter } = fakeAdapter({ payments: { cus_a: payments(1634) } });
      const el = await mount(adapter, { pageSize: 100 });
      await loaded(el, 100);
      while ($(el, '[part="more-button"]')) await el.loadMore();
      expect(shown(el)).to.equal("1,634 payments shown");
      el.locale = "fil";
      await el.updateComplete;
      expect(shown(el)).to.equal("1,634 bayad ang ipinapakita");
    });
  });

  describe("time zone", () => {
    // 00:30 on 20 June in Manila is 16:30 on 19 June in UTC and 09:30 on 19 June in Los Angeles.
    const due = Date.UTC(2026, 5, 19, 16, 30) / 1000;
    const dueDate = (el: PayrexPaymentHistory) => cells(rows(el)[0]!)[2]!.replace(/\u00a0/g, " ");

    it("shows due dates in the merchant's time zone (Asia/Manila by default), as the checkout does", async () => {
      const { adapter } = fakeAdapter({ statements: { cus_a: [statement(1, { status: "open", due_at: due })] } });
      const el = await mount(adapter, { view: "billing-statements" });
      await loaded(el, 1);
      expect(el.timeZone).to.equal("Asia/Manila");
      expect(dueDate(el)).to.equal("Jun 20, 2026");
      el.setAttribute("time-zone", "America/Los_Angeles");
      await el.updateComplete;
      expect(dueDate(el)).to.equal("Jun 19, 2026");
    });

    it("reports an unknown time zone and falls back to Asia/Manila", async () => {
      const { adapter } = fakeAdapter({ statements: { cus_a: [statement(1, { status: "open", due_at: due })] } });
      const errors: PayrexError[] = [];
      const el = await fixture<PayrexPaymentHistory>(html`<payrex-payment-history
        customer-id="cus_a"
        view="billing-statements"
        locale="en"
        time-zone="Mars/Olympus_Mons"
        .adapter=${adapter}
        @payrex-error=${(e: CustomEvent) => errors.push(e.detail.error)}
      ></payrex-payment-history>`);
      await loaded(el, 1);
      expect(dueDate(el)).to.equal("Jun 20, 2026");
      expect(errors.map((e) => [e.kind, e.message])).to.deep.equal([
        ["validation", 'time-zone "Mars/Olympus_Mons" is not a time zone this browser knows: dates are shown in Asia/Manila.'],
      ]);
    });
  });

  describe("scale", () => {
    it("keeps at most 60 row elements in the DOM with 10,000 rows loaded, and a full-size table for AT", async () => {
      const { adapter, calls } = fakeAdapter({ payments: { cus_a: payments(10_000) } });
      const el = await mount(adapter, { pageSize: 100 });
      await loaded(el, 100);
      while ($(el, '[part="more-button"]')) await el.loadMore();
      expect(calls).to.have.length(100);
      await waitUntil(() => rows(el).length > 0 && rows(el).length <= 60, "virtualised");
      await settled(el);
      const table = $(el, '[role="table"]')!;
      expect(table.getAttribute("aria-rowcount")).to.equal("10001");
      expect(rows(el)[0]!.getAttribute("aria-rowindex")).to.equal("2");
      expect($(el, ".body")!.getAttribute("role")).to.equal("rowgroup");
      // End reaches the last row even though it was not in the DOM.
      opener(rows(el)[0]!).focus();
      key(opener(rows(el)[0]!), "End");
      await steady(() => focusedRow(el) === "10001", "last row focused");
      expect(cells(root(el).activeElement!.closest('[role="row"]')!)[1]).to.equal("Order 9999");
      expect(rows(el).length).to.be.at.most(60);
      // Scrolled away from the focused row, a drawn row stays tabbable.
      (root(el).activeElement as HTMLElement).blur();
      const body = $(el, ".body")!;
      scrollPageTo(body, body.offsetHeight / 2);
      await waitUntil(() => {
        // The virtualizer may still be correcting its scroll position after End on a busy machine.
        if (body.getBoundingClientRect().top < -(body.offsetHeight * 3) / 4) scrollPageTo(body, body.offsetHeight / 2);
        const tabbable = rows(el).filter((r) => opener(r).tabIndex === 0);
        return tabbable.length === 1 && Number(tabbable[0]!.getAttribute("aria-rowindex")) < 9000;
      }, "a visible row is tabbable");
      opener(rows(el).find((r) => opener(r).tabIndex === 0)!).focus();
      key(root(el).activeElement as HTMLElement, "End");
      await waitUntil(() => focusedRow(el) === "10001", "back at the end");
      // Activation still hands out the right payment.
      setTimeout(() => key(root(el).activeElement as HTMLElement, "Enter"));
      const { detail } = await oneEvent(el, "payrex-payment-select");
      expect(detail.payment.id).to.equal("pay_09999");
      // Filtering below the threshold goes back to plain rows.
      el.statusFilter = "failed";
      await el.updateComplete;
      expect($(el, '[part="empty"]')).to.exist;
      el.statusFilter = "";
      await el.updateComplete;
      await waitUntil(() => rows(el).length > 0 && rows(el).length <= 60);
      document.scrollingElement!.scrollTop = 0;
    });
  });

  describe("print", () => {
    afterEach(() => emulateMedia({ media: "screen" }));

    it("prints every row: rows off screen are laid out, and a virtualised list draws all its rows", async () => {
      const { adapter } = fakeAdapter({ payments: { cus_a: payments(300) } });
      const el = await mount(adapter, { pageSize: 100 });
      await loaded(el, 100);
      // Off-screen rows skip rendering on screen only.
      expect(getComputedStyle(rows(el).at(-1)!).contentVisibility).to.equal("auto");
      await emulateMedia({ media: "print" });
      expect(rows(el).map((r) => getComputedStyle(r).contentVisibility)).to.deep.equal(rows(el).map(() => "visible"));
      // Buttons have nothing to do on paper.
      expect(getComputedStyle(opener(rows(el)[0]!)).display).to.equal("none");
      expect(getComputedStyle($(el, '[part="more-button"]')!).display).to.equal("none");
      await emulateMedia({ media: "screen" });
      await el.loadMore();
      await el.loadMore();
      await waitUntil(() => $(el, ".body.virtual") && rows(el).length, "virtualised");
      expect(rows(el).length).to.be.at.most(60);
      await emulateMedia({ media: "print" });
      await waitUntil(() => rows(el).length === 300, "every row drawn for print");
      expect($(el, ".body.virtual")).to.not.exist;
      expect(rows(el).at(-1)!.getAttribute("aria-rowindex")).to.equal("301");
      expect(column(el, 1).at(-1)).to.equal("Order 299");
      // Back on screen, virtualised again.
      await emulateMedia({ media: "screen" });
      await waitUntil(() => $(el, ".body.virtual") && rows(el).length && rows(el).length <= 60, "virtualised again");
    });

    it("prints a scroll box's rows in full", async () => {
      const { adapter } = fakeAdapter({ payments: { cus_a: payments(60) } });
      const el = await fixture<PayrexPaymentHistory>(html`<payrex-payment-history
        style="--payrex-history-max-height: 10rem"
        customer-id="cus_a"
        page-size="100"
        .adapter=${adapter}
      ></payrex-payment-history>`);
      await loaded(el, 60);
      await emulateMedia({ media: "print" });
      expect(scrollBoxes(el)).to.deep.equal([]);
    });
  });

  describe("virtualised focus", () => {
    it("keeps keyboard focus in the list when the focused row is scrolled out and recycled", async () => {
      const { adapter } = fakeAdapter({ payments: { cus_a: payments(300) } });
      const el = await mount(adapter, { pageSize: 100 });
      await loaded(el, 100);
      await el.loadMore();
      await el.loadMore();
      await waitUntil(() => $(el, ".body.virtual") && rows(el).length > 0, "virtualised");
      await settled(el);
      const body = $(el, ".body")!;
      const first = opener($(el, '.body [aria-rowindex="3"]')!);
      first.focus();
      scrollPageTo(body, body.offsetHeight); // a mouse wheel, not the keyboard
      await waitUntil(() => !first.isConnected, "row recycled");
      await waitUntil(() => root(el).activeElement === body, "focus fell out of the element");
      expect(body.tabIndex).to.equal(-1); // holds focus, but is not a Tab stop of its own
      // The arrow keys go on from the row that had focus.
      key(body, "ArrowDown");
      await steady(() => focusedRow(el) === "4", "next row focused");
      // Scrolled away and back with the mouse: focus returns to the row.
      const fourth = root(el).activeElement as HTMLElement;
      scrollPageTo(body, body.offsetHeight);
      await waitUntil(() => !fourth.isConnected && root(el).activeElement === body);
      scrollPageTo(body, 0);
      await waitUntil(() => focusedRow(el) === "4", "focus not restored");
      setTimeout(() => key(root(el).activeElement as HTMLElement, "Enter"));
      const { detail } = await oneEvent(el, "payrex-payment-select");
      expect(detail.payment.id).to.equal("pay_00002");
      document.scrollingElement!.scrollTop = 0;
    });
  });

  describe("layout", () => {
    it("has no scroll box of its own: the page scrolls, virtualised rows too", async () => {
      const { adapter } = fakeAdapter({ payments: { cus_a: payments(300) } });
      const el = await mount(adapter, { pageSize: 100 });
      await loaded(el, 100);
      expect(scrollBoxes(el)).to.deep.equal([]);
      expect(el.getBoundingClientRect().height).to.be.greaterThan(100 * 30); // every row is in the page's flow
      await el.loadMore();
      await el.loadMore();
      await waitUntil(() => $(el, ".body.virtual") && rows(el).length, "virtualised");
      await settled(el);
      expect(scrollBoxes(el)).to.deep.equal([]);
      const body = $(el, ".body")!;
      expect(body.getBoundingClientRect().height).to.be.greaterThan(300 * 30);
      // Scrolling the page draws the rows in view, and only those.
      scrollPageTo(body, body.offsetHeight / 2);
      const near = (i: number) => rows(el).some((r) => Math.abs(Number(r.getAttribute("aria-rowindex")) - i) < 10);
      await waitUntil(() => near(152), "rows in the middle drawn");
      expect(near(2)).to.equal(false);
      expect(rows(el).length).to.be.at.most(60);
      document.scrollingElement!.scrollTop = 0;
    });

    it("keeps the rows' square corners inside the frame's rounded ones, still without a scroll box", async () => {
      const { adapter } = fakeAdapter({ payments: { cus_a: payments(3) } });
      const el = await mount(adapter);
      await loaded(el, 3);
      const frame = $(el, '[part="frame"]')!;
      // A row's background painted over the frame's bottom corners and border (seen in screenshots).
      expect(getComputedStyle(frame).overflow).to.equal("clip");
      expect(scrollBoxes(el)).to.deep.equal([]);
    });

    it("lines up header and body columns, in plain and virtualised rows, with and without the optional columns", async () => {
      const all = payments(250).map((p, i) => (i === 240 ? { ...p, amount_refunded: 100, billing_statement_id: "bstm_1" } : p));
      const { adapter } = fakeAdapter({ payments: { cus_a: all } });
      const edges = (row: Element) =>
        [...row.children].map((c) => {
          const r = c.getBoundingClientRect();
          return [Math.round(r.left), Math.round(r.right)];
        });
      for (const width of [1280, 900]) {
        const el = await mountIn(width, adapter, { pageSize: 100 });
        await loaded(el, 100);
        const head = () => $(el, '[part="header-row"]')!;
        expect(edges(rows(el)[0]!), `${width}px, plain rows`).to.deep.equal(edges(head()));
        await el.loadMore();
        await el.loadMore();
        await waitUntil(() => $(el, ".body.virtual") && rows(el).length, "virtualised");
        await settled(el);
        expect(head().children).to.have.length(7);
        expect(edges(rows(el)[0]!), `${width}px, virtualised rows`).to.deep.equal(edges(head()));
        el.parentElement!.remove();
      }
    });

    it("never breaks a line inside the date or the time", async () => {
      const late = new Date(2025, 11, 31, 23, 59).getTime() / 1000;
      const { adapter } = fakeAdapter({
        payments: { cus_a: [payment(0, { created_at: late, refunded: true, amount_refunded: 100_000, billing_statement_id: "bstm_1" })] },
      });
      for (const locale of ["en", "fil"]) {
        for (const width of [320, 560, 700, 820, 1280]) {
          const el = await mountIn(width, adapter, { locale });
          await loaded(el, 1);
          const cell = rows(el)[0]!.querySelector('[role="cell"]')!;
          const [date, time] = [formatDate(late, locale), new Intl.DateTimeFormat(locale, { timeStyle: "short" }).format(late * 1000)];
          expect(cell.textContent!.replace(/\s/g, " ")).to.contain(date).and.contain(time);
          // Spaces inside each part may be non-breaking ones.
          const shown = (text: string) => text.replace(/ /g, "\u00a0");
          expect(linesOf(cell, shown(date)), `${locale} date at ${width}px`).to.equal(1);
          expect(linesOf(cell, shown(time)), `${locale} time at ${width}px`).to.equal(1);
          el.parentElement!.remove();
        }
      }
    });

    it("keeps its container's width with 10,000-character words in every field", async () => {
      const long = (c: string) => c.repeat(10_000);
      const hostile = [
        payment(0, { description: long("D"), billing_statement_id: `bstm_${long("S")}`, metadata: { note: long("M") } }),
        payment(1, {
          id: `pay_${long("I")}`,
          status: long("u"),
          amount_refunded: 100,
          payment_method: { type: long("m") },
        }),
        payment(2, { payment_method: { type: "card", card: { brand: long("B"), last4: long("4") } } }),
      ];
      const stmts = [statement(0, { billing_statement_number: long("N"), description: long("d"), status: long("s") })];
      const { adapter } = fakeAdapter({ payments: { cus_a: hostile }, statements: { cus_a: stmts } });
      for (const layout of ["block", "flex", "grid"]) {
        for (const width of [1280, 640, 375]) {
          const wrap = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; display: ${layout}"></div>`);
          const el = document.createElement("payrex-payment-history");
          Object.assign(el, { adapter, customerId: "cus_a", locale: "en", filterable: true });
          wrap.append(el);
          await loaded(el, 3);
          for (const view of ["payments", "billing-statements"] as const) {
            el.view = view;
            await loaded(el, view === "payments" ? 3 : 1);
            const label = `${view}, ${width}px, ${layout}`;
            expect(el.getBoundingClientRect().width, label).to.equal(width);
            expect(el.scrollWidth, label).to.equal(el.clientWidth);
            for (const row of rows(el)) expect(row.scrollWidth, label).to.be.at.most(row.clientWidth);
            expect(wrap.scrollWidth, label).to.equal(width); // nothing overflows the container either
          }
          wrap.remove();
        }
      }
    });

    it("scrolls inside its own box when --payrex-history-max-height is set", async () => {
      const { adapter } = fakeAdapter({ payments: { cus_a: payments(300) } });
      const el = await fixture<PayrexPaymentHistory>(html`<payrex-payment-history
        style="--payrex-history-max-height: 20rem"
        customer-id="cus_a"
        page-size="100"
        .adapter=${adapter}
      ></payrex-payment-history>`);
      await loaded(el, 100);
      const frame = $(el, '[part="frame"]')!;
      expect(scrollBoxes(el)).to.deep.equal([frame]);
      expect(frame.getBoundingClientRect().height).to.be.at.most(20 * 16 + 2);
      await el.loadMore();
      await el.loadMore();
      await waitUntil(() => $(el, ".body.virtual") && rows(el).length, "virtualised");
      await settled(el);
      frame.scrollTop = frame.scrollHeight / 2;
      await waitUntil(() => rows(el).some((r) => Math.abs(Number(r.getAttribute("aria-rowindex")) - 152) < 10), "rows in the middle drawn");
      // The column headers stay in view.
      const head = $(el, '[part="header-row"]')!.getBoundingClientRect();
      expect(Math.round(head.top)).to.equal(Math.round(frame.getBoundingClientRect().top) + 1);
    });

    it("stacks rows as labelled cards where the columns do not fit: at 200% zoom (640 CSS px) too", async () => {
      const few = fakeAdapter({ payments: { cus_a: payments(2) } }).adapter;
      const many = fakeAdapter({
        payments: { cus_a: [payment(0, { amount_refunded: 100, billing_statement_id: "bstm_1" }), payment(1)] },
      }).adapter;
      const stacked = (el: HTMLElement) => getComputedStyle($(el, ".head")!).position === "absolute";
      // Five columns fit from about 680 px, seven from about 800 px.
      for (const [width, adapter, expected] of [
        [375, few, true],
        [640, few, true],
        [640, many, true],
        [720, few, false],
        [720, many, true],
        [840, many, false],
        [1280, many, false],
      ] as const) {
        for (const locale of ["en", "fil"]) {
          const el = await mountIn(width, adapter, { locale });
          await loaded(el, 2);
          const label = `${width}px, ${adapter === few ? 5 : 7} columns, ${locale}`;
          expect(stacked(el), label).to.equal(expected);
          const amount = rows(el)[0]!.querySelectorAll('[role="cell"]')[3]!;
          expect(getComputedStyle(amount, "::before").content, label).to.equal(
            expected ? `"${locale === "en" ? "Amount" : "Halaga"}" / ""` : "none",
          );
          // Nothing sticks out of the element, stacked or not.
          expect(el.scrollWidth, label).to.equal(el.clientWidth);
          for (const row of rows(el)) expect(row.scrollWidth, label).to.be.at.most(row.clientWidth);
          el.parentElement!.remove();
        }
      }
    });

    it("stacks rows as labelled cards in a narrow container, and goes back to a table when it widens", async () => {
      const { adapter } = fakeAdapter({ payments: { cus_a: payments(2) } });
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 360px"></div>`);
      const el = document.createElement("payrex-payment-history");
      Object.assign(el, { adapter, customerId: "cus_a", locale: "fil" });
      wrap.append(el);
      await loaded(el, 2);
      const row = rows(el)[0]!;
      expect(getComputedStyle(row).gridTemplateColumns.split(" ")).to.have.length(1);
      const amount = row.querySelectorAll('[role="cell"]')[3]!;
      expect(getComputedStyle(amount, "::before").content).to.equal('"Halaga" / ""');
      expect(getComputedStyle($(el, ".head")!).position).to.equal("absolute");
      wrap.style.width = "900px";
      await waitUntil(() => getComputedStyle(row).gridTemplateColumns.split(" ").length === 5);
      expect(getComputedStyle(amount, "::before").content).to.equal("none");
    });
  });
});

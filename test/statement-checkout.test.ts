import { expect, fixture, html, oneEvent, waitUntil } from "@open-wc/testing";
import { emulateMedia, setViewport } from "@web/test-runner-commands";
import { PayrexStatementCheckout } from "../src/statement-checkout.js";
import { safePaymentUrl } from "../src/components/statement-checkout/payment-url.js";
import {
  loadPayrexJs,
  PAYREX_JS_URL,
  type PayrexJs,
  type PayrexJsLoader,
} from "../src/components/statement-checkout/statement-checkout.js";
import { statementStatusLabel } from "../src/core/billing-labels.js";
import { PayrexError } from "../src/api/errors.js";
import type { PayrexAdapter } from "../src/api/adapter.js";
import type { BillingStatement } from "../src/api/schemas.js";

const DAY = 864e5;
const NOW = Date.UTC(2026, 5, 15, 12);
const sec = (ms: number) => Math.floor(ms / 1000);
const clock = () => NOW;
const HOSTILE = "<img src=x onerror=alert(1)>";
const SECRET_KEY = "sk_" + "test_" + "abc123def456";

function statement(over: Partial<BillingStatement> = {}): BillingStatement {
  return {
    id: "bstm_1",
    resource: "billing_statement",
    amount: 150000,
    currency: "PHP",
    customer_id: "cus_1",
    customer: { id: "cus_1", name: "Maria Santos", email: "maria@example.com" },
    description: "Website redesign, phase 1",
    status: "open",
    due_at: sec(NOW + 5 * DAY),
    finalized_at: sec(NOW - 2 * DAY),
    billing_statement_number: "ACME-0001",
    billing_statement_url: "https://bill.payrexhq.com/b/test_abc",
    billing_statement_merchant_name: "Acme Studio",
    statement_descriptor: "ACME STUDIO",
    line_items: [
      { id: "li_1", description: "Design", unit_price: 100000, quantity: 1 },
      { id: "li_2", description: "Hosting", unit_price: 25000, quantity: 2 },
    ],
    payment_intent: { id: "pi_1", client_secret: "pi_1_secret_abc", status: "awaiting_payment_method" },
    payment_settings: { payment_methods: ["card", "gcash"] },
    metadata: null,
    livemode: false,
    created_at: sec(NOW - 3 * DAY),
    updated_at: sec(NOW - 3 * DAY),
    ...over,
  };
}

type Fake = PayrexAdapter & { calls: Array<{ id: string; signal?: AbortSignal }> };
/** Serves `getBillingStatement` from a function (called per request), the rest is not needed here. */
function fakeAdapter(get: (id: string, n: number) => BillingStatement | Promise<BillingStatement>): Fake {
  const unused = () => Promise.reject(new PayrexError("network", "not used"));
  const calls: Fake["calls"] = [];
  return {
    calls,
    getCustomer: unused,
    createCustomer: unused,
    updateCustomer: unused,
    listPayments: unused,
    listBillingStatements: unused,
    getBillingStatement: async (id, o) => {
      calls.push({ id, signal: o?.signal });
      return get(id, calls.length);
    },
  };
}
const serving = (s: BillingStatement | ((n: number) => BillingStatement)) =>
  fakeAdapter((_id, n) => (typeof s === "function" ? s(n) : s));
const failing = (error: PayrexError) => fakeAdapter(() => Promise.reject(error));
const notFound = () => failing(new PayrexError("http", "No such billing_statement", { status: 404 }));

/** A stand-in for PayRex.js that keeps its rules: the payment iframe only works in the page's light DOM. */
function fakePayrex(opts: { attach?: () => Promise<unknown>; intentStatus?: string; fail?: boolean } = {}) {
  const log = {
    loads: [] as Array<{ key: string; nonce?: string }>,
    elements: [] as unknown[],
    created: [] as unknown[][],
    mounted: [] as HTMLElement[],
    destroyed: 0,
    attached: [] as Array<Parameters<PayrexJs["attachPaymentMethod"]>[0]>,
  };
  const payrex: PayrexJs = {
    elements(options) {
      log.elements.push(options);
      return {
        create(type, options) {
          log.created.push([type, options]);
          return {
            mount(target) {
              const el = typeof target === "string" ? document.querySelector<HTMLElement>(target) : target;
              if (!el || el.getRootNode() !== document) throw new Error("The payment element must be mounted in the page's DOM.");
              const frame = document.createElement("iframe");
              frame.title = "Secure payment input frame";
              el.append(frame);
              log.mounted.push(el);
            },
            destroy() {
              log.destroyed++;
            },
          };
        },
      };
    },
    attachPaymentMethod: async (o) => {
      log.attached.push(o);
      return opts.attach ? opts.attach() : {};
    },
    getPaymentIntent: async () => ({ status: opts.intentStatus }),
  };
  const loader: PayrexJsLoader = async (key, o) => {
    log.loads.push({ key, nonce: o?.nonce });
    if (opts.fail) throw new Error("PayRex.js could not be loaded.");
    return payrex;
  };
  return { loader, log };
}

const $ = <T extends Element = HTMLElement>(el: PayrexStatementCheckout, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
/** The text a reader gets (rendered text, so a `<dt>` and its `<dd>` do not run together). */
const text = (el: PayrexStatementCheckout, selector?: string) =>
  (selector ? $(el, selector)?.innerText ?? "" : el.shadowRoot!.textContent!).replace(/\s+/g, " ").trim();
const payButton = (el: PayrexStatementCheckout) => $<HTMLButtonElement>(el, '[part="pay-button"]');

/** Waits until the element shows a statement or an error (not the loading state). */
async function shown(el: PayrexStatementCheckout) {
  await waitUntil(() => $(el, '[part="base"], [role="alert"]') && !$(el, '[part="loading"]'), "statement not shown");
  await el.updateComplete;
  return el;
}

async function checkout(s: BillingStatement, extra: Partial<PayrexStatementCheckout> = {}) {
  const el = await fixture<PayrexStatementCheckout>(
    html`<payrex-statement-checkout locale="en" .now=${clock} .billingStatement=${s}></payrex-statement-checkout>`,
  );
  Object.assign(el, extra);
  await el.updateComplete;
  return shown(el);
}

async function embedded(s: BillingStatement, fake = fakePayrex(), extra: Record<string, unknown> = {}) {
  const el = await fixture<PayrexStatementCheckout>(html`<payrex-statement-checkout
    locale="en"
    pay-mode="embedded"
    public-key="pk_test_abc123"
    return-url="https://shop.example/paid"
    .now=${clock}
    .loader=${fake.loader}
    .returnSearch=${""}
    .adapter=${serving(s)}
    billing-statement-id=${s.id}
  ></payrex-statement-checkout>`);
  Object.assign(el, extra);
  await shown(el);
  return el;
}
const mountedReady = (el: PayrexStatementCheckout) =>
  waitUntil(() => payButton(el)?.getAttribute("aria-disabled") === "false", "payment element not ready");

describe("<payrex-statement-checkout>", () => {
  // Runs first in this file: until a checkout has been made, its behaviour module has not loaded.
  describe("calls made before the behaviour has loaded", () => {
    it("reload() waits for it and runs once, also through a subclass's super.reload(); statement is the given one", async () => {
      let overrides = 0;
      class MerchantCheckout extends PayrexStatementCheckout {
        override reload(): Promise<void> {
          overrides++;
          return super.reload();
        }
      }
      customElements.define("test-merchant-statement-checkout", MerchantCheckout);
      const adapter = serving(statement({ status: "paid" }));
      const given = statement();
      const el = document.createElement("test-merchant-statement-checkout") as MerchantCheckout;
      Object.assign(el, { locale: "en", now: clock, adapter, billingStatement: given });
      expect(el.statement).to.equal(given);
      const done = el.reload();
      document.body.append(el);
      try {
        await done;
        expect(overrides).to.equal(1);
        expect(adapter.calls.map((c) => c.id)).to.deep.equal(["bstm_1"]);
        expect(el.statement?.status).to.equal("paid");
        expect(text(el, '[part="badge"]')).to.equal("Paid");
        await el.reload();
        expect(overrides).to.equal(2);
        expect(adapter.calls).to.have.length(2);
        // Paying by redirect, the page never downloads the embedded form's code.
        const fetched = performance.getEntriesByType("resource").map((e) => e.name);
        expect(fetched.some((name) => name.includes("statement-checkout.controller"))).to.equal(true);
        expect(fetched.some((name) => name.includes("payment-form.controller"))).to.equal(false);
      } finally {
        el.remove();
      }
    });
  });

  describe("accessibility", () => {
    const never = fakeAdapter(() => new Promise<BillingStatement>(() => {}));
    const states: Array<[string, () => Promise<PayrexStatementCheckout>]> = [
      [
        "loading",
        async () => {
          const el = await fixture<PayrexStatementCheckout>(
            html`<payrex-statement-checkout billing-statement-id="bstm_1" .adapter=${never}></payrex-statement-checkout>`,
          );
          await waitUntil(() => $(el, '[part="loading"]'));
          return el;
        },
      ],
      [
        "not found",
        async () =>
          shown(
            await fixture(
              html`<payrex-statement-checkout billing-statement-id="bstm_x" .adapter=${notFound()}></payrex-statement-checkout>`,
            ),
          ),
      ],
      [
        "error",
        async () =>
          shown(
            await fixture(
              html`<payrex-statement-checkout
                billing-statement-id="bstm_1"
                .adapter=${failing(new PayrexError("network", "offline"))}
              ></payrex-statement-checkout>`,
            ),
          ),
      ],
      ["draft", () => checkout(statement({ status: "draft", billing_statement_number: null }))],
      ["open", () => checkout(statement())],
      ["overdue", () => checkout(statement({ due_at: sec(NOW - 3 * DAY) }))],
      ["paid", () => checkout(statement({ status: "paid" }))],
      ["void", () => checkout(statement({ status: "void" }))],
      ["uncollectible", () => checkout(statement({ status: "uncollectible" }))],
      ["unknown status", () => checkout(statement({ status: "disputed" }))],
      ["pay link error", async () => {
        const el = await checkout(statement({ billing_statement_url: "http://insecure.example" }));
        payButton(el)!.click();
        await el.updateComplete;
        return el;
      }],
      ["secret key refused", () => checkout(statement(), { publicKey: SECRET_KEY, payMode: "embedded" })],
      ["embedded, mounted", async () => {
        const el = await embedded(statement());
        await mountedReady(el);
        return el;
      }],
      ["embedded, form failed to load", async () => {
        const el = await embedded(statement(), fakePayrex({ fail: true }));
        await waitUntil(() => $(el, '[part="retry"]'));
        return el;
      }],
      ["payment result", async () => {
        const el = await fixture<PayrexStatementCheckout>(html`<payrex-statement-checkout
          .returnSearch=${"?payment_intent_client_secret=pi_1_secret_abc"}
          .billingStatement=${statement({ payment_intent: { id: "pi_1", status: "processing" } })}
        ></payrex-statement-checkout>`);
        await waitUntil(() => text(el, '[part="notice"]').includes("processed"));
        return el;
      }],
    ];
    for (const locale of ["en", "fil"]) {
      for (const [name, make] of states) {
        it(`passes axe: ${name} (${locale})`, async () => {
          const el = await make();
          el.locale = locale;
          await el.updateComplete;
          await expect(el).to.be.accessible();
        });
      }
    }
  });

  describe("defaults", () => {
    it("pays by redirect, uses the real clock and the default PayRex.js loader", () => {
      const el = document.createElement("payrex-statement-checkout");
      expect(el.payMode).to.equal("redirect");
      expect(el.now).to.equal(Date.now);
      expect(el.loader).to.equal(loadPayrexJs);
      expect(el.target).to.equal(undefined);
      expect(el.statement).to.equal(undefined);
    });

    it("explains a missing backend", async () => {
      const el = await fixture<PayrexStatementCheckout>(
        html`<payrex-statement-checkout billing-statement-id="bstm_1"></payrex-statement-checkout>`,
      );
      expect($(el, '[part="alert"]')!.textContent).to.contain("payrex-provider");
    });

    it("renders nothing without a statement id", async () => {
      const el = await fixture<PayrexStatementCheckout>(
        html`<payrex-statement-checkout .adapter=${serving(statement())}></payrex-statement-checkout>`,
      );
      await el.updateComplete;
      expect(text(el)).to.equal("");
    });
  });

  describe("content", () => {
    it("loads the statement through the adapter, with an abort signal", async () => {
      const adapter = serving(statement());
      const el = await fixture<PayrexStatementCheckout>(
        html`<payrex-statement-checkout billing-statement-id="bstm_1" .adapter=${adapter} .now=${clock}></payrex-statement-checkout>`,
      );
      await shown(el);
      expect(adapter.calls.map((c) => c.id)).to.deep.equal(["bstm_1"]);
      expect(adapter.calls[0]!.signal).to.be.instanceOf(AbortSignal);
      expect(el.statement?.id).to.equal("bstm_1");
    });

    it("shows merchant, number, description, customer, dates, descriptor, line items and total", async () => {
      const el = await checkout(statement());
      expect(text(el, "header")).to.contain("Acme Studio").and.contain("Billing statement ACME-0001").and.contain("Unpaid");
      expect($(el, "h2")!.textContent!.trim()).to.equal("Billing statement ACME-0001");
      expect(text(el, '[part="amount"]')).to.equal("₱1,500.00");
      expect(text(el)).to.contain("Website redesign, phase 1");
      const details = text(el, '[part="details"]');
      expect(details).to.contain("Billed to Maria Santos maria@example.com");
      expect(details).to.contain("Appears on your statement as ACME STUDIO");
      const times = [...el.shadowRoot!.querySelectorAll("time")];
      expect(times.map((t) => t.dateTime)).to.deep.equal([
        new Date(sec(NOW - 2 * DAY) * 1000).toISOString(),
        new Date(sec(NOW + 5 * DAY) * 1000).toISOString(),
      ]);
      expect(details).to.contain("Issued Jun 13, 2026").and.contain("Due Jun 20, 2026");
      const rows = [...el.shadowRoot!.querySelectorAll("tbody tr")].map((r) =>
        [...r.children].map((c) => (c as HTMLElement).innerText.trim()),
      );
      expect(rows).to.deep.equal([
        ["Design", "1", "₱1,000.00", "₱1,000.00"],
        ["Hosting", "2", "₱250.00", "₱500.00"],
      ]);
      expect([...el.shadowRoot!.querySelectorAll("thead th")].map((th) => th.getAttribute("scope"))).to.deep.equal([
        "col",
        "col",
        "col",
        "col",
      ]);
      expect(text(el, "tfoot")).to.equal("Subtotal ₱1,500.00 Total ₱1,500.00");
      expect($(el, "caption")!.textContent).to.equal("Line items");
    });

    it("formats large quantities and the PayRex maximum total", async () => {
      const el = await checkout(
        statement({
          amount: 5999999999,
          line_items: [
            { id: "li_1", description: "Bulk units", unit_price: 5999, quantity: 1000000 },
            { id: "li_2", description: "Remainder", unit_price: 999999, quantity: 1 },
          ],
        }),
      );
      const rows = [...el.shadowRoot!.querySelectorAll("tbody tr")].map((r) =>
        [...r.children].map((c) => (c as HTMLElement).innerText.trim()),
      );
      expect(rows[0]).to.deep.equal(["Bulk units", "1,000,000", "₱59.99", "₱59,990,000.00"]);
      expect(rows[1]).to.deep.equal(["Remainder", "1", "₱9,999.99", "₱9,999.99"]);
      expect(text(el, "tfoot .total td:last-child")).to.equal("₱59,999,999.99");
      expect(text(el, '[part="amount"]')).to.equal("₱59,999,999.99");
      expect(text(el, '[part="pay-button"]')).to.equal("Pay ₱59,999,999.99");
      el.locale = "fil";
      await el.updateComplete;
      expect(text(el, "tfoot .total td:last-child")).to.equal("₱59,999,999.99");
      expect(text(el, "tbody tr td.num")).to.equal("1,000,000");
    });

    it("moves quantity and unit price under the description when narrow", async () => {
      const el = await checkout(statement());
      const cells = () => [...el.shadowRoot!.querySelectorAll("tbody tr:first-child td")].map((c) => (c as HTMLElement).innerText.trim());
      expect(cells()).to.deep.equal(["Design", "1", "₱1,000.00", "₱1,000.00"]);
      el.style.width = "320px";
      await waitUntil(() => cells().length && cells()[0]!.includes("×"));
      const shown = [...el.shadowRoot!.querySelectorAll("tbody tr:first-child td")].filter((c) => getComputedStyle(c).display !== "none");
      expect(shown.map((c) => (c as HTMLElement).innerText.trim())).to.deep.equal(["Design\n1 × ₱1,000.00", "₱1,000.00"]);
      expect(text(el, "thead")).to.equal("Description Amount");
      expect(text(el, "tfoot")).to.equal("Subtotal ₱1,500.00 Total ₱1,500.00");
      await expect(el).to.be.accessible();
    });

    it("names the accepted payment methods, readably when unknown", async () => {
      const methods = ["card", "gcash", "maya", "qrph", "billease", "bdo_installment", "crypto_beans"];
      const el = await checkout(statement({ payment_settings: { payment_methods: methods } }));
      const labels = [...el.shadowRoot!.querySelectorAll('[part="payment-methods"] li')].map((li) => li.textContent);
      expect(labels).to.deep.equal(["Card", "GCash", "Maya", "QR Ph", "BillEase", "BDO Installment", "Crypto beans"]);
      expect(text(el, '[part="payment-methods"]')).to.contain("Accepted payment methods");
    });

    it("leaves out what the statement does not have", async () => {
      const el = await checkout(
        statement({
          billing_statement_merchant_name: null,
          billing_statement_number: null,
          description: null,
          customer: null,
          finalized_at: null,
          statement_descriptor: null,
          payment_settings: null,
          line_items: null,
        }),
      );
      expect($(el, "h2")!.textContent!.trim()).to.equal("Billing statement");
      expect(text(el, '[part="details"]')).to.equal("Due Jun 20, 2026");
      expect($(el, '[part="payment-methods"]')).to.equal(null);
      expect(el.shadowRoot!.querySelectorAll("tbody tr")).to.have.length(0);
    });

    it("renders hostile strings in every text field as text", async () => {
      const el = await checkout(
        statement({
          billing_statement_merchant_name: HOSTILE,
          billing_statement_number: HOSTILE,
          description: HOSTILE,
          customer: { id: "cus_1", name: HOSTILE, email: HOSTILE },
          statement_descriptor: HOSTILE,
          line_items: [{ id: "li_1", description: HOSTILE, unit_price: 100, quantity: 1 }],
          payment_settings: { payment_methods: [HOSTILE] },
        }),
      );
      const raw = await checkout(statement({ status: HOSTILE }));
      for (const e of [el, raw]) {
        expect(e.shadowRoot!.querySelector("img")).to.equal(null);
        expect(e.querySelector("img")).to.equal(null);
      }
      expect(text(el).split(HOSTILE).length - 1).to.equal(8);
      expect(text(raw, '[part="badge"]')).to.equal(HOSTILE);
    });

    it("speaks Filipino, in the glossary's words", async () => {
      const el = await checkout(statement({ due_at: sec(NOW - 2 * DAY) }));
      el.locale = "fil";
      await el.updateComplete;
      expect($(el, "h2")!.textContent!.trim()).to.equal("Billing statement ACME-0001");
      expect(text(el, '[part="badge"]')).to.equal("Overdue");
      expect(text(el, '[part="due"]')).to.equal("2 araw nang overdue");
      expect(text(el, "thead")).to.equal("Description Dami Presyo bawat isa Halaga");
      expect(text(el, "tfoot .total th")).to.equal("Kabuuan");
      expect(text(el, '[part="pay-button"]')).to.equal("Magbayad ng ₱1,500.00");
      // GCash, Maya and QR Ph payers have no bank statement; the glossary's words, not "takdang petsa".
      expect(text(el, '[part="details"]')).to.contain("Lalabas sa statement mo bilang ACME STUDIO").and.contain("Due date Hun");
      expect(text(el, '[part="details"]')).not.to.match(/bank|takdang petsa/i);
    });
  });

  describe("layout", () => {
    const rect = (el: PayrexStatementCheckout, selector: string) => $(el, selector)!.getBoundingClientRect();
    async function inBox(width: number, s = statement(), attrs = "") {
      const box = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
      box.innerHTML = `<payrex-statement-checkout locale="en" ${attrs}></payrex-statement-checkout>`;
      const el = box.firstElementChild as PayrexStatementCheckout;
      Object.assign(el, { now: clock, billingStatement: s });
      return shown(el);
    }

    it("puts the amount due up front, with the due date and the pay button beside it", async () => {
      const el = await inBox(375);
      expect(text(el, '[part="summary"] .figure')).to.equal("Amount due ₱1,500.00");
      expect(text(el, '[part="summary"] [part="due"]')).to.equal("Due in 5 days");
      expect($(el, '[part="summary"]')!.contains(payButton(el))).to.equal(true);
      // At 375 px everything stacks, the amount and the pay button before the details and line items.
      expect(rect(el, '[part="summary"]').bottom).to.be.at.most(rect(el, '[part="details"]').top);
      expect(rect(el, '[part="pay-button"]').bottom).to.be.at.most(rect(el, "table").top);
      expect(rect(el, '[part="summary"]').width).to.equal(rect(el, ".main").width);
      await expect(el).to.be.accessible();
    });

    it("uses its width when wide: the summary beside the details", async () => {
      const el = await inBox(1100);
      const summary = rect(el, '[part="summary"]');
      const main = rect(el, ".main");
      expect(summary.left).to.be.greaterThan(main.right);
      expect(summary.top).to.equal(main.top);
      expect(main.width).to.be.greaterThan(summary.width);
      expect(rect(el, '[part="base"]').width).to.equal(1024); // --payrex-checkout-max-width
      // At 200% zoom a 1280 px window is 640 CSS px wide: one column again.
      (el.parentElement as HTMLElement).style.width = "640px";
      await waitUntil(() => rect(el, '[part="summary"]').bottom <= rect(el, ".main").top, "still two columns at 640px");
    });

    it("breaks the total down into the line items' subtotal, any adjustment and the total", async () => {
      const rows = (el: PayrexStatementCheckout) =>
        [...el.shadowRoot!.querySelectorAll("tfoot tr")].map((r) => (r as HTMLElement).innerText.replace(/\s+/g, " ").trim());
      const el = await checkout(statement({ amount: 140000 }));
      expect(rows(el)).to.deep.equal(["Subtotal ₱1,500.00", "Adjustments -₱100.00", "Total ₱1,400.00"]);
      expect(text(el, '[part="amount"]')).to.equal("₱1,400.00");
      el.billingStatement = statement();
      await el.updateComplete;
      expect(rows(el)).to.deep.equal(["Subtotal ₱1,500.00", "Total ₱1,500.00"]);
      el.billingStatement = statement({ line_items: [] });
      await el.updateComplete;
      expect(rows(el)).to.deep.equal(["Total ₱1,500.00"]);
    });

    it("labels the amount up front by status", async () => {
      const label = async (status: string) => text(await checkout(statement({ status })), '[part="summary"] .figure');
      expect(await label("paid")).to.equal("Amount paid ₱1,500.00");
      expect(await label("void")).to.equal("Total ₱1,500.00");
    });

    for (const width of [375, 1000]) {
      it(`keeps its container's width (${width} px) with 10,000-character words in every text field`, async () => {
        const viewport = { width: innerWidth, height: innerHeight };
        await setViewport({ width: Math.max(viewport.width, width + 40), height: viewport.height });
        try {
          await keepsWidth(width);
        } finally {
          await setViewport(viewport);
        }
      });
    }

    /** Renders 10,000-character words in every text field of a statement in a box `width` px wide. */
    async function keepsWidth(width: number) {
      const long = (c: string) => c.repeat(10000);
      const el = await inBox(
        width,
        statement({
          billing_statement_merchant_name: long("M"),
          billing_statement_number: long("N"),
          description: long("D"),
          customer: { id: "cus_1", name: long("C"), email: long("e") },
          statement_descriptor: long("S"),
          status: long("x"),
          line_items: [{ id: "li_1", description: long("L"), unit_price: 100000, quantity: 1 }],
          payment_settings: { payment_methods: ["card", long("p")] },
        }),
      );
      const box = el.parentElement!;
      expect(el.getBoundingClientRect().width).to.equal(box.getBoundingClientRect().width);
      // Nothing inside sticks out: no scrolling inside the card, the table or the page.
      for (const node of el.shadowRoot!.querySelectorAll("*")) {
        const where = `${node.localName}.${node.className}`;
        expect(node.getBoundingClientRect().right, where).to.be.at.most(box.getBoundingClientRect().right + 0.5);
      }
      const card = $(el, '[part="base"]')!;
      expect(card.scrollWidth, "card").to.equal(card.clientWidth);
      const scroll = $(el, ".scroll")!;
      expect(scroll.scrollWidth, "table").to.equal(scroll.clientWidth);
      expect(document.documentElement.scrollWidth).to.equal(document.documentElement.clientWidth);
      // The merchant name and the status are clamped; the rest breaks and stays readable in full.
      const merchant = $(el, ".merchant")!;
      expect(merchant.getBoundingClientRect().height).to.be.below(3 * parseFloat(getComputedStyle(merchant).lineHeight) + 1);
      expect(merchant.textContent).to.equal(long("M"));
      expect($(el, '[part="badge"]')!.getBoundingClientRect().height).to.be.below(40);
      expect(text(el, "tbody td")).to.contain(long("L"));
      await expect(el).to.be.accessible();
    }

    for (const width of [375, 1000]) {
      it(`holds the final layout while loading (${width} px): no jump when the statement arrives`, async () => {
        const viewport = { width: innerWidth, height: innerHeight };
        await setViewport({ width: Math.max(viewport.width, width + 40), height: viewport.height });
        try {
          let resolve!: (s: BillingStatement) => void;
          const adapter = fakeAdapter(() => new Promise<BillingStatement>((r) => (resolve = r)));
          const box = await fixture<HTMLDivElement>(html`<div style="width:${width}px">
            <payrex-statement-checkout locale="en" billing-statement-id="bstm_1" .now=${clock} .adapter=${adapter}></payrex-statement-checkout>
          </div>`);
          const el = box.firstElementChild as PayrexStatementCheckout;
          await waitUntil(() => $(el, '[part="loading"]'));
          const loading = el.getBoundingClientRect();
          const loadingSummary = rect(el, ".summary");
          await expect(el).to.be.accessible();
          resolve(statement());
          await shown(el);
          const loaded = el.getBoundingClientRect();
          expect(loading.width).to.equal(loaded.width);
          expect(Math.abs(loading.height - loaded.height) / loaded.height, `${loading.height} px loading, ${loaded.height} px loaded`).to.be.below(0.1);
          // The amount and pay area appear where its placeholder was.
          expect(Math.abs(loadingSummary.top - rect(el, ".summary").top)).to.be.below(24);
          expect(Math.abs(loadingSummary.left - rect(el, ".summary").left)).to.be.below(1);
        } finally {
          await setViewport(viewport);
        }
      });
    }

    it("keeps the summary panel and the loading placeholders visible in forced colors", async () => {
      try {
        await emulateMedia({ forcedColors: "active" });
        const el = await inBox(375);
        const summary = getComputedStyle($(el, '[part="summary"]')!);
        expect(summary.borderTopStyle).to.equal("solid");
        expect(parseFloat(summary.borderTopWidth)).to.be.greaterThan(0);
        const never = fakeAdapter(() => new Promise<BillingStatement>(() => {}));
        const loading = await fixture<PayrexStatementCheckout>(
          html`<payrex-statement-checkout billing-statement-id="bstm_1" .adapter=${never}></payrex-statement-checkout>`,
        );
        await waitUntil(() => $(loading, ".bone"));
        expect(getComputedStyle($(loading, ".bone")!).borderTopStyle).to.equal("solid");
      } finally {
        await emulateMedia({ forcedColors: "none" });
      }
    });

    it("takes its heading level from heading-level (default 2)", async () => {
      const heading = (el: PayrexStatementCheckout) => $(el, "#title")!;
      const el = await inBox(600, statement(), 'heading-level="3"');
      expect(heading(el).localName).to.equal("h3");
      expect(el.headingLevel).to.equal(3);
      expect($(el, '[part="base"]')!.getAttribute("aria-labelledby")).to.equal("title");
      for (const [level, tag] of [[1, "h1"], [6, "h6"], [2, "h2"], [9, "h2"], [0, "h2"], [Number.NaN, "h2"]] as const) {
        el.headingLevel = level;
        await el.updateComplete;
        expect(heading(el).localName).to.equal(tag);
      }
      expect(getComputedStyle(heading(el)).fontSize).to.equal("20px");
      expect(document.createElement("payrex-statement-checkout").headingLevel).to.equal(2);
    });

    it("does not present a draft as payable: no pay button, no due date countdown, no payment methods, a note", async () => {
      const el = await inBox(375, statement({ status: "draft" }));
      expect(payButton(el)).to.equal(null);
      expect($(el, '[part="actions"]')).to.equal(null);
      expect($(el, '[part="due"]')).to.equal(null);
      expect($(el, '[part="payment-methods"]')).to.equal(null);
      expect(text(el, '[part="summary"] .figure')).to.equal("Total ₱1,500.00");
      expect(text(el, '[part="summary"] [part="notice"]')).to.equal("This statement has not been issued yet, so it cannot be paid.");
    });
  });

  describe("status", () => {
    const cases: Array<[string, string, string | null, boolean]> = [
      ["draft", "Draft", "This statement has not been issued yet, so it cannot be paid.", false],
      ["open", "Unpaid", null, true],
      ["paid", "Paid", "This statement has been paid. Thank you!", false],
      ["void", "Void", "This statement was cancelled and no longer needs to be paid.", false],
      ["uncollectible", "Uncollectible", "The merchant has marked this statement as uncollectible", false],
      ["refund_pending", "Refund pending", null, false],
    ];
    for (const [status, badge, notice, payable] of cases) {
      it(`${status}: badge "${badge}", ${payable ? "a pay action" : "no pay action"}`, async () => {
        const el = await checkout(statement({ status }));
        expect(text(el, '[part="badge"]')).to.equal(badge);
        if (notice) expect(text(el, '[part="notice"]')).to.contain(notice);
        else expect($(el, '[part="notice"]')).to.equal(null);
        expect(!!payButton(el)).to.equal(payable);
        expect(!!$(el, '[part="due"]')).to.equal(payable);
      });
    }

    it("uses the status words of the payment history, in both languages", async () => {
      const words: Record<string, [string, string]> = {
        draft: ["Draft", "Draft"],
        open: ["Unpaid", "Hindi pa bayad"],
        paid: ["Paid", "Bayad na"],
        void: ["Void", "Kinansela"],
        uncollectible: ["Uncollectible", "Hindi na masisingil"],
        disputed_by_bank: ["Disputed by bank", "Disputed by bank"],
      };
      for (const [status, [en, fil]] of Object.entries(words)) {
        const el = await checkout(statement({ status }));
        expect(text(el, '[part="badge"]')).to.equal(en);
        expect(text(el, '[part="badge"]')).to.equal(statementStatusLabel("en", status));
        el.locale = "fil";
        await el.updateComplete;
        expect(text(el, '[part="badge"]')).to.equal(fil);
      }
      const overdue = await checkout(statement({ due_at: sec(NOW - DAY) }), { locale: "fil" });
      expect(text(overdue, '[part="badge"]')).to.equal("Overdue");
    });

    it("gives each status its own colour next to its text", async () => {
      const tones: Record<string, string> = {};
      for (const status of ["open", "paid", "void", "uncollectible"]) {
        const el = await checkout(statement({ status }));
        tones[status] = getComputedStyle($(el, '[part="badge"]')!).color;
      }
      const overdue = await checkout(statement({ due_at: sec(NOW - DAY) }));
      tones.overdue = getComputedStyle($(overdue, '[part="badge"]')!).color;
      expect(new Set(Object.values(tones)).size).to.equal(5);
    });

    it("counts the days to the due date with the injected clock", async () => {
      const el = await checkout(statement({ due_at: sec(NOW + 3 * DAY) }));
      expect(text(el, '[part="due"]')).to.equal("Due in 3 days");
      expect(text(el, '[part="badge"]')).to.equal("Unpaid");
      el.now = () => NOW + 2 * DAY;
      await el.updateComplete;
      expect(text(el, '[part="due"]')).to.equal("Due in 1 day");
      el.now = () => NOW + 3 * DAY - 3600_000;
      await el.updateComplete;
      expect(text(el, '[part="due"]')).to.equal("Due today");
      el.locale = "fil";
      await el.updateComplete;
      expect(text(el, '[part="due"]')).to.equal("Due ngayong araw");
      el.now = () => NOW;
      await el.updateComplete;
      expect(text(el, '[part="due"]')).to.equal("Due sa loob ng 3 araw");
    });

    it("emphasises an overdue statement and counts the days late", async () => {
      const el = await checkout(statement({ due_at: sec(NOW - 4 * DAY) }));
      const due = $(el, '[part="due"]')!;
      expect(due.textContent!.trim()).to.equal("Overdue by 4 days");
      expect(due.classList.contains("danger")).to.equal(true);
      expect(getComputedStyle(due).fontWeight).to.equal("700");
      expect(text(el, '[part="badge"]')).to.equal("Overdue");
      expect(payButton(el)).to.exist;
      el.now = () => NOW - 3 * DAY;
      await el.updateComplete;
      expect(due.textContent!.trim()).to.equal("Overdue by 1 day");
      // Past the due time on the due date itself.
      el.now = () => NOW - 4 * DAY + 3600_000;
      await el.updateComplete;
      expect(due.textContent!.trim()).to.equal("Was due earlier today");
      expect(text(el, '[part="badge"]')).to.equal("Overdue");
      el.locale = "fil";
      await el.updateComplete;
      expect(due.textContent!.trim()).to.equal("Due kanina");
      el.locale = "en";
      // A paid statement past its due date is not overdue.
      el.billingStatement = statement({ status: "paid", due_at: sec(NOW - 4 * DAY) });
      await el.updateComplete;
      expect(text(el, '[part="badge"]')).to.equal("Paid");
      expect($(el, '[part="due"]')).to.equal(null);
    });
  });

  describe("time zone", () => {
    // 00:30 on 20 June in Manila is 16:30 on 19 June in UTC and 09:30 on 19 June in Los Angeles.
    const DUE = sec(Date.UTC(2026, 5, 19, 16, 30));
    // 01:00 on 13 June in Manila.
    const ISSUED = sec(Date.UTC(2026, 5, 12, 17));
    // 20:00 on 19 June in Manila.
    const AT = Date.UTC(2026, 5, 19, 12);
    const near = () => statement({ due_at: DUE, finalized_at: ISSUED });

    it("shows the due and issue dates, and counts days, in the merchant's time zone (Asia/Manila by default)", async () => {
      const el = await checkout(near(), { now: () => AT });
      expect(el.timeZone).to.equal("Asia/Manila");
      expect(text(el, '[part="details"]')).to.contain("Issued Jun 13, 2026").and.contain("Due Jun 20, 2026");
      expect(text(el, '[part="due"]')).to.equal("Due in 1 day");
      el.locale = "fil";
      await el.updateComplete;
      expect(text(el, '[part="details"]')).to.contain("Hun 20, 2026");
      el.locale = "en";
      el.setAttribute("time-zone", "America/Los_Angeles");
      await el.updateComplete;
      expect(text(el, '[part="details"]')).to.contain("Issued Jun 12, 2026").and.contain("Due Jun 19, 2026");
      expect(text(el, '[part="due"]')).to.equal("Due today");
      // The instant itself is unambiguous.
      expect([...el.shadowRoot!.querySelectorAll("time")].map((t) => t.dateTime)).to.deep.equal([
        "2026-06-12T17:00:00.000Z",
        "2026-06-19T16:30:00.000Z",
      ]);
    });

    it("counts an overdue statement's days in the merchant's time zone", async () => {
      // Seen at 00:45 on 20 June in Manila, 15 minutes after its due time: one day late there.
      const el = await checkout(statement({ due_at: sec(Date.UTC(2026, 5, 19, 15, 30)) }), { now: () => Date.UTC(2026, 5, 19, 16, 45) });
      expect(text(el, '[part="due"]')).to.equal("Overdue by 1 day");
      el.timeZone = "UTC";
      await el.updateComplete;
      expect(text(el, '[part="due"]')).to.equal("Was due earlier today");
    });

    it("reports an unknown time zone and falls back to Asia/Manila", async () => {
      const errors: PayrexError[] = [];
      const el = await fixture<PayrexStatementCheckout>(html`<payrex-statement-checkout
        locale="en"
        time-zone="Mars/Olympus_Mons"
        .now=${() => AT}
        .billingStatement=${near()}
        @payrex-error=${(e: CustomEvent) => errors.push(e.detail.error)}
      ></payrex-statement-checkout>`);
      await shown(el);
      expect(text(el, '[part="details"]')).to.contain("Due Jun 20, 2026");
      expect(errors.map((e) => [e.kind, e.message])).to.deep.equal([
        ["validation", 'time-zone "Mars/Olympus_Mons" is not a time zone this browser knows: dates are shown in Asia/Manila.'],
      ]);
      el.requestUpdate();
      await el.updateComplete;
      expect(errors).to.have.length(1);
    });
  });

  describe("states", () => {
    it("shows a loading state while the statement loads", async () => {
      let resolve!: (s: BillingStatement) => void;
      const adapter = fakeAdapter(() => new Promise<BillingStatement>((r) => (resolve = r)));
      const el = await fixture<PayrexStatementCheckout>(
        html`<payrex-statement-checkout locale="en" billing-statement-id="bstm_1" .adapter=${adapter}></payrex-statement-checkout>`,
      );
      await waitUntil(() => $(el, '[part="loading"]'));
      expect($(el, '[part="loading"]')!.getAttribute("role")).to.equal("status");
      expect(text(el, '[part="loading"]')).to.equal("Loading the billing statement…");
      resolve(statement());
      await shown(el);
      expect($(el, '[part="base"]')).to.exist;
    });

    it("says when the statement does not exist, without a retry", async () => {
      const errors: PayrexError[] = [];
      const el = await fixture<PayrexStatementCheckout>(
        html`<payrex-statement-checkout
          locale="en"
          billing-statement-id="bstm_x"
          .adapter=${notFound()}
          @payrex-error=${(e: CustomEvent) => errors.push(e.detail.error)}
        ></payrex-statement-checkout>`,
      );
      await shown(el);
      expect(errors.map((e) => e.status)).to.deep.equal([404]);
      expect(text(el, '[role="alert"]')).to.equal(
        "The billing statement could not be loaded. This could not be found. It may have been removed. Check the link you followed, or contact the merchant.",
      );
      expect($(el, '[part="retry"]')).to.equal(null);
    });

    it("tells 401, 403, 404 and 429 apart, in both languages, each with a next step", async () => {
      const alertOf = async (error: PayrexError, locale: string) => {
        const el = await fixture<PayrexStatementCheckout>(html`<payrex-statement-checkout
          locale=${locale}
          billing-statement-id="bstm_1"
          .adapter=${failing(error)}
        ></payrex-statement-checkout>`);
        await shown(el);
        return { text: text(el, '[role="alert"]'), retry: !!$(el, '[part="retry"]') };
      };
      const http = (status: number) => new PayrexError("http", `GET /billing_statements/bstm_1 answered HTTP ${status}.`, { status });
      const expected: Array<[PayrexError, string, string, boolean]> = [
        [http(401), "Your session has expired. Sign in again, then try again.", "Nag-expire na ang iyong session. Mag-sign in ulit, saka subukang muli.", true],
        [
          http(403),
          "You are not allowed to do this. If this statement is yours, contact the merchant.",
          "Wala kang pahintulot na gawin ito. Kung sa iyo ang billing statement na ito, makipag-ugnayan po sa merchant.",
          false,
        ],
        [
          http(404),
          "This could not be found. It may have been removed. Check the link you followed, or contact the merchant.",
          "Hindi ito mahanap. Baka natanggal na. Pakitingnan ang link na sinundan mo, o makipag-ugnayan po sa merchant.",
          false,
        ],
        [http(429), "Too many tries. Please wait a moment and try again.", "Masyadong maraming subok. Maghintay sandali at subukang muli.", true],
        [http(503), "Something went wrong. Please try again in a moment.", "Nagkaproblema. Pakisubukang muli maya-maya.", true],
        [new PayrexError("timeout", "timed out"), "This is taking too long. Please try again.", "Masyadong natatagalan. Pakisubukang muli.", true],
      ];
      const seen = new Set<string>();
      for (const [error, en, fil, retry] of expected) {
        const english = await alertOf(error, "en");
        expect(english.text).to.equal(`The billing statement could not be loaded. ${en}${retry ? " Try again" : ""}`);
        expect(english.retry, `retry after ${error.status ?? error.kind}`).to.equal(retry);
        const filipino = await alertOf(error, "fil");
        expect(filipino.text).to.equal(`Hindi ma-load ang billing statement. ${fil}${retry ? " Subukang muli" : ""}`);
        seen.add(english.text);
      }
      expect(seen.size).to.equal(expected.length);
    });

    it("offers a retry after an error, which loads again", async () => {
      let fail = true;
      const adapter = fakeAdapter(() => (fail ? Promise.reject(new PayrexError("network", "offline")) : statement()));
      const errors: PayrexError[] = [];
      const el = await fixture<PayrexStatementCheckout>(
        html`<payrex-statement-checkout
          locale="fil"
          billing-statement-id="bstm_1"
          .adapter=${adapter}
          @payrex-error=${(e: CustomEvent) => errors.push(e.detail.error)}
        ></payrex-statement-checkout>`,
      );
      await shown(el);
      expect(errors.map((e) => e.kind)).to.deep.equal(["network"]);
      expect(text(el, '[role="alert"]')).to.contain("Hindi ma-load ang billing statement.");
      fail = false;
      $<HTMLButtonElement>(el, '[part="retry"]')!.click();
      await waitUntil(() => $(el, '[part="base"]'));
      expect(adapter.calls).to.have.length(2);
    });

    it("reload() fetches the statement again and shows the new state", async () => {
      const adapter = serving((n) => statement({ status: n > 1 ? "paid" : "open" }));
      const el = await fixture<PayrexStatementCheckout>(
        html`<payrex-statement-checkout locale="en" billing-statement-id="bstm_1" .now=${clock} .adapter=${adapter}></payrex-statement-checkout>`,
      );
      await shown(el);
      expect(text(el, '[part="badge"]')).to.equal("Unpaid");
      await el.reload();
      expect(text(el, '[part="badge"]')).to.equal("Paid");
      expect(adapter.calls).to.have.length(2);
    });

    it("keeps the statement on screen, marked busy, while it reloads", async () => {
      let resolve: ((s: BillingStatement) => void) | undefined;
      const adapter = fakeAdapter((_, n) => (n === 1 ? statement() : new Promise((r) => (resolve = r))));
      const el = await fixture<PayrexStatementCheckout>(
        html`<payrex-statement-checkout locale="en" billing-statement-id="bstm_1" .adapter=${adapter}></payrex-statement-checkout>`,
      );
      await shown(el);
      const done = el.reload();
      await waitUntil(() => resolve);
      await el.updateComplete;
      expect($(el, '[part="base"]')!.getAttribute("aria-busy")).to.equal("true");
      resolve!(statement({ status: "paid" }));
      await done;
      expect($(el, '[part="base"]')!.getAttribute("aria-busy")).to.equal("false");
    });

    it("aborts the previous request when the statement id changes", async () => {
      const adapter = fakeAdapter((id) => (id === "bstm_1" ? new Promise<BillingStatement>(() => {}) : statement({ id })));
      const el = await fixture<PayrexStatementCheckout>(
        html`<payrex-statement-checkout billing-statement-id="bstm_1" .adapter=${adapter}></payrex-statement-checkout>`,
      );
      await waitUntil(() => adapter.calls.length === 1);
      el.billingStatementId = "bstm_2";
      await shown(el);
      expect(adapter.calls[0]!.signal!.aborted).to.equal(true);
      expect(el.statement!.id).to.equal("bstm_2");
    });

    it("shows a statement given as a property without a backend, and reports no missing backend", async () => {
      let errors = 0;
      const s = statement();
      const el = await fixture<PayrexStatementCheckout>(
        html`<payrex-statement-checkout
          @payrex-error=${() => errors++}
          .billingStatement=${s}
        ></payrex-statement-checkout>`,
      );
      await shown(el);
      expect(el.statement).to.equal(s);
      await el.reload();
      expect(el.statement).to.equal(s);
      expect(errors).to.equal(0);
    });

    it("reload() refreshes a given statement from the backend when there is one", async () => {
      const adapter = serving(statement({ status: "paid" }));
      const el = await checkout(statement(), { adapter });
      expect(adapter.calls).to.have.length(0);
      await el.reload();
      expect(adapter.calls.map((c) => c.id)).to.deep.equal(["bstm_1"]);
      expect(text(el, '[part="badge"]')).to.equal("Paid");
    });
  });

  describe("redirect payment", () => {
    const navigations = () => {
      const log: Array<[string, string | undefined]> = [];
      return { log, navigate: (url: string, target?: string) => void log.push([url, target]) };
    };

    it("fires payrex-checkout-start and goes to the statement's https page in the same tab", async () => {
      const nav = navigations();
      const s = statement();
      const el = await checkout(s, { navigate: nav.navigate });
      const button = payButton(el)!;
      expect(button.textContent!.trim()).to.equal("Pay ₱1,500.00");
      setTimeout(() => button.click());
      const event = await oneEvent(el, "payrex-checkout-start");
      expect(event.detail.billingStatement).to.equal(s);
      expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
      expect(nav.log).to.deep.equal([["https://bill.payrexhq.com/b/test_abc", undefined]]);
    });

    it("does not navigate when payrex-checkout-start is cancelled", async () => {
      const nav = navigations();
      const el = await checkout(statement(), { navigate: nav.navigate });
      el.addEventListener("payrex-checkout-start", (e) => e.preventDefault());
      payButton(el)!.click();
      await el.updateComplete;
      expect(nav.log).to.deep.equal([]);
      expect($(el, '[role="alert"]')).to.equal(null);
    });

    it('opens a new tab with target="_blank" and says so to screen readers', async () => {
      const nav = navigations();
      const el = await checkout(statement(), { navigate: nav.navigate, target: "_blank" });
      expect(text(el, '[part="pay-button"] .visually-hidden')).to.equal("(opens in a new tab)");
      payButton(el)!.click();
      expect(nav.log).to.deep.equal([["https://bill.payrexhq.com/b/test_abc", "_blank"]]);
    });

    it("by default opens the new tab with noopener", async () => {
      const calls: unknown[][] = [];
      const open = window.open;
      window.open = (...args: unknown[]) => (calls.push(args), null);
      try {
        const el = await checkout(statement());
        el.target = "_blank";
        await el.updateComplete;
        payButton(el)!.click();
      } finally {
        window.open = open;
      }
      expect(calls).to.deep.equal([["https://bill.payrexhq.com/b/test_abc", "_blank", "noopener"]]);
    });

    it("falls back to url when billing_statement_url is missing", async () => {
      const nav = navigations();
      const el = await checkout(statement({ billing_statement_url: null, url: "https://bill.payrexhq.com/b/other" }), {
        navigate: nav.navigate,
      });
      payButton(el)!.click();
      expect(nav.log[0]![0]).to.equal("https://bill.payrexhq.com/b/other");
    });

    for (const bad of [
      "javascript:alert(1)",
      "http://bill.payrexhq.com/b/x",
      "http://127.0.0.2/api/payrex/sandbox/pay/bstm_x",
      "http://localhost.evil.example/b/x",
      "/b/test_abc",
      "//evil.example/b/x",
      "data:text/html,<b>x</b>",
      "https://bill.payrexhq.com@evil.example/b/x",
      "",
      null,
    ]) {
      it(`refuses to follow ${JSON.stringify(bad)}`, async () => {
        const nav = navigations();
        let started = false;
        const el = await checkout(statement({ billing_statement_url: bad, url: null }), { navigate: nav.navigate });
        el.addEventListener("payrex-checkout-start", () => (started = true));
        setTimeout(() => payButton(el)!.click());
        const { detail } = await oneEvent(el, "payrex-error");
        expect(detail.error).to.be.instanceOf(PayrexError);
        await el.updateComplete;
        expect(nav.log).to.deep.equal([]);
        expect(started).to.equal(false);
        expect(text(el, '[role="alert"]')).to.equal("This statement has no valid payment link. Please contact the merchant.");
      });
    }

    it("safePaymentUrl accepts only absolute https URLs, and http on a loopback host", () => {
      expect(safePaymentUrl("https://bill.payrexhq.com/b/1")).to.equal("https://bill.payrexhq.com/b/1");
      expect(safePaymentUrl(" JAVASCRIPT:alert(1)")).to.equal(null);
      expect(safePaymentUrl("//evil.example/x")).to.equal(null);
      expect(safePaymentUrl("https:/relative")).to.equal("https://relative/");
      expect(safePaymentUrl(undefined)).to.equal(null);
      expect(safePaymentUrl("HTTPS://bill.payrexhq.com/b/1")).to.equal("https://bill.payrexhq.com/b/1");
      expect(safePaymentUrl(" https://bill.payrexhq.com/b/1\n")).to.equal("https://bill.payrexhq.com/b/1");
      expect(safePaymentUrl("java\tscript:alert(1)")).to.equal(null);
      // Credentials make a link read as one host while it goes to another.
      expect(safePaymentUrl("https://user:pass@bill.payrexhq.com/b/1")).to.equal(null);
      expect(safePaymentUrl("https://bill.payrexhq.com@evil.example/b/1")).to.equal(null);
      // A local sandbox pay page: loopback hosts only.
      expect(safePaymentUrl("http://127.0.0.1:5173/api/payrex/sandbox/pay/bstm_1")).to.equal("http://127.0.0.1:5173/api/payrex/sandbox/pay/bstm_1");
      expect(safePaymentUrl("http://localhost:5173/p")).to.equal("http://localhost:5173/p");
      expect(safePaymentUrl("http://[::1]:5173/p")).to.equal("http://[::1]:5173/p");
      expect(safePaymentUrl("http://bill.payrexhq.com/b/1")).to.equal(null);
      expect(safePaymentUrl("http://user@127.0.0.1/p")).to.equal(null);
      expect(safePaymentUrl("http://127.0.0.1.evil.example/p")).to.equal(null);
    });
  });

  describe("embedded payment", () => {
    it("mounts PayRex's payment element into a light-DOM child shown through the slot", async () => {
      const fake = fakePayrex();
      const el = await embedded(statement(), fake);
      await mountedReady(el);
      expect(fake.log.loads).to.deep.equal([{ key: "pk_test_abc123", nonce: undefined }]);
      expect(fake.log.elements).to.deep.equal([{ clientSecret: "pi_1_secret_abc" }]);
      expect(fake.log.created).to.deep.equal([
        [
          "payment",
          { layout: "accordion", defaultValues: { billingDetails: { name: "Maria Santos", email: "maria@example.com" } } },
        ],
      ]);
      const target = fake.log.mounted[0]!;
      expect(target.parentElement).to.equal(el);
      expect(target.getRootNode()).to.equal(document);
      expect(target.slot).to.equal("payment-element");
      expect(target.assignedSlot).to.equal($(el, 'slot[name="payment-element"]'));
      expect(target.querySelector("iframe")).to.exist;
    });

    it("passes the element's CSP nonce to the loader", async () => {
      const fake = fakePayrex();
      const el = await fixture<PayrexStatementCheckout>(html`<payrex-statement-checkout
        nonce="abc123"
        pay-mode="embedded"
        public-key="pk_live_xyz"
        .loader=${fake.loader}
        .returnSearch=${""}
        .billingStatement=${statement()}
      ></payrex-statement-checkout>`);
      await waitUntil(() => fake.log.mounted.length === 1);
      expect(fake.log.loads).to.deep.equal([{ key: "pk_live_xyz", nonce: "abc123" }]);
      expect(el.children).to.have.length(1);
    });

    it("pays with attachPaymentMethod, then shows the paid result", async () => {
      const fake = fakePayrex();
      const el = await fixture<PayrexStatementCheckout>(html`<payrex-statement-checkout
        locale="en"
        pay-mode="embedded"
        public-key="pk_test_abc123"
        return-url="https://shop.example/paid"
        .loader=${fake.loader}
        .returnSearch=${""}
        .adapter=${serving((n) => statement({ status: n > 1 ? "paid" : "open" }))}
        billing-statement-id="bstm_1"
      ></payrex-statement-checkout>`);
      await shown(el);
      await mountedReady(el);
      let started = 0;
      el.addEventListener("payrex-checkout-start", () => started++);
      payButton(el)!.click();
      await waitUntil(() => $(el, '[part="notice"].success'), "no result");
      expect(started).to.equal(1);
      expect(fake.log.attached).to.have.length(1);
      expect(fake.log.attached[0]!.options).to.deep.equal({ return_url: "https://shop.example/paid" });
      expect(fake.log.attached[0]!.elements).to.exist;
      expect(text(el, '[part="notice"]')).to.equal("Payment received. Thank you!");
      expect(payButton(el)).to.equal(null);
      expect(el.querySelector('[slot="payment-element"]')).to.equal(null);
      expect(fake.log.destroyed).to.equal(1);
    });

    it("shows the busy state while PayRex works and returns to the current page by default", async () => {
      let finish!: (v: unknown) => void;
      const fake = fakePayrex({ attach: () => new Promise((r) => (finish = r)) });
      const el = await embedded(statement(), fake, { returnUrl: undefined });
      await mountedReady(el);
      payButton(el)!.click();
      await el.updateComplete;
      expect(text(el, '[part="pay-button"]')).to.equal("Processing…");
      expect(payButton(el)!.getAttribute("aria-disabled")).to.equal("true");
      payButton(el)!.click();
      expect(fake.log.attached).to.have.length(1);
      const url = new URL(fake.log.attached[0]!.options.return_url);
      expect(url.origin + url.pathname).to.equal(location.origin + location.pathname);
      expect(url.searchParams.has("payment_intent_client_secret")).to.equal(false);
      finish({});
      // Still open and nothing else known: no failure is claimed, the customer can pay again.
      await waitUntil(() => text(el, '[part="pay-button"]') === "Pay ₱1,500.00");
      expect($(el, '[part="notice"]')).to.equal(null);
    });

    it("explains a payment PayRex refused in the customer's words; PayRex's own text goes to payrex-error", async () => {
      const fake = fakePayrex({ attach: () => Promise.reject(new Error("Your card was declined.")) });
      const el = await embedded(statement(), fake);
      await mountedReady(el);
      setTimeout(() => payButton(el)!.click());
      const { detail } = await oneEvent(el, "payrex-error");
      expect(detail.error.message).to.equal("Your card was declined.");
      await el.updateComplete;
      expect(text(el, '[role="alert"]')).to.equal(
        "Your payment did not go through. Check the details you entered and try again, or choose another payment method.",
      );
      expect(payButton(el)!.getAttribute("aria-disabled")).to.equal("false");
    });

    it("says it in Filipino without PayRex's English when attachPaymentMethod resolves with an error", async () => {
      const fake = fakePayrex({ attach: async () => ({ error: { message: "Insufficient funds." } }) });
      const el = await embedded(statement(), fake, { locale: "fil" });
      await mountedReady(el);
      setTimeout(() => payButton(el)!.click());
      const { detail } = await oneEvent(el, "payrex-error");
      expect(detail.error.message).to.equal("Insufficient funds.");
      await el.updateComplete;
      const shown = text(el, '[role="alert"]');
      expect(shown).to.equal(
        "Hindi natuloy ang bayad mo. Pakisuri ang mga detalyeng inilagay mo at subukang muli, o pumili ng ibang paraan ng pagbabayad.",
      );
      expect(shown).not.to.contain("Insufficient");
    });

    it("never shows a backend's English detail to a Filipino reader", async () => {
      const detail = "No such billing_statement: 'bstm_1' for this account.";
      const errors: PayrexError[] = [];
      const el = await fixture<PayrexStatementCheckout>(html`<payrex-statement-checkout
        locale="fil"
        billing-statement-id="bstm_1"
        .adapter=${failing(new PayrexError("http", detail, { status: 400, errors: [{ code: "resource_missing", detail }] }))}
        @payrex-error=${(e: CustomEvent) => errors.push(e.detail.error)}
      ></payrex-statement-checkout>`);
      await shown(el);
      expect(text(el, '[role="alert"]')).to.equal(
        "Hindi ma-load ang billing statement. Hindi ito tinanggap. Pakitingnan ang link na sinundan mo, o makipag-ugnayan po sa merchant.",
      );
      expect(errors[0]!.errors[0]!.detail).to.equal(detail);
    });

    it("does not pay when payrex-checkout-start is cancelled", async () => {
      const fake = fakePayrex();
      const el = await embedded(statement(), fake);
      await mountedReady(el);
      el.addEventListener("payrex-checkout-start", (e) => e.preventDefault());
      payButton(el)!.click();
      await el.updateComplete;
      expect(fake.log.attached).to.have.length(0);
    });

    it("reports a loader failure and retries on request", async () => {
      const fake = fakePayrex({ fail: true });
      const errors: PayrexError[] = [];
      const el = await fixture<PayrexStatementCheckout>(html`<payrex-statement-checkout
        locale="en"
        pay-mode="embedded"
        public-key="pk_test_abc123"
        .loader=${fake.loader}
        .returnSearch=${""}
        .billingStatement=${statement()}
        @payrex-error=${(e: CustomEvent) => errors.push(e.detail.error)}
      ></payrex-statement-checkout>`);
      await waitUntil(() => $(el, '[part="retry"]'));
      expect(errors.map((e) => e.message)).to.deep.equal(["PayRex.js could not be loaded."]);
      expect(text(el, '[role="alert"]')).to.contain("The payment form could not be loaded.");
      expect(payButton(el)).to.equal(null);
      expect(el.querySelector('[slot="payment-element"]')).to.equal(null);
      const working = fakePayrex();
      el.loader = working.loader;
      $<HTMLButtonElement>(el, '[part="retry"]')!.click();
      await mountedReady(el);
      expect(working.log.mounted).to.have.length(1);
      expect($(el, '[role="alert"]')).to.equal(null);
    });

    it("shows a loading note until the payment form is mounted", async () => {
      let release!: () => void;
      const fake = fakePayrex();
      const slow: PayrexJsLoader = (k, o) => new Promise<void>((r) => (release = r)).then(() => fake.loader(k, o));
      const el = await embedded(statement(), { ...fake, loader: slow });
      await waitUntil(() => text(el, '[part="actions"]').includes("Loading the payment form…"));
      expect(payButton(el)!.getAttribute("aria-disabled")).to.equal("true");
      payButton(el)!.click();
      expect(fake.log.attached).to.have.length(0);
      release();
      await mountedReady(el);
      expect(text(el, '[part="actions"]')).not.to.contain("Loading the payment form…");
    });

    it("destroys the payment element when removed from the page and mounts it again when put back", async () => {
      const fake = fakePayrex();
      const el = await embedded(statement(), fake);
      await mountedReady(el);
      const parent = el.parentElement!;
      el.remove();
      expect(fake.log.destroyed).to.equal(1);
      expect(el.querySelectorAll('[slot="payment-element"]')).to.have.length(0);
      parent.append(el);
      await waitUntil(() => fake.log.mounted.length === 2, "not mounted again");
      await mountedReady(el);
      expect(el.querySelectorAll('[slot="payment-element"]')).to.have.length(1);
      expect(fake.log.mounted[1]!.isConnected).to.equal(true);
    });

    it("mounts once when the statement changes back and forth while PayRex.js loads", async () => {
      let release!: () => void;
      const fake = fakePayrex();
      const slow: PayrexJsLoader = (k, o) => new Promise<void>((r) => (release = r)).then(() => fake.loader(k, o));
      const a = statement();
      const b = statement({ id: "bstm_2", payment_intent: { id: "pi_2", client_secret: "pi_2_secret_b", status: "awaiting_payment_method" } });
      const el = await checkout(a, { payMode: "embedded", publicKey: "pk_test_abc123", loader: slow, returnSearch: "" });
      el.billingStatement = b;
      await el.updateComplete;
      el.billingStatement = a;
      await el.updateComplete;
      release();
      await mountedReady(el);
      await waitUntil(() => fake.log.mounted.length > 0);
      await el.updateComplete;
      expect(fake.log.mounted).to.have.length(1);
      expect(el.querySelectorAll('[slot="payment-element"]')).to.have.length(1);
    });

    it("refuses a secret key with a clear error and never loads PayRex.js", async () => {
      const fake = fakePayrex();
      const el = document.createElement("payrex-statement-checkout");
      Object.assign(el, { locale: "en", payMode: "embedded", publicKey: SECRET_KEY, loader: fake.loader, billingStatement: statement() });
      setTimeout(() => document.body.append(el));
      const { detail } = await oneEvent(el, "payrex-error");
      expect(detail.error.kind).to.equal("validation");
      expect(detail.error.message).to.contain("secret key").and.not.contain(SECRET_KEY);
      await el.updateComplete;
      expect(text(el, '[role="alert"]')).to.contain("this page was given a secret key instead of a public key");
      expect(payButton(el)).to.equal(null);
      expect(fake.log.loads).to.have.length(0);
      el.locale = "fil";
      await el.updateComplete;
      expect(text(el, '[role="alert"]')).to.contain("secret key ang ibinigay sa page na ito");
      // Also in redirect mode, where the key is not even used.
      el.payMode = "redirect";
      await el.updateComplete;
      expect($(el, '[role="alert"]')).to.exist;
      el.remove();
    });

    it("needs a public key and a payment intent", async () => {
      const fake = fakePayrex();
      const el = await checkout(statement(), { payMode: "embedded", loader: fake.loader, returnSearch: "" });
      expect(text(el, '[role="alert"]')).to.contain("a PayRex public key (pk_live_… or pk_test_…) is needed");
      el.publicKey = "rk_test_abc";
      await el.updateComplete;
      expect(text(el, '[role="alert"]')).to.contain("public key");
      setTimeout(() => {
        el.publicKey = "pk_test_abc";
        el.billingStatement = statement({ payment_intent: null });
      });
      await oneEvent(el, "payrex-error");
      await el.updateComplete;
      expect(text(el, '[role="alert"]')).to.equal("This statement can't be paid here yet. Please try again later or contact the merchant.");
      expect(fake.log.loads).to.have.length(0);
    });

    describe("return from PayRex", () => {
      const returned = async (s: BillingStatement, fake = fakePayrex()) => {
        const adapter = serving(s);
        const el = await fixture<PayrexStatementCheckout>(html`<payrex-statement-checkout
          locale="en"
          pay-mode="embedded"
          public-key="pk_test_abc123"
          .loader=${fake.loader}
          .returnSearch=${"?payment_intent_client_secret=pi_1_secret_abc&payment_intent_id=pi_1"}
          .adapter=${adapter}
          billing-statement-id="bstm_1"
        ></payrex-statement-checkout>`);
        await waitUntil(() => $(el, '[part="notice"]') && !text(el, '[part="notice"]').startsWith("Checking"));
        return { el, adapter, fake };
      };

      it("shows a paid result", async () => {
        const { el, adapter } = await returned(statement({ status: "paid", payment_intent: { id: "pi_1", status: "succeeded" } }));
        expect(adapter.calls).to.have.length(1);
        expect(text(el, '[part="notice"]')).to.equal("Payment received. Thank you!");
        expect(payButton(el)).to.equal(null);
      });

      it("shows a processing result", async () => {
        const { el } = await returned(
          statement({ payment_intent: { id: "pi_1", client_secret: "pi_1_secret_abc", status: "processing" } }),
        );
        expect(text(el, '[part="notice"]')).to.contain("Your payment is being processed.");
        expect(payButton(el)).to.equal(null);
        expect(el.querySelector('[slot="payment-element"]')).to.equal(null);
      });

      it("shows a failed result and lets the customer pay again", async () => {
        const { el, fake } = await returned(statement());
        expect(text(el, '[part="notice"]')).to.equal(
          "Your payment did not go through. Please try again or choose another payment method.",
        );
        expect($(el, '[part="notice"]')!.classList.contains("danger")).to.equal(true);
        await mountedReady(el);
        expect(fake.log.mounted).to.have.length(1);
      });

      it("asks PayRex.js when the statement does not carry the intent's status", async () => {
        const { el } = await returned(statement({ payment_intent: null }), fakePayrex({ intentStatus: "succeeded" }));
        expect(text(el, '[part="notice"]')).to.equal("Payment received. Thank you!");
      });

      it("ignores a return that belongs to another statement", async () => {
        const el = await fixture<PayrexStatementCheckout>(html`<payrex-statement-checkout
          locale="en"
          .returnSearch=${"?payment_intent_client_secret=pi_9_secret_zzz"}
          .billingStatement=${statement()}
        ></payrex-statement-checkout>`);
        await waitUntil(() => payButton(el), "pay button never came back");
        expect($(el, '[part="notice"]')).to.equal(null);
        expect(payButton(el)).to.exist;
      });
    });
  });

  describe("default PayRex.js loader", () => {
    const w = window as unknown as { Payrex?: (key: string) => unknown };
    afterEach(() => delete w.Payrex);

    it("uses window.Payrex when the page already has PayRex.js", async () => {
      const keys: string[] = [];
      w.Payrex = (key) => (keys.push(key), { id: "instance" });
      expect(await loadPayrexJs("pk_test_1")).to.deep.equal({ id: "instance" });
      expect(keys).to.deep.equal(["pk_test_1"]);
    });

    it("injects PayRex's script once, with the nonce, and injects it again after a failed load", async () => {
      const head = document.head;
      const injected: HTMLScriptElement[] = [];
      // Capture instead of inserting: tests must not reach PayRex's servers.
      head.append = (...nodes: Array<Node | string>) => void injected.push(...(nodes as HTMLScriptElement[]));
      try {
        const failed = loadPayrexJs("pk_test_1", { nonce: "n1" });
        const again = loadPayrexJs("pk_test_1");
        expect(injected).to.have.length(1);
        expect(injected[0]!.src).to.equal(PAYREX_JS_URL + "/");
        expect(injected[0]!.nonce).to.equal("n1");
        injected[0]!.dispatchEvent(new Event("error"));
        const outcomes = await Promise.allSettled([failed, again]);
        expect(outcomes.map((o) => o.status)).to.deep.equal(["rejected", "rejected"]);

        const next = loadPayrexJs("pk_test_2");
        expect(injected).to.have.length(2);
        w.Payrex = (key) => ({ key });
        injected[1]!.dispatchEvent(new Event("load"));
        expect(await next).to.deep.equal({ key: "pk_test_2" });
      } finally {
        delete (head as { append?: unknown }).append;
      }
    });
  });

  describe("print", () => {
    afterEach(() => emulateMedia({ media: "screen" }));

    it("prints a clean statement: no buttons, every line item", async () => {
      const items = Array.from({ length: 40 }, (_, i) => ({ id: `li_${i}`, description: `Item ${i + 1}`, unit_price: 1000, quantity: 1 }));
      const el = await checkout(statement({ line_items: items, amount: 40000 }));
      expect(getComputedStyle(payButton(el)!).display).not.to.equal("none");
      await emulateMedia({ media: "print" });
      expect(matchMedia("print").matches).to.equal(true);
      expect(getComputedStyle(payButton(el)!).display).to.equal("none");
      expect(getComputedStyle($(el, '[part="actions"]')!).display).to.equal("none");
      const rows = [...el.shadowRoot!.querySelectorAll("tbody tr")];
      expect(rows).to.have.length(40);
      for (const row of rows) {
        expect((row as HTMLElement).getClientRects().length).to.be.greaterThan(0);
        // Rows far down the page are laid out too: nothing skips rendering them.
        for (let node: Element | null = row; node && node !== el.shadowRoot!.host; node = node.parentElement) {
          expect(getComputedStyle(node).contentVisibility).to.equal("visible");
        }
      }
      expect(getComputedStyle($(el, ".scroll")!).overflowX).to.equal("visible");
      expect(getComputedStyle($(el, "table")!).display).to.equal("table");
    });

    it("prints in one column, the amount above the line items, even on a wide page", async () => {
      const viewport = { width: innerWidth, height: innerHeight };
      await setViewport({ width: 1100, height: viewport.height });
      try {
        const box = await fixture<HTMLDivElement>(html`<div style="width:1000px"></div>`);
        box.innerHTML = '<payrex-statement-checkout locale="en"></payrex-statement-checkout>';
        const el = box.firstElementChild as PayrexStatementCheckout;
        Object.assign(el, { now: clock, billingStatement: statement() });
        await shown(el);
        const summary = () => $(el, '[part="summary"]')!.getBoundingClientRect();
        expect(summary().left).to.be.greaterThan($(el, ".main")!.getBoundingClientRect().left);
        await emulateMedia({ media: "print" });
        expect(summary().bottom).to.be.at.most($(el, ".main")!.getBoundingClientRect().top);
        expect(getComputedStyle($(el, '[part="summary"]')!).position).to.equal("static");
        expect(text(el, '[part="amount"]')).to.equal("₱1,500.00");
      } finally {
        await setViewport(viewport);
      }
    });

    it("hides the embedded payment form and its button when printed", async () => {
      const el = await embedded(statement());
      await mountedReady(el);
      await emulateMedia({ media: "print" });
      const slotted = el.querySelector<HTMLElement>('[slot="payment-element"]')!;
      expect(getComputedStyle(slotted).display).to.equal("none");
      expect(getComputedStyle(payButton(el)!).display).to.equal("none");
    });
  });

  describe("before its first update", () => {
    it("reports a given statement and reloads once connected, also when another element loaded the implementation", async () => {
      await checkout(statement()); // the implementation is in place from here on
      const s = statement();
      const adapter = serving(statement({ status: "paid" }));
      const el = document.createElement("payrex-statement-checkout");
      el.locale = "en";
      el.billingStatement = s;
      el.adapter = adapter;
      expect(el.statement).to.equal(s);
      const done = el.reload();
      document.body.append(el);
      try {
        await done;
        expect(adapter.calls.map((c) => c.id)).to.deep.equal(["bstm_1"]);
        expect(el.statement?.status).to.equal("paid");
        expect(text(el, '[part="badge"]')).to.equal("Paid");
      } finally {
        el.remove();
      }
    });
  });
});

// Shared by the statement editor's browser tests: a seeded memory backend, an adapter whose calls
// wait for the test, and ways to type and read what the editor shows.
import { fixture, html, waitUntil } from "@open-wc/testing";
import { ifDefined } from "lit/directives/if-defined.js";
import "../src/statement-editor.js";
import type { PayrexStatementEditor } from "../src/statement-editor.js";
import type { PayrexAdapter, RequestOptions } from "../src/api/adapter.js";
import type { BillingStatement, Customer } from "../src/api/schemas.js";
import { createMemoryAdapter, type MemoryAdapter } from "../src/api/memory-adapter.js";
import { CUSTOMER_METHODS, handAdapter as sharedHandAdapter } from "./support.js";

/** 2026-03-10 12:00 in Manila. */
export const NOW = Date.UTC(2026, 2, 10, 4, 0, 0);
export const clock = () => NOW;
const sec = (ms: number) => Math.floor(ms / 1000);
/** The end of 2026-03-20 in Manila. */
export const DUE = sec(Date.UTC(2026, 2, 20, 15, 59, 59));

export const maria: Customer = {
  id: "cus_maria",
  resource: "customer",
  name: "Maria Santos",
  email: "maria@example.ph",
  currency: "PHP",
  billing_statement_prefix: "MSANTOS",
  next_billing_statement_sequence_number: "7",
  metadata: { crm_id: "C-1042" },
  livemode: false,
  billing_details: null,
};

const base = (over: Partial<BillingStatement>): BillingStatement => ({
  id: "bstm_x",
  resource: "billing_statement",
  amount: 0,
  currency: "PHP",
  customer_id: maria.id,
  customer: { id: maria.id, name: maria.name, email: maria.email },
  description: null,
  status: "draft",
  due_at: null,
  finalized_at: null,
  billing_statement_number: null,
  billing_statement_url: null,
  line_items: [],
  payment_intent: null,
  payment_settings: { payment_methods: ["card", "gcash"] },
  metadata: null,
  livemode: false,
  created_at: sec(NOW) - 3600,
  updated_at: sec(NOW) - 3600,
  ...over,
});

export const draft = base({
  id: "bstm_draft",
  description: "March retainer",
  due_at: DUE,
  amount: 350000,
  metadata: { order: "42" },
  line_items: [
    { id: "bstm_li_1", description: "Setup fee", unit_price: 150000, quantity: 1 },
    { id: "bstm_li_2", description: "Consulting hour", unit_price: 100000, quantity: 2 },
  ],
});
const issued = (over: Partial<BillingStatement>) =>
  base({
    ...draft,
    status: "open",
    finalized_at: sec(NOW) - 60,
    billing_statement_number: "MSANTOS-0006",
    billing_statement_url: "https://bill.payrexhq.com/b/test_abc",
    payment_intent: { id: "pi_1", client_secret: "pi_1_secret_x", status: "awaiting_payment_method" },
    ...over,
  });
export const open = issued({ id: "bstm_open" });
export const paid = issued({ id: "bstm_paid", status: "paid", billing_statement_number: "MSANTOS-0005" });
export const voided = issued({ id: "bstm_void", status: "void", billing_statement_number: "MSANTOS-0004" });
export const uncollectible = issued({ id: "bstm_uncollectible", status: "uncollectible", billing_statement_number: "MSANTOS-0003" });

/** A memory backend holding Maria and one statement in each status. */
export const backend = (options?: Parameters<typeof createMemoryAdapter>[1]): MemoryAdapter =>
  createMemoryAdapter({ customers: [maria], billingStatements: [draft, open, paid, voided, uncollectible] }, options);

const EDITOR_METHODS: (keyof PayrexAdapter)[] = [
  ...CUSTOMER_METHODS,
  "createBillingStatement",
  "updateBillingStatement",
  "deleteBillingStatement",
  "createLineItem",
  "updateLineItem",
  "deleteLineItem",
  "finalizeBillingStatement",
  "sendBillingStatement",
  "voidBillingStatement",
  "markUncollectibleBillingStatement",
];

/** An adapter (the editor's methods, or only `methods`) whose calls stay pending until the test answers them. */
export const handAdapter = (methods: (keyof PayrexAdapter)[] = EDITOR_METHODS) => sharedHandAdapter(methods);

export const options = (call: { args: unknown[] }) => call.args.at(-1) as RequestOptions | undefined;

export const shadow = (el: HTMLElement) => el.shadowRoot!;
export const $ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, selector: string) => shadow(el).querySelector<T>(selector);
export const $$ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];
export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, " ").trim() ?? "";
export const status = (el: HTMLElement) => text($(el, '[part~="status"]'));
export const focused = (el: HTMLElement) => shadow(el).activeElement as HTMLElement | null;
export const button = (el: HTMLElement, action: string) => $<HTMLButtonElement>(el, `#action-${action}`);
export const itemKeys = (el: HTMLElement) => $$<HTMLInputElement>(el, 'input[id$="-description"][id^="item-"]').map((i) => i.id.split("-")[1]!);
export const itemInput = (el: HTMLElement, n: number, field: "description" | "price" | "quantity") =>
  $<HTMLInputElement>(el, `#item-${itemKeys(el)[n - 1]}-${field}`)!;
export const errorOf = (el: HTMLElement, input: HTMLElement) => text($(el, `#${input.id}-error`));

/** Types a whole value as an input event reports it, then leaves the field (change). */
export async function type(el: PayrexStatementEditor, input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true }));
  input.dispatchEvent(new Event("change", { bubbles: true }));
  await el.updateComplete;
}

/** Fills line item `n` (adding it first when needed). */
export async function fillItem(el: PayrexStatementEditor, n: number, description: string, price: string, quantity = "1") {
  while (itemKeys(el).length < n) {
    $<HTMLButtonElement>(el, "#add-item")!.click();
    await el.updateComplete;
  }
  await type(el, itemInput(el, n, "description"), description);
  await type(el, itemInput(el, n, "price"), price);
  await type(el, itemInput(el, n, "quantity"), quantity);
}

/** Waits until the editor shows its form or its statement. */
export const shown = async (el: PayrexStatementEditor) => {
  await waitUntil(() => $(el, "#heading"), "the editor did not render");
  await el.updateComplete;
  return el;
};

export async function editor(
  adapter: PayrexAdapter | undefined,
  attrs: { customerId?: string; statementId?: string; locale?: string; theme?: string; hidePreview?: boolean } = {},
) {
  const el = await fixture<PayrexStatementEditor>(html`<payrex-statement-editor
    .adapter=${adapter}
    .now=${clock}
    customer-id=${ifDefined(attrs.customerId)}
    billing-statement-id=${ifDefined(attrs.statementId)}
    locale=${attrs.locale ?? "en"}
    theme=${attrs.theme ?? "light"}
    ?hide-preview=${attrs.hidePreview}
  ></payrex-statement-editor>`);
  return el;
}

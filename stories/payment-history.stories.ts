import { html } from "lit";
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { expect, userEvent, waitFor } from "storybook/test";
import "../src/payment-history.js";
import type { PayrexPaymentHistory } from "../src/payment-history.js";
import { createMemoryAdapter, demoIds } from "../src/api/memory-adapter.js";
import { PayrexError } from "../src/api/errors.js";
import type { PayrexAdapter } from "../src/api/adapter.js";
import type { BillingStatement, Payment } from "../src/api/schemas.js";

const history = (root: HTMLElement) => root.querySelector<PayrexPaymentHistory>("payrex-payment-history")!;
const shadow = (root: HTMLElement) => history(root).shadowRoot!;
const rowCount = (root: HTMLElement) => shadow(root).querySelectorAll('.body [role="row"]').length;

/** Maria Santos's demo history: 150 payments and 30 billing statements. */
const demo = () => createMemoryAdapter();

/** A backend whose second and later pages fail: the first page stays, with the error at the end. */
function failingNextPages(): PayrexAdapter {
  const adapter = createMemoryAdapter();
  return {
    ...adapter,
    listPayments: (id, page, o) =>
      page.after ? Promise.reject(new PayrexError("network", "Failed to fetch")) : adapter.listPayments(id, page, o),
  };
}

/** One customer with 10,000 payments, newest first, an hour apart. */
function tenThousand(): PayrexAdapter {
  const now = Math.floor(Date.now() / 1000);
  const methods = ["card", "gcash", "maya", "qrph", "billease", "bdo_installment"];
  const payments = Array.from({ length: 10_000 }, (_, i): Payment => {
    const amount = 50_000 + ((i * 7919) % 450_000);
    const type = methods[i % methods.length]!;
    return {
      id: `pay_big${String(i).padStart(5, "0")}`,
      resource: "payment",
      amount,
      amount_refunded: i % 23 === 0 ? amount : i % 17 === 0 ? Math.round(amount / 4) : 0,
      currency: "PHP",
      description: `Order #${10_000 - i}`,
      status: i % 31 === 0 ? "failed" : i % 47 === 0 ? "pending" : "paid",
      payment_method: type === "card" ? { type, card: { brand: "visa", last4: String(1000 + (i % 9000)) } } : { type },
      created_at: now - i * 3600,
    };
  });
  return createMemoryAdapter({
    customers: [{ id: "cus_bulk", name: "Kape't Bahay Wholesale", email: "orders@example.ph" }],
    payments: { cus_bulk: payments },
  });
}

/** Payments whose fields hold 10,000-character words, as a hostile or broken backend might send. */
function longWords(): PayrexAdapter {
  const word = (c: string) => c.repeat(10_000);
  const now = Math.floor(Date.now() / 1000);
  const payments: Payment[] = [
    {
      id: "pay_long1",
      resource: "payment",
      amount: 150_000,
      amount_refunded: 50_000,
      currency: "PHP",
      description: word("W"),
      status: word("s"),
      payment_method: { type: word("m") },
      billing_statement_id: `bstm_${word("0")}`,
      created_at: now - 3600,
    },
    { id: "pay_long2", resource: "payment", amount: 90_000, currency: "PHP", description: "Kape", status: "paid", payment_method: { type: "gcash" }, created_at: now - 7200 },
  ];
  return createMemoryAdapter({
    customers: [{ id: "cus_long", name: "Long Words", email: "long@example.ph" }],
    payments: { cus_long: payments },
  });
}

/** Payments that name the statement they paid: one among the customer's statements, one not. */
function paidStatements(): PayrexAdapter {
  const now = Math.floor(Date.now() / 1000);
  const pay = (id: string, statement: string, hoursAgo: number): Payment => ({
    id,
    resource: "payment",
    amount: 149_900,
    currency: "PHP",
    description: "Buwanang Kape Subscription",
    status: "paid",
    payment_method: { type: "gcash" },
    billing_statement_id: statement,
    created_at: now - hoursAgo * 3600,
  });
  return createMemoryAdapter({
    customers: [{ id: "cus_paid", name: "Maria Santos", email: "maria@example.ph" }],
    payments: { cus_paid: [pay("pay_paid1", "bstm_known", 1), pay("pay_paid2", "bstm_elsewhere", 30 * 24)] },
    billingStatements: [
      {
        id: "bstm_known",
        resource: "billing_statement",
        amount: 149_900,
        currency: "PHP",
        customer_id: "cus_paid",
        status: "paid",
        description: "Buwanang Kape Subscription",
        billing_statement_number: "SNTS4821-0030",
        due_at: now,
        created_at: now - 7 * 24 * 3600,
        line_items: [],
      } as BillingStatement,
    ],
  });
}

const meta: Meta = {
  title: "Elements/Payment history",
  component: "payrex-payment-history",
  tags: ["autodocs"],
};
export default meta;

type Story = StoryObj;

/** The default view: payments, 20 at a time, with "Load more". Click or press Enter on a row. */
export const Payments: Story = {
  render: () =>
    html`<payrex-payment-history customer-id=${demoIds.customer} .adapter=${demo()}></payrex-payment-history>`,
  play: async ({ canvasElement }) => {
    // The first story pays for loading the element's part and the demo data.
    await waitFor(() => expect(rowCount(canvasElement)).toBe(20), { timeout: 5000 });
    await userEvent.click(shadow(canvasElement).querySelector<HTMLElement>('[part="more-button"]')!);
    await waitFor(() => expect(rowCount(canvasElement)).toBe(40));
  },
};

/** Billing statements, with the derived "Overdue" status for open statements past their due date. */
export const BillingStatements: Story = {
  render: () =>
    html`<payrex-payment-history
      customer-id=${demoIds.customer}
      view="billing-statements"
      .adapter=${demo()}
    ></payrex-payment-history>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rowCount(canvasElement)).toBe(20));
    expect(shadow(canvasElement).textContent).toContain("Overdue");
  },
};

/** Only one list: `views` hides the tabs. */
export const StatementsOnly: Story = {
  render: () =>
    html`<payrex-payment-history
      customer-id=${demoIds.customer}
      views="billing-statements"
      .adapter=${demo()}
    ></payrex-payment-history>`,
};

/** With `filterable`: a status filter and a date sort over the loaded rows. */
export const FilterAndSort: Story = {
  render: () =>
    html`<payrex-payment-history
      customer-id=${demoIds.customer}
      page-size="100"
      filterable
      status-filter="failed"
      .adapter=${demo()}
    ></payrex-payment-history>`,
};

/** Skeleton rows while the first page loads (this backend never answers). */
export const Loading: Story = {
  render: () =>
    html`<payrex-payment-history
      customer-id=${demoIds.customer}
      .adapter=${createMemoryAdapter(undefined, { latencyMs: Infinity })}
    ></payrex-payment-history>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[part="skeleton"]')).toBeTruthy());
  },
};

/** A customer with no payments yet. */
export const Empty: Story = {
  render: () =>
    html`<payrex-payment-history customer-id=${demoIds.customerEmpty} .adapter=${demo()}></payrex-payment-history>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[part="empty"]')).toBeTruthy());
  },
};

/** The first page failed: a message and a retry button (this backend fails once). */
export const LoadError: Story = {
  name: "Error",
  render: () => {
    const adapter = demo();
    adapter.failNext("listPayments", "network");
    return html`<payrex-payment-history customer-id=${demoIds.customer} .adapter=${adapter}></payrex-payment-history>`;
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[part="retry"]')).toBeTruthy());
  },
};

/** A next page failed: the rows already shown stay, and the error with a retry sits at the end. */
export const PartiallyLoaded: Story = {
  render: () =>
    html`<payrex-payment-history customer-id=${demoIds.customer} .adapter=${failingNextPages()}></payrex-payment-history>`,
  play: async ({ canvasElement }) => {
    // The first story pays for loading the element's part and the demo data.
    await waitFor(() => expect(rowCount(canvasElement)).toBe(20), { timeout: 5000 });
    await userEvent.click(shadow(canvasElement).querySelector<HTMLElement>('[part="more-button"]')!);
    await waitFor(() => expect(shadow(canvasElement).querySelector('.foot [role="alert"]')).toBeTruthy());
    expect(rowCount(canvasElement)).toBe(20);
  },
};

/** No customer chosen yet. */
export const NoCustomer: Story = {
  render: () => html`<payrex-payment-history .adapter=${demo()}></payrex-payment-history>`,
};

/** 10,000 payments loaded (100 pages of 100): only the rows in view of the page's scroll are in the DOM. */
export const TenThousandRows: Story = {
  // The element is as tall as its rows (the page scrolls): on the docs page it gets a frame of its own.
  parameters: { docs: { story: { inline: false, height: "640px" } } },
  render: () =>
    html`<payrex-payment-history customer-id="cus_bulk" page-size="100" .adapter=${tenThousand()}></payrex-payment-history>`,
  play: async ({ canvasElement }) => {
    const el = history(canvasElement);
    await waitFor(() => expect(rowCount(canvasElement)).toBe(100));
    while (shadow(canvasElement).querySelector('[part="more-button"]')) await el.loadMore();
    expect(shadow(canvasElement).querySelector('[role="table"]')!.getAttribute("aria-rowcount")).toBe("10001");
    await waitFor(() => expect(shadow(canvasElement).querySelector(".body.virtual")).toBeTruthy());
    await waitFor(() => expect(rowCount(canvasElement)).toBeLessThanOrEqual(60));
  },
};

/** `--payrex-history-max-height` makes the table scroll in a box of its own, header row kept in view (by default the page scrolls). */
export const ScrollBox: Story = {
  render: () =>
    html`<payrex-payment-history
      style="--payrex-history-max-height: 24rem"
      customer-id=${demoIds.customer}
      page-size="100"
      .adapter=${demo()}
    ></payrex-payment-history>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rowCount(canvasElement)).toBe(100));
    const frame = shadow(canvasElement).querySelector<HTMLElement>('[part="frame"]')!;
    expect(frame.scrollHeight).toBeGreaterThan(frame.clientHeight);
  },
};

/** Where the columns do not fit (below about 42em, 50em with the Refunded or Statement column) the rows become stacked cards. */
export const Narrow: Story = {
  render: () =>
    html`<div style="max-width: 360px">
      <payrex-payment-history customer-id=${demoIds.customer} .adapter=${demo()}></payrex-payment-history>
    </div>`,
};

/** 640 CSS px wide, as a 1280 px screen at 200% zoom: cards whose fields flow in two columns. */
export const Zoom200: Story = {
  name: "640 px (200% zoom)",
  render: () =>
    html`<div style="max-width: 640px">
      <payrex-payment-history customer-id=${demoIds.customer} .adapter=${demo()}></payrex-payment-history>
    </div>`,
};

/** 10,000-character words in the description, status, method and statement: words break, long values are clamped, the element keeps its width. */
export const LongWords: Story = {
  render: () =>
    html`<div style="max-width: 720px">
      <payrex-payment-history customer-id="cus_long" filterable .adapter=${longWords()}></payrex-payment-history>
    </div>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rowCount(canvasElement)).toBe(2));
    const el = history(canvasElement);
    expect(el.scrollWidth).toBe(el.clientWidth);
  },
};

/**
 * The statement each payment paid: its number, from the statements' first page that loads with the
 * payments; "Statement" (the id in its tooltip) for one that is not among them.
 */
export const StatementPaid: Story = {
  render: () => html`<payrex-payment-history customer-id="cus_paid" .adapter=${paidStatements()}></payrex-payment-history>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).textContent).toContain("SNTS4821-0030"));
    expect(shadow(canvasElement).textContent).not.toContain("bstm_");
  },
};

/** In Filipino. */
export const Filipino: Story = {
  render: () =>
    html`<payrex-payment-history locale="fil" customer-id=${demoIds.customer} filterable .adapter=${demo()}></payrex-payment-history>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rowCount(canvasElement)).toBe(20));
    expect(shadow(canvasElement).querySelector('[role="tab"]')!.textContent!.trim()).toBe("Mga bayad");
  },
};

/** The dark colour scheme. */
export const Dark: Story = {
  render: () =>
    html`<div style="background: #0f1115; padding: 1rem">
      <payrex-payment-history theme="dark" customer-id=${demoIds.customer} .adapter=${demo()}></payrex-payment-history>
    </div>`,
};

import { html } from "lit";
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { expect, userEvent, waitFor } from "storybook/test";
import "../src/statement-checkout.js";
import type { PayrexStatementCheckout } from "../src/statement-checkout.js";
import type { PayrexJs, PayrexJsLoader } from "../src/components/statement-checkout/statement-checkout.js";
import { createMemoryAdapter, demoIds } from "../src/api/memory-adapter.js";
import type { PayrexAdapter } from "../src/api/adapter.js";
import { PayrexError } from "../src/api/errors.js";
import type { BillingStatement } from "../src/api/schemas.js";

const meta: Meta = {
  title: "Elements/Statement checkout",
  component: "payrex-statement-checkout",
  tags: ["autodocs"],
};
export default meta;

type Story = StoryObj;

/** Waits for the element (its lazily loaded part and the statement), allowing for a busy machine. */
const until = (check: () => unknown) => waitFor(check, { timeout: 5000 });

const shadow = (root: HTMLElement) => {
  const el = root.querySelector<PayrexStatementCheckout>("payrex-statement-checkout")!;
  return { el, q: (s: string) => el.shadowRoot?.querySelector<HTMLElement>(s) ?? null };
};

/** Stories never leave Storybook: the payment page they would open is written below the element. */
const showNavigation = (url: string, target?: string) => {
  const out = document.querySelector("#story-navigation");
  if (out) out.textContent = `Would open ${url}${target ? ` (target ${target})` : ""}`;
};
const navigationNote = html`<p><output id="story-navigation"></output></p>`;

const statementStory = (id: string, extra = html``): Story => ({
  render: () => html`
    <payrex-statement-checkout
      billing-statement-id=${id}
      .adapter=${createMemoryAdapter()}
      .navigate=${showNavigation}
    ></payrex-statement-checkout>
    ${navigationNote} ${extra}
  `,
});

/** An open statement, due in a few weeks: the pay button goes to PayRex's payment page. */
export const Open: Story = {
  ...statementStory(demoIds.statementOpen),
  play: async ({ canvasElement }) => {
    const { q } = shadow(canvasElement);
    await until(() => expect(q('[part="pay-button"]')).toBeTruthy());
    expect(q('[part="due"]')?.textContent).toMatch(/Due in \d+ days/);
    await userEvent.click(q('[part="pay-button"]')!);
    expect(canvasElement.querySelector("#story-navigation")?.textContent).toMatch(/^Would open https:\/\//);
  },
};

/** Past its due date: the badge and the due line say so, in the danger colour. */
export const Overdue: Story = {
  ...statementStory(demoIds.statementOverdue),
  play: async ({ canvasElement }) => {
    const { q } = shadow(canvasElement);
    await until(() => expect(q('[part="badge"]')?.textContent?.trim()).toBe("Overdue"));
    expect(q('[part="due"]')?.textContent).toMatch(/Overdue by \d+ days?/);
  },
};

/** At phone width (375 px) everything stacks: the amount due and the pay button first, then the details. */
export const Phone: Story = {
  render: () => html`<div style="width:375px">
    <payrex-statement-checkout
      billing-statement-id=${demoIds.statementOpen}
      .adapter=${createMemoryAdapter()}
      .navigate=${showNavigation}
    ></payrex-statement-checkout>
  </div>`,
  play: async ({ canvasElement }) => {
    const { q } = shadow(canvasElement);
    await until(() => expect(q('[part="pay-button"]')).toBeTruthy());
    expect(q('[part="summary"]')!.getBoundingClientRect().bottom).toBeLessThanOrEqual(q('[part="details"]')!.getBoundingClientRect().top);
  },
};

/** An amount that differs from its line items: the difference shows as an adjustment above the total. */
export const Adjustment: Story = {
  render: () => html`<payrex-statement-checkout
    billing-statement-id=${demoIds.statementOpen}
    .adapter=${patch(createMemoryAdapter(), demoIds.statementOpen, (s) => ({ ...s, amount: s.amount - 50000 }))}
    .navigate=${showNavigation}
  ></payrex-statement-checkout>`,
  play: async ({ canvasElement }) => {
    const { q } = shadow(canvasElement);
    await until(() => expect(q("tfoot")?.textContent).toContain("Adjustments"));
  },
};

/** `heading-level="1"`: the statement's heading fits the page's outline (default 2). */
export const HeadingLevel: Story = {
  render: () => html`<payrex-statement-checkout
    heading-level="1"
    billing-statement-id=${demoIds.statementOpen}
    .adapter=${createMemoryAdapter()}
    .navigate=${showNavigation}
  ></payrex-statement-checkout>`,
  play: async ({ canvasElement }) => {
    const { q } = shadow(canvasElement);
    await until(() => expect(q("h1#title")).toBeTruthy());
  },
};

/**
 * `time-zone="America/Los_Angeles"`: dates as that calendar reads. By default (`Asia/Manila`) a customer
 * abroad sees the merchant's due date, not one a day early.
 */
export const TimeZone: Story = {
  render: () => html`<payrex-statement-checkout
    time-zone="America/Los_Angeles"
    billing-statement-id=${demoIds.statementOpen}
    .adapter=${createMemoryAdapter()}
    .navigate=${showNavigation}
  ></payrex-statement-checkout>`,
  play: async ({ canvasElement }) => {
    const { el } = shadow(canvasElement);
    await until(() => expect(el.shadowRoot?.querySelectorAll("time").length).toBeGreaterThan(0));
    expect(el.timeZone).toBe("America/Los_Angeles");
  },
};

/** Paid: a confirmation, no pay action. */
export const Paid: Story = {
  ...statementStory(demoIds.statementPaid),
  play: async ({ canvasElement }) => {
    const { q } = shadow(canvasElement);
    await until(() => expect(q('[part="badge"]')?.textContent?.trim()).toBe("Paid"));
    expect(q('[part="pay-button"]')).toBeNull();
  },
};

/** Not issued yet: shown as a total with a note, without a pay button or payment methods. */
export const Draft: Story = {
  ...statementStory(demoIds.statementDraft),
  play: async ({ canvasElement }) => {
    const { q } = shadow(canvasElement);
    await until(() => expect(q('[part="notice"]')).toBeTruthy());
    expect(q('[part="pay-button"]')).toBeNull();
    expect(q('[part="payment-methods"]')).toBeNull();
  },
};

/** Cancelled by the merchant. */
export const Void: Story = statementStory(demoIds.statementVoid);

/** Written off by the merchant: explained, no pay action. */
export const Uncollectible: Story = statementStory(demoIds.statementUncollectible);

/** A status this version does not know is shown readably ("disputed" as "Disputed"), without a pay action. */
export const UnknownStatus: Story = {
  render: () => html`<payrex-statement-checkout
    billing-statement-id=${demoIds.statementOpen}
    .adapter=${withStatus(createMemoryAdapter(), demoIds.statementOpen, "disputed")}
  ></payrex-statement-checkout>`,
  play: async ({ canvasElement }) => {
    const { q } = shadow(canvasElement);
    await until(() => expect(q('[part="badge"]')?.textContent?.trim()).toBe("Disputed"));
    expect(q('[part="pay-button"]')).toBeNull();
  },
};

/** Forty-two line items: the table grows with them (and prints in full). */
export const LongLineItems: Story = {
  ...statementStory(demoIds.statementLong),
  play: async ({ canvasElement }) => {
    const { el } = shadow(canvasElement);
    await until(() => expect(el.shadowRoot!.querySelectorAll("tbody tr").length).toBe(42));
  },
};

/** Runaway text from a backend (a 10,000-character merchant name, number and item): it breaks or is clamped, the page keeps its width. */
export const LongWords: Story = {
  render: () => html`<div style="width:375px">
    <payrex-statement-checkout
      billing-statement-id=${demoIds.statementOpen}
      .adapter=${patch(createMemoryAdapter(), demoIds.statementOpen, (s) => ({
        ...s,
        billing_statement_merchant_name: "M".repeat(10000),
        billing_statement_number: "N".repeat(10000),
        line_items: [{ id: "li_long", description: "L".repeat(10000), unit_price: s.amount, quantity: 1 }],
      }))}
      .navigate=${showNavigation}
    ></payrex-statement-checkout>
  </div>`,
  play: async ({ canvasElement }) => {
    const { el, q } = shadow(canvasElement);
    await until(() => expect(q('[part="pay-button"]')).toBeTruthy());
    expect(el.getBoundingClientRect().width).toBe(375);
    expect(q('[part="base"]')!.scrollWidth).toBe(q('[part="base"]')!.clientWidth);
  },
};

/** `target="_blank"`: the payment page opens in a new tab (with `noopener`). */
export const NewTab: Story = {
  render: () => html`
    <payrex-statement-checkout
      target="_blank"
      billing-statement-id=${demoIds.statementOpen}
      .adapter=${createMemoryAdapter()}
      .navigate=${showNavigation}
    ></payrex-statement-checkout>
    ${navigationNote}
  `,
};

/** While the statement loads: placeholders in the final layout, so nothing jumps when it arrives. */
export const Loading: Story = {
  render: () => html`<payrex-statement-checkout
    billing-statement-id=${demoIds.statementOpen}
    .adapter=${createMemoryAdapter(undefined, { latencyMs: Infinity })}
  ></payrex-statement-checkout>`,
};

/** An id the backend does not know (404). */
export const NotFound: Story = {
  render: () => html`<payrex-statement-checkout
    billing-statement-id="bstm_doesnotexist"
    .adapter=${createMemoryAdapter()}
  ></payrex-statement-checkout>`,
  play: async ({ canvasElement }) => {
    const { q } = shadow(canvasElement);
    await until(() => expect(q('[role="alert"]')?.textContent).toContain("could not be found"));
  },
};

/** Not this customer's statement (HTTP 403): no retry, which would not help; the next step is the merchant. */
export const Forbidden: Story = {
  render: () => {
    const adapter = createMemoryAdapter();
    adapter.failNext("getBillingStatement", new PayrexError("http", "GET /billing_statements/… answered HTTP 403.", { status: 403 }));
    return html`<payrex-statement-checkout billing-statement-id=${demoIds.statementOpen} .adapter=${adapter}></payrex-statement-checkout>`;
  },
  play: async ({ canvasElement }) => {
    const { q } = shadow(canvasElement);
    await until(() => expect(q('[role="alert"]')?.textContent).toContain("contact the merchant"));
    expect(q('[part="retry"]')).toBeNull();
  },
};

/** The backend failed once: the retry button loads again (and succeeds here). */
export const LoadError: Story = {
  name: "Error",
  render: () => {
    const adapter = createMemoryAdapter();
    adapter.failNext("getBillingStatement", "network");
    return html`<payrex-statement-checkout
      billing-statement-id=${demoIds.statementOpen}
      .adapter=${adapter}
    ></payrex-statement-checkout>`;
  },
  play: async ({ canvasElement }) => {
    const { q } = shadow(canvasElement);
    await until(() => expect(q('[part="retry"]')).toBeTruthy());
    await userEvent.click(q('[part="retry"]')!);
    await until(() => expect(q('[part="pay-button"]')).toBeTruthy());
  },
};

/** In Filipino (an overdue statement, to show the relative wording). */
export const Filipino: Story = {
  render: () => html`<payrex-statement-checkout
    locale="fil"
    billing-statement-id=${demoIds.statementOverdue}
    .adapter=${createMemoryAdapter()}
    .navigate=${showNavigation}
  ></payrex-statement-checkout>`,
  play: async ({ canvasElement }) => {
    const { q } = shadow(canvasElement);
    await until(() => expect(q('[part="due"]')?.textContent).toMatch(/\d+ araw nang overdue/));
  },
};

/** Forced dark colour scheme. */
export const Dark: Story = {
  render: () => html`<div style="background:#0f1115;padding:1rem">
    <payrex-statement-checkout
      theme="dark"
      billing-statement-id=${demoIds.statementOverdue}
      .adapter=${createMemoryAdapter()}
      .navigate=${showNavigation}
    ></payrex-statement-checkout>
  </div>`,
};

/** A secret key in the page is refused, visibly, and reported as `payrex-error`. */
export const SecretKeyRefused: Story = {
  render: () => html`<payrex-statement-checkout
    pay-mode="embedded"
    public-key=${"sk_" + "test_" + "demo0000"}
    billing-statement-id=${demoIds.statementOpen}
    .adapter=${createMemoryAdapter()}
  ></payrex-statement-checkout>`,
};

/**
 * `pay-mode="embedded"` with a stand-in for PayRex.js (no network, no real payment). It keeps PayRex's
 * rule that the payment iframe lives in the page's light DOM, and "pays" the statement in the
 * memory backend, so the paid result shows.
 */
export const Embedded: Story = {
  render: () => {
    const adapter = createMemoryAdapter();
    const paid = new Set<string>();
    return html`<payrex-statement-checkout
      pay-mode="embedded"
      public-key="pk_test_storybookdemo"
      return-url="https://merchant.example/thank-you"
      billing-statement-id=${demoIds.statementOpen}
      .returnSearch=${""}
      .adapter=${payable(adapter, paid)}
      .loader=${demoPayrex({ pay: () => paid.add(demoIds.statementOpen) })}
    ></payrex-statement-checkout>`;
  },
  play: async ({ canvasElement }) => {
    const { el, q } = shadow(canvasElement);
    await until(() => expect(q('[part="pay-button"]')?.getAttribute("aria-disabled")).toBe("false"));
    const mounted = el.querySelector('[slot="payment-element"]');
    expect(mounted?.getRootNode()).toBe(document);
    await userEvent.click(q('[part="pay-button"]')!);
    await until(() => expect(q('[part="notice"]')?.textContent).toContain("Payment received"));
  },
};

/** Embedded, with PayRex declining the card: the customer reads a translated explanation; PayRex's own words go to `payrex-error`. */
export const EmbeddedDeclined: Story = {
  render: () => html`<payrex-statement-checkout
    pay-mode="embedded"
    public-key="pk_test_storybookdemo"
    billing-statement-id=${demoIds.statementOpen}
    .returnSearch=${""}
    .adapter=${createMemoryAdapter()}
    .loader=${demoPayrex({ decline: "Your card was declined." })}
  ></payrex-statement-checkout>`,
  play: async ({ canvasElement }) => {
    const { q } = shadow(canvasElement);
    await until(() => expect(q('[part="pay-button"]')?.getAttribute("aria-disabled")).toBe("false"));
    await userEvent.click(q('[part="pay-button"]')!);
    await until(() => expect(q('[role="alert"]')?.textContent).toContain("Your payment did not go through."));
  },
};

/** Back from PayRex (`?payment_intent_client_secret=…` in the URL) after a payment that is still processing. */
export const ReturnedProcessing: Story = {
  render: () => {
    const adapter = createMemoryAdapter();
    return html`<payrex-statement-checkout
      pay-mode="embedded"
      public-key="pk_test_storybookdemo"
      billing-statement-id=${demoIds.statementOpen}
      .returnSearch=${"?payment_intent_client_secret=demo_secret"}
      .adapter=${withIntent(adapter, demoIds.statementOpen, "processing")}
      .loader=${demoPayrex({})}
    ></payrex-statement-checkout>`;
  },
  play: async ({ canvasElement }) => {
    const { q } = shadow(canvasElement);
    await until(() => expect(q('[part="notice"]')?.textContent).toContain("being processed"));
  },
};

// --- story helpers -------------------------------------------------------------------------------

/** An adapter that serves one statement with a changed field. */
function patch(adapter: PayrexAdapter, id: string, change: (s: BillingStatement) => BillingStatement): PayrexAdapter {
  return {
    ...adapter,
    getBillingStatement: async (which, o) => {
      const s = await adapter.getBillingStatement(which, o);
      return which === id ? change(s) : s;
    },
  };
}
function withStatus(adapter: PayrexAdapter, id: string, status: string) {
  return patch(adapter, id, (s) => ({ ...s, status }));
}
function withIntent(adapter: PayrexAdapter, id: string, status: string) {
  return patch(adapter, id, (s) => ({
    ...s,
    payment_intent: { id: "pi_demo", client_secret: "demo_secret", status },
  }));
}
/** Statements in `paid` come back paid, as a backend would after PayRex's webhook. */
function payable(adapter: PayrexAdapter, paid: Set<string>): PayrexAdapter {
  return {
    ...adapter,
    getBillingStatement: async (id, o) => {
      const s = await adapter.getBillingStatement(id, o);
      return paid.has(id) ? { ...s, status: "paid", payment_intent: s.payment_intent && { ...s.payment_intent, status: "succeeded" } } : s;
    },
  };
}

/**
 * A stand-in for PayRex.js: renders a demo form where PayRex would mount its iframe, and refuses a
 * mount target inside a shadow root, as the real iframe would not work there.
 */
function demoPayrex(opts: { pay?: () => void; decline?: string }): PayrexJsLoader {
  const payrex: PayrexJs = {
    elements: () => ({
      create: (_type, options) => ({
        mount(target) {
          const host = typeof target === "string" ? document.querySelector<HTMLElement>(target) : target;
          if (!host || host.getRootNode() !== document) throw new Error("Mount the payment element in the light DOM.");
          const name = (options as { defaultValues?: { billingDetails?: { name?: string } } })?.defaultValues?.billingDetails?.name ?? "";
          host.style.cssText = "display:grid;gap:.5rem;padding:.75rem;border:1px dashed #8a94a3;border-radius:8px";
          const field = (label: string, value = "", placeholder = "") => {
            const l = document.createElement("label");
            l.style.cssText = "display:grid;gap:.25rem;font-size:.875em";
            const i = document.createElement("input");
            Object.assign(i, { value, placeholder });
            i.style.cssText = "font:inherit;padding:.4rem .5rem;border:1px solid #8a94a3;border-radius:6px";
            l.append(label, i);
            return l;
          };
          const note = document.createElement("small");
          note.textContent = "Demo payment form (stand-in for PayRex's secure iframe; nothing is charged)";
          host.replaceChildren(note, field("Name on card", name), field("Card number", "", "4242 4242 4242 4242"));
        },
      }),
    }),
    attachPaymentMethod: async () => {
      await new Promise((r) => setTimeout(r, 400));
      if (opts.decline) return { error: { message: opts.decline } };
      opts.pay?.();
      return {};
    },
  };
  return async () => payrex;
}

import { html } from "lit";
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { expect, userEvent, waitFor } from "storybook/test";
import "../src/statement-editor.js";
import type { PayrexStatementEditor } from "../src/statement-editor.js";
import { createMemoryAdapter, demoIds, type MemoryAdapter } from "../src/api/memory-adapter.js";
import type { PayrexAdapter } from "../src/api/adapter.js";
import { PayrexError } from "../src/api/errors.js";

const meta: Meta = {
  title: "Elements/Statement editor",
  component: "payrex-statement-editor",
  tags: ["autodocs"],
  parameters: {
    docs: {
      description: {
        component:
          "Issues a billing statement for a customer: a draft with line items in pesos and a live total, then " +
          "finalize, send, void or mark uncollectible as the status allows, with the real checkout as preview. " +
          "Every story runs on the in-browser memory backend with Philippine demo data.",
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** Waits for the element (its lazily loaded part and the statement), allowing for a busy machine. */
const until = (check: () => unknown) => waitFor(check, { timeout: 5000 });
const editorOf = (canvas: HTMLElement) => canvas.querySelector<PayrexStatementEditor>("payrex-statement-editor")!;
const q = <T extends HTMLElement = HTMLElement>(canvas: HTMLElement, selector: string) =>
  editorOf(canvas).shadowRoot?.querySelector<T>(selector) ?? null;
const text = (canvas: HTMLElement, selector: string) => q(canvas, selector)?.textContent?.replace(/\s+/g, " ").trim() ?? "";
const items = (canvas: HTMLElement) => [...(editorOf(canvas).shadowRoot?.querySelectorAll<HTMLInputElement>('input[id^="item-"][id$="-description"]') ?? [])];

/** Fills a field the way typing does (an input event, then a change when leaving it). */
function fill(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true }));
  input.dispatchEvent(new Event("change", { bubbles: true }));
}

/** Fills line item `n` (adding it when needed). */
async function fillItem(canvas: HTMLElement, n: number, description: string, price: string, quantity = "1") {
  while (items(canvas).length < n) {
    q<HTMLButtonElement>(canvas, "#add-item")!.click();
    await editorOf(canvas).updateComplete;
  }
  const key = items(canvas)[n - 1]!.id.split("-")[1];
  fill(q<HTMLInputElement>(canvas, `#item-${key}-description`)!, description);
  fill(q<HTMLInputElement>(canvas, `#item-${key}-price`)!, price);
  fill(q<HTMLInputElement>(canvas, `#item-${key}-quantity`)!, quantity);
  await editorOf(canvas).updateComplete;
}

/** A date a few weeks ahead, as the due date input takes it. */
const dueSoon = () => new Date(Date.now() + 21 * 864e5).toISOString().slice(0, 10);

const editor = (adapter: PayrexAdapter, attrs: { customer?: string; statement?: string } = {}) => html`<payrex-statement-editor
  .adapter=${adapter}
  customer-id=${attrs.customer ?? demoIds.customer}
  billing-statement-id=${attrs.statement ?? ""}
></payrex-statement-editor>`;

/** A new draft for Maria Santos: one empty line item, the usual payment methods, the preview beside it. */
export const NewDraft: Story = {
  render: () => editor(createMemoryAdapter()),
  play: async ({ canvasElement }) => {
    await until(() => expect(text(canvasElement, "#heading")).toBe("New billing statement"));
    await fillItem(canvasElement, 1, "Website setup", "₱15,000");
    await fillItem(canvasElement, 2, "Design hours", "1,250.50", "4");
    expect(text(canvasElement, "#total")).toBe("₱20,002.00");
    expect(editorOf(canvasElement).dirty).toBe(true);
  },
};

/** Three line items saved as a draft, then finalized: the number and the payment link, with a copy button. */
export const IssueThreeItems: Story = {
  render: () => editor(createMemoryAdapter()),
  play: async ({ canvasElement }) => {
    await until(() => expect(q(canvasElement, "#due")).toBeTruthy());
    fill(q<HTMLInputElement>(canvasElement, "#description")!, "Website project");
    fill(q<HTMLInputElement>(canvasElement, "#due")!, dueSoon());
    await fillItem(canvasElement, 1, "Website setup", "15,000");
    await fillItem(canvasElement, 2, "Design hours", "1,250.50", "4");
    await fillItem(canvasElement, 3, "Hosting (March)", "499");
    await userEvent.click(q(canvasElement, "#action-finalize")!);
    await until(() => expect(q(canvasElement, "#link")).toBeTruthy());
    expect(text(canvasElement, '[part~="badge"]')).toBe("Unpaid");
    expect(text(canvasElement, ".number")).toMatch(/-\d{4}$/);
  },
};

/** A saved draft, loaded: edit, reorder with the move buttons, save, finalize or delete. */
export const SavedDraft: Story = {
  render: () => editor(createMemoryAdapter(), { statement: demoIds.statementDraft }),
  play: async ({ canvasElement }) => {
    await until(() => expect(text(canvasElement, "#heading")).toBe("Draft billing statement"));
    expect(q(canvasElement, "#action-delete")).toBeTruthy();
  },
};

/** Finalize pressed too early: what is missing is said at the fields, before any request. */
export const FinalizeNeedsMore: Story = {
  render: () => editor(createMemoryAdapter()),
  play: async ({ canvasElement }) => {
    await until(() => expect(q(canvasElement, "#action-finalize")).toBeTruthy());
    await userEvent.click(q(canvasElement, "#action-finalize")!);
    await until(() => expect(text(canvasElement, "#due-error")).toBe("Set a due date to finalize the statement."));
    expect(text(canvasElement, '[part~="status"]')).toMatch(/fields need attention/);
  },
};

/** Money typed the way it is not read: each reason at its field, and the total leaves the item out. */
export const MoneyMessages: Story = {
  render: () => editor(createMemoryAdapter()),
  play: async ({ canvasElement }) => {
    await until(() => expect(items(canvasElement)).toHaveLength(1));
    await fillItem(canvasElement, 1, "Setup fee", "1500,50");
    await fillItem(canvasElement, 2, "Hours", "1.505", "2");
    await fillItem(canvasElement, 3, "Refund", "-200");
    expect(text(canvasElement, "#total-note")).toMatch(/^3 line items are not counted yet/);
  },
};

/** The backend refuses a line item: its message is at that item, everything typed stays. */
export const SaveFailedAtLineItem: Story = {
  render: () => {
    const adapter = createMemoryAdapter();
    adapter.failNext(
      "createLineItem",
      new PayrexError("http", "The unit price is above this account's limit.", {
        status: 400,
        errors: [{ code: "parameter_invalid", detail: "The unit price is above this account's limit.", parameter: "unit_price" }],
      }),
    );
    return editor(adapter);
  },
  play: async ({ canvasElement }) => {
    await until(() => expect(items(canvasElement)).toHaveLength(1));
    await fillItem(canvasElement, 1, "Annual licence", "45,000");
    await userEvent.click(q(canvasElement, "#action-save")!);
    await until(() => expect(text(canvasElement, '[id$="-price-error"]')).toBe("The unit price is above this account's limit."));
    expect(q<HTMLInputElement>(canvasElement, '[id$="-price"]')!.value).toBe("45,000");
  },
};

/** A save in flight: the button says so and further clicks join it. */
export const Saving: Story = {
  render: () => {
    const adapter = createMemoryAdapter();
    const pending = { ...adapter, createBillingStatement: () => new Promise<never>(() => {}) } as MemoryAdapter;
    return editor(pending);
  },
  play: async ({ canvasElement }) => {
    await until(() => expect(items(canvasElement)).toHaveLength(1));
    await fillItem(canvasElement, 1, "Setup fee", "1,500");
    await userEvent.click(q(canvasElement, "#action-save")!);
    await until(() => expect(text(canvasElement, "#action-save")).toBe("Saving…"));
  },
};

/** An open statement: its number and payment link, and send, void or mark uncollectible. */
export const Open: Story = {
  render: () => editor(createMemoryAdapter(), { statement: demoIds.statementOpen }),
  play: async ({ canvasElement }) => {
    await until(() => expect(q(canvasElement, "#link")).toBeTruthy());
    expect(q(canvasElement, "#action-send")).toBeTruthy();
  },
};

/** Void asks first, in a dialog that names the statement (Escape or Cancel keeps it open). */
export const ConfirmVoid: Story = {
  render: () => editor(createMemoryAdapter(), { statement: demoIds.statementOpen }),
  play: async ({ canvasElement }) => {
    await until(() => expect(q(canvasElement, "#action-void")).toBeTruthy());
    await userEvent.click(q(canvasElement, "#action-void")!);
    await until(() => expect(q<HTMLDialogElement>(canvasElement, "dialog")!.open).toBe(true));
    expect(text(canvasElement, "#dialog-title")).toMatch(/^Void statement .+\?$/);
  },
};

/** Paid: read only, no actions. */
export const Paid: Story = {
  render: () => editor(createMemoryAdapter(), { statement: demoIds.statementPaid }),
  play: async ({ canvasElement }) => {
    await until(() => expect(text(canvasElement, ".notice")).toBe("This statement is Paid: it can no longer be changed."));
  },
};

/** Void: read only. */
export const Void: Story = {
  render: () => editor(createMemoryAdapter(), { statement: demoIds.statementVoid }),
  play: async ({ canvasElement }) => {
    await until(() => expect(text(canvasElement, '[part~="badge"]')).toBe("Void"));
  },
};

/** Uncollectible: read only. */
export const Uncollectible: Story = {
  render: () => editor(createMemoryAdapter(), { statement: demoIds.statementUncollectible }),
  play: async ({ canvasElement }) => {
    await until(() => expect(text(canvasElement, '[part~="badge"]')).toBe("Uncollectible"));
  },
};

/** Loading a statement (the backend never answers here). */
export const Loading: Story = {
  render: () => editor(createMemoryAdapter(undefined, { latencyMs: Infinity }), { statement: demoIds.statementOpen }),
  play: async ({ canvasElement }) => {
    await until(() => expect(text(canvasElement, '[part~="status"]')).toBe("Loading billing statement…"));
  },
};

/** The statement could not be loaded: the reason and a retry. */
export const LoadFailed: Story = {
  render: () => {
    const adapter = createMemoryAdapter();
    adapter.failNext("getBillingStatement", "network");
    return editor(adapter, { statement: demoIds.statementOpen });
  },
  play: async ({ canvasElement }) => {
    await until(() => expect(q(canvasElement, '[part~="retry"]')).toBeTruthy());
  },
};

/** A customer-facing adapter without the staff methods: each missing method is named. */
export const MissingMethods: Story = {
  render: () => {
    const { getCustomer, getBillingStatement, createCustomer, updateCustomer, listPayments, listBillingStatements } = createMemoryAdapter();
    return editor({ getCustomer, getBillingStatement, createCustomer, updateCustomer, listPayments, listBillingStatements });
  },
  play: async ({ canvasElement }) => {
    await until(() => expect(text(canvasElement, ".missing")).toMatch(/no createBillingStatement method/));
  },
};

/** No customer yet: the customer directory asks for one (search by name, email or crm_id); choosing a row starts the draft. */
export const ChooseCustomer: Story = {
  render: () => html`<payrex-statement-editor .adapter=${createMemoryAdapter()}></payrex-statement-editor>`,
  play: async ({ canvasElement }) => {
    const directory = () => q(canvasElement, "payrex-customer-directory");
    await until(() => expect(directory()?.shadowRoot?.querySelector('[part~="name"]')).toBeTruthy());
    await userEvent.click(directory()!.shadowRoot!.querySelector('[part~="name"]')!);
    await until(() => expect(items(canvasElement)).toHaveLength(1));
  },
};

/** Your own picker in the `customer` slot: its `payrex-customer-select` starts the draft. */
export const PickACustomer: Story = {
  render: () => html`<payrex-statement-editor .adapter=${createMemoryAdapter()}>
    <button
      slot="customer"
      @click=${(e: Event) =>
        e.target!.dispatchEvent(
          new CustomEvent("payrex-customer-select", { detail: { customer: { id: demoIds.customer } }, bubbles: true, composed: true }),
        )}
    >
      Bill Maria Santos
    </button>
  </payrex-statement-editor>`,
  play: async ({ canvasElement }) => {
    await until(() => expect(text(canvasElement, ".base")).toMatch(/Choose the customer to bill first/));
    await userEvent.click(canvasElement.querySelector("button")!);
    await until(() => expect(items(canvasElement)).toHaveLength(1));
  },
};

/** In Filipino, dark. */
export const FilipinoDark: Story = {
  render: () => html`<payrex-statement-editor
    .adapter=${createMemoryAdapter()}
    customer-id=${demoIds.customer}
    locale="fil"
    theme="dark"
  ></payrex-statement-editor>`,
  play: async ({ canvasElement }) => {
    await until(() => expect(text(canvasElement, "#heading")).toBe("Bagong billing statement"));
  },
};

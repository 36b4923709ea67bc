import { html } from "lit";
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { expect, userEvent, waitFor } from "storybook/test";
import "../src/provider.js";
import "../src/customer-directory.js";
import "../src/customer-form.js";
import "../src/address-editor.js";
import "../src/payment-history.js";
import type { PayrexCustomerDirectory } from "../src/customer-directory.js";
import { createMemoryAdapter } from "../src/api/memory-adapter.js";
import type { PayrexAdapter } from "../src/api/adapter.js";
import type { Customer } from "../src/api/schemas.js";

const directory = (root: HTMLElement) => root.querySelector<PayrexCustomerDirectory>("payrex-customer-directory")!;
const shadow = (root: HTMLElement) => directory(root).shadowRoot!;
const rowCount = (root: HTMLElement) => shadow(root).querySelectorAll('.body [role="row"]').length;
const firstName = (root: HTMLElement) => shadow(root).querySelector(".body .name")?.textContent?.trim();
/** The first story pays for loading the element's part and the demo data. */
const shown = (root: HTMLElement, n?: number) =>
  waitFor(() => expect(n === undefined ? rowCount(root) > 0 : rowCount(root) === n).toBe(true), { timeout: 5000 });

/** The demo data: Maria Santos, Juan dela Cruz, a new customer and twenty more with a CRM id in metadata (`crm_id`). */
const demo = () => createMemoryAdapter();

/** One merchant with 10,000 customers, a day apart. */
function tenThousand(): PayrexAdapter {
  const now = Math.floor(Date.now() / 1000);
  const customers = Array.from({ length: 10_000 }, (_, i) => ({
    id: `cus_bulk${String(i).padStart(5, "0")}`,
    name: `Customer ${10_000 - i}`,
    email: `customer${10_000 - i}@example.ph`,
    billing_statement_prefix: i % 3 ? null : `KB${10_000 - i}`,
    metadata: { crm_id: `KB-${20_000 - i}` },
    created_at: now - i * 3600,
  }));
  return createMemoryAdapter({ customers });
}

const meta: Meta = {
  title: "Elements/Customer directory",
  component: "payrex-customer-directory",
  tags: ["autodocs"],
};
export default meta;

type Story = StoryObj;

/** Every customer, newest first, 20 a page. Type to search; click a row, or press Enter on it, to select it. */
export const Directory: Story = {
  render: () => html`<payrex-customer-directory .adapter=${demo()}></payrex-customer-directory>`,
  play: async ({ canvasElement }) => {
    await shown(canvasElement, 20);
    await userEvent.click(shadow(canvasElement).querySelector<HTMLElement>('[part~="next"]')!);
    await shown(canvasElement, 3);
  },
};

/**
 * The recipe: the selected customer's details are the other elements, in the `detail` slot. On
 * `payrex-customer-select` the page sets their `customer-id`; saving there updates the row.
 */
export const WithCustomerDetails: Story = {
  render: () => {
    const select = (e: CustomEvent<{ customer: Customer }>) => {
      const slot = (e.currentTarget as HTMLElement).querySelector('[slot="detail"]')!;
      for (const el of slot.querySelectorAll<HTMLElement & { customerId?: string }>("[data-customer]")) el.customerId = e.detail.customer.id;
    };
    return html`<payrex-provider .adapter=${demo()}>
      <payrex-customer-directory page-size="5" @payrex-customer-select=${select}>
        <div slot="detail" style="display: grid; gap: 1.5rem">
          <section><h3>Customer</h3><payrex-customer-form data-customer></payrex-customer-form></section>
          <section><h3>Billing address</h3><payrex-address-editor data-customer></payrex-address-editor></section>
          <section><h3>Payments and statements</h3><payrex-payment-history data-customer></payrex-payment-history></section>
        </div>
      </payrex-customer-directory>
    </payrex-provider>`;
  },
  play: async ({ canvasElement }) => {
    await shown(canvasElement, 5);
    await userEvent.click(shadow(canvasElement).querySelector<HTMLElement>(".body .name")!);
    await waitFor(() => expect(shadow(canvasElement).querySelector('[part="detail"]')).toBeTruthy());
    const form = canvasElement.querySelector("payrex-customer-form")!;
    await waitFor(() => expect(form.shadowRoot?.querySelector<HTMLInputElement>("#name")?.value).toBeTruthy(), { timeout: 5000 });
  },
};

/** Searching a name: the list follows once typing pauses. */
export const SearchByName: Story = {
  render: () => html`<payrex-customer-directory .adapter=${demo()}></payrex-customer-directory>`,
  play: async ({ canvasElement }) => {
    await shown(canvasElement, 20);
    await userEvent.type(shadow(canvasElement).querySelector<HTMLElement>("#search-text")!, "maria{Enter}");
    await waitFor(() => expect(firstName(canvasElement)).toBe("Maria Santos"));
  },
};

/** Your own customer id kept in metadata: `search-by="metadata"` with `metadata-key="crm_id"`, so staff type only the id. */
export const SearchByMetadata: Story = {
  render: () =>
    html`<payrex-customer-directory search-by="metadata" metadata-key="crm_id" search="KB-1005" .adapter=${demo()}></payrex-customer-directory>`,
  play: async ({ canvasElement }) => {
    await shown(canvasElement, 1);
  },
};

/** A value without a metadata key: the search waits, and says so at the key field. */
export const MetadataKeyMissing: Story = {
  render: () => html`<payrex-customer-directory search-by="metadata" search="KB-1005" .adapter=${demo()}></payrex-customer-directory>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector("#search-key")?.getAttribute("aria-invalid")).toBe("true"));
  },
};

/** An email address being typed: PayRex matches whole addresses, so the search waits for one. */
export const PartialEmail: Story = {
  render: () => html`<payrex-customer-directory search="maria@" .adapter=${demo()}></payrex-customer-directory>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[part="hint"]')?.textContent).toContain("whole email"));
  },
};

/** Nothing matches: a way back to everyone. */
export const NoMatches: Story = {
  render: () => html`<payrex-customer-directory search="nobody by this name" .adapter=${demo()}></payrex-customer-directory>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[part~="clear-button"]')).toBeTruthy(), { timeout: 5000 });
  },
};

/** No customers yet. */
export const Empty: Story = {
  render: () => html`<payrex-customer-directory .adapter=${createMemoryAdapter({})}></payrex-customer-directory>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[part="empty"]')).toBeTruthy());
  },
};

/** Placeholder rows while the first page loads (this backend never answers). */
export const Loading: Story = {
  render: () =>
    html`<payrex-customer-directory .adapter=${createMemoryAdapter(undefined, { latencyMs: Infinity })}></payrex-customer-directory>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[part="skeleton"]')).toBeTruthy());
  },
};

/** Loading failed: the reason and a retry (this backend fails until reloaded). */
export const LoadError: Story = {
  name: "Error",
  render: () => {
    const adapter = demo();
    adapter.failNext("listCustomers", "network", Infinity);
    return html`<payrex-customer-directory .adapter=${adapter}></payrex-customer-directory>`;
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[part="retry"]')).toBeTruthy());
  },
};

/** A customer-facing adapter without the staff method `listCustomers`: the directory names what is missing. */
export const MissingMethod: Story = {
  render: () => {
    const { listCustomers: _, ...customerFacing } = demo();
    return html`<payrex-customer-directory .adapter=${customerFacing as PayrexAdapter}></payrex-customer-directory>`;
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[part="alert"]')?.textContent).toContain("listCustomers"));
  },
};

/** No backend configured. */
export const NoBackend: Story = {
  render: () => html`<payrex-customer-directory></payrex-customer-directory>`,
};

/** "New customer" opens the customer form in a dialog; the customer it creates is shown first and selected. */
export const NewCustomer: Story = {
  render: () => html`<payrex-customer-directory .adapter=${demo()}></payrex-customer-directory>`,
  play: async ({ canvasElement }) => {
    await shown(canvasElement, 20);
    await userEvent.click(shadow(canvasElement).querySelector<HTMLElement>('[part~="new-button"]')!);
    await waitFor(() => expect(shadow(canvasElement).querySelector<HTMLDialogElement>("#create")!.open).toBe(true));
  },
};

/** Delete asks first, naming the customer. */
export const DeleteConfirmation: Story = {
  render: () => html`<payrex-customer-directory .adapter=${demo()}></payrex-customer-directory>`,
  play: async ({ canvasElement }) => {
    await shown(canvasElement, 20);
    await userEvent.click(shadow(canvasElement).querySelector<HTMLElement>('[part~="delete-button"]')!);
    await waitFor(() => expect(shadow(canvasElement).querySelector("#delete-title")?.textContent).toMatch(/^Delete .+\?$/));
  },
};

/** Deleting failed: the reason stays in the confirmation, to try again or cancel. */
export const DeleteFailed: Story = {
  render: () => {
    const adapter = demo();
    adapter.failNext("deleteCustomer", "network", Infinity);
    return html`<payrex-customer-directory .adapter=${adapter}></payrex-customer-directory>`;
  },
  play: async ({ canvasElement }) => {
    await shown(canvasElement, 20);
    await userEvent.click(shadow(canvasElement).querySelector<HTMLElement>('[part~="delete-button"]')!);
    await waitFor(() => expect(shadow(canvasElement).querySelector('#delete [part~="confirm"]')).toBeTruthy());
    await userEvent.click(shadow(canvasElement).querySelector<HTMLElement>('#delete [part~="confirm"]')!);
    await waitFor(() => expect(shadow(canvasElement).querySelector('#delete [role="alert"]')).toBeTruthy());
  },
};

/** 10,000 customers, 100 a page: only the page shown is in the DOM. */
export const TenThousandCustomers: Story = {
  parameters: { docs: { story: { inline: false, height: "640px" } } },
  render: () => html`<payrex-customer-directory page-size="100" .adapter=${tenThousand()}></payrex-customer-directory>`,
  play: async ({ canvasElement }) => {
    await shown(canvasElement, 100);
    for (let i = 0; i < 3; i++) await directory(canvasElement).nextPage();
    expect(firstName(canvasElement)).toBe("Customer 9700");
    expect(rowCount(canvasElement)).toBe(100);
  },
};

/** As a customer picker (e.g. in the statement editor's `customer` slot): no New customer, no Delete. */
export const Picker: Story = {
  render: () => html`<payrex-customer-directory hide-create hide-delete page-size="5" .adapter=${demo()}></payrex-customer-directory>`,
  play: async ({ canvasElement }) => {
    await shown(canvasElement, 5);
    expect(shadow(canvasElement).querySelector('[part~="delete-button"]')).toBeNull();
  },
};

/** Narrow: each row is a card. */
export const Narrow: Story = {
  render: () => html`<div style="max-width: 360px"><payrex-customer-directory page-size="5" .adapter=${demo()}></payrex-customer-directory></div>`,
};

/** In Filipino. */
export const Filipino: Story = {
  render: () => html`<payrex-customer-directory locale="fil" .adapter=${demo()}></payrex-customer-directory>`,
  play: async ({ canvasElement }) => {
    await shown(canvasElement, 20);
    expect(shadow(canvasElement).querySelector('[part~="new-button"]')!.textContent!.trim()).toBe("Bagong customer");
  },
};

/** The dark colour scheme, with a customer selected. */
export const Dark: Story = {
  render: () =>
    html`<div style="background: #0f1115; padding: 1rem">
      <payrex-customer-directory theme="dark" page-size="5" .adapter=${demo()}></payrex-customer-directory>
    </div>`,
  play: async ({ canvasElement }) => {
    await shown(canvasElement, 5);
    await userEvent.click(shadow(canvasElement).querySelectorAll<HTMLElement>(".body .name")[1]!);
    await waitFor(() => expect(shadow(canvasElement).querySelector('[part~="row-selected"]')).toBeTruthy());
  },
};

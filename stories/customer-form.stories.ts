import { html } from "lit";
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { expect, userEvent, waitFor } from "storybook/test";
import "../src/customer-form.js";
import type { PayrexCustomerForm } from "../src/customer-form.js";
import { createMemoryAdapter, demoIds, type MemoryAdapter } from "../src/api/memory-adapter.js";
import { PayrexError } from "../src/api/errors.js";

const formOf = (canvas: HTMLElement) => canvas.querySelector<PayrexCustomerForm>("payrex-customer-form")!;
const inside = <T extends HTMLElement = HTMLElement>(canvas: HTMLElement, selector: string) =>
  formOf(canvas).shadowRoot!.querySelector<T>(selector);
const text = (canvas: HTMLElement, selector: string) => inside(canvas, selector)?.textContent?.trim() ?? "";

/** Fills a field the way typing does (an input event, then a change when leaving it). */
function fill(canvas: HTMLElement, id: string, value: string) {
  const input = inside<HTMLInputElement>(canvas, `#${id}`)!;
  input.value = value;
  input.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true }));
  input.dispatchEvent(new Event("change", { bubbles: true }));
}

async function fillNewCustomer(canvas: HTMLElement) {
  await waitFor(() => expect(inside(canvas, "form")).toBeTruthy());
  fill(canvas, "name", "Ana Reyes");
  fill(canvas, "email", "ana.reyes@example.ph");
  fill(canvas, "prefix", "AREYES");
}

const meta: Meta = {
  title: "Elements/Customer form",
  component: "payrex-customer-form",
  tags: ["autodocs"],
  parameters: {
    docs: {
      description: {
        component:
          "Creates a customer (no `customer-id`) or edits one (`customer-id`, or a `customer` object). " +
          "Every story runs on the in-browser memory backend with Philippine demo data.",
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** Create mode: empty fields; submitting creates the customer, then the form edits it. */
export const Create: Story = {
  render: () => html`<payrex-customer-form .adapter=${createMemoryAdapter()}></payrex-customer-form>`,
  play: async ({ canvasElement }) => {
    await fillNewCustomer(canvasElement);
    await userEvent.click(inside(canvasElement, '[part~="submit"]')!);
    await waitFor(() => expect(formOf(canvasElement).customerId).toMatch(/^cus_/));
    await waitFor(() => expect(text(canvasElement, '[part~="status"]')).not.toBe(""));
  },
};

/** Edit mode: loads Maria Santos, with her metadata; only changed fields are sent. */
export const Edit: Story = {
  render: () =>
    html`<payrex-customer-form .adapter=${createMemoryAdapter()} customer-id=${demoIds.customer}></payrex-customer-form>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inside<HTMLInputElement>(canvasElement, "#name")?.value).toBe("Maria Santos"));
    expect(formOf(canvasElement).shadowRoot!.querySelectorAll('input[id^="key-"]')).toHaveLength(2);
  },
};

/** While the customer loads: a busy region and a status message. */
export const Loading: Story = {
  render: () =>
    html`<payrex-customer-form
      .adapter=${createMemoryAdapter(undefined, { latencyMs: Infinity })}
      customer-id=${demoIds.customer}
    ></payrex-customer-form>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inside(canvasElement, '[aria-busy="true"]')).toBeTruthy());
    expect(inside(canvasElement, "form")).toBeNull();
  },
};

const failingLoad = () => {
  const adapter = createMemoryAdapter();
  adapter.failNext("getCustomer", "network");
  return adapter;
};

/** The customer could not be loaded: the reason and a retry button (which succeeds here). */
export const LoadFailed: Story = {
  name: "Load failed",
  render: () => html`<payrex-customer-form .adapter=${failingLoad()} customer-id=${demoIds.customer}></payrex-customer-form>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inside(canvasElement, ".retry")).toBeTruthy());
    expect(text(canvasElement, '[part~="alert"]')).toContain("Could not load the customer.");
  },
};

/** Saving: the submit button shows progress and ignores further presses. */
export const Saving: Story = {
  render: () => html`<payrex-customer-form .adapter=${createMemoryAdapter(undefined, { latencyMs: Infinity })}></payrex-customer-form>`,
  play: async ({ canvasElement }) => {
    await fillNewCustomer(canvasElement);
    const submit = inside<HTMLButtonElement>(canvasElement, '[part~="submit"]')!;
    await userEvent.click(submit);
    await waitFor(() => expect(submit.getAttribute("aria-disabled")).toBe("true"));
    await userEvent.click(submit);
    expect(submit.disabled).toBe(false);
    const { calls } = formOf(canvasElement).adapter as MemoryAdapter;
    expect(calls.filter((c) => c.method === "createCustomer")).toHaveLength(1);
  },
};

/** Submitting an empty form: messages at each field, focus on the first, a count announced. */
export const ValidationErrors: Story = {
  name: "Validation errors",
  render: () => html`<payrex-customer-form .adapter=${createMemoryAdapter()}></payrex-customer-form>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inside(canvasElement, "form")).toBeTruthy());
    fill(canvasElement, "prefix", "ab");
    await userEvent.click(inside(canvasElement, '[part~="submit"]')!);
    await waitFor(() => expect(text(canvasElement, '[part~="status"]')).toBe("3 fields need attention."));
    expect(inside(canvasElement, "#name")!.getAttribute("aria-invalid")).toBe("true");
  },
};

const rejectingEmail = () => {
  const adapter = createMemoryAdapter();
  adapter.failNext(
    "createCustomer",
    new PayrexError("http", "This email is already used by another customer.", {
      status: 400,
      errors: [
        { code: "parameter_invalid", detail: "This email is already used by another customer.", parameter: "email" },
      ],
    }),
  );
  return adapter;
};

/** The backend refuses the email: its message lands on that field; what was typed stays. */
export const ServerError: Story = {
  name: "Server error",
  render: () => html`<payrex-customer-form .adapter=${rejectingEmail()}></payrex-customer-form>`,
  play: async ({ canvasElement }) => {
    await fillNewCustomer(canvasElement);
    await userEvent.click(inside(canvasElement, '[part~="submit"]')!);
    await waitFor(() => expect(text(canvasElement, "#email-error")).toBe("This email is already used by another customer."));
    expect(inside<HTMLInputElement>(canvasElement, "#email")!.value).toBe("ana.reyes@example.ph");
  },
};

/** A save failure that names no field: an alert above the buttons; what was typed stays. */
export const SaveFailed: Story = {
  name: "Save failed",
  render: () => {
    const adapter = createMemoryAdapter();
    adapter.failNext("createCustomer", "network");
    return html`<payrex-customer-form .adapter=${adapter}></payrex-customer-form>`;
  },
  play: async ({ canvasElement }) => {
    await fillNewCustomer(canvasElement);
    await userEvent.click(inside(canvasElement, '[part~="submit"]')!);
    await waitFor(() => expect(text(canvasElement, '[part~="alert"]')).toContain("Could not save the customer."));
    expect(inside<HTMLInputElement>(canvasElement, "#name")!.value).toBe("Ana Reyes");
  },
};

/** No adapter, provider or base-url: a configuration error instead of a blank box. */
export const NotConfigured: Story = {
  name: "Not configured",
  render: () => html`<payrex-customer-form></payrex-customer-form>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(text(canvasElement, '[role="alert"]')).toContain("no backend configured"));
    expect(inside(canvasElement, "form")).toBeNull();
  },
};

/** Filipino, editing a customer. */
export const Filipino: Story = {
  render: () =>
    html`<payrex-customer-form
      locale="fil"
      .adapter=${createMemoryAdapter()}
      customer-id=${demoIds.customer}
    ></payrex-customer-form>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(text(canvasElement, '[part~="submit"]')).toBe("I-save ang mga pagbabago"));
    expect(text(canvasElement, 'label[for="name"]')).toContain("Pangalan");
  },
};

/** Forced dark theme on a dark page. */
export const Dark: Story = {
  decorators: [
    (story) => html`<div style="background:#0f1115;padding:1.5rem;border-radius:8px">${story()}</div>`,
  ],
  render: () =>
    html`<payrex-customer-form
      theme="dark"
      .adapter=${createMemoryAdapter()}
      customer-id=${demoIds.customer}
    ></payrex-customer-form>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inside(canvasElement, "form")).toBeTruthy());
    expect(getComputedStyle(formOf(canvasElement)).colorScheme).toBe("dark");
  },
};

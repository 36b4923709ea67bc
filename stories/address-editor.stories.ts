import { html } from "lit";
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { expect, userEvent, waitFor } from "storybook/test";
import "../src/address-editor.js";
import type { PayrexAddressEditor } from "../src/address-editor.js";
import type { AddressValue } from "../src/components/address-editor/address-editor.js";
import { createMemoryAdapter, demoIds } from "../src/api/memory-adapter.js";
import { PayrexError } from "../src/api/errors.js";

// The Philippine place data is the modules `npm run build:data` writes into
// src/components/address-editor/ph/, which Storybook's Vite serves and splits like any app's bundler.

const meta: Meta = {
  title: "Elements/Address editor",
  component: "payrex-address-editor",
  tags: ["autodocs"],
};
export default meta;

type Story = StoryObj;

const editorIn = (root: HTMLElement) => root.querySelector<PayrexAddressEditor>("payrex-address-editor")!;
const inner = (el: PayrexAddressEditor, key: string) => {
  const input = (el.renderRoot as ParentNode).querySelector<HTMLInputElement>(`[id$="-${key}"]`);
  if (!input) throw new Error(`no ${key} field yet`);
  return input;
};
const ready = async (root: HTMLElement, key = "line1") => {
  const el = editorIn(root);
  await waitFor(() => expect(inner(el, key)).toBeTruthy(), { timeout: 5000 });
  await el.updateComplete;
  return el;
};

const manila: AddressValue = {
  name: "Maria Santos",
  email: "maria.santos@example.ph",
  phone: "+639171234567",
  address: {
    line1: "Unit 12B, 88 Kalayaan Ave",
    line2: "Pinyahan",
    city: "Quezon City",
    state: "Metro Manila",
    postal_code: "1100",
    country: "PH",
  },
};

/** The default: the Philippines, with searchable region, province, city and barangay pickers. */
export const PhilippinesEmpty: Story = {
  render: () => html`<payrex-address-editor></payrex-address-editor>`,
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement, "city");
    await userEvent.type(inner(el, "city"), "Makati");
    await waitFor(() => expect(inner(el, "city").getAttribute("aria-expanded")).toBe("true"));
    await userEvent.keyboard("{ArrowDown}{Enter}");
    await el.updateComplete;
    expect(el.value.address.state).toBe("Metro Manila");
    expect(el.value.address.city).toBe("City of Makati");
    await userEvent.type(inner(el, "line2"), "Pob");
    await waitFor(() => expect(inner(el, "line2").getAttribute("aria-expanded")).toBe("true"));
    await userEvent.keyboard("{ArrowDown}{Enter}");
    expect(el.value.address.line2).toBe("Poblacion");
  },
};

/** A Metro Manila address, with the name and email the merchant asked for. */
export const PhilippinesFilled: Story = {
  render: () =>
    html`<payrex-address-editor
      .fields=${{ name: "required", email: "optional", phone: "required" }}
      .value=${manila}
    ></payrex-address-editor>`,
};

/** Manila's districts: the city stays "City of Manila", the district goes with the barangay. */
export const PhilippinesManilaDistrict: Story = {
  render: () =>
    html`<payrex-address-editor
      .value=${{
        phone: null,
        address: {
          line1: "1 Recto Ave",
          line2: "Barangay 105, Tondo I/II",
          city: "City of Manila",
          state: "Metro Manila",
          postal_code: "1012",
          country: "PH",
        },
      }}
    ></payrex-address-editor>`,
};

/**
 * From Quezon City (1100) to the City of San Fernando, Pampanga: the old province, city, barangay and
 * postal code are cleared as the region changes, and a screen reader hears which.
 */
export const PhilippinesCityChanged: Story = {
  render: () => html`<payrex-address-editor .value=${{ ...manila, name: undefined, email: undefined }}></payrex-address-editor>`,
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement, "region");
    const live = (el.renderRoot as ParentNode).querySelector(".visually-hidden[role=status]")!;
    const choose = async (key: string, text: string) => {
      const input = inner(el, key);
      input.focus();
      input.select();
      await userEvent.keyboard("{Backspace}");
      await el.updateComplete;
      // Announced as the picked place is cleared.
      if (key === "region") expect(live.textContent).toContain("Also cleared: Province or city, City or municipality, Barangay, Postal code.");
      await userEvent.keyboard(text);
      await waitFor(() => expect(input.getAttribute("aria-expanded")).toBe("true"));
      await userEvent.keyboard("{ArrowDown}{Enter}");
      await el.updateComplete;
    };
    await choose("region", "Central Luzon");
    expect(el.value.address).toMatchObject({ state: null, city: null, line2: null, postal_code: null });
    await choose("state", "Pampanga");
    await choose("city", "San Fernando");
    expect(el.value.address).toMatchObject({ state: "Pampanga", city: "City of San Fernando", postal_code: null });
  },
};

/** A picker with a place picked opens on ArrowDown with the whole list, that place active. */
export const PhilippinesListOnPickedPlace: Story = {
  render: () => html`<payrex-address-editor .value=${manila}></payrex-address-editor>`,
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement, "line2");
    inner(el, "line2").focus();
    await userEvent.keyboard("{ArrowDown}");
    await el.updateComplete;
    const input = inner(el, "line2");
    const active = (el.renderRoot as ParentNode).querySelector(`#${input.getAttribute("aria-activedescendant")}`);
    expect(active?.textContent?.trim()).toBe("Pinyahan");
  },
};

/** When the place list cannot load (or a place is missing from it), every level is typed freely. */
export const PhilippinesPlacesUnavailable: Story = {
  render: () => html`<payrex-address-editor .dataUrl=${"/no-place-data-here/"}></payrex-address-editor>`,
};

/** United States: city, state and ZIP code on one row, all required, ZIP pattern checked. */
export const UnitedStates: Story = {
  render: () =>
    html`<payrex-address-editor
      .value=${{
        phone: "+14155550143",
        address: { line1: "1 Market St", line2: "Suite 300", city: "San Francisco", state: "CA", postal_code: "94105", country: "US" },
      }}
    ></payrex-address-editor>`,
};

/** Japan: postal code first, then prefecture and street, as Japanese addresses are written. */
export const Japan: Story = {
  render: () =>
    html`<payrex-address-editor
      .value=${{
        phone: "+81312345678",
        address: { line1: "千代田区丸の内1-1-1", line2: null, city: null, state: "東京都", postal_code: "100-0005", country: "JP" },
      }}
    ></payrex-address-editor>`,
};

/** United Kingdom: post town and postcode, no state. */
export const UnitedKingdom: Story = {
  render: () =>
    html`<payrex-address-editor
      .value=${{
        phone: "+442079460018",
        address: { line1: "10 Downing Street", line2: null, city: "London", state: null, postal_code: "SW1A 2AA", country: "GB" },
      }}
    ></payrex-address-editor>`,
};

/** Singapore has neither states nor cities in its addresses: street and postal code only. */
export const CountryWithoutStates: Story = {
  render: () => html`<payrex-address-editor country="SG"></payrex-address-editor>`,
};

/** Only some countries offered, and every message shown with a summary (as after a submit). */
export const AllowedCountriesWithErrors: Story = {
  render: () => html`<payrex-address-editor allowed-countries="PH SG US" country="US"></payrex-address-editor>`,
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    el.validate();
    await el.updateComplete;
    expect(inner(el, "line1").getAttribute("aria-invalid")).toBe("true");
    // The summary, as the customer form gives it.
    expect((el.renderRoot as ParentNode).querySelector("[part~=status]")!.textContent).toBe("4 fields need attention.");
  },
};

/** Inputs in the light DOM, for password managers and autofill extensions; looks the same. */
export const LightDom: Story = {
  render: () => html`<payrex-address-editor render-root="light" .value=${manila}></payrex-address-editor>`,
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    expect(el.shadowRoot).toBeNull();
    expect(el.querySelector('input[autocomplete$="address-line1"]')).toBeTruthy();
  },
};

/** In a native form: the submit button shows what the form would send. */
export const InNativeForm: Story = {
  render: () => {
    const onSubmit = (e: SubmitEvent) => {
      e.preventDefault();
      const form = e.target as HTMLFormElement;
      const out = form.querySelector("output")!;
      out.textContent = [...new FormData(form)].map(([k, v]) => `${k} = ${String(v)}`).join("\n");
    };
    return html`<form @submit=${onSubmit}>
      <fieldset>
        <legend>Billing address</legend>
        <payrex-address-editor name="billing" .value=${{ ...manila, phone: null }}></payrex-address-editor>
      </fieldset>
      <button type="submit">Continue to payment</button>
      <button type="reset">Reset</button>
      <pre><output aria-live="polite"></output></pre>
    </form>`;
  },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await userEvent.type(inner(el, "phone"), "0918 765 4321");
    await userEvent.click(canvasElement.querySelector<HTMLButtonElement>("button[type=submit]")!);
    const out = canvasElement.querySelector("output")!;
    await waitFor(() => expect(out.textContent).toContain("billing[phone] = +639187654321"));
    expect(out.textContent).toContain("billing[state] = Metro Manila");
  },
};

const bound = (id: string, adapter = createMemoryAdapter()) =>
  html`<payrex-address-editor customer-id=${id} .adapter=${adapter}></payrex-address-editor>`;

/** Bound to a customer: loads the billing details and saves them with the save button. */
export const BoundLoaded: Story = {
  render: () => bound(demoIds.customer),
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    const saved = new Promise((resolve) => el.addEventListener("payrex-address-saved", resolve, { once: true }));
    await userEvent.click((el.renderRoot as ParentNode).querySelector<HTMLButtonElement>("[part~=save]")!);
    await saved;
  },
};

/** A customer without an address yet. */
export const BoundNoAddress: Story = {
  render: () => bound(demoIds.customerNoAddress),
};

/** Loading the customer (the backend never answers here). */
export const BoundLoading: Story = {
  render: () => bound(demoIds.customer, createMemoryAdapter(undefined, { latencyMs: Infinity })),
};

/** Loading failed: the message and a retry. */
export const BoundLoadFailed: Story = {
  render: () => {
    const adapter = createMemoryAdapter();
    adapter.failNext("getCustomer", "network", Infinity);
    return bound(demoIds.customer, adapter);
  },
};

/** Saving (the backend never answers here). */
export const BoundSaving: Story = {
  render: () => bound(demoIds.customer),
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    (el.adapter as ReturnType<typeof createMemoryAdapter>).latencyMs = Infinity;
    await userEvent.click((el.renderRoot as ParentNode).querySelector<HTMLButtonElement>("[part~=save]")!);
    await waitFor(() => expect((el.renderRoot as ParentNode).querySelector("[part~=form]")!.getAttribute("aria-busy")).toBe("true"));
  },
};

/** Saving failed with a field error from the backend: shown at the postal code, nothing typed is lost. */
export const BoundSaveFailed: Story = {
  render: () => {
    const adapter = createMemoryAdapter();
    adapter.failNext(
      "updateCustomer",
      new PayrexError("http", "Invalid request.", {
        status: 400,
        errors: [{ code: "parameter_invalid", detail: "This postal code is not in Quezon City.", parameter: "billing_details[address][postal_code]" }],
      }),
    );
    return bound(demoIds.customer, adapter);
  },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await userEvent.click((el.renderRoot as ParentNode).querySelector<HTMLButtonElement>("[part~=save]")!);
    await waitFor(() => expect(inner(el, "postal_code").getAttribute("aria-invalid")).toBe("true"));
    expect((el.renderRoot as ParentNode).querySelector("[role=alert]")).toBeTruthy();
  },
};

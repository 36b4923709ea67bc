import { html, css } from "lit";
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { expect, waitFor } from "storybook/test";
import "../src/provider.js";
import "../src/customer-form.js";
import type { PayrexProvider } from "../src/provider.js";
import { PayrexDataElement } from "../src/core/payrex-element.js";
import { PayrexError } from "../src/api/errors.js";
import type { PayrexAdapter } from "../src/api/adapter.js";
import { defineElement } from "../src/core/define.js";

/**
 * Shows what a payrex element inside the provider receives: the locale in effect and whether it
 * got an adapter. Stands in for any data element so these stories do not depend on one.
 */
class StoryProbe extends PayrexDataElement {
  static override styles = [
    ...(Array.isArray(PayrexDataElement.styles) ? PayrexDataElement.styles : [PayrexDataElement.styles]),
    css`
      :host {
        border: 1px dashed var(--_border);
        border-radius: var(--_radius);
        padding: calc(var(--_space) / 2);
        margin-block-start: calc(var(--_space) / 2);
      }
    `,
  ];

  protected override render() {
    const adapter = this.resolvedAdapter;
    return html`<dl>
      <dt>Locale</dt>
      <dd data-test="locale">${this.resolvedLocale}</dd>
      <dt>Adapter</dt>
      <dd data-test="adapter">${adapter instanceof PayrexError ? "none" : "provided"}</dd>
    </dl>`;
  }
}
defineElement("payrex-story-probe", StoryProbe);

/** An adapter that never reaches a backend: these stories only look at what the provider hands down. */
const notConnected = (): Promise<never> => Promise.reject(new PayrexError("network", "Not connected in this story"));
const adapter: PayrexAdapter = {
  getCustomer: notConnected,
  createCustomer: notConnected,
  updateCustomer: notConnected,
  listPayments: notConnected,
  listBillingStatements: notConnected,
  getBillingStatement: notConnected,
};

const probeText = (root: HTMLElement, which: "locale" | "adapter", index = 0): string | undefined =>
  root.querySelectorAll<StoryProbe>("payrex-story-probe")[index]?.shadowRoot?.querySelector(`[data-test="${which}"]`)
    ?.textContent ?? undefined;

const meta: Meta = {
  title: "Elements/Provider",
  component: "payrex-provider",
  tags: ["autodocs"],
};
export default meta;

type Story = StoryObj;

/** The provider gives its adapter and locale to every payrex element inside it, however deep. */
export const LocaleAndAdapter: Story = {
  render: () => html`
    <payrex-provider locale="fil" .adapter=${adapter}>
      <section>
        <p>Everything inside this provider speaks Filipino and uses the same backend.</p>
        <payrex-story-probe></payrex-story-probe>
      </section>
    </payrex-provider>
  `,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(probeText(canvasElement, "locale")).toBe("fil"));
    expect(probeText(canvasElement, "adapter")).toBe("provided");
    const probe = canvasElement.querySelector<StoryProbe>("payrex-story-probe")!;
    expect(probe.resolvedAdapter).toBe(adapter);

    // Switching the provider's language reaches the elements inside without re-creating them.
    const provider = canvasElement.querySelector<PayrexProvider>("payrex-provider")!;
    provider.locale = "en";
    await waitFor(() => expect(probeText(canvasElement, "locale")).toBe("en"));
  },
};

/** An element's own `locale` wins over the provider's. */
export const OwnLocaleWins: Story = {
  render: () => html`
    <payrex-provider locale="fil" .adapter=${adapter}>
      <payrex-story-probe></payrex-story-probe>
      <payrex-story-probe locale="en"></payrex-story-probe>
    </payrex-provider>
  `,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(probeText(canvasElement, "locale", 0)).toBe("fil"));
    expect(probeText(canvasElement, "locale", 1)).toBe("en");
  },
};

/** A nested provider inherits what it does not set itself (here: the outer adapter). */
export const Nested: Story = {
  render: () => html`
    <payrex-provider .adapter=${adapter}>
      <payrex-provider locale="fil">
        <payrex-story-probe></payrex-story-probe>
      </payrex-provider>
    </payrex-provider>
  `,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(probeText(canvasElement, "locale")).toBe("fil"));
    expect(probeText(canvasElement, "adapter")).toBe("provided");
  },
};

/** Without a provider (or `adapter` / `base-url`), an element has no backend. */
export const WithoutProvider: Story = {
  render: () => html`<payrex-story-probe locale="en"></payrex-story-probe>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(probeText(canvasElement, "adapter")).toBe("none"));
  },
};

/**
 * A `base-url` holding a PayRex secret key is refused: nothing is sent, and the elements inside say
 * why (the key must stay on the server) instead of "no backend configured".
 */
export const SecretKeyInBaseUrl: Story = {
  render: () => html`
    <payrex-provider base-url=${`/api/payrex?key=${"sk_" + "test_"}0000000000000000`} locale="en">
      <payrex-customer-form></payrex-customer-form>
    </payrex-provider>
  `,
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector("payrex-customer-form")!;
    // The form's behaviour is its own module: its first load may take longer than waitFor's default.
    await waitFor(() => expect(form.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? "").toContain("secret key"), {
      timeout: 5000,
    });
    expect(form.shadowRoot!.querySelector("form")).toBeNull();
  },
};

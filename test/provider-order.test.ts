// Registration order: an element upgraded before the <payrex-provider> around it still gets its
// settings once the provider is defined. Its own file, so that payrex-provider is not yet defined.
import { expect, fixture, html } from "@open-wc/testing";
import { defineElement } from "../src/core/define.js";
import { PayrexProvider } from "../src/components/provider/provider.js";
import type { PayrexAdapter } from "../src/api/adapter.js";
import type { PayrexCustomerForm } from "../src/customer-form.js";
import "../src/customer-form.js";

describe("registration order", () => {
  it("an element upgraded inside a provider that is defined later gets the provider's adapter and locale", async () => {
    expect(customElements.get("payrex-provider")).to.equal(undefined);
    const adapter = { name: "late" } as unknown as PayrexAdapter;
    const wrapper = await fixture<HTMLElement>(html`<div><payrex-provider locale="fil"><payrex-customer-form></payrex-customer-form></payrex-provider></div>`);
    const provider = wrapper.querySelector("payrex-provider") as HTMLElement & { adapter?: PayrexAdapter };
    provider.adapter = adapter; // an own property until the upgrade takes it over
    const form = wrapper.querySelector<PayrexCustomerForm>("payrex-customer-form")!;
    await form.updateComplete;
    expect(form.resolvedAdapter).to.not.equal(adapter);

    defineElement("payrex-provider", PayrexProvider);
    await (provider as PayrexProvider).updateComplete;
    await form.updateComplete;
    expect(form.resolvedAdapter).to.equal(adapter);
    expect(form.resolvedLocale).to.equal("fil");
  });
});

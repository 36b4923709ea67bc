import { expect, fixture, html, oneEvent } from "@open-wc/testing";
import { ContextProvider } from "@lit/context";
import { html as litHtml } from "lit";
import { PayrexDataElement } from "../src/core/payrex-element.js";
import { defineElement } from "../src/core/define.js";
import { payrexContext } from "../src/core/context.js";
import { PayrexError } from "../src/api/errors.js";
import type { PayrexAdapter } from "../src/api/adapter.js";
import type { PayrexProvider } from "../src/provider.js";
import "../src/provider.js";
import "../src/customer-form.js";

class ConfigProbe extends PayrexDataElement {
  protected override render() {
    return litHtml`<span>${this.resolvedLocale}</span>`;
  }
}
defineElement("test-config-probe", ConfigProbe);

const adapterA = { name: "A" } as unknown as PayrexAdapter;
const adapterB = { name: "B" } as unknown as PayrexAdapter;

describe("<payrex-provider>", () => {
  it("is accessible and renders its content unchanged", async () => {
    const el = await fixture<PayrexProvider>(html`<payrex-provider .adapter=${adapterA}><p>Account</p></payrex-provider>`);
    await expect(el).to.be.accessible();
    expect(getComputedStyle(el).display).to.equal("contents");
    expect(el.querySelector("p")!.assignedSlot).to.exist;
  });

  it("gives nested elements its adapter and locale, and updates them on change", async () => {
    const el = await fixture<PayrexProvider>(
      html`<payrex-provider locale="fil" .adapter=${adapterA}><div><test-config-probe></test-config-probe></div></payrex-provider>`,
    );
    const probe = el.querySelector<ConfigProbe>("test-config-probe")!;
    await probe.updateComplete;
    expect(probe.resolvedAdapter).to.equal(adapterA);
    expect(probe.resolvedLocale).to.equal("fil");
    el.adapter = adapterB;
    el.locale = "en-PH";
    await el.updateComplete;
    await probe.updateComplete;
    expect(probe.resolvedAdapter).to.equal(adapterB);
    expect(probe.shadowRoot!.textContent).to.equal("en-PH");
  });

  it("reaches elements inside another shadow root", async () => {
    const host = document.createElement("div");
    const root = host.attachShadow({ mode: "open" });
    root.innerHTML = "<test-config-probe></test-config-probe>";
    const el = await fixture<PayrexProvider>(html`<payrex-provider .adapter=${adapterA}></payrex-provider>`);
    el.append(host);
    const probe = root.querySelector<ConfigProbe>("test-config-probe")!;
    await probe.updateComplete;
    expect(probe.resolvedAdapter).to.equal(adapterA);
  });

  it("builds the default fetch adapter from base-url; an adapter property wins", async () => {
    const el = await fixture<PayrexProvider>(
      html`<payrex-provider base-url="/api/payrex"><test-config-probe></test-config-probe></payrex-provider>`,
    );
    const probe = el.querySelector<ConfigProbe>("test-config-probe")!;
    await probe.updateComplete;
    const built = probe.resolvedAdapter;
    expect(built).not.to.be.instanceOf(PayrexError);
    expect(built).to.have.property("getCustomer");
    el.adapter = adapterA;
    await el.updateComplete;
    expect(probe.resolvedAdapter).to.equal(adapterA);
  });

  it("lets an inner provider override only what it sets", async () => {
    const el = await fixture<PayrexProvider>(html`
      <payrex-provider locale="fil" .adapter=${adapterA}>
        <payrex-provider .adapter=${adapterB}><test-config-probe></test-config-probe></payrex-provider>
      </payrex-provider>
    `);
    const probe = el.querySelector<ConfigProbe>("test-config-probe")!;
    await probe.updateComplete;
    expect(probe.resolvedAdapter).to.equal(adapterB);
    expect(probe.resolvedLocale).to.equal("fil");
  });

  it("refuses a base-url that carries a secret key", async () => {
    const el = document.createElement("payrex-provider");
    el.setAttribute("base-url", `https://shop.example/api?k=${"sk_" + "test_"}abc123def456`);
    const fired = oneEvent(el, "payrex-error");
    document.body.append(el);
    const { detail } = await fired;
    expect(detail.error.kind).to.equal("validation");
    expect(detail.error.message).to.match(/secret key/i);
    el.remove();
  });

  it("makes the elements inside show the secret-key message when its base-url is refused", async () => {
    const key = `${"sk_" + "test_"}abc123def456`;
    const el = await fixture<PayrexProvider>(
      html`<payrex-provider base-url=${`https://shop.example/api?k=${key}`}><payrex-customer-form locale="en"></payrex-customer-form></payrex-provider>`,
    );
    const form = el.querySelector("payrex-customer-form")!;
    await form.updateComplete;
    const alert = form.shadowRoot!.querySelector('[part="alert"][role="alert"]')!;
    expect(alert.textContent).to.contain("The base-url contains a PayRex secret key.");
    expect(alert.textContent).to.not.contain("no backend configured");
    expect(alert.textContent).to.not.contain(key);
    expect(form.shadowRoot!.querySelector("form")).to.equal(null);
    const error = await form.submit().catch((e: PayrexError) => e);
    expect((error as PayrexError).code).to.equal("secret_key");
    // An adapter set later replaces the refused URL.
    el.adapter = adapterA;
    await el.updateComplete;
    expect(form.resolvedAdapter).to.equal(adapterA);
  });

  it("can be configured before it is connected; elements added later get its settings", async () => {
    const el = document.createElement("payrex-provider");
    el.adapter = adapterA;
    el.locale = "fil";
    await el.ready; // nothing to load: resolves at once, connected or not
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    holder.append(el);
    await el.updateComplete;
    const probe = document.createElement("test-config-probe") as ConfigProbe;
    el.append(probe);
    await probe.updateComplete;
    expect(probe.resolvedAdapter).to.equal(adapterA);
    expect(probe.shadowRoot!.textContent).to.equal("fil");
  });

  it("works without a wrapper element through ContextProvider on any element", async () => {
    const app = await fixture<HTMLDivElement>(html`<div><test-config-probe></test-config-probe></div>`);
    const provider = new ContextProvider(app, { context: payrexContext, initialValue: { adapter: adapterA, locale: "fil" } });
    const probe = app.querySelector<ConfigProbe>("test-config-probe")!;
    // A probe connected after the provider exists asks again and is answered.
    probe.remove();
    app.append(probe);
    await probe.updateComplete;
    expect(probe.resolvedAdapter).to.equal(adapterA);
    provider.setValue({ adapter: adapterB, locale: "en" });
    await probe.updateComplete;
    expect(probe.resolvedAdapter).to.equal(adapterB);
  });
});

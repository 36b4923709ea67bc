import { expect, fixture, html, oneEvent, waitUntil } from "@open-wc/testing";
import { LitElement, html as litHtml, render, type PropertyDeclarations } from "lit";
import { PayrexDataElement, PayrexElement } from "../src/core/payrex-element.js";
import { PayrexFormControl } from "../src/core/form-control.js";
import { defineElement } from "../src/core/define.js";
import { catalogLanguage, defineMessages, plural, setMessages } from "../src/core/i18n.js";
import { formatDate, formatMoney, isoDate } from "../src/core/format.js";
import { PayrexError } from "../src/api/errors.js";
import { fresh } from "../src/core/fresh.js";
import type { PayrexAdapter } from "../src/api/adapter.js";
import "../src/provider.js";

const t = defineMessages("test-probe", { hello: "Hello {name}" }, { hello: "Kumusta {name}" });

/** A minimal data element to observe what the shared bases resolve. */
class ProbeElement extends PayrexDataElement {
  protected override render() {
    const adapter = this.resolvedAdapter;
    if (adapter instanceof PayrexError) return this.renderConfigError(adapter);
    return litHtml`<p>${this.tr(t, "hello", { name: "Maria" })}</p>`;
  }
}
defineElement("test-probe", ProbeElement);

/** A minimal form control: one text input whose value must be non-empty. */
class ProbeControl extends PayrexFormControl {
  static override properties: PropertyDeclarations = { value: { type: String } };
  declare value: string;
  constructor() {
    super();
    this.value = "";
  }
  get input() {
    return this.renderRoot.querySelector("input")!;
  }
  protected formValue() {
    const data = new FormData();
    data.set(`${this.name}[part]`, this.value);
    return { value: data, state: this.value };
  }
  protected formValidity() {
    return this.value ? null : { message: "Required", anchor: this.input ?? undefined };
  }
  protected resetValue() {
    this.value = "";
  }
  protected restoreValue(state: FormData | string) {
    this.value = String(state);
  }
  protected override firstUpdated() {
    this.syncFormState();
  }
  protected override render() {
    return litHtml`<input aria-label="part" .value=${this.value} ?disabled=${this.isDisabled}
      @input=${(e: Event) => {
        this.value = (e.target as HTMLInputElement).value;
        this.syncFormState();
      }} />`;
  }
}
defineElement("test-probe-control", ProbeControl);

const fakeAdapter = {} as PayrexAdapter;

describe("core", () => {
  describe("defineElement", () => {
    it("registers once and ignores a second registration of the same tag", () => {
      class Other extends LitElement {}
      expect(() => defineElement("test-probe", Other)).not.to.throw();
      expect(customElements.get("test-probe")).to.equal(ProbeElement);
    });
  });

  describe("i18n", () => {
    it("maps BCP 47 tags to a catalog language", () => {
      expect(catalogLanguage("fil")).to.equal("fil");
      expect(catalogLanguage("fil-PH")).to.equal("fil");
      expect(catalogLanguage("tl")).to.equal("fil");
      expect(catalogLanguage("en-PH")).to.equal("en");
      expect(catalogLanguage("ja")).to.equal("en");
      expect(catalogLanguage(undefined)).to.equal("en");
    });
    it("fills parameters; a key only an English override has falls back to it, an unknown key shows as it is", () => {
      expect(t("fil", "hello", { name: "Juan" })).to.equal("Kumusta Juan");
      expect(t("en", "hello")).to.equal("Hello {name}");
      setMessages("en", "test-probe", { extra: "Only English" });
      expect(t("fil", "extra" as "hello")).to.equal("Only English");
      expect(t("en", "missing" as "hello")).to.equal("missing");
    });
    it("lets a merchant override strings per locale", () => {
      const own = defineMessages("test-override", { hello: "Hello {name}" }, { hello: "Kumusta {name}" });
      setMessages("fil-PH", "test-override", { hello: "Mabuhay {name}" });
      expect(own("fil", "hello", { name: "Ana" })).to.equal("Mabuhay Ana");
      expect(own("en", "hello", { name: "Ana" })).to.equal("Hello Ana");
    });
    it("picks plural forms", () => {
      const forms = { one: "{n} day", other: "{n} days" };
      expect(plural("en", 1, forms)).to.equal("1 day");
      expect(plural("en", 3, forms)).to.equal("3 days");
    });
  });

  describe("format", () => {
    it("formats centavos as pesos with the narrow symbol", () => {
      expect(formatMoney(123450, "PHP", "en")).to.equal("₱1,234.50");
      expect(formatMoney(123450, "php", "fil")).to.equal("₱1,234.50");
      expect(formatMoney(5999999999, "PHP", "en-PH")).to.equal("₱59,999,999.99");
    });
    it("respects currencies without minor units and survives unknown codes", () => {
      expect(formatMoney(500, "JPY", "en")).to.equal("¥500");
      expect(formatMoney(1050, "NOT A CODE", "en")).to.equal("NOT A CODE 10.50");
    });
    it("formats Unix seconds as dates", () => {
      const s = Date.UTC(2026, 10, 26, 4, 30) / 1000;
      expect(formatDate(s, "en")).to.match(/Nov 2[56], 2026/);
      expect(formatDate(s, "en", "datetime")).to.match(/2026/);
      expect(isoDate(s)).to.equal("2026-11-26T04:30:00.000Z");
    });
    it("formats dates as the calendar reads in a given time zone", () => {
      // 16:30 UTC on 25 November is already 26 November in Manila.
      const s = Date.UTC(2026, 10, 25, 16, 30) / 1000;
      expect(formatDate(s, "en", "date", "Asia/Manila")).to.equal("Nov 26, 2026");
      expect(formatDate(s, "en", "date", "UTC")).to.equal("Nov 25, 2026");
      expect(formatDate(s, "en", "datetime", "Asia/Manila")).to.match(/^Nov 26, 2026, 12:30\sAM$/);
      expect(() => formatDate(s, "en", "date", "Mars/Olympus_Mons")).to.throw(RangeError);
    });
  });

  describe("fresh", () => {
    it("draws new nodes when the key changes, so a live region announces the same text again", () => {
      const region = document.createElement("div");
      const owner = {};
      const show = (key: unknown, text: string) => {
        render(litHtml`<span>${fresh(owner, key, litHtml`<b>${text}</b>`)}</span>`, region);
        return region.querySelector("b")!;
      };
      const first = show(1, "Saved.");
      expect(show(1, "Saved.")).to.equal(first, "same key: the same node, updated in place");
      const second = show(2, "Saved.");
      expect(second).to.not.equal(first);
      expect(second.textContent).to.equal("Saved.");
      // Two changes of key between draws still make new nodes (not a parity of the key).
      const third = show(4, "Saved.");
      expect(third).to.not.equal(second);
      // Each owner keeps its own last key.
      render(litHtml`${fresh({}, 5, "x")}`, document.createElement("div"));
      expect(show(4, "Saved.")).to.equal(third, "another owner's key does not count");
    });
  });

  describe("locale resolution", () => {
    afterEach(() => document.documentElement.removeAttribute("lang"));

    it("uses the element's own locale first", async () => {
      const el = await fixture<ProbeElement>(html`<test-probe locale="fil" .adapter=${fakeAdapter}></test-probe>`);
      expect(el.resolvedLocale).to.equal("fil");
      expect(el.shadowRoot!.textContent).to.contain("Kumusta");
    });
    it("falls back to the provider's locale, then the page's lang, then en", async () => {
      const wrapper = await fixture(
        html`<payrex-provider locale="fil" .adapter=${fakeAdapter}><test-probe></test-probe></payrex-provider>`,
      );
      const el = wrapper.querySelector<ProbeElement>("test-probe")!;
      await el.updateComplete;
      expect(el.resolvedLocale).to.equal("fil");
      const lone = await fixture<ProbeElement>(html`<test-probe .adapter=${fakeAdapter}></test-probe>`);
      expect(lone.resolvedLocale).to.equal("en");
      document.documentElement.lang = "fil-PH";
      await waitUntil(() => lone.shadowRoot!.textContent!.includes("Kumusta"), "follows the page lang");
      expect(lone.resolvedLocale).to.equal("fil-PH");
    });
    it("treats an invalid tag as en", async () => {
      const el = await fixture<ProbeElement>(html`<test-probe locale="not a locale!" .adapter=${fakeAdapter}></test-probe>`);
      expect(el.resolvedLocale).to.equal("en");
    });
  });

  describe("adapter resolution", () => {
    it("renders a translated configuration error and fires payrex-error when there is no adapter", async () => {
      const el = document.createElement("test-probe") as ProbeElement;
      const fired = oneEvent(el, "payrex-error");
      document.body.append(el);
      const { detail } = await fired;
      expect(detail.error).to.be.instanceOf(PayrexError);
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain("payrex-provider");
      el.locale = "fil";
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain("Walang naka-configure");
      await expect(el).to.be.accessible();
      el.remove();
    });
    it("builds a fetch adapter from base-url and reuses it", async () => {
      const el = await fixture<ProbeElement>(html`<test-probe base-url="/api"></test-probe>`);
      const a = el.resolvedAdapter;
      expect(a).not.to.be.instanceOf(PayrexError);
      expect(el.resolvedAdapter).to.equal(a);
    });
    it("refuses a base-url carrying a secret key", async () => {
      const el = document.createElement("test-probe") as ProbeElement;
      el.baseUrl = `/api?key=${"sk_" + "live_"}abc123def456`;
      const fired = oneEvent(el, "payrex-error");
      document.body.append(el);
      const { detail } = await fired;
      expect(detail.error.message).to.contain("secret key");
      await el.updateComplete;
      const alert = () => el.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
      expect(alert()).to.contain("secret key");
      el.locale = "fil";
      await el.updateComplete;
      expect(alert()).to.contain("Hindi dapat");
      await expect(el).to.be.accessible();
      el.remove();
    });
    it("prefers its own adapter property over the provider's", async () => {
      const own = {} as PayrexAdapter;
      const wrapper = await fixture(
        html`<payrex-provider .adapter=${fakeAdapter}><test-probe .adapter=${own}></test-probe><test-probe></test-probe></payrex-provider>`,
      );
      const [first, second] = wrapper.querySelectorAll<ProbeElement>("test-probe");
      expect(first.resolvedAdapter).to.equal(own);
      expect(second.resolvedAdapter).to.equal(fakeAdapter);
    });
  });

  describe("PayrexElement", () => {
    it("reflects theme for CSS", async () => {
      const el = await fixture<PayrexElement>(html`<test-probe theme="dark" .adapter=${fakeAdapter}></test-probe>`);
      expect(getComputedStyle(el).colorScheme).to.equal("dark");
      el.theme = "light";
      await el.updateComplete;
      expect(getComputedStyle(el).colorScheme).to.equal("light");
    });
  });

  describe("PayrexFormControl", () => {
    it("takes part in FormData, validity and reset of a native form", async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><test-probe-control name="addr" .adapter=${fakeAdapter}></test-probe-control></form>`,
      );
      const el = form.querySelector<ProbeControl>("test-probe-control")!;
      await el.updateComplete;
      expect(el.form).to.equal(form);
      expect(form.checkValidity()).to.equal(false);
      expect(el.matches(":invalid")).to.equal(true);
      expect(el.validationMessage).to.equal("Required");
      expect(el.willValidate).to.equal(true);
      expect(el.validity.customError).to.equal(true);
      el.input.value = "Makati";
      el.input.dispatchEvent(new Event("input"));
      expect(form.checkValidity()).to.equal(true);
      expect(el.checkValidity()).to.equal(true);
      expect(el.reportValidity()).to.equal(true);
      expect(new FormData(form).get("addr[part]")).to.equal("Makati");
      form.reset();
      expect(el.value).to.equal("");
      expect(form.checkValidity()).to.equal(false);
    });
    it("is disabled by a disabled fieldset and then submits nothing", async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><fieldset><test-probe-control name="addr" value="x" .adapter=${fakeAdapter}></test-probe-control></fieldset></form>`,
      );
      const el = form.querySelector<ProbeControl>("test-probe-control")!;
      await el.updateComplete;
      expect(new FormData(form).get("addr[part]")).to.equal("x");
      form.querySelector("fieldset")!.disabled = true;
      await waitUntil(() => el.isDisabled, "fieldset disables the control");
      await el.updateComplete;
      expect(el.input.disabled).to.equal(true);
      expect(new FormData(form).has("addr[part]")).to.equal(false);
    });
    it("restores state given back by the browser", async () => {
      const el = await fixture<ProbeControl>(html`<test-probe-control name="a" .adapter=${fakeAdapter}></test-probe-control>`);
      el.formStateRestoreCallback("Cebu");
      expect(el.value).to.equal("Cebu");
      el.formStateRestoreCallback(null);
      expect(el.value).to.equal("Cebu");
    });
  });
});

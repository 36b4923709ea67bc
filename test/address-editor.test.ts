import { expect, fixture, html, oneEvent, waitUntil } from "@open-wc/testing";
import { expectNotReady } from "./support.js";
import { emulateMedia, sendKeys } from "@web/test-runner-commands";
import { PayrexAddressEditor } from "../src/address-editor.js";
import type { AddressValue } from "../src/components/address-editor/address-editor.js";
import { createMemoryAdapter, demoIds } from "../src/api/memory-adapter.js";
import { PayrexError, type PayrexErrorKind } from "../src/api/errors.js";
import { toE164 } from "../src/components/address-editor/phone.js";
import { loadBarangays, loadPhIndex, phDataUrl } from "../src/components/address-editor/ph-data.js";
import { setMessages } from "../src/core/i18n.js";
import type { Customer } from "../src/api/schemas.js";
import type { PayrexAdapter } from "../src/api/adapter.js";

// The PH place data: by default the modules `npm run build:data` writes next to the loader
// (src/components/address-editor/ph/); self-hosted (`dataUrl`), the same modules in dist/ph/
// (`npm run build:lib`), served under /ph-data/ by test/ph-data-server.js.
const DATA_URL = `${location.origin}/ph-data/ok/`;
/** Lets the server answer for the place index held back at /ph-data/held/<key>/. */
const releaseHeld = (key: string) => fetch(`/ph-data/release/${key}`);

type Editor = PayrexAddressEditor;

const root = (el: Editor): ParentNode => el.renderRoot as ParentNode;
const $ = <T extends Element = HTMLInputElement>(el: Editor, sel: string): T | null => root(el).querySelector<T>(sel);
/** The input of a part by its label-independent id suffix (`line1`, `state`, `region`, ...). */
const field = (el: Editor, key: string): HTMLInputElement => {
  const input = root(el).querySelector<HTMLInputElement>(`[id$="-${key}"]`);
  if (!input) throw new Error(`no ${key} field`);
  return input;
};
const has = (el: Editor, key: string) => !!root(el).querySelector(`[id$="-${key}"]`);
const labelOf = (el: Editor, key: string) =>
  root(el).querySelector(`label[for="${field(el, key).id}"]`)!.textContent!.replace(/\s+/g, " ").trim();
const errorOf = (el: Editor, key: string) => root(el).querySelector(`#${field(el, key).id}-error`)!.textContent!.trim();
const options = (el: Editor, key: string) =>
  [...root(el).querySelectorAll(`#${field(el, key).id}-list [role=option]`)].map((o) => o.textContent!.replace(/\s+/g, " ").trim());

/** Types like a user would, without a keyboard: sets the text and fires `input`. */
function typeIn(input: HTMLInputElement | HTMLSelectElement, text: string) {
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true }));
}
/** Leaves the field: `change` (when it changed) and blur. */
function leave(input: HTMLInputElement) {
  input.dispatchEvent(new Event("change", { bubbles: true }));
  input.blur();
}
async function fill(el: Editor, key: string, text: string) {
  const input = field(el, key);
  typeIn(input, text);
  leave(input);
  await el.updateComplete;
}
async function chooseCountry(el: Editor, code: string) {
  const select = field(el, "country") as unknown as HTMLSelectElement;
  select.value = code;
  select.dispatchEvent(new Event("change", { bubbles: true }));
  await el.updateComplete;
}
/** Opens a picker by typing, then clicks the option whose text starts with `name`. */
async function pick(el: Editor, key: string, query: string, name = query) {
  const input = field(el, key);
  typeIn(input, query);
  await el.updateComplete;
  const option = [...root(el).querySelectorAll<HTMLElement>(`#${input.id}-list [role=option]`)].find((o) =>
    o.textContent!.trim().startsWith(name),
  );
  if (!option) throw new Error(`no option ${name} in ${key}: ${options(el, key).slice(0, 5).join(" | ")}`);
  option.click();
  input.blur();
  await el.updateComplete;
}

const filled: AddressValue = {
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

const us: AddressValue = {
  phone: "+12025550143",
  address: { line1: "1 Market St", line2: null, city: "San Francisco", state: "CA", postal_code: "94105", country: "US" },
};

describe("<payrex-address-editor>", () => {
  afterEach(() => {
    document.documentElement.removeAttribute("lang");
  });

  // Runs first in this file: until an editor has been made, its behaviour module has not loaded.
  describe("calls made before the behaviour has loaded", () => {
    it("throws InvalidStateError from synchronous methods, keeps a value set and a restore, lets submit() wait and runs a subclass's super.submit() once", async () => {
      let overrides = 0;
      class MerchantEditor extends PayrexAddressEditor {
        override submit(): Promise<Customer> {
          overrides++;
          return super.submit();
        }
      }
      customElements.define("test-merchant-address-editor", MerchantEditor);
      const adapter = createMemoryAdapter();
      const customer = await adapter.getCustomer(demoIds.customer);
      adapter.calls.length = 0;
      const el = document.createElement("test-merchant-address-editor") as MerchantEditor;
      el.value = us;
      // Bound to a customer given as a property and never connected: submit() waits for the behaviour, then saves once.
      const late = document.createElement("test-merchant-address-editor") as MerchantEditor;
      late.adapter = adapter;
      late.customer = customer;
      const saving = late.submit();
      // Nothing can have been edited yet: the value set is the value.
      expect(el.value).to.deep.equal(us);
      const messages = expectNotReady(() => el.validate(), () => el.getValue(), () => el.reset(), () => el.setErrors([]));
      for (const message of messages) expect(message).to.contain("await element.ready");
      // What the browser restores meanwhile (back/forward) is applied once loaded, after the value set.
      el.formStateRestoreCallback(JSON.stringify({ ...us, phone: "+12025550199" }));
      await el.ready;
      expect(el.getValue()).to.deep.equal({ ...us, phone: "+12025550199" });
      el.reset();
      expect(el.getValue()).to.deep.equal(us);
      const saved = await saving;
      expect(overrides).to.equal(1);
      expect(saved.id).to.equal(demoIds.customer);
      expect(adapter.calls.map((c) => c.method)).to.deep.equal(["updateCustomer"]);
      expect(adapter.calls[0]!.args[1]).to.deep.equal({ billing_details: late.value });
      expect(late.value.address.city).to.equal("Quezon City");
      document.body.append(late);
      await late.updateComplete;
      expect(field(late, "city").value).to.equal("Quezon City");
      expect(getComputedStyle(field(late, "city")).borderTopStyle).to.equal("solid");
      late.remove();
    });
  });

  describe("accessibility", () => {
    for (const locale of ["en", "fil"]) {
      for (const theme of ["light", "dark"]) {
        for (const renderRoot of ["shadow", "light"]) {
          it(`passes axe in ${locale}, ${theme}, ${renderRoot} DOM: empty, with errors, with a list open, filled`, async () => {
            const el = await fixture<Editor>(
              html`<payrex-address-editor
                locale=${locale}
                theme=${theme}
                render-root=${renderRoot}
                .fields=${{ name: "required", email: "optional" }}
              ></payrex-address-editor>`,
            );
            await expect(el).to.be.accessible();
            el.validate();
            await el.updateComplete;
            expect(field(el, "line1").getAttribute("aria-invalid")).to.equal("true");
            await expect(el).to.be.accessible();
            typeIn(field(el, "city"), "San");
            await el.updateComplete;
            expect(field(el, "city").getAttribute("aria-expanded")).to.equal("true");
            await expect(el).to.be.accessible();
            el.value = filled;
            await el.updateComplete;
            await expect(el).to.be.accessible();
          });
        }
      }
    }

    it("keeps its chevrons and the active option visible in forced colors", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor .value=${filled}></payrex-address-editor>`);
      /** What a system colour resolves to on this machine (Highlight, CanvasText…). */
      const system = (name: string) => {
        const probe = document.createElement("span");
        probe.style.color = name;
        document.body.append(probe);
        const value = getComputedStyle(probe).color;
        probe.remove();
        return value;
      };
      await emulateMedia({ forcedColors: "active" });
      try {
        expect(matchMedia("(forced-colors: active)").matches).to.be.true;
        const region = field(el, "region");
        // The chevron is an SVG stroked in the text colour (a background image would be dropped).
        const chevron = region.parentElement!.querySelector<SVGElement>("svg.chevron")!;
        expect(chevron).to.exist;
        expect(getComputedStyle(region).backgroundImage).to.equal("none");
        expect(getComputedStyle(chevron).stroke).to.equal(getComputedStyle(region).color);
        expect(chevron.getBoundingClientRect().width).to.be.greaterThan(0);
        region.focus();
        await sendKeys({ press: "ArrowDown" });
        await el.updateComplete;
        const active = root(el).querySelector<HTMLElement>(`#${region.getAttribute("aria-activedescendant")}`)!;
        const other = root(el).querySelector<HTMLElement>(`#${region.id}-list [role=option][aria-selected=false]`)!;
        // The active option in the system's highlight colours, and outlined.
        expect(getComputedStyle(active).backgroundColor).to.equal(system("Highlight"));
        expect(getComputedStyle(active).color).to.equal(system("HighlightText"));
        expect(getComputedStyle(active).outlineStyle).to.equal("solid");
        expect(getComputedStyle(active).outlineColor).to.equal(system("CanvasText"));
        expect(getComputedStyle(other).backgroundColor).not.to.equal(system("Highlight"));
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({ forcedColors: "none" });
      }
    });

    it("passes axe for the US, JP and GB layouts and when the place list is unavailable", async () => {
      for (const country of ["US", "JP", "GB"]) {
        const el = await fixture<Editor>(html`<payrex-address-editor country=${country}></payrex-address-editor>`);
        el.validate();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      }
      const el = await fixture<Editor>(html`<payrex-address-editor .dataUrl=${"/nowhere/"}></payrex-address-editor>`);
      await expect(el).to.be.accessible();
    });

    it("labels every input, marks required ones, and ties errors with aria-describedby", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor country="US"></payrex-address-editor>`);
      el.validate();
      await el.updateComplete;
      for (const input of root(el).querySelectorAll<HTMLInputElement>("input, select")) {
        expect(input.labels?.length, input.id).to.equal(1);
      }
      const line1 = field(el, "line1");
      expect(line1.getAttribute("aria-required")).to.equal("true");
      expect(labelOf(el, "line1")).to.equal("Street address *");
      expect(labelOf(el, "line2")).to.equal("Apartment, suite, unit, floor (optional)");
      const describedBy = line1.getAttribute("aria-describedby")!;
      expect(root(el).querySelector(`#${describedBy}`)!.textContent).to.equal("Enter the street address.");
    });

    it("uses billing autofill tokens on every input", async () => {
      const el = await fixture<Editor>(
        html`<payrex-address-editor country="US" .fields=${{ name: "optional", email: "optional" }}></payrex-address-editor>`,
      );
      const tokens = Object.fromEntries(
        [...root(el).querySelectorAll<HTMLInputElement>("input, select")].map((i) => [i.id.replace(/^pxa\d+-/, ""), i.autocomplete]),
      );
      expect(tokens).to.deep.equal({
        name: "billing name",
        email: "billing email",
        country: "billing country",
        line1: "billing address-line1",
        line2: "billing address-line2",
        city: "billing address-level2",
        state: "billing address-level1",
        postal_code: "billing postal-code",
        phone: "billing tel",
      });
      const named = await fixture<Editor>(html`<payrex-address-editor name="bill"></payrex-address-editor>`);
      expect(field(named, "state").autocomplete).to.equal("section-bill billing address-level1");
      expect(field(named, "city").autocomplete).to.equal("section-bill billing address-level2");
      expect(field(named, "line2").autocomplete).to.equal("section-bill billing address-level3");
      expect(field(named, "line1").autocomplete).to.equal("section-bill billing address-line1");
    });
  });

  describe("defaults", () => {
    it("starts in the Philippines with the region, province, city and barangay pickers", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor></payrex-address-editor>`);
      expect(el.country).to.equal("PH");
      const select = field(el, "country") as unknown as HTMLSelectElement;
      expect(select.selectedOptions[0]!.textContent).to.equal("Philippines");
      expect(select.options.length).to.be.greaterThan(200);
      for (const key of ["region", "state", "city", "line2"]) expect(field(el, key).getAttribute("role")).to.equal("combobox");
      const rows = [...root(el).querySelectorAll(".row")].map((r) =>
        [...r.querySelectorAll("input")].map((i) => i.id.replace(/^pxa\d+-/, "")),
      );
      expect(rows).to.deep.equal([["region", "state"], ["city", "line2"], ["line1"], ["postal_code"]]);
      expect(labelOf(el, "state")).to.equal("Province or city (optional)");
      expect(labelOf(el, "city")).to.equal("City or municipality *");
      expect(labelOf(el, "line2")).to.equal("Barangay (optional)");
      expect(labelOf(el, "postal_code")).to.equal("Postal code (optional)");
      expect(has(el, "name")).to.be.false;
      expect(has(el, "email")).to.be.false;
      expect(el.value).to.deep.equal({
        phone: null,
        address: { line1: null, line2: null, city: null, state: null, postal_code: null, country: "PH" },
      });
    });

    it("lists the Philippines first, then every other country by name, in a select that looks like the pickers", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor locale="fil"></payrex-address-editor>`);
      const select = field(el, "country") as unknown as HTMLSelectElement;
      const names = [...select.options].map((o) => o.textContent!.trim());
      expect(select.options[0]!.value).to.equal("PH");
      expect(names.slice(1)).to.deep.equal([...names.slice(1)].sort((a, b) => a.localeCompare(b, "fil")));
      expect(labelOf(el, "country")).to.equal("Bansa o rehiyon *");
      // One family: the same box, the same SVG chevron in the same place.
      const region = field(el, "region");
      expect(getComputedStyle(select).appearance).to.equal("none");
      for (const prop of ["height", "border-top-width", "border-top-color", "border-radius", "padding-left", "padding-right", "font-size", "background-color"]) {
        expect(getComputedStyle(select).getPropertyValue(prop), prop).to.equal(getComputedStyle(region).getPropertyValue(prop));
      }
      const right = (box: Element) => {
        const chevron = box.parentElement!.querySelector("svg.chevron")!.getBoundingClientRect();
        return [Math.round(box.getBoundingClientRect().right - chevron.right), Math.round(chevron.height)];
      };
      expect(right(select)).to.deep.equal(right(region));
    });

    it("closes a picker's list with Alt+ArrowUp, as a native select does", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor></payrex-address-editor>`);
      const region = field(el, "region");
      region.focus();
      await sendKeys({ press: "Alt+ArrowDown" });
      await el.updateComplete;
      expect(region.getAttribute("aria-expanded")).to.equal("true");
      expect(region.hasAttribute("aria-activedescendant")).to.be.false;
      await sendKeys({ press: "Alt+ArrowUp" });
      await el.updateComplete;
      expect(region.getAttribute("aria-expanded")).to.equal("false");
      expect(region.value).to.equal("");
    });

    it("names countries with Intl.DisplayNames in the element's locale and speaks Filipino", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor locale="fil"></payrex-address-editor>`);
      const select = field(el, "country") as unknown as HTMLSelectElement;
      expect(select.selectedOptions[0]!.textContent).to.equal(new Intl.DisplayNames(["fil"], { type: "region" }).of("PH"));
      expect(labelOf(el, "region")).to.equal("Rehiyon (opsyonal)");
      expect(labelOf(el, "city")).to.equal("Lungsod o munisipalidad *");
      expect(labelOf(el, "line2")).to.equal("Barangay (opsyonal)");
      el.validate();
      await el.updateComplete;
      expect(errorOf(el, "city")).to.equal("Piliin ang lungsod o munisipalidad.");
      expect(errorOf(el, "line1")).to.match(/^Ilagay ang /);
    });

    it("follows the page language and lets merchants override strings", async () => {
      document.documentElement.lang = "fil";
      setMessages("fil", "address-editor", { barangay: "Brgy." });
      const el = await fixture<Editor>(html`<payrex-address-editor></payrex-address-editor>`);
      expect(labelOf(el, "line2")).to.equal("Brgy. (opsyonal)");
      setMessages("fil", "address-editor", { barangay: "Barangay" });
    });

    it("offers only allowed-countries, falling back to the first when PH is not allowed", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor allowed-countries="us, jp sg"></payrex-address-editor>`);
      const select = field(el, "country") as unknown as HTMLSelectElement;
      expect([...select.options].map((o) => o.value)).to.deep.equal(["JP", "SG", "US"]);
      expect(el.country).to.equal("US");
      el.allowedCountries = ["PH", "US"];
      await el.updateComplete;
      expect(el.country).to.equal("US");
      expect([...select.options].map((o) => o.value)).to.deep.equal(["PH", "US"]);
    });

    it("keeps a loaded country that is not allowed, so nothing is lost", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor allowed-countries="PH" .value=${us}></payrex-address-editor>`);
      expect(el.country).to.equal("US");
      const select = field(el, "country") as unknown as HTMLSelectElement;
      expect([...select.options].map((o) => o.value)).to.deep.equal(["PH", "US"]);
    });
  });

  describe("countries", () => {
    it("lays out the US: city, state and ZIP on one row, all required, ZIP pattern checked", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor country="US"></payrex-address-editor>`);
      const rows = [...root(el).querySelectorAll(".row")].map((r) =>
        [...r.querySelectorAll("input")].map((i) => i.id.replace(/^pxa\d+-/, "")),
      );
      expect(rows).to.deep.equal([["line1"], ["line2"], ["city", "state", "postal_code"]]);
      expect(labelOf(el, "state")).to.equal("State *");
      expect(labelOf(el, "postal_code")).to.equal("ZIP code *");
      expect(labelOf(el, "city")).to.equal("City *");
      await fill(el, "postal_code", "9410");
      expect(errorOf(el, "postal_code")).to.equal("Enter a valid ZIP code, for example 95014.");
      await fill(el, "postal_code", "94105-1234");
      expect(errorOf(el, "postal_code")).to.equal("");
      expect(field(el, "state").getAttribute("role")).to.be.null;
    });

    it("keeps each input standing for the same part when the country changes (autofill writes to them after)", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor country="US"></payrex-address-editor>`);
      const street = field(el, "line1");
      const second = field(el, "line2");
      await chooseCountry(el, "JP");
      expect(field(el, "line1")).to.equal(street);
      expect(field(el, "line2")).to.equal(second);
      typeIn(street, "1-2-3 Shibuya");
      await el.updateComplete;
      expect(el.value.address.line1).to.equal("1-2-3 Shibuya");
      expect(el.value.address.city ?? null).to.equal(null);
    });

    it("lays out Japan: postal code, prefecture, then street; no city field", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor country="JP" locale="en"></payrex-address-editor>`);
      const order = [...root(el).querySelectorAll(".row input")].map((i) => i.id.replace(/^pxa\d+-/, ""));
      expect(order).to.deep.equal(["postal_code", "state", "line1", "line2"]);
      expect(labelOf(el, "state")).to.equal("Prefecture *");
      expect(has(el, "city")).to.be.false;
    });

    it("lays out the UK: post town and postcode, no state", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor country="GB" name="a"></payrex-address-editor>`);
      expect(labelOf(el, "city")).to.equal("Town or city *");
      expect(labelOf(el, "postal_code")).to.equal("Postal code *");
      expect(has(el, "state")).to.be.false;
      await fill(el, "postal_code", "SW1A 1AA");
      expect(errorOf(el, "postal_code")).to.equal("");
    });

    it("leaves the state out of a country without one (Singapore), also from FormData", async () => {
      const form = await fixture<HTMLFormElement>(html`<form><payrex-address-editor name="b" country="SG"></payrex-address-editor></form>`);
      const el = form.querySelector<Editor>("payrex-address-editor")!;
      await el.updateComplete;
      expect(has(el, "state")).to.be.false;
      expect(has(el, "city")).to.be.false;
      expect([...new FormData(form).keys()]).to.deep.equal([
        "b[line1]",
        "b[line2]",
        "b[postal_code]",
        "b[country]",
        "b[phone]",
      ]);
    });

    it("re-lays the form on a country change and keeps what still applies", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor .value=${us}></payrex-address-editor>`);
      const changes: Event[] = [];
      el.addEventListener("change", (e) => changes.push(e));
      await chooseCountry(el, "GB");
      expect(changes).to.have.length(1);
      expect(el.country).to.equal("GB");
      expect(field(el, "line1").value).to.equal("1 Market St");
      expect(field(el, "city").value).to.equal("San Francisco");
      expect(has(el, "state")).to.be.false;
      expect(field(el, "postal_code").value).to.equal("");
      expect(el.value.address).to.include({ country: "GB", line1: "1 Market St", city: "San Francisco", state: null, postal_code: null });
      await chooseCountry(el, "PH");
      expect(field(el, "city").value).to.equal("San Francisco");
      expect(field(el, "line1").value).to.equal("1 Market St");
      expect(labelOf(el, "line1")).to.equal("House or unit no., building, street *");
    });

    it("brings back what a country switch set aside when switching back (arrow keys on the select switch at once)", async () => {
      const suite = { ...us, address: { ...us.address, line2: "Suite 300" } };
      const el = await fixture<Editor>(html`<payrex-address-editor .value=${suite}></payrex-address-editor>`);
      await chooseCountry(el, "GB");
      expect(el.value.address).to.include({ state: null, postal_code: null, line2: "Suite 300" });
      await chooseCountry(el, "US");
      expect(el.value).to.deep.equal(suite);
      expect(field(el, "state").value).to.equal("CA");
      // An apartment is no barangay: it waits while the Philippines is shown, and comes back after.
      await chooseCountry(el, "PH");
      expect(el.value.address).to.include({ line2: null, state: null, postal_code: null, city: "San Francisco" });
      expect(field(el, "line2").value).to.equal("");
      el.country = "US";
      await el.updateComplete;
      expect(el.value).to.deep.equal(suite);
      // And a Philippine address survives a trip abroad, pickers and all.
      el.value = filled;
      await el.updateComplete;
      await chooseCountry(el, "SG");
      await chooseCountry(el, "PH");
      expect(el.value).to.deep.equal(filled);
      expect(field(el, "region").value).to.equal("National Capital Region (NCR)");
      // A new value starts afresh.
      el.value = us;
      await el.updateComplete;
      await chooseCountry(el, "PH");
      expect(el.value.address.state).to.equal(null);
    });

    it("re-lays on a programmatic country change too", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor .value=${us}></payrex-address-editor>`);
      el.country = "jp";
      await el.updateComplete;
      expect(el.country).to.equal("JP");
      expect(labelOf(el, "state")).to.equal("Prefecture *");
      expect(field(el, "state").value).to.equal("");
      expect(field(el, "line1").value).to.equal("1 Market St");
    });
  });

  describe("the Philippines", () => {
    it("shows every region, and the longest province and city names, without cutting them off", async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="font: 16px Arial, sans-serif"><payrex-address-editor></payrex-address-editor></div>`,
      );
      const el = wrap.querySelector<Editor>("payrex-address-editor")!;
      await el.updateComplete;
      const region = field(el, "region");
      region.focus();
      await sendKeys({ press: "ArrowDown" });
      await el.updateComplete;
      const regions = [...root(el).querySelectorAll(`#${region.id}-list [role=option]`)].map((o) => o.firstChild!.textContent!.trim());
      expect(regions).to.have.length(18);
      await sendKeys({ press: "Escape" });
      const names: [string, string[]][] = [
        ["region", regions],
        ["state", ["City of Puerto Princesa", "Special Geographic Area"]],
        ["city", ["Island Garden City of Samal", "President Carlos P. Garcia"]],
      ];
      for (const width of [375, 560, 1000]) {
        wrap.style.width = `${width}px`;
        await el.updateComplete;
        for (const [key, list] of names) {
          const input = field(el, key);
          for (const name of list) {
            input.value = name;
            expect(input.scrollWidth, `${name} at ${width}px`).to.be.at.most(input.clientWidth);
          }
        }
      }
    });

    it("formats the place counts it announces (\"Showing 100 of 1,634 places\"), in both languages", async () => {
      for (const [locale, said] of [
        ["en", /^Showing 100 of \d{1,3}(,\d{3})+ places; keep typing/],
        ["fil", /^Ipinapakita ang 100 sa \d{1,3}(,\d{3})+ lugar; mag-type pa/],
      ] as const) {
        const el = await fixture<Editor>(html`<payrex-address-editor locale=${locale}></payrex-address-editor>`);
        await el.updateComplete;
        const status = root(el).querySelector(".visually-hidden[role=status]")!;
        // No province yet: the city list holds every city and municipality of the country.
        field(el, "city").focus();
        await sendKeys({ press: "ArrowDown" });
        await waitUntil(() => status.textContent, "announced");
        expect(status.textContent).to.match(said);
      }
    });

    it("cascades region -> province -> city -> barangay and maps them to state, city and line2", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor></payrex-address-editor>`);
      await pick(el, "region", "Central Visayas", "Region VII");
      expect(field(el, "region").value).to.equal("Region VII (Central Visayas)");
      typeIn(field(el, "state"), "");
      await el.updateComplete;
      expect(options(el, "state")).to.deep.equal(["Bohol", "Cebu", "City of Cebu", "City of Lapu-Lapu", "City of Mandaue"]);
      await pick(el, "state", "Cebu", "Cebu");
      expect(el.value.address.state).to.equal("Cebu");
      typeIn(field(el, "city"), "");
      await el.updateComplete;
      expect(options(el, "city")).to.include("City of Talisay");
      await pick(el, "city", "Talisay", "City of Talisay");
      expect(el.value.address.city).to.equal("City of Talisay");
      // The city's barangays arrive in their own chunk.
      typeIn(field(el, "line2"), "");
      await el.updateComplete;
      expect(options(el, "line2").length).to.be.greaterThan(10);
      await pick(el, "line2", "Tabunoc");
      expect(el.value.address).to.deep.equal({
        line1: null,
        line2: "Tabunoc",
        city: "City of Talisay",
        state: "Cebu",
        postal_code: null,
        country: "PH",
      });
    });

    it("puts 'Metro Manila' in state for NCR and picks a highly urbanised city's only city itself", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor></payrex-address-editor>`);
      await pick(el, "region", "NCR", "National Capital Region");
      await pick(el, "state", "Makati", "City of Makati");
      expect(field(el, "city").value).to.equal("City of Makati");
      expect(el.value.address).to.include({ state: "Metro Manila", city: "City of Makati" });
      typeIn(field(el, "line2"), "Poblacion");
      await el.updateComplete;
      expect(options(el, "line2")).to.include("Poblacion");
    });

    it("finds a city typed first and fills in its province and region", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor></payrex-address-editor>`);
      typeIn(field(el, "city"), "paranaque");
      await el.updateComplete;
      expect(options(el, "city")[0]).to.equal("City of Parañaque, City of Parañaque");
      await pick(el, "city", "paranaque", "City of Parañaque");
      expect(field(el, "region").value).to.equal("National Capital Region (NCR)");
      expect(field(el, "state").value).to.equal("City of Parañaque");
      expect(el.value.address).to.include({ state: "Metro Manila", city: "City of Parañaque" });
    });

    it("lists Manila's districts and keeps the city as Manila with the district after the barangay", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor></payrex-address-editor>`);
      await pick(el, "state", "City of Manila");
      expect(labelOf(el, "city")).to.equal("District *");
      await pick(el, "city", "Tondo");
      await pick(el, "line2", "Barangay 105", "Barangay 105");
      expect(el.value.address).to.include({ state: "Metro Manila", city: "City of Manila", line2: "Barangay 105, Tondo I/II" });
      // And back from a value.
      const copy = await fixture<Editor>(html`<payrex-address-editor .value=${el.value}></payrex-address-editor>`);
      expect(field(copy, "city").value).to.equal("Tondo I/II");
      expect(field(copy, "line2").value).to.equal("Barangay 105");
      expect(copy.value).to.deep.equal(el.value);
    });

    it("resolves a value's province, city and region against the data", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor .value=${filled}></payrex-address-editor>`);
      expect(field(el, "region").value).to.equal("National Capital Region (NCR)");
      expect(field(el, "state").value).to.equal("Quezon City");
      expect(field(el, "city").value).to.equal("Quezon City");
      expect(field(el, "line2").value).to.equal("Pinyahan");
      expect(field(el, "postal_code").value).to.equal("1100");
      expect(el.value).to.deep.equal(filled);
      typeIn(field(el, "line2"), "Pinya");
      await el.updateComplete;
      expect(options(el, "line2")).to.deep.equal(["Pinyahan"]);
    });

    it("works by keyboard: arrows move the active option, Enter picks, Escape closes then clears", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor></payrex-address-editor>`);
      const region = field(el, "region");
      region.focus();
      await sendKeys({ press: "ArrowDown" });
      await el.updateComplete;
      expect(region.getAttribute("aria-expanded")).to.equal("true");
      expect(options(el, "region")).to.have.length(18);
      expect(region.hasAttribute("aria-activedescendant")).to.be.true;
      const first = region.getAttribute("aria-activedescendant")!;
      expect(root(el).querySelector(`#${first}`)!.getAttribute("aria-selected")).to.equal("true");
      await sendKeys({ press: "ArrowDown" });
      await el.updateComplete;
      expect(root(el).querySelector(`#${region.getAttribute("aria-activedescendant")}`)!.textContent!.trim()).to.equal(
        // A long name is shortened in the field, and the full one follows it in the list.
        "Cordillera (CAR), Cordillera Administrative Region (CAR)",
      );
      await sendKeys({ press: "ArrowUp" });
      await sendKeys({ press: "ArrowUp" });
      await el.updateComplete;
      expect(root(el).querySelector(`#${region.getAttribute("aria-activedescendant")}`)!.textContent!.trim()).to.equal(
        "Bangsamoro (BARMM), Bangsamoro Autonomous Region In Muslim Mindanao (BARMM)",
      );
      // The active option is scrolled into the list's view (after the frame that renders it).
      await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
      const list = root(el).querySelector<HTMLElement>(`#${region.id}-list`)!;
      const active = root(el).querySelector<HTMLElement>(`#${region.getAttribute("aria-activedescendant")}`)!;
      expect(list.scrollTop).to.be.greaterThan(0);
      expect(active.offsetTop + active.offsetHeight).to.be.at.most(list.scrollTop + list.clientHeight + 1);
      await sendKeys({ press: "Escape" });
      await el.updateComplete;
      expect(region.getAttribute("aria-expanded")).to.equal("false");
      expect(region.hasAttribute("aria-activedescendant")).to.be.false;

      const province = field(el, "state");
      province.focus();
      await sendKeys({ type: "lagu" });
      await el.updateComplete;
      expect(options(el, "state")).to.deep.equal(["Laguna"]);
      const status = root(el).querySelector(".visually-hidden[role=status]")!;
      expect(status.textContent).to.equal("1 place found.");
      await sendKeys({ press: "ArrowDown" });
      const input = oneEvent(el, "change");
      await sendKeys({ press: "Enter" });
      await input;
      await el.updateComplete;
      expect(province.value).to.equal("Laguna");
      expect(field(el, "region").value).to.equal("Region IV-A (CALABARZON)");
      expect(province.getAttribute("aria-expanded")).to.equal("false");
      await sendKeys({ press: "Escape" });
      await el.updateComplete;
      expect(province.value).to.equal("");
      expect(el.value.address.state).to.equal(null);
    });

    it("opens the whole list on ArrowDown when a place is picked, with that place active and in view", async () => {
      const cebu = { phone: null, address: { line1: "1 Rizal St", line2: "Tabunoc", city: "City of Talisay", state: "Cebu", postal_code: "6045", country: "PH" } };
      const el = await fixture<Editor>(html`<payrex-address-editor .value=${cebu}></payrex-address-editor>`);
      const activeText = (key: string) =>
        root(el).querySelector(`#${field(el, key).getAttribute("aria-activedescendant")}`)?.textContent?.trim();
      for (const [key, current, count] of [
        ["region", "Region VII (Central Visayas)", 18],
        ["state", "Cebu", 5],
        ["city", "City of Talisay", 50],
      ] as const) {
        const input = field(el, key);
        input.focus();
        await sendKeys({ press: "ArrowDown" });
        await el.updateComplete;
        expect(input.getAttribute("aria-expanded"), key).to.equal("true");
        expect(options(el, key), key).to.have.length(count);
        expect(activeText(key), key).to.equal(current);
        await new Promise(requestAnimationFrame);
        await new Promise(requestAnimationFrame);
        const list = root(el).querySelector<HTMLElement>(`#${input.id}-list`)!;
        const active = root(el).querySelector<HTMLElement>(`#${input.getAttribute("aria-activedescendant")}`)!;
        expect(active.offsetTop, key).to.be.at.least(list.scrollTop);
        expect(active.offsetTop + active.offsetHeight, key).to.be.at.most(list.scrollTop + list.clientHeight + 1);
        await expect(el).to.be.accessible();
        // The next ArrowDown moves on from the picked place.
        await sendKeys({ press: "ArrowDown" });
        await el.updateComplete;
        expect(activeText(key), key).not.to.equal(current);
        await sendKeys({ press: "Escape" });
        await el.updateComplete;
        expect(input.value, key).to.equal(current);
      }
      // The barangay too, once its list has arrived.
      const line2 = field(el, "line2");
      line2.focus();
      await sendKeys({ press: "ArrowDown" });
      await el.updateComplete;
      expect(options(el, "line2").length).to.be.greaterThan(10);
      expect(activeText("line2")).to.equal("Tabunoc");
    });

    it("jumps with Home and End, and Enter without an active option keeps the text as typed", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor></payrex-address-editor>`);
      const region = field(el, "region");
      region.focus();
      await sendKeys({ press: "ArrowDown" });
      await sendKeys({ press: "End" });
      await el.updateComplete;
      const active = () => root(el).querySelector(`#${region.getAttribute("aria-activedescendant")}`)!.textContent!.trim();
      expect(active()).to.equal("Bangsamoro (BARMM), Bangsamoro Autonomous Region In Muslim Mindanao (BARMM)");
      await sendKeys({ press: "Home" });
      await el.updateComplete;
      expect(active()).to.equal("National Capital Region (NCR)");
      await sendKeys({ press: "Escape" });
      const city = field(el, "city");
      city.focus();
      await sendKeys({ type: "city of iloilo" });
      await sendKeys({ press: "Enter" });
      await el.updateComplete;
      expect(city.getAttribute("aria-expanded")).to.equal("false");
      expect(city.value).to.equal("City of Iloilo");
      expect(el.value.address.state).to.equal("City of Iloilo");
    });

    it("clears with one Escape when the typed text matches nothing", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor></payrex-address-editor>`);
      const region = field(el, "region");
      region.focus();
      await sendKeys({ type: "zzz" });
      await el.updateComplete;
      expect(options(el, "region")).to.deep.equal([]);
      await sendKeys({ press: "Escape" });
      await el.updateComplete;
      expect(region.value).to.equal("");
      expect(region.getAttribute("aria-expanded")).to.equal("false");
    });

    it("clears the old city's province, barangay and postal code when the region changes, and says so", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor .value=${filled}></payrex-address-editor>`);
      const status = root(el).querySelector(".visually-hidden[role=status]")!;
      // From Quezon City (1100) to the City of San Fernando, Pampanga.
      await pick(el, "region", "Central Luzon", "Region III");
      expect(el.value.address).to.include({ state: null, city: null, line2: null, postal_code: null });
      for (const key of ["state", "city", "line2", "postal_code"]) expect(field(el, key).value, key).to.equal("");
      // Said as the region is retyped, with the number of places found.
      expect(status.textContent).to.equal("Also cleared: Province or city, City or municipality, Barangay, Postal code. 1 place found.");
      await pick(el, "state", "Pampanga");
      await pick(el, "city", "San Fernando", "City of San Fernando");
      expect(el.value.address).to.include({ state: "Pampanga", city: "City of San Fernando", postal_code: null });
      await expect(el).to.be.accessible();
    });

    it("clears the barangay and postal code with the city, and brings them back when the same city is picked again", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor .value=${filled}></payrex-address-editor>`);
      const status = root(el).querySelector(".visually-hidden[role=status]")!;
      const city = field(el, "city");
      city.focus();
      city.select();
      await sendKeys({ press: "Backspace" });
      await el.updateComplete;
      expect(field(el, "line2").value).to.equal("");
      expect(field(el, "postal_code").value).to.equal("");
      expect(el.value.address).to.include({ city: null, line2: null, postal_code: null });
      expect(status.textContent).to.contain("Also cleared: Barangay, Postal code.");
      await sendKeys({ type: "Quezon" });
      await el.updateComplete;
      // While another city is being typed, the old one's barangay is not shown as if it still applied.
      expect(field(el, "line2").value).to.equal("");
      await sendKeys({ press: "ArrowDown" });
      await sendKeys({ press: "Enter" });
      await el.updateComplete;
      expect(city.value).to.equal("Quezon City");
      expect(el.value).to.deep.equal(filled);
      expect(status.textContent).to.equal("Brought back: Barangay, Postal code.");
    });

    it("Escape on a filled region clears it and everything below it; retyping it shows nothing below until it is picked again", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor .value=${filled}></payrex-address-editor>`);
      const status = root(el).querySelector(".visually-hidden[role=status]")!;
      const region = field(el, "region");
      region.focus();
      await sendKeys({ press: "Escape" });
      await el.updateComplete;
      for (const key of ["region", "state", "city", "line2", "postal_code"]) expect(field(el, key).value, key).to.equal("");
      expect(el.value.address).to.include({ state: null, city: null, line2: null, postal_code: null, line1: filled.address.line1 });
      await waitUntil(() => status.textContent, "announced");
      expect(status.textContent).to.equal("Also cleared: Province or city, City or municipality, Barangay, Postal code.");
      await expect(el).to.be.accessible();

      // Retyping a picked region: nothing below it is shown while it is typed.
      el.value = filled;
      await el.updateComplete;
      region.focus();
      await sendKeys({ press: "End" });
      await sendKeys({ press: "Backspace" });
      await el.updateComplete;
      for (const key of ["state", "city", "line2", "postal_code"]) expect(field(el, key).value, key).to.equal("");
      expect(status.textContent).to.match(/^Also cleared: Province or city, City or municipality, Barangay, Postal code\. /);
      await sendKeys({ type: ")" });
      await sendKeys({ press: "ArrowDown" });
      await sendKeys({ press: "Enter" });
      await el.updateComplete;
      expect(region.value).to.equal("National Capital Region (NCR)");
      expect(el.value).to.deep.equal(filled);
      expect(field(el, "line2").value).to.equal("Pinyahan");
      expect(status.textContent).to.equal("Brought back: Province or city, City or municipality, Barangay, Postal code.");
      await expect(el).to.be.accessible();
    });

    it("reads a Metro Manila value whose city the data does not know", async () => {
      const value = { ...filled, address: { ...filled.address, city: "Bagong Lungsod" } };
      const el = await fixture<Editor>(html`<payrex-address-editor .value=${value}></payrex-address-editor>`);
      expect(field(el, "region").value).to.equal("National Capital Region (NCR)");
      expect(field(el, "state").value).to.equal("");
      expect(field(el, "city").value).to.equal("Bagong Lungsod");
      expect(el.value).to.deep.equal(value);
    });

    it("starts loading the places again when moved while they were loading", async () => {
      // The place index is held back by the server until released, so the element can be moved mid-load.
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement("payrex-address-editor");
      el.dataUrl = "/ph-data/held/moved/";
      host.append(el);
      await waitUntil(() => root(el).querySelector(".note"), "loading note");
      expect(root(el).querySelector(".note")!.textContent).to.equal("Loading the list of places…");
      el.remove();
      // Let the element settle while detached (its pending update runs) before it comes back.
      await new Promise(requestAnimationFrame);
      host.append(el);
      await releaseHeld("moved");
      await waitUntil(() => root(el).querySelector('[id$="-region"][role=combobox]'), "pickers after the move");
      expect(root(el).querySelector(".note")).to.be.null;
    });

    it("keeps the focus and the text when the pickers replace the plain field being typed in", async () => {
      {
        for (const renderRoot of ["shadow", "light"]) {
          const el = await fixture<Editor>(html`<payrex-address-editor render-root=${renderRoot}></payrex-address-editor>`);
          // The place index is held back by the server until released, so the plain fields can be
          // typed in meanwhile. A URL of its own per run: a loaded index is cached per URL.
          el.dataUrl = `/ph-data/held/typing-${renderRoot}/`;
          await waitUntil(() => root(el).querySelector(".note"), "loading note");
          const plain = field(el, "city");
          expect(plain.getAttribute("role")).to.be.null;
          plain.focus();
          await sendKeys({ type: "Quez" });
          await releaseHeld(`typing-${renderRoot}`);
          await waitUntil(() => root(el).querySelector('[id$="-city"][role=combobox]'), "pickers");
          const combo = field(el, "city");
          expect(combo.getAttribute("role"), renderRoot).to.equal("combobox");
          expect(combo.matches(":focus"), renderRoot).to.be.true;
          expect(combo.value).to.equal("Quez");
          expect(combo.selectionStart).to.equal(4);
          await sendKeys({ type: "on" });
          await el.updateComplete;
          expect(options(el, "city")[0]).to.match(/^Quezon/);
          expect(el.value.address.city).to.equal("Quezon");
        }
      }
    });

    it("reloads the place data from a new dataUrl, keeping what was typed", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor .value=${filled}></payrex-address-editor>`);
      el.dataUrl = "/missing-ph-data/";
      await el.updateComplete;
      expect(has(el, "region")).to.be.false;
      expect(field(el, "city").value).to.equal("Quezon City");
      // Unset again: the bundled data.
      el.dataUrl = undefined;
      await el.updateComplete;
      expect(field(el, "region").value).to.equal("National Capital Region (NCR)");
      expect(el.value).to.deep.equal(filled);
    });

    it("accepts free text when nothing matches, and an exact name typed becomes the pick", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor></payrex-address-editor>`);
      const city = field(el, "city");
      typeIn(city, "Bagong Lungsod ng Pag-asa");
      await el.updateComplete;
      expect(city.getAttribute("aria-expanded")).to.equal("false");
      expect(root(el).querySelector(".visually-hidden[role=status]")!.textContent).to.equal("No match; what you type will be used as it is.");
      leave(city);
      await el.updateComplete;
      expect(el.value.address.city).to.equal("Bagong Lungsod ng Pag-asa");
      expect(root(el).querySelector(`#${city.id}-hint`)!.textContent).to.equal("Not in the list; it will be used as you typed it.");
      expect(city.getAttribute("aria-describedby")).to.contain(`${city.id}-hint`);
      // The barangay stays typeable without a list.
      await fill(el, "line2", "Purok 7");
      expect(el.value.address.line2).to.equal("Purok 7");

      typeIn(city, "city of baguio");
      leave(city);
      await el.updateComplete;
      expect(city.value).to.equal("City of Baguio");
      expect(field(el, "region").value).to.equal("Cordillera (CAR)");
      expect(el.value.address).to.include({ city: "City of Baguio", state: "City of Baguio" });
    });

    it("recognises a city written without PSGC's \"City of\" or with \"City\" after it", async () => {
      for (const [typed, official] of [
        ["Makati", "City of Makati"],
        ["baguio city", "City of Baguio"],
        ["Quezon City", "Quezon City"],
      ]) {
        // A fresh editor each time: a pick narrows the lists to its region.
        const el = await fixture<Editor>(html`<payrex-address-editor></payrex-address-editor>`);
        const city = field(el, "city");
        typeIn(city, typed!);
        leave(city);
        await el.updateComplete;
        expect(city.value, typed).to.equal(official);
        expect(el.value.address.city, typed).to.equal(official);
      }
    });

    it("takes what autofill puts into the pickers, without opening a list", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor name="b"></payrex-address-editor>`);
      const changes: Event[] = [];
      el.addEventListener("change", (e) => changes.push(e));
      // Autofill sets values and fires input without focusing the fields.
      for (const [key, text] of [
        ["state", "Metro Manila"],
        ["city", "Quezon City"],
        ["line2", "Pinyahan"],
        ["line1", "Unit 12B, 88 Kalayaan Ave"],
        ["postal_code", "1100"],
      ]) {
        const input = field(el, key);
        input.value = text!;
        input.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true }));
        input.dispatchEvent(new Event("change", { bubbles: true }));
        await el.updateComplete;
      }
      for (const key of ["region", "state", "city", "line2"]) expect(field(el, key).getAttribute("aria-expanded")).to.equal("false");
      expect(field(el, "region").value).to.equal("National Capital Region (NCR)");
      expect(el.value).to.deep.equal({ ...filled, phone: null });
      expect(changes.length).to.be.greaterThan(0);
    });

    it("falls back to plain fields when the place list cannot load, and the address still works", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor .dataUrl=${"/missing-ph-data/"}></payrex-address-editor>`);
      expect(root(el).querySelector(".note")!.textContent).to.equal(
        "The list of places could not be loaded. Type the address instead.",
      );
      expect(has(el, "region")).to.be.false;
      expect(field(el, "city").getAttribute("role")).to.be.null;
      await fill(el, "state", "Cebu");
      await fill(el, "city", "Cebu City");
      await fill(el, "line2", "Lahug");
      await fill(el, "line1", "12 Gorordo Ave");
      expect(el.getValue()).to.deep.equal({
        phone: null,
        address: { line1: "12 Gorordo Ave", line2: "Lahug", city: "Cebu City", state: "Cebu", postal_code: null, country: "PH" },
      });
    });

    it("tries a city's barangays again when it is picked again after they failed to load", async () => {
      // The server answers 503 for the first barangay module asked for (Tagbilaran's).
      {
        const el = await fixture<Editor>(html`<payrex-address-editor .dataUrl=${"/ph-data/flaky/retry/"}></payrex-address-editor>`);
        await pick(el, "city", "Tagbilaran", "City of Tagbilaran");
        typeIn(field(el, "line2"), "");
        await el.updateComplete;
        expect(options(el, "line2")).to.deep.equal([]);
        await pick(el, "city", "Tagbilaran", "City of Tagbilaran");
        typeIn(field(el, "line2"), "Dao");
        await el.updateComplete;
        await waitUntil(() => options(el, "line2").includes("Dao"), "Tagbilaran's barangays on the second pick");
      }
    });

    it("checks the 4-digit postal code", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor></payrex-address-editor>`);
      await fill(el, "postal_code", "11000");
      expect(errorOf(el, "postal_code")).to.equal("Enter a valid postal code, for example 1008.");
      expect(field(el, "postal_code").getAttribute("aria-invalid")).to.equal("true");
      await fill(el, "postal_code", "1100");
      expect(errorOf(el, "postal_code")).to.equal("");
    });

    it("can leave line2 to the merchant with barangay-field='none'", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor barangay-field="none"></payrex-address-editor>`);
      expect(labelOf(el, "line2")).to.equal("Apartment, suite, unit, floor (optional)");
      expect(field(el, "line2").getAttribute("role")).to.be.null;
      await fill(el, "line2", "Tower 2");
      expect(el.value.address.line2).to.equal("Tower 2");
    });

    for (const [source, url] of [
      ["the bundled modules", undefined],
      ["the same modules at dataUrl", DATA_URL],
    ] as const) {
      it(`loads the place index once, a city's barangays from its module, and lets a waiting caller abort: ${source}`, async () => {
        const base = phDataUrl(url);
        const [a, b] = await Promise.all([loadPhIndex(base), loadPhIndex(base)]);
        expect(a).to.equal(b);
        expect(a.regions).to.have.length(18);
        expect(a.cities.length).to.be.greaterThan(1600);
        const makati = a.cities.find((c) => c.name === "City of Makati")!;
        expect(makati.psgc).to.equal("1380300000");
        expect(await loadBarangays(base, makati.psgc)).to.include("Poblacion");
        const controller = new AbortController();
        const pending = loadBarangays(base, "0403405000", controller.signal);
        controller.abort();
        let error: unknown;
        await pending.catch((e) => (error = e));
        expect((error as DOMException).name).to.equal("AbortError");
        // A code the data does not have is an error, not an empty list.
        error = undefined;
        await loadBarangays(base, "9999999999").catch((e) => (error = e));
        expect(String(error)).to.contain("9999999999");
      });
    }

    it("takes dataUrl relative to the page, with or without a trailing slash; without one, the bundled data", () => {
      expect(phDataUrl()).to.equal(undefined);
      expect(phDataUrl("")).to.equal(undefined);
      expect(phDataUrl("https://cdn.example.com/ph")).to.equal("https://cdn.example.com/ph/");
      expect(phDataUrl("/static/ph/")).to.equal(`${location.origin}/static/ph/`);
    });
  });

  describe("phone", () => {
    it("normalises Philippine numbers to E.164 in every common form", () => {
      for (const input of ["0917 123 4567", "+63 917 123 4567", "9171234567", "63 917 123 4567", "0917-123-4567", "(0917) 123.4567"]) {
        expect(toE164(input, "PH"), input).to.equal("+639171234567");
      }
      expect(toE164("(02) 8123 4567", "PH")).to.equal("+63281234567");
      expect(toE164("032 123 4567", "PH")).to.equal("+63321234567");
      expect(toE164("0917 123", "PH")).to.be.null;
      expect(toE164("call me", "PH")).to.be.null;
      expect(toE164("+1 202 555 0143", "PH")).to.equal("+12025550143");
    });

    it("reads numbers written with the country's calling code but no + (as autofill fills them)", () => {
      expect(toE164("16502530000", "US", "1")).to.equal("+16502530000");
      expect(toE164("(650) 253-0000", "US", "1")).to.equal("+16502530000");
      expect(toE164("1 650 253 0000", "CA", "1")).to.equal("+16502530000");
      expect(toE164("447911123456", "GB", "44")).to.equal("+447911123456");
      expect(toE164("81 3 1234 5678", "JP", "81")).to.equal("+81312345678");
      // Without the calling code the number cannot be read, and a national trunk 0 is not guessed at.
      expect(toE164("6502530000", "US")).to.be.null;
      expect(toE164("07911 123456", "GB", "44")).to.be.null;
      expect(toE164("0650 253 0000", "US", "1")).to.be.null;
    });

    it("accepts a US phone as autofill fills it", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor country="US"></payrex-address-editor>`);
      await waitUntil(() => field(el, "city"), "US layout");
      await fill(el, "phone", "16502530000");
      expect(errorOf(el, "phone")).to.equal("");
      expect(el.value.phone).to.equal("+16502530000");
    });

    it("reads the calling code without its +, a trunk 0 after +63, and landlines with the calling code", () => {
      for (const input of ["+63 (917) 123-4567", "+63 0917 123 4567", "+63 (0) 917 123 4567", "63 0917 123 4567"]) {
        expect(toE164(input, "PH"), input).to.equal("+639171234567");
      }
      expect(toE164("63 2 8123 4567", "PH")).to.equal("+63281234567");
      expect(toE164("63 32 123 4567", "PH")).to.equal("+63321234567");
      expect(toE164("+63 (02) 8123 4567", "US")).to.equal("+63281234567");
      expect(toE164("02 8123 4567", "PH")).to.equal("+63281234567");
      expect(toE164("+63 0917 123", "PH")).to.be.null;
    });

    it("keeps other countries in E.164 with their calling code", () => {
      expect(toE164("+1 (202) 555-0143", "US")).to.equal("+12025550143");
      expect(toE164("0044 20 7946 0018", "GB")).to.equal("+442079460018");
      expect(toE164("+63 917 123 4567", "US")).to.equal("+639171234567");
      expect(toE164("202 555 0143", "US")).to.be.null;
      expect(toE164("+0 123", "US")).to.be.null;
    });

    it("stores E.164, shows it after the field is left, and explains a bad number", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor></payrex-address-editor>`);
      const phone = field(el, "phone");
      expect(phone.type).to.equal("tel");
      typeIn(phone, "0917 123 4567");
      await el.updateComplete;
      expect(el.value.phone).to.equal("+639171234567");
      leave(phone);
      await el.updateComplete;
      expect(phone.value).to.equal("+639171234567");
      await fill(el, "phone", "12345");
      // The message says what is wrong; the hint next to it keeps the example (read after it, not twice).
      const hint = root(el).querySelector(`#${phone.id}-hint`)!.textContent!;
      expect(hint).to.equal("Mobile or landline, e.g. 0917 123 4567.");
      expect(errorOf(el, "phone")).to.equal("This number is incomplete or has a typo.");
      expect(phone.getAttribute("aria-describedby")).to.equal(`${phone.id}-error ${phone.id}-hint`);
      await chooseCountry(el, "US");
      expect(errorOf(el, "phone")).to.equal("Start the number with + and its country code.");
      expect(root(el).querySelector(`#${phone.id}-hint`)!.textContent).to.equal("With the country code, e.g. +1 202 555 0143.");
      await fill(el, "phone", "+1 202");
      expect(errorOf(el, "phone")).to.equal("This number is incomplete or has a typo.");
      for (const locale of ["en", "fil"]) {
        el.locale = locale;
        await el.updateComplete;
        const example = /\d{3} \d{3}/;
        expect(errorOf(el, "phone"), locale).not.to.match(example);
      }
      expect(errorOf(el, "phone")).to.equal("Kulang o may mali ang numerong ito.");
    });
  });

  describe("fields", () => {
    it("shows, requires and hides fields as configured, in validation and in FormData", async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <payrex-address-editor
          name="billing"
          country="US"
          .fields=${{ name: "required", email: "optional", phone: "hidden", line2: "hidden", state: "optional", postal_code: "hidden" }}
        ></payrex-address-editor>
      </form>`);
      const el = form.querySelector<Editor>("payrex-address-editor")!;
      await el.updateComplete;
      expect(has(el, "phone")).to.be.false;
      expect(has(el, "line2")).to.be.false;
      expect(has(el, "postal_code")).to.be.false;
      expect(labelOf(el, "name")).to.equal("Full name *");
      expect(labelOf(el, "email")).to.equal("Email (optional)");
      expect(labelOf(el, "state")).to.equal("State (optional)");
      await fill(el, "line1", "1 Market St");
      await fill(el, "city", "San Francisco");
      expect(el.getValue()).to.be.null;
      expect(form.checkValidity()).to.be.false;
      await fill(el, "name", "Ana Cruz");
      await fill(el, "email", "ana@");
      expect(errorOf(el, "email")).to.equal("Enter an email address like name@example.com.");
      expect(form.checkValidity()).to.be.false;
      await fill(el, "email", "ana@example.com");
      expect(form.checkValidity()).to.be.true;
      expect([...new FormData(form)]).to.deep.equal([
        ["billing[name]", "Ana Cruz"],
        ["billing[email]", "ana@example.com"],
        ["billing[line1]", "1 Market St"],
        ["billing[city]", "San Francisco"],
        ["billing[state]", ""],
        ["billing[country]", "US"],
      ]);
      expect(el.getValue()).to.deep.equal({
        name: "Ana Cruz",
        email: "ana@example.com",
        phone: null,
        address: { line1: "1 Market St", line2: null, city: "San Francisco", state: null, postal_code: null, country: "US" },
      });
    });

    it("reads fields from a JSON attribute and ignores a malformed one", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor fields='{"phone":"required","line2":"hidden"}'></payrex-address-editor>`);
      expect(labelOf(el, "phone")).to.equal("Phone number *");
      expect(has(el, "line2")).to.be.false;
      el.setAttribute("fields", "{oops");
      await el.updateComplete;
      expect(labelOf(el, "phone")).to.equal("Phone number (optional)");
    });

    it("keeps the hidden parts of a value as they were (nothing is lost on save)", async () => {
      const el = await fixture<Editor>(
        html`<payrex-address-editor .fields=${{ phone: "hidden" }} .value=${{ ...filled, name: "Maria" }}></payrex-address-editor>`,
      );
      expect(has(el, "phone")).to.be.false;
      expect(el.value.phone).to.equal("+639171234567");
      expect(el.value.name).to.equal("Maria");
    });
  });

  describe("standalone", () => {
    it("takes a value and gives it back, with input and change events from edits", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor .value=${us}></payrex-address-editor>`);
      expect(el.value).to.deep.equal(us);
      const line1 = field(el, "line1");
      expect(line1.value).to.equal("1 Market St");
      const seen: string[] = [];
      const host = (e: Event) => seen.push(`${e.type}:${e.target === el}:${e.composed}`);
      el.addEventListener("input", host);
      el.addEventListener("change", host);
      typeIn(line1, "2 Market St");
      leave(line1);
      expect(seen).to.deep.equal(["input:true:true", "change:true:false"]);
      expect(el.value.address.line1).to.equal("2 Market St");
    });

    it("validate() shows every problem and focuses the first invalid field; getValue() is null until valid", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor country="US"></payrex-address-editor>`);
      expect(errorOf(el, "line1")).to.equal("");
      expect(el.getValue()).to.be.null;
      expect(el.validate()).to.be.false;
      await el.updateComplete;
      expect(errorOf(el, "line1")).to.equal("Enter the street address.");
      expect(errorOf(el, "city")).to.equal("Enter the city.");
      expect(errorOf(el, "state")).to.equal("Enter the state.");
      expect(el.renderRoot instanceof ShadowRoot && el.shadowRoot!.activeElement).to.equal(field(el, "line1"));
      el.value = us;
      await el.updateComplete;
      expect(el.validate()).to.be.true;
      expect(el.getValue()).to.deep.equal(us);
    });

    it("says which fields are required, and sums up the problems after validate() as the customer form does", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor country="US"></payrex-address-editor>`);
      expect($(el, "[part~=form] > .hint")!.textContent).to.equal("Fields marked * are required.");
      const status = $(el, "[part~=status]")!;
      expect(status.getAttribute("role")).to.equal("status");
      expect(status.textContent).to.equal("");
      expect(el.validate()).to.be.false;
      await el.updateComplete;
      expect(status.textContent).to.equal("4 fields need attention.");
      await expect(el).to.be.accessible();
      // An edit puts the summary away; the field messages stay until fixed.
      await fill(el, "line1", "1 Market St");
      expect(status.textContent).to.equal("");
      expect(el.validate()).to.be.false;
      await el.updateComplete;
      expect(status.textContent).to.equal("3 fields need attention.");
      el.value = us;
      await el.updateComplete;
      expect(status.textContent).to.equal("");
      expect(el.validate()).to.be.true;
      await el.updateComplete;
      expect(status.textContent).to.equal("");

      const fil = await fixture<Editor>(html`<payrex-address-editor locale="fil"></payrex-address-editor>`);
      expect($(fil, "[part~=form] > .hint")!.textContent).to.equal("Kailangang punan ang mga field na may *.");
      // The region only narrows the lists: marked optional, like every optional field.
      expect(labelOf(fil, "region")).to.equal("Rehiyon (opsyonal)");
      fil.validate();
      await fil.updateComplete;
      expect($(fil, "[part~=status]")!.textContent).to.equal("May 2 field na kailangang ayusin.");
    });

    it("shows a problem only once the field was edited and left", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor country="US"></payrex-address-editor>`);
      const city = field(el, "city");
      city.focus();
      city.blur();
      await el.updateComplete;
      expect(errorOf(el, "city")).to.equal("");
      typeIn(city, "x");
      typeIn(city, "");
      await el.updateComplete;
      expect(errorOf(el, "city")).to.equal("");
      leave(city);
      await el.updateComplete;
      expect(errorOf(el, "city")).to.equal("Enter the city.");
    });

    it("reset() returns to the last value set and clears messages", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor .value=${filled}></payrex-address-editor>`);
      await fill(el, "line1", "");
      await chooseCountry(el, "US");
      el.reset();
      await el.updateComplete;
      expect(el.value).to.deep.equal(filled);
      expect(field(el, "line1").value).to.equal(filled.address.line1);
      expect(errorOf(el, "line1")).to.equal("");
    });

    it("needs no backend: no payrex-error without customer-id", async () => {
      let errors = 0;
      const onError = () => errors++;
      document.addEventListener("payrex-error", onError);
      const el = await fixture<Editor>(html`<payrex-address-editor></payrex-address-editor>`);
      el.value = filled;
      await el.updateComplete;
      document.removeEventListener("payrex-error", onError);
      expect(errors).to.equal(0);
    });
  });

  describe("in a native form", () => {
    const formFixture = async (value: AddressValue | null = null) => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <fieldset><payrex-address-editor name="billing" .value=${value}></payrex-address-editor></fieldset>
        <button>Pay</button>
      </form>`);
      const el = form.querySelector<Editor>("payrex-address-editor")!;
      await el.updateComplete;
      return { form, el };
    };

    it("submits every part as name[part], phone in E.164", async () => {
      const { form, el } = await formFixture(filled);
      await fill(el, "phone", "0918 765 4321");
      const submitted = new Promise<FormData>((resolve) =>
        form.addEventListener("submit", (e) => {
          e.preventDefault();
          resolve(new FormData(form));
        }),
      );
      form.querySelector("button")!.click();
      expect([...(await submitted)]).to.deep.equal([
        ["billing[line1]", "Unit 12B, 88 Kalayaan Ave"],
        ["billing[line2]", "Pinyahan"],
        ["billing[city]", "Quezon City"],
        ["billing[state]", "Metro Manila"],
        ["billing[postal_code]", "1100"],
        ["billing[country]", "PH"],
        ["billing[phone]", "+639187654321"],
      ]);
    });

    it("submits the form on Enter in a field, as a native input would", async () => {
      const { form, el } = await formFixture(filled);
      const submitted = oneEvent(form, "submit");
      form.addEventListener("submit", (e) => e.preventDefault());
      field(el, "line1").focus();
      await sendKeys({ press: "Enter" });
      expect((await submitted).type).to.equal("submit");
    });

    it("takes part in form validity, :invalid and the browser's message", async () => {
      const { form, el } = await formFixture();
      expect(form.checkValidity()).to.be.false;
      expect(el.matches(":invalid")).to.be.true;
      expect(el.validity.customError).to.be.true;
      // The first problem in screen order: the pickers come before the street line.
      expect(el.validationMessage).to.equal("Choose the city or municipality.");
      const invalid = oneEvent(el, "invalid");
      form.requestSubmit();
      await invalid;
      el.value = filled;
      await el.updateComplete;
      expect(form.checkValidity()).to.be.true;
      expect(el.matches(":valid")).to.be.true;
      expect(el.willValidate).to.be.true;
    });

    it("goes back to its initial value on form.reset()", async () => {
      const { form, el } = await formFixture(filled);
      await fill(el, "line1", "Somewhere else");
      // Another region: the province and city that no longer fit are cleared.
      await pick(el, "region", "Cordillera");
      expect(el.value.address).to.include({ state: null, city: null, line2: null });
      form.reset();
      await el.updateComplete;
      expect(el.value).to.deep.equal(filled);
      expect(field(el, "line1").value).to.equal("Unit 12B, 88 Kalayaan Ave");
      expect(field(el, "state").value).to.equal("Quezon City");
      expect(new FormData(form).get("billing[line1]")).to.equal("Unit 12B, 88 Kalayaan Ave");
    });

    it("is disabled by a disabled fieldset: inputs off, left out of FormData and validation", async () => {
      const { form, el } = await formFixture();
      const fieldset = form.querySelector("fieldset")!;
      fieldset.disabled = true;
      await el.updateComplete;
      await el.updateComplete;
      expect(field(el, "line1").disabled).to.be.true;
      expect((field(el, "country") as unknown as HTMLSelectElement).disabled).to.be.true;
      expect(field(el, "city").disabled).to.be.true;
      expect([...new FormData(form).keys()]).to.deep.equal([]);
      expect(form.checkValidity()).to.be.true;
      fieldset.disabled = false;
      await el.updateComplete;
      expect(field(el, "line1").disabled).to.be.false;
      expect(form.checkValidity()).to.be.false;
    });

    it("is disabled by its own disabled attribute", async () => {
      const { form, el } = await formFixture(filled);
      el.disabled = true;
      await el.updateComplete;
      expect(field(el, "phone").disabled).to.be.true;
      expect([...new FormData(form).keys()]).to.deep.equal([]);
    });

    it("restores from the state it gave the browser (back/forward) and from autofill FormData", async () => {
      const { el } = await formFixture(filled);
      await fill(el, "line1", "7 Mabini St");
      await fill(el, "phone", "0917 555 0000");
      const state = JSON.stringify(el.value);
      const other = await formFixture();
      other.el.formStateRestoreCallback(state);
      await other.el.updateComplete;
      expect(other.el.value).to.deep.equal(el.value);
      expect(field(other.el, "line1").value).to.equal("7 Mabini St");
      expect(field(other.el, "region").value).to.equal("National Capital Region (NCR)");
      expect(other.form.checkValidity()).to.be.true;

      const fd = new FormData();
      fd.set("billing[line1]", "1 Market St");
      fd.set("billing[city]", "San Francisco");
      fd.set("billing[country]", "US");
      other.el.formStateRestoreCallback(fd);
      await other.el.updateComplete;
      expect(other.el.country).to.equal("US");
      expect(field(other.el, "city").value).to.equal("San Francisco");
      other.el.formStateRestoreCallback("not json");
      other.el.formStateRestoreCallback(null);
      expect(other.el.value.address.city).to.equal("San Francisco");
    });
  });

  describe("restoring autofill FormData", () => {
    it("keeps hidden fields (a billing name and email that are not shown) when the browser restores FormData", async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <payrex-address-editor name="billing" .value=${{ ...filled, name: "Maria Santos", email: "maria@example.ph" }}></payrex-address-editor>
      </form>`);
      const el = form.querySelector<Editor>("payrex-address-editor")!;
      await el.updateComplete;
      expect([...new FormData(form).keys()]).not.to.include("billing[name]");
      const fd = new FormData();
      fd.set("billing[line1]", "7 Mabini St");
      fd.set("billing[country]", "PH");
      el.formStateRestoreCallback(fd);
      await el.updateComplete;
      expect(el.value.address.line1).to.equal("7 Mabini St");
      expect(el.value.name).to.equal("Maria Santos");
      expect(el.value.email).to.equal("maria@example.ph");
    });
  });

  describe("light DOM", () => {
    it("renders its inputs into the light DOM, styled like the shadow version, with a CSP-safe adopted sheet", async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <payrex-address-editor render-root="light" country="US"></payrex-address-editor>
        <payrex-address-editor country="US"></payrex-address-editor>
      </div>`);
      const [light, shadow] = [...wrap.querySelectorAll<Editor>("payrex-address-editor")] as [Editor, Editor];
      await light.updateComplete;
      await shadow.updateComplete;
      expect(light.shadowRoot).to.be.null;
      const input = light.querySelector<HTMLInputElement>('input[autocomplete="billing address-line1"]')!;
      expect(input).to.exist;
      expect(input.labels![0]!.textContent).to.contain("Street address");
      const other = shadow.shadowRoot!.querySelector<HTMLInputElement>('input[autocomplete="billing address-line1"]')!;
      for (const prop of ["border-top-width", "border-top-style", "padding-left", "border-radius", "font-size", "color", "width"]) {
        expect(getComputedStyle(input).getPropertyValue(prop), prop).to.equal(getComputedStyle(other).getPropertyValue(prop));
      }
      expect(getComputedStyle(input.labels![0]!).fontWeight).to.equal(getComputedStyle(other.labels![0]!).fontWeight);
      expect(getComputedStyle(light).display).to.equal("block");
      expect(document.adoptedStyleSheets.length).to.be.greaterThan(0);
      expect(light.querySelector("[style]")).to.be.null;
      // The PH pickers' styles arrive with their chunk, in both modes.
      light.country = shadow.country = "PH";
      await light.updateComplete;
      await shadow.updateComplete;
      const lightCity = light.querySelector<HTMLInputElement>('[role=combobox][id$="-city"]')!;
      const shadowCity = shadow.shadowRoot!.querySelector<HTMLInputElement>('[role=combobox][id$="-city"]')!;
      for (const prop of ["padding-right", "background-image", "width"]) {
        expect(getComputedStyle(lightCity).getPropertyValue(prop), prop).to.equal(getComputedStyle(shadowCity).getPropertyValue(prop));
      }
      expect(getComputedStyle(lightCity).paddingRight).not.to.equal(getComputedStyle(input).paddingRight);
      expect(getComputedStyle(light.querySelector('[role=listbox]')!).position).to.equal("absolute");
      // Ids stay unique in the document.
      const ids = [...document.querySelectorAll("[id]")].map((e) => e.id);
      expect(new Set(ids).size).to.equal(ids.length);
    });

    it("works inside another shadow root and in a form, with the same FormData and validity", async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const shadow = host.attachShadow({ mode: "open" });
      shadow.innerHTML = `<form><payrex-address-editor render-root="light" name="b"></payrex-address-editor></form>`;
      const el = shadow.querySelector<Editor>("payrex-address-editor")!;
      await el.updateComplete;
      // The editor's sheet, and the pickers' once they have loaded.
      expect(shadow.adoptedStyleSheets.length).to.equal(2);
      const form = shadow.querySelector("form")!;
      expect(form.checkValidity()).to.be.false;
      el.value = filled;
      await el.updateComplete;
      expect(form.checkValidity()).to.be.true;
      expect(new FormData(form).get("b[city]")).to.equal("Quezon City");
      // The inner inputs have no name of their own: nothing is submitted twice.
      expect([...new FormData(form).keys()].every((k) => k.startsWith("b["))).to.be.true;
      await fill(el, "line1", "1 Other St");
      expect(el.value.address.line1).to.equal("1 Other St");
      form.reset();
      await el.updateComplete;
      expect(el.querySelector<HTMLInputElement>('[id$="-line1"]')!.value).to.equal(filled.address.line1);
    });

    it("fires one input and one change per edit, like the shadow version", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor render-root="light" country="US"></payrex-address-editor>`);
      const seen: string[] = [];
      el.addEventListener("input", (e) => seen.push(`${e.type}:${e.target === el}`));
      el.addEventListener("change", (e) => seen.push(`${e.type}:${e.target === el}`));
      await fill(el, "line1", "1 Market St");
      expect(seen).to.deep.equal(["input:true", "change:true"]);
    });
  });

  describe("bound to a customer", () => {
    it("loads the customer's billing details", async () => {
      const adapter = createMemoryAdapter();
      const el = await fixture<Editor>(
        html`<payrex-address-editor customer-id=${demoIds.customer} .adapter=${adapter}></payrex-address-editor>`,
      );
      await waitUntil(() => has(el, "line1"), "fields shown");
      await el.updateComplete;
      expect(adapter.calls[0]).to.deep.include({ method: "getCustomer" });
      expect(field(el, "line1").value).to.equal("Unit 12B, 88 Kalayaan Ave");
      expect(field(el, "region").value).to.equal("National Capital Region (NCR)");
      expect(field(el, "city").value).to.equal("Quezon City");
      expect(field(el, "line2").value).to.equal("Pinyahan");
      expect(el.value.address.state).to.equal("Metro Manila");
      expect($(el, "[part~=save]")!.textContent!.trim()).to.equal("Save address");
      await expect(el).to.be.accessible();
    });

    it("binds later: an editor used unbound loads the customer once customer-id is set, then saves to it", async () => {
      const adapter = createMemoryAdapter();
      const el = await fixture<Editor>(html`<payrex-address-editor .adapter=${adapter}></payrex-address-editor>`);
      expect($(el, "[part~=save]")).to.equal(null);
      expect(adapter.calls).to.deep.equal([]);
      el.customerId = demoIds.customer;
      await waitUntil(() => $(el, "[part~=save]"), "bound: the save button shown");
      await el.updateComplete;
      expect(adapter.calls.map((c) => c.method)).to.deep.equal(["getCustomer"]);
      expect(field(el, "line1").value).to.equal("Unit 12B, 88 Kalayaan Ave");
      const saved = await el.submit();
      expect(saved.id).to.equal(demoIds.customer);
      expect(adapter.calls.map((c) => c.method)).to.deep.equal(["getCustomer", "updateCustomer"]);
    });

    it("reload() loads the customer again and shows what the backend holds now; unbound, it asks for nothing", async () => {
      const adapter = createMemoryAdapter();
      const el = await fixture<Editor>(
        html`<payrex-address-editor customer-id=${demoIds.customer} .adapter=${adapter}></payrex-address-editor>`,
      );
      await waitUntil(() => has(el, "line1"), "fields shown");
      const current = await adapter.getCustomer(demoIds.customer);
      // Changed elsewhere (another tab, the merchant's staff) after the editor loaded it.
      await adapter.updateCustomer(demoIds.customer, {
        billing_details: { ...current.billing_details!, address: { ...current.billing_details!.address!, line1: "Unit 7, 1 Mango Ave" } },
      });
      await el.reload();
      await el.updateComplete;
      expect(adapter.calls.filter((c) => c.method === "getCustomer")).to.have.length(3);
      expect(field(el, "line1").value).to.equal("Unit 7, 1 Mango Ave");

      const unbound = await fixture<Editor>(html`<payrex-address-editor .adapter=${adapter}></payrex-address-editor>`);
      const before = adapter.calls.length;
      await unbound.reload();
      expect(adapter.calls.length).to.equal(before);
    });

    it("submit() while the customer is still loading rejects (validation) and asks for no save", async () => {
      const adapter = createMemoryAdapter(undefined, { latencyMs: Infinity });
      const el = await fixture<Editor>(
        html`<payrex-address-editor customer-id=${demoIds.customer} .adapter=${adapter}></payrex-address-editor>`,
      );
      const error = (await el.submit().catch((e: unknown) => e)) as PayrexError;
      expect(error).to.be.instanceOf(PayrexError);
      expect(error.kind).to.equal("validation");
      expect(error.message).to.equal("The address has not loaded yet.");
      expect(adapter.calls.map((c) => c.method)).to.deep.equal(["getCustomer"]);
      el.remove();
    });

    it("shows a loading state while the customer loads", async () => {
      const adapter = createMemoryAdapter(undefined, { latencyMs: Infinity });
      const el = await fixture<Editor>(
        html`<payrex-address-editor customer-id=${demoIds.customer} .adapter=${adapter}></payrex-address-editor>`,
      );
      const status = $(el, "[role=status]")!;
      expect(status.textContent!.trim()).to.equal("Loading the address…");
      expect(has(el, "line1")).to.be.false;
      await expect(el).to.be.accessible();
      el.remove();
    });

    for (const kind of ["network", "timeout", "http", "invalid_response", "validation", "aborted"] as PayrexErrorKind[]) {
      it(`shows a load failure (${kind}) with a retry that works`, async () => {
        const adapter = createMemoryAdapter();
        adapter.failNext("getCustomer", kind);
        const errors: PayrexError[] = [];
        const el = await fixture<Editor>(
          html`<payrex-address-editor
            customer-id=${demoIds.customer}
            .adapter=${adapter}
            @payrex-error=${(e: CustomEvent) => errors.push(e.detail.error)}
          ></payrex-address-editor>`,
        );
        await waitUntil(() => $(el, "[role=alert]"), "alert shown");
        expect($(el, "[role=alert]")!.textContent).to.contain("The address could not be loaded.");
        expect(errors.map((e) => e.kind)).to.deep.equal(kind === "aborted" ? [] : [kind]);
        await expect(el).to.be.accessible();
        $<HTMLButtonElement>(el, "[role=alert] button")!.click();
        await waitUntil(() => has(el, "line1"), "loaded after retry");
        expect(field(el, "line1").value).to.equal("Unit 12B, 88 Kalayaan Ave");
      });
    }

    it("saves with updateCustomer(id, { billing_details }) and fires payrex-address-saved", async () => {
      const adapter = createMemoryAdapter();
      const el = await fixture<Editor>(
        html`<payrex-address-editor customer-id=${demoIds.customerNoAddress} .adapter=${adapter}></payrex-address-editor>`,
      );
      await waitUntil(() => has(el, "line1"));
      await el.updateComplete;
      await pick(el, "city", "City of Baguio");
      await fill(el, "line1", "5 Session Rd");
      await fill(el, "postal_code", "2600");
      await fill(el, "phone", "0917 123 4567");
      const saved = oneEvent(el, "payrex-address-saved");
      $<HTMLButtonElement>(el, "[part~=save]")!.click();
      await el.updateComplete;
      expect($(el, "[part~=save]")!.textContent).to.contain("Saving…");
      expect($(el, "[part~=form]")!.getAttribute("aria-busy")).to.equal("true");
      const { detail } = await saved;
      const update = adapter.calls.find((c) => c.method === "updateCustomer")!;
      expect(update.args.slice(0, 2)).to.deep.equal([
        demoIds.customerNoAddress,
        {
          billing_details: {
            phone: "+639171234567",
            address: {
              line1: "5 Session Rd",
              line2: null,
              city: "City of Baguio",
              state: "City of Baguio",
              postal_code: "2600",
              country: "PH",
            },
          },
        },
      ]);
      expect(detail.customer.billing_details!.address!.city).to.equal("City of Baguio");
      await el.updateComplete;
      expect($(el, "[part~=status].saved")!.textContent).to.equal("Address saved.");
      await expect(el).to.be.accessible();
    });

    it("saves on Enter in a field", async () => {
      const adapter = createMemoryAdapter();
      const el = await fixture<Editor>(
        html`<payrex-address-editor customer-id=${demoIds.customer} .adapter=${adapter}></payrex-address-editor>`,
      );
      await waitUntil(() => has(el, "line1"));
      await el.updateComplete;
      const saved = oneEvent(el, "payrex-address-saved");
      field(el, "postal_code").focus();
      await sendKeys({ press: "Enter" });
      expect((await saved).detail.customer.id).to.equal(demoIds.customer);
    });

    it("sends one PUT however often Enter is pressed while a slow save is in flight; a click joins it too", async () => {
      const memory = createMemoryAdapter();
      // A slow backend: every update waits until the test lets it through.
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const puts: unknown[][] = [];
      const adapter: PayrexAdapter = {
        ...memory,
        updateCustomer: async (...args) => {
          puts.push(args);
          await gate;
          return memory.updateCustomer(...args);
        },
      };
      const el = await fixture<Editor>(
        html`<payrex-address-editor customer-id=${demoIds.customer} .adapter=${adapter}></payrex-address-editor>`,
      );
      await waitUntil(() => has(el, "line1"));
      await el.updateComplete;
      const saved: CustomEvent[] = [];
      el.addEventListener("payrex-address-saved", (e) => saved.push(e));
      field(el, "postal_code").focus();
      for (let i = 0; i < 10; i++) await sendKeys({ press: "Enter" });
      $<HTMLButtonElement>(el, "[part~=save]")!.click();
      const joined = el.submit();
      expect(puts).to.have.length(1);
      release();
      await joined;
      await el.updateComplete;
      expect(puts).to.have.length(1);
      expect(saved).to.have.length(1);
      // Once it has finished, the next Enter is a new save.
      field(el, "postal_code").focus();
      await sendKeys({ press: "Enter" });
      await waitUntil(() => saved.length === 2, "second save");
      expect(puts).to.have.length(2);
    });

    it("does not save an invalid address: shows the problems instead", async () => {
      const adapter = createMemoryAdapter();
      const el = await fixture<Editor>(
        html`<payrex-address-editor customer-id=${demoIds.customerNoAddress} .adapter=${adapter}></payrex-address-editor>`,
      );
      await waitUntil(() => has(el, "line1"));
      let error: unknown;
      await el.submit().catch((e) => (error = e));
      expect((error as PayrexError).kind).to.equal("validation");
      await el.updateComplete;
      expect(errorOf(el, "line1")).to.equal("Enter the house or unit no., building, street.");
      expect(adapter.calls.some((c) => c.method === "updateCustomer")).to.be.false;
    });

    for (const kind of ["network", "timeout", "http", "invalid_response", "validation"] as PayrexErrorKind[]) {
      it(`keeps everything typed when saving fails (${kind}) and can save again`, async () => {
        const adapter = createMemoryAdapter();
        const el = await fixture<Editor>(
          html`<payrex-address-editor customer-id=${demoIds.customer} .adapter=${adapter}></payrex-address-editor>`,
        );
        await waitUntil(() => has(el, "line1"));
        await el.updateComplete;
        await fill(el, "line1", "Unit 14C, 88 Kalayaan Ave");
        adapter.failNext("updateCustomer", kind);
        const errors: PayrexError[] = [];
        el.addEventListener("payrex-error", (e) => errors.push(e.detail.error));
        $<HTMLButtonElement>(el, "[part~=save]")!.click();
        await waitUntil(() => $(el, "[role=alert]"), "save failure shown");
        expect($(el, "[role=alert]")!.textContent).to.contain("The address was not saved. Your changes are still here");
        expect(errors.map((e) => e.kind)).to.deep.equal([kind]);
        expect(field(el, "line1").value).to.equal("Unit 14C, 88 Kalayaan Ave");
        expect(el.value.address.line1).to.equal("Unit 14C, 88 Kalayaan Ave");
        await expect(el).to.be.accessible();
        const saved = oneEvent(el, "payrex-address-saved");
        $<HTMLButtonElement>(el, "[part~=save]")!.click();
        expect((await saved).detail.customer.billing_details!.address!.line1).to.equal("Unit 14C, 88 Kalayaan Ave");
        await el.updateComplete;
        expect($(el, "[role=alert]")).to.be.null;
      });
    }

    it("puts backend field errors on the right input", async () => {
      const adapter = createMemoryAdapter();
      const el = await fixture<Editor>(
        html`<payrex-address-editor customer-id=${demoIds.customer} .adapter=${adapter}></payrex-address-editor>`,
      );
      await waitUntil(() => has(el, "line1"));
      await el.updateComplete;
      adapter.failNext(
        "updateCustomer",
        new PayrexError("http", "Invalid request.", {
          status: 400,
          errors: [
            { code: "parameter_invalid", detail: "This postal code does not exist.", parameter: "billing_details[address][postal_code]" },
            { code: "parameter_invalid", detail: "Unknown barangay.", parameter: "billing_details[address][line2]" },
            { code: "parameter_invalid", detail: "Something else.", parameter: "currency" },
          ],
        }),
      );
      await el.submit().catch(() => undefined);
      await el.updateComplete;
      const postal = field(el, "postal_code");
      expect(postal.getAttribute("aria-invalid")).to.equal("true");
      expect(errorOf(el, "postal_code")).to.equal("This postal code does not exist.");
      expect(postal.getAttribute("aria-describedby")).to.equal(`${postal.id}-error`);
      expect(field(el, "line2").getAttribute("role")).to.equal("combobox");
      expect(errorOf(el, "line2")).to.equal("Unknown barangay.");
      expect($(el, "[role=alert]")!.textContent).to.contain("Check the highlighted fields");
      expect(el.validationMessage).to.equal("This postal code does not exist.");
      await fill(el, "postal_code", "1101");
      expect(errorOf(el, "postal_code")).to.equal("");
      expect(postal.getAttribute("aria-invalid")).to.equal("false");
    });

    it("never shows a backend's English detail to a Filipino reader: a translated field message, the detail in payrex-error", async () => {
      const adapter = createMemoryAdapter();
      const el = await fixture<Editor>(
        html`<payrex-address-editor locale="fil" customer-id=${demoIds.customer} .adapter=${adapter}></payrex-address-editor>`,
      );
      await waitUntil(() => has(el, "line1"));
      await el.updateComplete;
      const detail = "This postal code does not exist.";
      adapter.failNext(
        "updateCustomer",
        new PayrexError("http", detail, {
          status: 400,
          errors: [{ code: "parameter_invalid", detail, parameter: "billing_details[address][postal_code]" }],
        }),
      );
      const errored = oneEvent(el, "payrex-error");
      await el.submit().catch(() => undefined);
      await el.updateComplete;
      expect(field(el, "postal_code").getAttribute("aria-invalid")).to.equal("true");
      expect(errorOf(el, "postal_code")).to.equal("Hindi ito tinanggap. Pakisuri at subukang muli.");
      expect($(el, "[role=alert]")!.textContent).to.contain("Tingnan ang mga naka-highlight na field").and.not.contain(detail);
      expect((await errored).detail.error.errors[0].detail).to.equal(detail);
    });

    it("shows a backend error about the country at the country select, until another country is chosen", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor country="US" .value=${us}></payrex-address-editor>`);
      const rest = el.setErrors([{ code: "parameter_invalid", detail: "We do not bill to this country.", parameter: "billing_details[address][country]" }]);
      await el.updateComplete;
      expect(rest).to.deep.equal([]);
      const select = field(el, "country");
      expect(select.getAttribute("aria-invalid")).to.equal("true");
      expect(select.getAttribute("aria-describedby")).to.equal(`${select.id}-error`);
      expect(errorOf(el, "country")).to.equal("We do not bill to this country.");
      expect(el.validationMessage).to.equal("We do not bill to this country.");
      await expect(el).to.be.accessible();
      await chooseCountry(el, "CA");
      expect(errorOf(el, "country")).to.equal("");
      expect(select.getAttribute("aria-invalid")).to.equal("false");
      expect(select.hasAttribute("aria-describedby")).to.be.false;
    });

    it("explains load and save failures in the element's language", async () => {
      for (const [kind, text] of [
        ["invalid_response", "May hindi inaasahang nangyari."],
        ["http", "Nagkaproblema."],
        ["aborted", "Nahinto ito bago natapos."],
      ] as const) {
        const adapter = createMemoryAdapter();
        adapter.failNext("getCustomer", kind);
        const el = await fixture<Editor>(
          html`<payrex-address-editor locale="fil" customer-id=${demoIds.customer} .adapter=${adapter}></payrex-address-editor>`,
        );
        await waitUntil(() => $(el, "[role=alert]"), "alert shown");
        expect($(el, "[role=alert]")!.textContent, kind).to.contain("Hindi ma-load ang address.").and.contain(text);
        expect($(el, "[role=alert]")!.textContent, kind).not.to.contain("Simulated");
      }
      const adapter = createMemoryAdapter();
      const el = await fixture<Editor>(html`<payrex-address-editor customer-id=${demoIds.customer} .adapter=${adapter}></payrex-address-editor>`);
      await waitUntil(() => has(el, "line1"));
      await el.updateComplete;
      adapter.failNext("updateCustomer", new PayrexError("http", "Not Found", { status: 404 }));
      await el.submit().catch(() => undefined);
      await el.updateComplete;
      // The shared wording for a 404, as in every element.
      expect($(el, "[role=alert]")!.textContent).to.contain("This could not be found.");
    });

    it("setErrors() places errors for standalone use and returns the ones it cannot place", async () => {
      const el = await fixture<Editor>(html`<payrex-address-editor country="US" .value=${us}></payrex-address-editor>`);
      const rest = el.setErrors([
        { detail: "Use a street address.", parameter: "billing_details[address][line1]" },
        { detail: "Bad phone.", parameter: "billing_details[phone]" },
        { detail: "Bad email.", parameter: "email" },
      ]);
      await el.updateComplete;
      expect(errorOf(el, "line1")).to.equal("Use a street address.");
      expect(errorOf(el, "phone")).to.equal("Bad phone.");
      expect(rest.map((r) => r.detail)).to.deep.equal(["Bad email."]);
      expect(el.checkValidity()).to.be.false;
    });

    it("submit() without customer-id rejects with a validation error and sends nothing", async () => {
      const adapter = createMemoryAdapter();
      const el = await fixture<Editor>(html`<payrex-address-editor .adapter=${adapter} .value=${filled}></payrex-address-editor>`);
      let error: unknown;
      await el.submit().catch((e) => (error = e));
      expect(error).to.be.instanceOf(PayrexError);
      expect((error as PayrexError).kind).to.equal("validation");
      expect((error as PayrexError).message).to.contain("customer-id");
      expect(adapter.calls).to.deep.equal([]);
    });

    it("shows the configuration error when bound without any adapter", async () => {
      const errors: PayrexError[] = [];
      const el = await fixture<Editor>(
        html`<payrex-address-editor customer-id="cus_x" @payrex-error=${(e: CustomEvent) => errors.push(e.detail.error)}></payrex-address-editor>`,
      );
      expect($(el, "[part~=alert]")!.textContent).to.contain("no backend configured");
      expect(errors).to.have.length(1);
    });
  });
});

import { expect, fixture, html, oneEvent, waitUntil } from "@open-wc/testing";
import { expectNotReady, handAdapter } from "./support.js";
import { sendKeys } from "@web/test-runner-commands";
import "../src/customer-form.js";
import "../src/provider.js";
import { PayrexCustomerForm } from "../src/customer-form.js";
import type { PayrexProvider } from "../src/provider.js";
import type { PayrexAdapter, RequestOptions } from "../src/api/adapter.js";
import type { Customer, CustomerInput } from "../src/api/schemas.js";
import { PayrexError } from "../src/api/errors.js";
import { createMemoryAdapter, demoIds, type MemoryAdapter } from "../src/api/memory-adapter.js";

// ---------------------------------------------------------------------------------------------
// Helpers

const maria: Customer = {
  id: "cus_maria",
  resource: "customer",
  name: "Maria Santos",
  email: "maria@example.ph",
  currency: "PHP",
  billing_statement_prefix: "MSANTOS",
  metadata: { plan: "pro", branch: "Cubao" },
  livemode: false,
  billing_details: null,
};
const juan: Customer = { ...maria, id: "cus_juan", name: "Juan dela Cruz", email: "juan@example.ph", metadata: null };

const shadow = (el: HTMLElement) => el.shadowRoot!;
const $ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, selector: string) =>
  shadow(el).querySelector<T>(selector)!;
const field = (el: HTMLElement, id: string) => $<HTMLInputElement>(el, `#${id}`);
const submitButton = (el: HTMLElement) => $<HTMLButtonElement>(el, '[part~="submit"]');
const status = (el: HTMLElement) => $(el, '[part~="status"]').textContent!.trim();
const errorText = (el: HTMLElement, id: string) => $(el, `#${id}-error`).textContent!.trim();
const focused = (el: HTMLElement) => shadow(el).activeElement as HTMLElement | null;
const alertText = (el: HTMLElement) => shadow(el).querySelector('[part~="alert"]')?.textContent?.replace(/\s+/g, " ").trim();
const rowIds = (el: HTMLElement) =>
  [...shadow(el).querySelectorAll<HTMLInputElement>('input[id^="key-"]')].map((i) => i.id.slice(4));

/** Types a whole value the way an input event reports it, then leaves the field (change). */
async function edit(el: PayrexCustomerForm, id: string, value: string) {
  const input = field(el, id);
  input.value = value;
  input.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true }));
  input.dispatchEvent(new Event("change", { bubbles: true }));
  await el.updateComplete;
}

const loaded = async (el: PayrexCustomerForm) => {
  await waitUntil(() => shadow(el).querySelector("form"), "the form did not render");
  await el.updateComplete;
};

async function createForm(adapter?: PayrexAdapter, attrs = "") {
  const el = await fixture<PayrexCustomerForm>(
    html`<payrex-customer-form .adapter=${adapter} locale=${attrs || "en"}></payrex-customer-form>`,
  );
  return el;
}

async function editForm(adapter: PayrexAdapter, id: string) {
  const el = await fixture<PayrexCustomerForm>(
    html`<payrex-customer-form .adapter=${adapter} customer-id=${id} locale="en"></payrex-customer-form>`,
  );
  return el;
}

async function fillValid(el: PayrexCustomerForm) {
  await edit(el, "name", "  Ana Reyes ");
  await edit(el, "email", "ana@example.ph");
}

const badRequest = (parameter: string | null, detail: string) =>
  new PayrexError("http", detail, { status: 400, errors: [{ code: "parameter_invalid", detail, parameter }] });

// ---------------------------------------------------------------------------------------------

describe("<payrex-customer-form>", () => {
  // Runs first in this file: until a form has been made, its behaviour module has not loaded.
  describe("calls made before the behaviour has loaded", () => {
    it("throws InvalidStateError from synchronous methods, lets submit() wait, and runs a subclass's super.submit() once", async () => {
      let overrides = 0;
      class MerchantForm extends PayrexCustomerForm {
        override submit(): Promise<Customer> {
          overrides++;
          return super.submit();
        }
      }
      customElements.define("test-merchant-customer-form", MerchantForm);
      const { adapter, calls } = handAdapter();
      const el = document.createElement("test-merchant-customer-form") as MerchantForm;
      el.adapter = adapter;
      el.customer = maria;
      const messages = expectNotReady(() => el.validate(), () => el.getValue(), () => el.reset());
      for (const message of messages) expect(message).to.contain("await element.ready");
      // Waits for the behaviour, then saves once: nothing changed, so nothing is sent.
      const saved = await el.submit();
      expect(saved).to.equal(maria);
      expect(overrides).to.equal(1);
      expect(calls).to.have.length(0);
      await el.ready;
      expect(el.getValue()).to.deep.include({ name: "Maria Santos", email: "maria@example.ph" });
      expect(el.validate()).to.equal(true);
      document.body.append(el);
      await el.updateComplete;
      expect(field(el, "name").value).to.equal("Maria Santos");
      expect(getComputedStyle($(el, "fieldset")).borderTopStyle).to.equal("solid");
      await el.submit();
      expect(overrides).to.equal(2);
      el.remove();
    });
  });

  describe("accessibility", () => {
    it("is accessible in create mode", async () => {
      const el = await createForm(createMemoryAdapter());
      await expect(el).to.be.accessible();
    });

    it("is accessible when editing a loaded customer", async () => {
      const el = await editForm(createMemoryAdapter(), demoIds.customer);
      await loaded(el);
      await expect(el).to.be.accessible();
    });

    it("is accessible while loading, with aria-busy and a status message", async () => {
      const { adapter } = handAdapter();
      const el = await editForm(adapter, "cus_maria");
      expect($(el, '[aria-busy="true"]')).to.exist;
      expect($(el, '[part~="status"]').getAttribute("role")).to.equal("status");
      expect(status(el)).to.equal("Loading customer…");
      await expect(el).to.be.accessible();
    });

    it("is accessible when loading failed", async () => {
      const adapter = createMemoryAdapter();
      adapter.failNext("getCustomer", "network");
      const el = await editForm(adapter, demoIds.customer);
      await waitUntil(() => alertText(el));
      await expect(el).to.be.accessible();
    });

    it("is accessible with validation errors", async () => {
      const el = await createForm(createMemoryAdapter());
      await edit(el, "prefix", "a b");
      submitButton(el).click();
      await el.updateComplete;
      expect(field(el, "name").getAttribute("aria-invalid")).to.equal("true");
      await expect(el).to.be.accessible();
    });

    it("is accessible while saving", async () => {
      const { adapter, of } = handAdapter();
      const el = await createForm(adapter);
      await fillValid(el);
      submitButton(el).click();
      await el.updateComplete;
      expect(of("createCustomer")).to.have.length(1);
      expect(submitButton(el).getAttribute("aria-disabled")).to.equal("true");
      await expect(el).to.be.accessible();
    });

    it("is accessible showing a server error", async () => {
      const adapter = createMemoryAdapter();
      adapter.failNext("createCustomer", badRequest(null, "The account is suspended."));
      const el = await createForm(adapter);
      await fillValid(el);
      submitButton(el).click();
      await oneEvent(el, "payrex-error");
      await el.updateComplete;
      expect(alertText(el)).to.contain("The account is suspended.");
      await expect(el).to.be.accessible();
    });

    it("is accessible after saving", async () => {
      const el = await createForm(createMemoryAdapter());
      await fillValid(el);
      submitButton(el).click();
      await oneEvent(el, "payrex-customer-saved");
      await el.updateComplete;
      expect(status(el)).to.equal("Customer created.");
      await expect(el).to.be.accessible();
    });

    it("is accessible in Filipino, with Filipino labels and messages", async () => {
      const el = await createForm(createMemoryAdapter(), "fil");
      expect($(el, 'label[for="name"]').textContent).to.contain("Pangalan");
      expect(submitButton(el).textContent!.trim()).to.equal("Gumawa ng customer");
      submitButton(el).click();
      await el.updateComplete;
      expect(errorText(el, "name")).to.equal("Ilagay ang pangalan ng customer.");
      expect(status(el)).to.equal("May 2 field na kailangang ayusin.");
      await expect(el).to.be.accessible();
    });

    it("ties every label, hint and message to its input", async () => {
      const el = await createForm(createMemoryAdapter());
      for (const id of ["name", "email", "prefix"]) {
        const input = field(el, id);
        expect(input.labels?.length, id).to.equal(1);
        expect(input.getAttribute("aria-describedby")).to.contain(`${id}-error`);
      }
      expect(field(el, "prefix").getAttribute("aria-describedby")).to.contain("prefix-hint");
      expect(field(el, "name").required).to.be.true;
      expect(field(el, "email").required).to.be.true;
      expect(field(el, "prefix").required).to.be.false;
      expect($(el, 'label[for="name"] .required').getAttribute("aria-hidden")).to.equal("true");
    });
  });

  describe("defaults", () => {
    it("renders a create form with the right inputs and parts", async () => {
      const el = await createForm(createMemoryAdapter());
      const form = $<HTMLFormElement>(el, "form");
      expect(form.noValidate).to.be.true;
      expect(form.getAttribute("part")).to.equal("form");
      expect(field(el, "name").autocomplete).to.equal("name");
      expect(field(el, "email").type).to.equal("email");
      expect(field(el, "email").autocomplete).to.equal("email");
      expect(field(el, "prefix").autocomplete).to.equal("off");
      expect(submitButton(el).type).to.equal("submit");
      expect(submitButton(el).textContent!.trim()).to.equal("Create customer");
      for (const part of ["field", "label", "input", "error", "button", "submit", "status", "metadata"]) {
        expect(shadow(el).querySelector(`[part~="${part}"]`), part).to.exist;
      }
      expect(el.getValue()).to.equal(null);
      expect(rowIds(el)).to.deep.equal([]);
    });

    it("shows a configuration error in an alert when it has no adapter", async () => {
      const errored = new Promise<CustomEvent>((resolve) =>
        document.addEventListener("payrex-error", (e) => resolve(e as CustomEvent), { once: true }),
      );
      const el = await fixture<PayrexCustomerForm>(html`<payrex-customer-form locale="en"></payrex-customer-form>`);
      const alert = $(el, '[role="alert"]');
      expect(alert.textContent).to.contain("no backend configured");
      expect((await errored).detail.error.kind).to.equal("validation");
      expect(shadow(el).querySelector("form")).to.equal(null);
      const rejected = await el.submit().catch((e: PayrexError) => e);
      expect((rejected as PayrexError).kind).to.equal("validation");
      await expect(el).to.be.accessible();
    });
  });

  describe("properties", () => {
    it("hide-prefix and hide-metadata remove those fields from the form and the value", async () => {
      const el = await createForm(createMemoryAdapter());
      el.hidePrefix = true;
      el.hideMetadata = true;
      await el.updateComplete;
      expect(shadow(el).querySelector("#prefix")).to.equal(null);
      expect(shadow(el).querySelector('[part~="metadata"]')).to.equal(null);
      await fillValid(el);
      expect(el.getValue()).to.deep.equal({ name: "Ana Reyes", email: "ana@example.ph", currency: "PHP" });
    });

    it("edits a customer given as a property without loading it", async () => {
      const { adapter, calls } = handAdapter();
      const el = await fixture<PayrexCustomerForm>(
        html`<payrex-customer-form .adapter=${adapter} .customer=${maria} locale="en"></payrex-customer-form>`,
      );
      await el.updateComplete;
      expect(calls).to.have.length(0);
      expect(el.customerId).to.equal("cus_maria");
      expect(field(el, "name").value).to.equal("Maria Santos");
      expect(submitButton(el).textContent!.trim()).to.equal("Save changes");
      expect(rowIds(el).map((id) => field(el, `key-${id}`).value)).to.deep.equal(["plan", "branch"]);
    });

    it("switches language with the locale attribute", async () => {
      const el = await createForm(createMemoryAdapter(), "fil");
      expect($(el, 'label[for="name"]').textContent).to.contain("Pangalan");
      el.setAttribute("locale", "en");
      await el.updateComplete;
      expect($(el, 'label[for="name"]').textContent).to.contain("Name");
      expect(submitButton(el).textContent!.trim()).to.equal("Create customer");
    });

    it("takes its adapter and locale from a provider", async () => {
      const adapter = createMemoryAdapter();
      const provider = await fixture<PayrexProvider>(html`
        <payrex-provider locale="fil" .adapter=${adapter}>
          <payrex-customer-form customer-id=${demoIds.customer}></payrex-customer-form>
        </payrex-provider>
      `);
      const el = provider.querySelector("payrex-customer-form")!;
      await loaded(el);
      expect(field(el, "name").value).to.equal("Maria Santos");
      expect(submitButton(el).textContent!.trim()).to.equal("I-save ang mga pagbabago");
      provider.locale = "en";
      await waitUntil(() => submitButton(el).textContent!.trim() === "Save changes");
      await expect(el).to.be.accessible();
    });
  });

  describe("create", () => {
    it("creates a customer end to end and then edits it instead of creating a duplicate", async () => {
      const adapter = createMemoryAdapter();
      const el = await createForm(adapter);
      await edit(el, "name", "  Ana Reyes ");
      await edit(el, "email", "ana@example.ph");
      await edit(el, "prefix", "anareyes");
      $<HTMLButtonElement>(el, "#add").click();
      await el.updateComplete;
      const [row] = rowIds(el);
      await edit(el, `key-${row}`, "plan");
      await edit(el, `value-${row}`, "basic");

      submitButton(el).click();
      const { detail } = await oneEvent(el, "payrex-customer-saved");
      await el.updateComplete;

      const [call] = adapter.calls.filter((c) => c.method === "createCustomer");
      expect(call.args[0]).to.deep.equal({
        name: "Ana Reyes",
        email: "ana@example.ph",
        currency: "PHP",
        billing_statement_prefix: "ANAREYES",
        metadata: { plan: "basic" },
      });
      expect((call.args[1] as RequestOptions).idempotencyKey).to.be.a("string").and.not.empty;
      expect(detail.customer.name).to.equal("Ana Reyes");
      expect(el.customer).to.equal(detail.customer);
      expect(el.customerId).to.equal(detail.customer.id);
      expect(status(el)).to.equal("Customer created.");
      expect(field(el, "name").value).to.equal("Ana Reyes");
      expect(submitButton(el).textContent!.trim()).to.equal("Save changes");

      // Submitting again updates the same customer; with nothing changed no request is made.
      const again = await el.submit();
      expect(again).to.equal(detail.customer);
      expect(adapter.calls.filter((c) => c.method === "createCustomer")).to.have.length(1);
      expect(adapter.calls.filter((c) => c.method === "updateCustomer")).to.have.length(0);
      expect(status(el)).to.equal("No changes to save.");

      await edit(el, "name", "Ana M. Reyes");
      await el.submit();
      const [update] = adapter.calls.filter((c) => c.method === "updateCustomer");
      expect(update.args.slice(0, 2)).to.deep.equal([detail.customer.id, { name: "Ana M. Reyes" }]);
    });

    it("sends exactly one request for double clicks and repeated Enter presses", async () => {
      const { adapter, of } = handAdapter();
      const el = await createForm(adapter);
      await fillValid(el);
      submitButton(el).click();
      submitButton(el).click();
      $<HTMLFormElement>(el, "form").requestSubmit();
      field(el, "email").focus();
      await sendKeys({ press: "Enter" });
      await sendKeys({ press: "Enter" });
      const a = el.submit();
      const b = el.submit();
      expect(a).to.equal(b);
      await el.updateComplete;
      expect(of("createCustomer")).to.have.length(1);

      // Saving: spinner and "Saving…", aria-disabled but still focusable (focus is not lost).
      const button = submitButton(el);
      expect(button.disabled).to.be.false;
      expect(button.getAttribute("aria-disabled")).to.equal("true");
      expect(button.textContent!.trim()).to.equal("Saving…");
      expect(button.querySelector(".spinner")).to.exist;
      button.focus();

      of("createCustomer")[0].resolve({ ...maria, id: "cus_ana", name: "Ana Reyes", email: "ana@example.ph" });
      expect((await a).id).to.equal("cus_ana");
      await el.updateComplete;
      expect(submitButton(el).getAttribute("aria-disabled")).to.equal("false");
      expect(focused(el)).to.equal(submitButton(el));
      expect(of("createCustomer")).to.have.length(1);
    });

    it("keeps every character after a failed save and reuses the idempotency key on retry", async () => {
      const { adapter, of } = handAdapter();
      const el = await createForm(adapter);
      await edit(el, "name", "Ana Reyes");
      await edit(el, "email", "ana@example.ph");
      await edit(el, "prefix", "AR2024");
      $<HTMLButtonElement>(el, "#add").click();
      await el.updateComplete;
      const [row] = rowIds(el);
      await edit(el, `key-${row}`, "note");
      await edit(el, `value-${row}`, "  spaced value  ");

      const first = el.submit();
      const errored = oneEvent(el, "payrex-error");
      of("createCustomer")[0].reject(new PayrexError("network", "Failed to fetch"));
      const error = await first.catch((e: PayrexError) => e);
      expect((error as PayrexError).kind).to.equal("network");
      expect((await errored).detail.error).to.equal(error);
      await el.updateComplete;

      expect(field(el, "name").value).to.equal("Ana Reyes");
      expect(field(el, "email").value).to.equal("ana@example.ph");
      expect(field(el, "prefix").value).to.equal("AR2024");
      expect(field(el, `key-${row}`).value).to.equal("note");
      expect(field(el, `value-${row}`).value).to.equal("  spaced value  ");
      expect(alertText(el)).to.equal(
        "Could not save the customer. Could not connect. Check your connection and try again.",
      );

      // The same submit, retried: same key.
      const retry = el.submit();
      of("createCustomer")[1].reject(new PayrexError("timeout", "No answer"));
      await retry.catch(() => {});
      await el.updateComplete;
      expect(alertText(el)).to.contain("This is taking too long.");
      const keys = () => of("createCustomer").map((c) => c.options?.idempotencyKey);
      expect(keys()[1]).to.equal(keys()[0]);

      // An edit makes it a new submit: new key.
      await edit(el, "name", "Ana M. Reyes");
      const third = el.submit();
      expect(keys()[2]).to.not.equal(keys()[0]);
      of("createCustomer")[2].resolve({ ...maria, id: "cus_ana" });
      await third;
    });

    it("gets the first answer again from the memory backend when a failed create is retried", async () => {
      const adapter = createMemoryAdapter({});
      adapter.failNext("createCustomer", "timeout");
      const el = await createForm(adapter);
      await fillValid(el);
      await el.submit().catch(() => {});
      const saved = await el.submit();
      const creates = adapter.calls.filter((c) => c.method === "createCustomer");
      expect(creates).to.have.length(2);
      expect((creates[0].args[1] as RequestOptions).idempotencyKey).to.equal(
        (creates[1].args[1] as RequestOptions).idempotencyKey,
      );
      expect(saved.email).to.equal("ana@example.ph");
    });
  });

  describe("edit", () => {
    it("loads the customer, then sends only the fields that changed", async () => {
      const adapter = createMemoryAdapter();
      const el = await editForm(adapter, demoIds.customer);
      await loaded(el);
      expect(adapter.calls[0].method).to.equal("getCustomer");
      expect((adapter.calls[0].args[1] as RequestOptions).signal).to.be.instanceOf(AbortSignal);
      expect(field(el, "name").value).to.equal("Maria Santos");
      expect(status(el)).to.equal("");

      await edit(el, "email", "m.santos@example.ph");
      const saved = oneEvent(el, "payrex-customer-saved");
      submitButton(el).click();
      expect((await saved).detail.customer.email).to.equal("m.santos@example.ph");
      const [update] = adapter.calls.filter((c) => c.method === "updateCustomer");
      expect(update.args.slice(0, 2)).to.deep.equal([demoIds.customer, { email: "m.santos@example.ph" }]);
      await el.updateComplete;
      expect(status(el)).to.equal("Changes saved.");
    });

    it("sends the whole metadata object when a row changes, and nothing when nothing changed", async () => {
      const { adapter, of } = handAdapter();
      const el = await fixture<PayrexCustomerForm>(
        html`<payrex-customer-form .adapter=${adapter} .customer=${maria} locale="en"></payrex-customer-form>`,
      );
      expect(await el.submit()).to.equal(maria);
      expect(of("updateCustomer")).to.have.length(0);
      expect(status(el)).to.equal("No changes to save.");

      const [plan, branch] = rowIds(el);
      await edit(el, `value-${plan}`, "enterprise");
      const save = el.submit();
      expect(of("updateCustomer")[0].args.slice(0, 2)).to.deep.equal([
        "cus_maria",
        { metadata: { plan: "enterprise", branch: "Cubao" } },
      ]);
      expect(of("updateCustomer")[0].options?.idempotencyKey).to.equal(undefined);
      of("updateCustomer")[0].resolve({ ...maria, metadata: { plan: "enterprise", branch: "Cubao" } });
      await save;

      $<HTMLButtonElement>(el, `#remove-${rowIds(el)[1]}`).click();
      await el.updateComplete;
      void branch;
      el.submit();
      expect(of("updateCustomer")[1].args[1]).to.deep.equal({ metadata: { plan: "enterprise" } });
    });

    it("does not let an existing prefix be emptied", async () => {
      const el = await fixture<PayrexCustomerForm>(
        html`<payrex-customer-form .adapter=${handAdapter().adapter} .customer=${maria} locale="en"></payrex-customer-form>`,
      );
      expect(field(el, "prefix").required).to.be.true;
      await edit(el, "prefix", "");
      expect(errorText(el, "prefix")).to.equal("Enter a prefix. It can be changed, but not removed.");
      expect(el.getValue()).to.equal(null);
    });

    it("shows the load failure with a retry that loads and focuses the form", async () => {
      const adapter = createMemoryAdapter();
      adapter.failNext("getCustomer", "network");
      const errored = new Promise<CustomEvent>((resolve) =>
        document.addEventListener("payrex-error", (e) => resolve(e as CustomEvent), { once: true }),
      );
      const el = await editForm(adapter, demoIds.customer);
      expect((await errored).detail.error.kind).to.equal("network");
      await waitUntil(() => alertText(el));
      expect(alertText(el)).to.contain("Could not load the customer.");
      expect(alertText(el)).to.contain("Could not connect.");
      expect($(el, '[aria-busy="true"]')).to.equal(null);
      $<HTMLButtonElement>(el, ".retry").click();
      await loaded(el);
      expect(field(el, "name").value).to.equal("Maria Santos");
      expect(focused(el)).to.equal(field(el, "name"));
    });

    it("explains a missing customer", async () => {
      const el = await editForm(createMemoryAdapter(), "cus_missing");
      await waitUntil(() => alertText(el));
      expect(alertText(el)).to.contain("No such customer: cus_missing");
    });

    it("aborts a stale load when customer-id changes; the stale answer never renders", async () => {
      const { adapter, of } = handAdapter();
      const el = await editForm(adapter, "cus_maria");
      el.customerId = "cus_juan";
      await el.updateComplete;
      const [stale, current] = of("getCustomer");
      expect(stale.args[0]).to.equal("cus_maria");
      expect(stale.options?.signal?.aborted).to.be.true;
      expect(current.args[0]).to.equal("cus_juan");
      expect(current.options?.signal?.aborted).to.be.false;

      current.resolve(juan);
      await loaded(el);
      stale.resolve(maria);
      await Promise.resolve();
      await el.updateComplete;
      expect(field(el, "name").value).to.equal("Juan dela Cruz");
      expect(el.customer).to.equal(juan);
    });

    it("loads again when the customer property is cleared while customer-id stays", async () => {
      const { adapter, of } = handAdapter();
      const el = await fixture<PayrexCustomerForm>(
        html`<payrex-customer-form .adapter=${adapter} .customer=${maria} locale="en"></payrex-customer-form>`,
      );
      el.customer = undefined;
      await el.updateComplete;
      expect(status(el)).to.equal("Loading customer…");
      expect(el.getValue()).to.equal(null);
      expect(el.validate()).to.be.false;
      const error = (await el.submit().catch((e: unknown) => e)) as PayrexError;
      expect(error.kind).to.equal("validation");
      expect(of("getCustomer")[0].args[0]).to.equal("cus_maria");
      of("getCustomer")[0].resolve(maria);
      await loaded(el);
      expect(field(el, "name").value).to.equal("Maria Santos");
    });

    it("keeps what the user typed during a save, and leaves a switched form alone", async () => {
      const { adapter, of } = handAdapter();
      const el = await fixture<PayrexCustomerForm>(
        html`<payrex-customer-form .adapter=${adapter} .customer=${maria} locale="en"></payrex-customer-form>`,
      );
      await edit(el, "name", "Maria S.");
      const first = el.submit();
      await edit(el, "name", "Maria Santos-Reyes");
      of("updateCustomer")[0].resolve({ ...maria, name: "Maria S." });
      expect((await first).name).to.equal("Maria S.");
      await el.updateComplete;
      expect(field(el, "name").value).to.equal("Maria Santos-Reyes");
      expect(el.customer!.name).to.equal("Maria S.");

      // A save that ends after the merchant switched customers does not touch the new one.
      const second = el.submit();
      el.customerId = "cus_juan";
      await el.updateComplete;
      of("getCustomer")[0].resolve(juan);
      await loaded(el);
      const saved = oneEvent(el, "payrex-customer-saved");
      of("updateCustomer")[1].resolve({ ...maria, name: "Maria Santos-Reyes" });
      await second;
      expect((await saved).detail.customer.name).to.equal("Maria Santos-Reyes");
      await el.updateComplete;
      expect(el.customer).to.equal(juan);
      expect(field(el, "name").value).to.equal("Juan dela Cruz");
      expect(status(el)).to.equal("");
    });

    it("keeps a customer set while its load is in flight, and what the user typed since", async () => {
      const { adapter, of } = handAdapter();
      const el = await editForm(adapter, "cus_maria");
      el.customer = maria;
      await el.updateComplete;
      await edit(el, "name", "Maria S.");
      of("getCustomer")[0].resolve({ ...maria, name: "Maria Santos (server)" });
      // The load's outcome is handled before its task completes.
      type Internals = { _form: { value: { binding: { load: { task: { taskComplete: Promise<unknown> } } } } } };
      await (el as unknown as Internals)._form.value.binding.load.task.taskComplete;
      await el.updateComplete;
      expect(el.customer).to.equal(maria);
      expect(field(el, "name").value).to.equal("Maria S.");
    });

    it("goes back to create mode when customerId is cleared", async () => {
      const el = await fixture<PayrexCustomerForm>(
        html`<payrex-customer-form .adapter=${handAdapter().adapter} .customer=${maria} locale="en"></payrex-customer-form>`,
      );
      el.customerId = undefined;
      await el.updateComplete;
      expect(el.customer).to.equal(undefined);
      expect(field(el, "name").value).to.equal("");
      expect(submitButton(el).textContent!.trim()).to.equal("Create customer");
    });
  });

  describe("validation", () => {
    it("shows messages after a field is left, and everything on submit", async () => {
      const el = await createForm(createMemoryAdapter());
      const email = field(el, "email");
      email.value = "not-an-email";
      email.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(errorText(el, "email")).to.equal("", "no message while typing");
      expect(email.getAttribute("aria-invalid")).to.equal("false");
      email.dispatchEvent(new Event("change", { bubbles: true }));
      await el.updateComplete;
      expect(errorText(el, "email")).to.equal("Enter an email address like name@example.com.");
      expect(email.getAttribute("aria-invalid")).to.equal("true");
      expect(errorText(el, "name")).to.equal("");

      submitButton(el).click();
      await el.updateComplete;
      expect(errorText(el, "name")).to.equal("Enter the customer's name.");
      expect(field(el, "name").getAttribute("aria-invalid")).to.equal("true");
      expect(focused(el)).to.equal(field(el, "name"));
      expect(status(el)).to.equal("2 fields need attention.");
      expect($(el, '[part~="status"]').getAttribute("role")).to.equal("status");

      await edit(el, "name", "Ana");
      await edit(el, "email", "ana@example.ph");
      expect(errorText(el, "email")).to.equal("");
    });

    it("re-announces the same problem on every submit", async () => {
      const el = await createForm(createMemoryAdapter());
      submitButton(el).click();
      await el.updateComplete;
      const first = $(el, '[part~="status"] span');
      submitButton(el).click();
      await el.updateComplete;
      const second = $(el, '[part~="status"] span');
      expect(second.textContent).to.equal(first.textContent);
      expect(second).to.not.equal(first, "a new node, so screen readers announce it again");
    });

    it("checks metadata keys: not empty, unique; blank rows are ignored", async () => {
      const el = await createForm(createMemoryAdapter());
      await fillValid(el);
      const add = $<HTMLButtonElement>(el, "#add");
      add.click();
      add.click();
      add.click();
      await el.updateComplete;
      const [a, b, blank] = rowIds(el);
      await edit(el, `key-${a}`, "plan");
      await edit(el, `value-${b}`, "orphan");
      void blank;
      expect(errorText(el, `key-${b}`)).to.equal("", "the key was not touched yet");
      expect(el.validate()).to.be.false;
      await el.updateComplete;
      expect(errorText(el, `key-${b}`)).to.equal("Enter a key for this value.");
      expect(focused(el)).to.equal(field(el, `key-${b}`));
      await edit(el, `key-${b}`, " plan ");
      expect(errorText(el, `key-${b}`)).to.equal("This key is already used. Each key must be different.");
      expect(el.validate()).to.be.false;
      expect(focused(el)).to.equal(field(el, `key-${b}`));
      await edit(el, `key-${b}`, "tier");
      expect(el.validate()).to.be.true;
      expect(el.getValue()!.metadata).to.deep.equal({ plan: "", tier: "orphan" });
    });

    it("validate(), getValue(), submit() and reset()", async () => {
      const { adapter, calls } = handAdapter();
      const el = await createForm(adapter);
      expect(el.getValue()).to.equal(null);
      expect(errorText(el, "name")).to.equal("", "getValue shows nothing");

      expect(el.validate()).to.be.false;
      await el.updateComplete;
      expect(errorText(el, "name")).to.equal("Enter the customer's name.");
      expect(focused(el)).to.equal(field(el, "name"));

      await edit(el, "email", "bad");
      const error = (await el.submit().catch((e: unknown) => e)) as PayrexError;
      expect(error).to.be.instanceOf(PayrexError);
      expect(error.kind).to.equal("validation");
      expect(error.errors.map((e) => e.parameter)).to.deep.equal(["name", "email"]);
      expect(calls).to.have.length(0);

      await fillValid(el);
      expect(el.validate()).to.be.true;
      expect(el.getValue()).to.deep.equal({ name: "Ana Reyes", email: "ana@example.ph", currency: "PHP" } satisfies CustomerInput);

      el.reset();
      await el.updateComplete;
      expect(field(el, "name").value).to.equal("");
      expect(errorText(el, "name")).to.equal("");
      expect(status(el)).to.equal("");
    });

    it("answers its methods before its first update, once the implementation has loaded", async () => {
      await createForm(createMemoryAdapter());
      const el = document.createElement("payrex-customer-form");
      el.adapter = handAdapter().adapter;
      el.locale = "en";
      expect(el.getValue()).to.equal(null);
      expect(el.validate()).to.equal(false);
      const error = (await el.submit().catch((e: unknown) => e)) as PayrexError;
      expect(error).to.be.instanceOf(PayrexError);
      expect(error.kind).to.equal("validation");
      el.reset();
      document.body.append(el);
      await el.updateComplete;
      expect(field(el, "name")).to.exist;
      // The element's own styles apply, as on any other instance.
      expect(getComputedStyle($(el, "fieldset")).borderTopStyle).to.equal("solid");
      el.remove();
    });

    it("reset() goes back to the loaded customer", async () => {
      const el = await fixture<PayrexCustomerForm>(
        html`<payrex-customer-form .adapter=${handAdapter().adapter} .customer=${maria} locale="en"></payrex-customer-form>`,
      );
      await edit(el, "name", "Someone else");
      $<HTMLButtonElement>(el, `#remove-${rowIds(el)[0]}`).click();
      await el.updateComplete;
      el.reset();
      await el.updateComplete;
      expect(field(el, "name").value).to.equal("Maria Santos");
      expect(rowIds(el)).to.have.length(2);
    });
  });

  describe("backend errors", () => {
    it("puts a backend error with a parameter on that field", async () => {
      const adapter = createMemoryAdapter();
      adapter.failNext("createCustomer", badRequest("email", "This email is already used by another customer."));
      const el = await createForm(adapter);
      await fillValid(el);
      submitButton(el).click();
      await oneEvent(el, "payrex-error");
      await el.updateComplete;
      expect(errorText(el, "email")).to.equal("This email is already used by another customer.");
      expect(field(el, "email").getAttribute("aria-invalid")).to.equal("true");
      expect(focused(el)).to.equal(field(el, "email"));
      expect(status(el)).to.equal("1 field needs attention.");
      expect(alertText(el)).to.equal(undefined);

      // Editing the field drops the backend's message.
      await edit(el, "email", "ana.reyes@example.ph");
      expect(errorText(el, "email")).to.equal("");
    });

    it("maps prefix, metadata[key] and metadata parameters to their fields, the rest to the alert", async () => {
      const { adapter, of } = handAdapter();
      const el = await createForm(adapter);
      await fillValid(el);
      await edit(el, "prefix", "ANA");
      $<HTMLButtonElement>(el, "#add").click();
      await el.updateComplete;
      const [row] = rowIds(el);
      await edit(el, `key-${row}`, "plan");
      await edit(el, `value-${row}`, "x");
      el.submit().catch(() => {});
      of("createCustomer")[0].reject(
        new PayrexError("http", "bad", {
          status: 400,
          errors: [
            { code: "taken", detail: "Prefix already in use.", parameter: "billing_statement_prefix" },
            { code: "invalid", detail: "Unknown plan.", parameter: "metadata[plan]" },
            { code: "invalid", detail: "Too many keys.", parameter: "metadata" },
            { code: "invalid", detail: "Currency not supported.", parameter: "currency" },
            { code: "invalid", parameter: "name" },
          ],
        }),
      );
      await waitUntil(() => errorText(el, "prefix"));
      expect(errorText(el, "prefix")).to.equal("Prefix already in use.");
      expect(errorText(el, `value-${row}`)).to.equal("Unknown plan.");
      expect(field(el, `value-${row}`).getAttribute("aria-invalid")).to.equal("true");
      expect(errorText(el, "metadata")).to.equal("Too many keys.");
      expect(errorText(el, "name")).to.equal("Check this field.");
      expect(alertText(el)).to.equal("Could not save the customer. Currency not supported.");
      expect(status(el)).to.equal("4 fields need attention.");
      expect(focused(el)).to.equal(field(el, "name"));
    });

    it("reports an adapter that throws instead of rejecting, keeping what was typed", async () => {
      const adapter = {
        createCustomer() {
          throw new Error("The adapter is not ready.");
        },
      } as unknown as PayrexAdapter;
      const el = await createForm(adapter);
      await fillValid(el);
      const errored = oneEvent(el, "payrex-error");
      const error = await el.submit().catch((e: unknown) => e);
      expect(error).to.be.instanceOf(PayrexError);
      expect((await errored).detail.error).to.equal(error);
      await el.updateComplete;
      expect(alertText(el)).to.equal("Could not save the customer. Could not connect. Check your connection and try again.");
      expect(submitButton(el).getAttribute("aria-disabled")).to.equal("false");
      expect(field(el, "name").value).to.equal("  Ana Reyes ");
    });

    it("translates errors without a backend message", async () => {
      const cases: [PayrexError, string][] = [
        [new PayrexError("http", "x", { status: 500 }), "Something went wrong. Please try again in a moment."],
        [new PayrexError("http", "x", { status: 401 }), "Your session has expired. Sign in again, then try again."],
        [new PayrexError("http", "x", { status: 418 }), "This was not accepted."],
        [new PayrexError("invalid_response", "x"), "Something unexpected happened. Please try again later."],
      ];
      for (const [error, text] of cases) {
        const adapter = createMemoryAdapter({});
        adapter.failNext("createCustomer", error);
        const el = await createForm(adapter);
        await fillValid(el);
        await el.submit().catch(() => {});
        await el.updateComplete;
        expect(alertText(el)).to.equal(`Could not save the customer. ${text}`);
      }
    });

    it("never shows a backend's English detail to a Filipino reader: the field's own message instead, the detail in payrex-error", async () => {
      const adapter = createMemoryAdapter({});
      adapter.failNext("createCustomer", "validation");
      const el = await createForm(adapter, "fil");
      await fillValid(el);
      const errored = oneEvent(el, "payrex-error");
      await el.submit().catch(() => {});
      await el.updateComplete;
      expect(errorText(el, "email")).to.equal("Pakisuri ang field na ito.");
      expect(field(el, "email").getAttribute("aria-invalid")).to.equal("true");
      expect(status(el)).to.equal("May 1 field na kailangang ayusin.");
      expect((await errored).detail.error.errors[0].detail).to.equal("The email is invalid.");
      await expect(el).to.be.accessible();

      // A detail that names no field: the alert explains the failure in Filipino.
      adapter.failNext("createCustomer", new PayrexError("http", "x", { status: 400, errors: [{ code: "invalid", detail: "Currency not supported." }] }));
      await el.submit().catch(() => {});
      await el.updateComplete;
      expect(alertText(el)).to.equal("Hindi ma-save ang customer. Hindi ito tinanggap.");
    });
  });

  describe("events", () => {
    it("re-dispatches input and change from the host, once per edit", async () => {
      const el = await createForm(createMemoryAdapter());
      const seen: string[] = [];
      const outer = el.parentElement!;
      outer.addEventListener("input", (e) => seen.push(`input:${(e.target as Element).localName}`));
      outer.addEventListener("change", (e) => seen.push(`change:${(e.target as Element).localName}`));
      field(el, "name").focus();
      await sendKeys({ type: "Al" });
      field(el, "email").focus();
      expect(seen).to.deep.equal([
        "input:payrex-customer-form",
        "input:payrex-customer-form",
        "change:payrex-customer-form",
      ]);
      const event = await (async () => {
        const p = oneEvent(el, "change");
        await edit(el, "prefix", "x");
        return p;
      })();
      expect(event.composed).to.be.true;
      expect(event.bubbles).to.be.true;
    });

    it("fires payrex-customer-saved with the customer, bubbling and composed", async () => {
      const el = await createForm(createMemoryAdapter());
      await fillValid(el);
      const saved = oneEvent(el.parentElement!, "payrex-customer-saved");
      submitButton(el).click();
      const event = await saved;
      expect(event.composed).to.be.true;
      expect(event.detail.customer.id).to.match(/^cus_/);
    });
  });

  describe("keyboard", () => {
    it("works with the keyboard alone: Tab order, metadata add/remove, Enter submits", async () => {
      const adapter = createMemoryAdapter({});
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <button id="before">before</button>
          <payrex-customer-form .adapter=${adapter} locale="en"></payrex-customer-form>
        </div>
      `);
      const el = wrapper.querySelector("payrex-customer-form")!;
      const tab = async (shift = false) => {
        await sendKeys({ press: shift ? "Shift+Tab" : "Tab" });
        await el.updateComplete;
        return focused(el);
      };
      wrapper.querySelector<HTMLButtonElement>("#before")!.focus();
      expect(await tab()).to.equal(field(el, "name"));
      await sendKeys({ type: "Ana Reyes" });
      expect(await tab()).to.equal(field(el, "email"));
      await sendKeys({ type: "ana@example.ph" });
      expect(await tab()).to.equal(field(el, "prefix"));
      expect(await tab()).to.equal($(el, "#add"));

      // Add a row with Enter: focus lands on its key.
      await sendKeys({ press: "Enter" });
      await el.updateComplete;
      const [first] = rowIds(el);
      expect(focused(el)).to.equal(field(el, `key-${first}`));
      await sendKeys({ type: "plan" });
      expect(await tab()).to.equal(field(el, `value-${first}`));
      await sendKeys({ type: "pro" });
      const remove = await tab();
      expect(remove).to.equal($(el, `#remove-${first}`));
      expect(remove!.getAttribute("aria-label")).to.equal("Remove plan");
      expect(await tab()).to.equal($(el, "#add"));
      await sendKeys({ press: "Space" });
      await el.updateComplete;
      const [, second] = rowIds(el);
      expect(focused(el)).to.equal(field(el, `key-${second}`));
      expect(await tab()).to.equal(field(el, `value-${second}`));
      const removeEmpty = await tab();
      expect(removeEmpty!.getAttribute("aria-label")).to.equal("Remove row 2");

      // Remove the empty row with Enter: focus goes to the previous row's remove button.
      await sendKeys({ press: "Enter" });
      await el.updateComplete;
      expect(rowIds(el)).to.deep.equal([first]);
      expect(focused(el)).to.equal($(el, `#remove-${first}`));
      expect(status(el)).to.equal("Row removed.");
      expect(await tab()).to.equal($(el, "#add"));
      expect(await tab()).to.equal(submitButton(el));

      // Enter in a text field submits.
      field(el, "email").focus();
      const saved = oneEvent(el, "payrex-customer-saved");
      await sendKeys({ press: "Enter" });
      expect((await saved).detail.customer.metadata).to.deep.equal({ plan: "pro" });
    });

    it("moves focus to the next row's remove button, or to Add when the last row goes", async () => {
      const el = await fixture<PayrexCustomerForm>(
        html`<payrex-customer-form .adapter=${handAdapter().adapter} .customer=${maria} locale="en"></payrex-customer-form>`,
      );
      const [plan, branch] = rowIds(el);
      $(el, `#remove-${plan}`).focus();
      await sendKeys({ press: "Enter" });
      await el.updateComplete;
      expect(focused(el)).to.equal($(el, `#remove-${branch}`));
      expect(status(el)).to.equal("Removed plan.");
      await sendKeys({ press: "Enter" });
      await el.updateComplete;
      expect(rowIds(el)).to.deep.equal([]);
      expect(focused(el)).to.equal($(el, "#add"));
    });

    it("upper-cases the prefix as it is typed without moving the caret", async () => {
      const el = await createForm(createMemoryAdapter());
      const prefix = field(el, "prefix");
      prefix.focus();
      await sendKeys({ type: "ms" });
      expect(prefix.value).to.equal("MS");
      await sendKeys({ press: "ArrowLeft" });
      await sendKeys({ type: "x" });
      expect(prefix.value).to.equal("MXS");
      expect(prefix.selectionStart).to.equal(2);
      expect(prefix.selectionEnd).to.equal(2);
      expect(el.getValue()).to.equal(null);
      await edit(el, "prefix", "ms-1");
      expect(errorText(el, "prefix")).to.equal("Use 3 to 15 capital letters (A–Z) or digits (0–9), without spaces.");
    });
  });

  describe("with a memory adapter that is slow", () => {
    let adapter: MemoryAdapter;
    beforeEach(() => {
      adapter = createMemoryAdapter(undefined, { latencyMs: Infinity });
    });

    it("stays in the loading state until the answer comes", async () => {
      const el = await editForm(adapter, demoIds.customer);
      await el.updateComplete;
      expect(shadow(el).querySelector("form")).to.equal(null);
      expect($(el, '[part~="status"] .spinner')).to.exist;
      el.remove();
    });
  });
});

import { expect, fixture, html, oneEvent, waitUntil } from "@open-wc/testing";
import { expectNotReady } from "./support.js";
import { sendKeys } from "@web/test-runner-commands";
import { PayrexStatementEditor } from "../src/statement-editor.js";
import type { BillingStatement } from "../src/api/schemas.js";
import { PayrexError } from "../src/api/errors.js";
import type { PayrexStatementCheckout } from "../src/statement-checkout.js";
import {
  $,
  $$,
  backend,
  button,
  draft,
  editor,
  errorOf,
  fillItem,
  focused,
  handAdapter,
  itemInput,
  itemKeys,
  maria,
  open,
  paid,
  shown,
  status,
  text,
  type,
  uncollectible,
  voided,
} from "./statement-editor-support.js";

describe("<payrex-statement-editor>", () => {
  // Runs first in this file: until an editor has been made, its behaviour module has not loaded.
  describe("calls made before the behaviour has loaded", () => {
    it("throws InvalidStateError from synchronous methods, lets save() wait and runs a subclass's save once", async () => {
      let overrides = 0;
      class MerchantEditor extends PayrexStatementEditor {
        override save(): Promise<BillingStatement> {
          overrides++;
          return super.save();
        }
      }
      customElements.define("test-merchant-statement-editor", MerchantEditor);
      const el = document.createElement("test-merchant-statement-editor") as MerchantEditor;
      const adapter = backend();
      el.adapter = adapter;
      el.billingStatement = draft;
      expect(el.dirty).to.equal(false);
      const messages = expectNotReady(() => el.validate(), () => el.reset());
      for (const message of messages) expect(message).to.contain("await element.ready");
      // Waits for the behaviour, then saves once: nothing changed, so nothing is sent.
      const saved = await el.save();
      expect(saved.id).to.equal(draft.id);
      expect(overrides).to.equal(1);
      expect(adapter.calls.filter((c) => c.method !== "getCustomer")).to.have.length(0);
      await el.ready;
      expect(el.validate()).to.equal(true);
      document.body.append(el);
      await el.updateComplete;
      expect(itemInput(el, 1, "description").value).to.equal("Setup fee");
      expect(getComputedStyle($(el, "fieldset")!).borderTopStyle).to.equal("solid");
      el.remove();
    });

    it("reload() waits for the behaviour, then loads", async () => {
      const adapter = backend();
      const el = document.createElement("payrex-statement-editor");
      el.adapter = adapter;
      el.billingStatementId = open.id;
      const reloading = el.reload();
      document.body.append(el);
      await reloading;
      expect(adapter.calls.some((c) => c.method === "getBillingStatement")).to.equal(true);
      expect(text($(el, "#heading"))).to.equal("Billing statement MSANTOS-0006");
      el.remove();
    });
  });

  describe("accessibility", () => {
    type Make = (locale: string, theme: string) => Promise<PayrexStatementEditor>;
    const states: [string, Make][] = [
      ["a new draft", (locale, theme) => editor(backend(), { customerId: maria.id, locale, theme }).then(shown)],
      [
        "a draft with messages",
        async (locale, theme) => {
          const el = await shown(await editor(backend(), { customerId: maria.id, locale, theme }));
          await type(el, itemInput(el, 1, "price"), "1500,50");
          button(el, "finalize")!.click();
          await waitUntil(() => errorOf(el, $<HTMLInputElement>(el, "#due")!));
          return el;
        },
      ],
      ["a saved draft", (locale, theme) => editor(backend(), { statementId: draft.id, locale, theme }).then(shown)],
      ["an open statement", (locale, theme) => editor(backend(), { statementId: open.id, locale, theme }).then(shown)],
      ["a paid statement", (locale, theme) => editor(backend(), { statementId: paid.id, locale, theme }).then(shown)],
      ["a void statement", (locale, theme) => editor(backend(), { statementId: voided.id, locale, theme }).then(shown)],
      ["an uncollectible statement", (locale, theme) => editor(backend(), { statementId: uncollectible.id, locale, theme }).then(shown)],
      [
        "the confirmation dialog",
        async (locale, theme) => {
          const el = await shown(await editor(backend(), { statementId: open.id, locale, theme }));
          button(el, "void")!.click();
          await waitUntil(() => $<HTMLDialogElement>(el, "dialog")!.open);
          return el;
        },
      ],
      [
        "loading",
        async (locale, theme) => {
          const el = await editor(handAdapter().adapter, { statementId: open.id, locale, theme });
          await waitUntil(() => status(el));
          return el;
        },
      ],
      [
        "a load failure",
        async (locale, theme) => {
          const adapter = backend();
          adapter.failNext("getBillingStatement", "network");
          const el = await editor(adapter, { statementId: open.id, locale, theme });
          await waitUntil(() => $(el, '[part~="retry"]'));
          return el;
        },
      ],
      [
        "missing adapter methods",
        async (locale, theme) => {
          const el = await editor(handAdapter(["getBillingStatement", "getCustomer"]).adapter, { customerId: maria.id, locale, theme });
          await waitUntil(() => $(el, ".missing"));
          return el;
        },
      ],
      [
        "no customer yet",
        (locale, theme) => editor(backend(), { locale, theme }).then(shown),
      ],
      [
        "saving",
        async (locale, theme) => {
          const { adapter, next } = handAdapter();
          const el = await shown(await editor(adapter, { customerId: maria.id, locale, theme }));
          (await next("getCustomer")).resolve(maria);
          await fillItem(el, 1, "Setup fee", "1500");
          button(el, "save")!.click();
          await next("createBillingStatement");
          await el.updateComplete;
          return el;
        },
      ],
      [
        "a save refused by the backend",
        async (locale, theme) => {
          const adapter = backend();
          adapter.failNext(
            "updateLineItem",
            new PayrexError("http", "Too low.", { status: 400, errors: [{ code: "parameter_invalid", detail: "Too low.", parameter: "unit_price" }] }),
          );
          const el = await shown(await editor(adapter, { statementId: draft.id, locale, theme }));
          await type(el, itemInput(el, 1, "price"), "21");
          button(el, "save")!.click();
          await oneEvent(el, "payrex-error");
          await el.updateComplete;
          return el;
        },
      ],
    ];
    for (const theme of ["light", "dark"]) {
      for (const locale of ["en", "fil"]) {
        for (const [name, make] of states) {
          it(`passes axe: ${name} (${locale}, ${theme})`, async () => {
            const el = await make(locale, theme);
            await el.updateComplete;
            expect(getComputedStyle(el).colorScheme).to.equal(theme);
            await expect(el).to.be.accessible();
          });
        }
      }
    }

    it("ties every label, hint and message to its input", async () => {
      const el = await shown(await editor(backend(), { statementId: draft.id }));
      for (const id of ["description", "due"]) {
        const input = $<HTMLInputElement>(el, `#${id}`)!;
        expect(input.labels?.length, id).to.equal(1);
        expect(input.getAttribute("aria-describedby")).to.equal(`${id}-hint ${id}-error`);
      }
      for (const field of ["description", "price", "quantity"] as const) {
        const input = itemInput(el, 2, field);
        expect(input.labels?.length, field).to.equal(1);
        expect(input.required).to.equal(true);
        expect(input.getAttribute("aria-describedby")).to.equal(`${input.id}-error`);
      }
      expect(itemInput(el, 1, "price").inputMode).to.equal("decimal");
      expect(itemInput(el, 1, "quantity").inputMode).to.equal("numeric");
      expect(text($(el, ".items li:nth-child(2) legend"))).to.equal("Line item 2");
      expect($(el, "#total")!.tagName).to.equal("OUTPUT");
    });
  });

  describe("defaults", () => {
    it("uses Manila time, the real clock and shows the preview", () => {
      const el = document.createElement("payrex-statement-editor");
      expect(el.timeZone).to.equal("Asia/Manila");
      expect(el.now).to.equal(Date.now);
      expect(el.hidePreview).to.equal(false);
      expect(el.dirty).to.equal(false);
    });

    it("fits the page's outline with heading-level", async () => {
      const el = await shown(await editor(backend(), { statementId: draft.id }));
      expect($(el, "#heading")!.tagName).to.equal("H2");
      expect($(el, "#preview-heading")!.tagName).to.equal("H3");
      expect($<PayrexStatementCheckout>(el, "payrex-statement-checkout")!.headingLevel).to.equal(4);
      el.headingLevel = 3;
      await el.updateComplete;
      expect($(el, "#heading")!.tagName).to.equal("H3");
      expect($(el, "#heading")!.getAttribute("part")).to.equal("heading");
      expect($(el, "#preview-heading")!.tagName).to.equal("H4");
      expect($<PayrexStatementCheckout>(el, "payrex-statement-checkout")!.headingLevel).to.equal(5);
      el.headingLevel = 9;
      await el.updateComplete;
      expect($(el, "#heading")!.tagName).to.equal("H2");
    });

    it("explains a missing backend", async () => {
      const el = await fixture<PayrexStatementEditor>(html`<payrex-statement-editor customer-id="cus_1"></payrex-statement-editor>`);
      expect(text($(el, '[part~="alert"]'))).to.contain("payrex-provider");
    });

    it("starts a new draft for the customer: one empty line item, the usual payment methods, the customer's name", async () => {
      const el = await shown(await editor(backend(), { customerId: maria.id }));
      expect(text($(el, "#heading"))).to.equal("New billing statement");
      await waitUntil(() => text($(el, '[part="customer"]')).includes("Maria Santos"));
      expect(text($(el, '[part="customer"]'))).to.contain("maria@example.ph");
      expect(itemKeys(el)).to.have.length(1);
      expect(itemInput(el, 1, "quantity").value).to.equal("1");
      const checked = $$<HTMLInputElement>(el, '.methods input[type="checkbox"]').filter((c) => c.checked).map((c) => c.value);
      expect(checked).to.deep.equal(["card", "gcash", "maya", "qrph"]);
      expect($$(el, '.methods input[type="checkbox"]').map((c) => (c as HTMLInputElement).value)).to.deep.equal([
        "card",
        "gcash",
        "maya",
        "qrph",
        "billease",
        "bdo_installment",
      ]);
      expect($$(el, '[part~="actions"] button').map((b) => b.id)).to.deep.equal(["action-save", "action-finalize"]);
      expect(text($(el, "#total"))).to.equal("₱0.00");
      expect(el.dirty).to.equal(false);
    });

    it("loads a draft into the form, its due date as the merchant's calendar reads it", async () => {
      const el = await shown(await editor(backend(), { statementId: draft.id }));
      expect(text($(el, "#heading"))).to.equal("Draft billing statement");
      expect(text($(el, '[part~="badge"]'))).to.equal("Draft");
      expect($<HTMLInputElement>(el, "#description")!.value).to.equal("March retainer");
      expect($<HTMLInputElement>(el, "#due")!.value).to.equal("2026-03-20");
      expect($<HTMLInputElement>(el, "#due")!.min).to.equal("2026-03-10");
      expect(itemInput(el, 2, "price").value).to.equal("1000.00");
      expect(itemInput(el, 2, "quantity").value).to.equal("2");
      expect(text($(el, "#total"))).to.equal("₱3,500.00");
      expect($$(el, '[part~="actions"] button').map((b) => b.id)).to.deep.equal(["action-save", "action-finalize", "action-delete"]);
      expect($<HTMLInputElement>(el, "#key-" + $$(el, 'input[id^="key-"]')[0]!.id.slice(4))!.value).to.equal("order");
    });

    it("shows a statement given as a property without loading it", async () => {
      const { adapter, of } = handAdapter();
      const el = await fixture<PayrexStatementEditor>(
        html`<payrex-statement-editor .adapter=${adapter} .billingStatement=${draft} locale="en"></payrex-statement-editor>`,
      );
      await shown(el);
      expect(el.billingStatementId).to.equal(draft.id);
      expect(of("getBillingStatement")).to.have.length(0);
      expect(itemKeys(el)).to.have.length(2);
    });

    it("without a customer, asks for one with the customer directory; choosing a row starts the draft", async () => {
      const el = await shown(await editor(backend()));
      const directory = $(el, "payrex-customer-directory")!;
      expect(directory.getAttribute("part")).to.equal("picker");
      expect(directory.hasAttribute("hide-delete")).to.equal(true);
      await waitUntil(() => directory.shadowRoot?.querySelector('[part~="name"]'), "no customer row");
      const name = directory.shadowRoot!.querySelector<HTMLButtonElement>('[part~="name"]')!;
      expect(text(name)).to.contain("Maria Santos");
      name.click();
      await waitUntil(() => itemKeys(el).length === 1);
      expect(el.customerId).to.equal(maria.id);
      expect(text($(el, "#heading"))).to.equal("New billing statement");
    });

    it("without a customer, shows the customer slot and takes the customer a picker selects", async () => {
      const el = await fixture<PayrexStatementEditor>(html`<payrex-statement-editor .adapter=${backend()} locale="en">
        <button slot="customer" id="picker">Maria</button>
      </payrex-statement-editor>`);
      await shown(el);
      expect(text($(el, ".base"))).to.contain("Choose the customer to bill first.");
      expect($<HTMLSlotElement>(el, 'slot[name="customer"]')!.assignedElements()[0]!.id).to.equal("picker");
      el.querySelector("#picker")!.dispatchEvent(
        new CustomEvent("payrex-customer-select", { detail: { customer: maria }, bubbles: true, composed: true }),
      );
      await el.updateComplete;
      expect(el.customerId).to.equal(maria.id);
      await waitUntil(() => itemKeys(el).length === 1);
    });
  });

  describe("typing money", () => {
    it("reads pesos as people type them and keeps a live total in centavos", async () => {
      const el = await shown(await editor(backend(), { customerId: maria.id }));
      await fillItem(el, 1, "Setup fee", "₱1,500.50", "1");
      await fillItem(el, 2, "Hours", "1.15", "3");
      await fillItem(el, 3, "Travel", "4.35", "7");
      expect(text($(el, "#total"))).to.equal("₱1,534.40");
      expect(text($(el, ".items li:nth-child(2) .line-total"))).to.contain("₱3.45");
      // What the user typed stays as typed.
      expect(itemInput(el, 1, "price").value).to.equal("₱1,500.50");
    });

    it("says what is wrong with an amount at its field once the user moves on, and leaves it out of the total", async () => {
      const el = await shown(await editor(backend(), { customerId: maria.id }));
      await fillItem(el, 1, "Setup fee", "1500");
      await fillItem(el, 2, "Hours", "1500,50");
      expect(errorOf(el, itemInput(el, 2, "price"))).to.equal("Use a dot before the centavos, like 1,500.50.");
      expect(itemInput(el, 2, "price").getAttribute("aria-invalid")).to.equal("true");
      expect(text($(el, "#total"))).to.equal("₱1,500.00");
      expect(text($(el, "#total-note"))).to.equal("1 line item is not counted yet: check its price and quantity.");
      expect(text($(el, ".items li:nth-child(2) .line-total"))).to.contain("—");
      for (const [typed, message] of [
        ["1.505", "Use at most two decimals (centavos)."],
        ["-5", "Enter an amount above zero, without a minus sign."],
        ["0", "Enter an amount above ₱0.00."],
        ["abc", "Enter an amount in pesos, like 1,500 or 1,500.50."],
        ["60,000,000", "The most one line item can ask for is ₱59,999,999.99."],
      ]) {
        await type(el, itemInput(el, 2, "price"), typed!);
        expect(errorOf(el, itemInput(el, 2, "price")), typed).to.equal(message);
      }
      await type(el, itemInput(el, 2, "quantity"), "1.5");
      expect(errorOf(el, itemInput(el, 2, "quantity"))).to.equal("Enter a whole number, like 1 or 12.");
      await type(el, itemInput(el, 2, "price"), "25");
      await type(el, itemInput(el, 2, "quantity"), "2");
      expect(errorOf(el, itemInput(el, 2, "price"))).to.equal("");
      expect(text($(el, "#total"))).to.equal("₱1,550.00");
    });

    it("speaks Filipino", async () => {
      const el = await shown(await editor(backend(), { customerId: maria.id, locale: "fil" }));
      expect(text($(el, "#heading"))).to.equal("Bagong billing statement");
      await type(el, itemInput(el, 1, "price"), "1500,50");
      expect(errorOf(el, itemInput(el, 1, "price"))).to.equal("Gumamit ng tuldok bago ang sentimo, gaya ng 1,500.50.");
      expect(text($(el, "#action-save"))).to.equal("I-save ang draft");
    });
  });

  describe("line items with the keyboard", () => {
    it("adds an item and focuses its description", async () => {
      const el = await shown(await editor(backend(), { customerId: maria.id }));
      $<HTMLButtonElement>(el, "#add-item")!.focus();
      await sendKeys({ press: "Enter" });
      await waitUntil(() => itemKeys(el).length === 2);
      await el.updateComplete;
      expect(focused(el)).to.equal(itemInput(el, 2, "description"));
      await sendKeys({ type: "Travel" });
      expect(itemInput(el, 2, "description").value).to.equal("Travel");
      expect(el.dirty).to.equal(true);
    });

    it("moves items up and down with buttons; focus stays with the moved item and the move is announced", async () => {
      const el = await shown(await editor(backend(), { customerId: maria.id }));
      await fillItem(el, 1, "A", "10");
      await fillItem(el, 2, "B", "20");
      await fillItem(el, 3, "C", "30");
      const [a, b, c] = itemKeys(el);
      expect($<HTMLButtonElement>(el, `#up-${a}`)!.disabled).to.equal(true);
      expect($<HTMLButtonElement>(el, `#down-${c}`)!.disabled).to.equal(true);
      expect($(el, `#up-${c}`)!.getAttribute("aria-label")).to.equal("Move up: line item 3");
      $<HTMLButtonElement>(el, `#up-${c}`)!.focus();
      await sendKeys({ press: "Enter" });
      await waitUntil(() => itemKeys(el).join() === [a, c, b].join());
      expect(status(el)).to.equal("Moved C to place 2 of 3.");
      expect(focused(el)?.id).to.equal(`up-${c}`);
      await sendKeys({ press: "Space" });
      await waitUntil(() => itemKeys(el).join() === [c, a, b].join());
      // At the top, Move up is disabled: focus moves to Move down of the same item.
      await el.updateComplete;
      expect(focused(el)?.id).to.equal(`down-${c}`);
      expect(status(el)).to.equal("Moved C to place 1 of 3.");
      expect(text($(el, ".items li:nth-child(1) legend"))).to.equal("Line item 1");
      expect(itemInput(el, 1, "description").value).to.equal("C");
      await sendKeys({ press: "Enter" });
      await waitUntil(() => itemKeys(el).join() === [a, c, b].join());
      expect(focused(el)?.id).to.equal(`down-${c}`);
    });

    it("removes an item: focus takes its place and the removal is announced", async () => {
      const el = await shown(await editor(backend(), { customerId: maria.id }));
      await fillItem(el, 1, "A", "10");
      await fillItem(el, 2, "B", "20");
      const [a, b] = itemKeys(el);
      $<HTMLButtonElement>(el, `#remove-${a}`)!.focus();
      await sendKeys({ press: "Enter" });
      await waitUntil(() => itemKeys(el).join() === b);
      expect(status(el)).to.equal("Removed A.");
      expect(focused(el)?.id).to.equal(`remove-${b}`);
      await sendKeys({ press: "Enter" });
      await waitUntil(() => itemKeys(el).length === 0);
      expect(focused(el)?.id).to.equal("add-item");
      expect(text($(el, "#total"))).to.equal("₱0.00");
    });

    it("edits payment methods and metadata", async () => {
      const el = await shown(await editor(backend(), { customerId: maria.id }));
      const maya = $<HTMLInputElement>(el, "#method-maya")!;
      maya.focus();
      await sendKeys({ press: "Space" });
      await el.updateComplete;
      expect(maya.checked).to.equal(false);
      expect(el.dirty).to.equal(true);
      $<HTMLButtonElement>(el, "#add-metadata")!.click();
      await el.updateComplete;
      const key = $$<HTMLInputElement>(el, 'input[id^="key-"]')[0]!;
      expect(focused(el)).to.equal(key);
      await type(el, key, "order");
      const value = $<HTMLInputElement>(el, `#value-${key.id.slice(4)}`)!;
      await type(el, value, "42");
      expect($(el, `#remove-row-${key.id.slice(4)}`)!.getAttribute("aria-label")).to.equal("Remove order");
      $<HTMLButtonElement>(el, `#remove-row-${key.id.slice(4)}`)!.click();
      await el.updateComplete;
      expect(status(el)).to.equal("Removed order.");
      await waitUntil(() => focused(el)?.id === "add-metadata");
    });

    it("re-dispatches input and change from the host", async () => {
      const el = await shown(await editor(backend(), { customerId: maria.id }));
      const input = itemInput(el, 1, "description");
      setTimeout(() => {
        input.value = "x";
        input.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true }));
      });
      const event = await oneEvent(el, "input");
      expect(event.composed).to.equal(true);
      setTimeout(() => input.dispatchEvent(new Event("change", { bubbles: true })));
      await oneEvent(el, "change");
    });
  });

  describe("preview", () => {
    it("is the real checkout fed the draft, shown as not payable", async () => {
      const el = await shown(await editor(backend(), { customerId: maria.id }));
      await fillItem(el, 1, "Setup fee", "1,500");
      await type(el, $<HTMLInputElement>(el, "#description")!, "Website setup");
      const checkout = $<PayrexStatementCheckout>(el, "payrex-statement-checkout")!;
      expect(checkout.billingStatement?.status).to.equal("draft");
      expect(checkout.billingStatement?.amount).to.equal(150000);
      expect(checkout.billingStatement?.line_items?.map((li) => li.description)).to.deep.equal(["Setup fee"]);
      await waitUntil(() => checkout.shadowRoot?.querySelector('[part~="amount"]'));
      await checkout.updateComplete;
      const inner = checkout.shadowRoot!;
      expect(inner.querySelector('[part~="pay-button"]')).to.equal(null);
      expect(text(inner.querySelector('[part~="notice"]'))).to.contain("cannot be paid");
      expect(text(inner.querySelector('[part~="amount"]'))).to.equal("₱1,500.00");
      await fillItem(el, 2, "Hours", "250", "2");
      await checkout.updateComplete;
      expect(text(inner.querySelector('[part~="amount"]'))).to.equal("₱2,000.00");
    });

    it("shows an issued statement as it is, and hides with hide-preview", async () => {
      const el = await shown(await editor(backend(), { statementId: paid.id }));
      expect($<PayrexStatementCheckout>(el, "payrex-statement-checkout")!.billingStatement?.id).to.equal(paid.id);
      el.hidePreview = true;
      await el.updateComplete;
      expect($(el, "payrex-statement-checkout")).to.equal(null);
    });
  });

  describe("read-only statuses", () => {
    for (const [s, word] of [
      [paid, "Paid"],
      [voided, "Void"],
      [uncollectible, "Uncollectible"],
    ] as const) {
      it(`shows a ${s.status} statement without inputs or actions`, async () => {
        const el = await shown(await editor(backend(), { statementId: s.id }));
        expect(text($(el, "#heading"))).to.equal(`Billing statement ${s.billing_statement_number}`);
        expect(text($(el, '[part~="badge"]'))).to.equal(word);
        expect(text($(el, ".notice"))).to.equal(`This statement is ${word}: it can no longer be changed.`);
        expect($(el, "form")).to.equal(null);
        expect($$(el, '[part~="actions"] button')).to.have.length(0);
        expect($(el, "#link")).to.equal(null);
        expect(el.dirty).to.equal(false);
        expect(el.validate()).to.equal(false);
      });
    }
  });

  describe("loading", () => {
    it("says it is loading, then retries a failed load", async () => {
      const adapter = backend();
      adapter.failNext("getBillingStatement", "network");
      const el = await editor(adapter, { statementId: open.id });
      await waitUntil(() => $(el, '[part~="retry"]'));
      expect(text($(el, '[part~="alert"]'))).to.contain("Could not load the billing statement.");
      expect(text($(el, '[part~="alert"]'))).to.contain("Could not connect.");
      $<HTMLButtonElement>(el, '[part~="retry"]')!.click();
      await shown(el);
      expect(text($(el, "#heading"))).to.equal("Billing statement MSANTOS-0006");
    });
  });
});

import { expect, oneEvent, waitUntil } from "@open-wc/testing";
import { sendKeys } from "@web/test-runner-commands";
import type { PayrexStatementEditor } from "../src/statement-editor.js";
import type { BillingStatement, LineItem } from "../src/api/schemas.js";
import { PayrexError } from "../src/api/errors.js";
import {
  $,
  $$,
  backend,
  button,
  draft,
  DUE,
  editor,
  errorOf,
  fillItem,
  focused,
  handAdapter,
  itemInput,
  itemKeys,
  maria,
  open,
  options,
  shown,
  status,
  text,
  type,
} from "./statement-editor-support.js";

const alertText = (el: HTMLElement) => text($(el, 'form [part~="alert"]'));
const dialog = (el: HTMLElement) => $<HTMLDialogElement>(el, "dialog")!;
const storeCalls = (adapter: { calls: { method: string }[] }) => adapter.calls.map((c) => c.method).filter((m) => m !== "getCustomer");
const badRequest = (parameter: string | null, detail: string) =>
  new PayrexError("http", detail, { status: 400, errors: [{ code: "parameter_invalid", detail, parameter }] });

/** A new draft for Maria with three line items and a due date, ready to save. */
async function threeItems(el: PayrexStatementEditor) {
  await type(el, $<HTMLInputElement>(el, "#description")!, "Website project");
  await type(el, $<HTMLInputElement>(el, "#due")!, "2026-03-20");
  await fillItem(el, 1, "Setup fee", "₱1,500");
  await fillItem(el, 2, "Design hours", "1,250.50", "4");
  await fillItem(el, 3, "Hosting (March)", "499");
}

describe("<payrex-statement-editor> saving and the lifecycle", () => {
  describe("saving a draft", () => {
    it("creates the statement, then its line items in order, in centavos; fires payrex-statement-saved", async () => {
      const adapter = backend();
      const el = await shown(await editor(adapter, { customerId: maria.id }));
      await threeItems(el);
      expect(el.dirty).to.equal(true);
      setTimeout(() => button(el, "save")!.click());
      const { detail } = await oneEvent(el, "payrex-statement-saved");
      const s = detail.billingStatement;
      expect(s.status).to.equal("draft");
      expect(s.amount).to.equal(150000 + 125050 * 4 + 49900);
      expect(s.line_items?.map((li: LineItem) => [li.description, li.unit_price, li.quantity])).to.deep.equal([
        ["Setup fee", 150000, 1],
        ["Design hours", 125050, 4],
        ["Hosting (March)", 49900, 1],
      ]);
      expect(storeCalls(adapter)).to.deep.equal([
        "createBillingStatement",
        "createLineItem",
        "createLineItem",
        "createLineItem",
        "getBillingStatement",
      ]);
      const create = adapter.calls.find((c) => c.method === "createBillingStatement")!;
      expect(create.args[0]).to.deep.equal({
        customer_id: maria.id,
        currency: "PHP",
        description: "Website project",
        due_at: DUE,
        payment_settings: { payment_methods: ["card", "gcash", "maya", "qrph"] },
      });
      expect(options(create)?.idempotencyKey).to.be.a("string");
      await el.updateComplete;
      expect(el.billingStatementId).to.equal(s.id);
      expect(el.billingStatement).to.deep.equal(s);
      expect(el.dirty).to.equal(false);
      expect(status(el)).to.equal("Draft created.");
      expect(text($(el, "#heading"))).to.equal("Draft billing statement");
      expect($$(el, '[part~="actions"] button').map((b) => b.id)).to.deep.equal(["action-save", "action-finalize", "action-delete"]);
      // The inputs stayed the same elements (focus and caret are not lost).
      expect(itemInput(el, 2, "price").value).to.equal("1250.50");
    });

    it("sends only what changed: edits update in place, a move rewrites the places after it, a removal deletes the last", async () => {
      const adapter = backend();
      const el = await shown(await editor(adapter, { statementId: draft.id }));
      await type(el, itemInput(el, 2, "quantity"), "3");
      await el.save();
      expect(storeCalls(adapter).slice(1)).to.deep.equal(["updateLineItem", "getBillingStatement"]);
      const update = adapter.calls.find((c) => c.method === "updateLineItem")!;
      expect(update.args.slice(0, 2)).to.deep.equal(["bstm_li_2", { billing_statement_id: draft.id, quantity: 3 }]);
      adapter.calls.length = 0;
      // Move "Consulting hour" up, remove nothing: two updates.
      $<HTMLButtonElement>(el, `#up-${itemKeys(el)[1]}`)!.click();
      await el.updateComplete;
      const saved = await el.save();
      expect(storeCalls(adapter)).to.deep.equal(["updateLineItem", "updateLineItem", "getBillingStatement"]);
      expect(saved.line_items?.map((li) => li.description)).to.deep.equal(["Consulting hour", "Setup fee"]);
      adapter.calls.length = 0;
      $<HTMLButtonElement>(el, `#remove-${itemKeys(el)[1]}`)!.click();
      await type(el, $<HTMLInputElement>(el, "#description")!, "");
      const after = await el.save();
      expect(storeCalls(adapter)).to.deep.equal(["updateBillingStatement", "deleteLineItem", "getBillingStatement"]);
      expect(adapter.calls[0]!.args[1]).to.deep.equal({ description: null });
      expect(after.amount).to.equal(300000);
      expect(status(el)).to.equal("Draft saved.");
      adapter.calls.length = 0;
      await el.save();
      expect(storeCalls(adapter)).to.deep.equal([]);
      expect(status(el)).to.equal("No changes to save.");
    });

    it("saves with Enter in a field, as a form does", async () => {
      const adapter = backend();
      const el = await shown(await editor(adapter, { statementId: draft.id }));
      const description = $<HTMLInputElement>(el, "#description")!;
      description.focus();
      await sendKeys({ type: " (April)" });
      await el.updateComplete;
      setTimeout(() => sendKeys({ press: "Enter" }));
      const { detail } = await oneEvent(el, "payrex-statement-saved");
      expect(detail.billingStatement.description).to.equal("March retainer (April)");
      expect(storeCalls(adapter)).to.deep.equal(["getBillingStatement", "updateBillingStatement", "getBillingStatement"]);
    });

    it("shows problems at their fields before any request, focuses the first and counts them", async () => {
      const adapter = backend();
      const el = await shown(await editor(adapter, { customerId: maria.id }));
      $<HTMLInputElement>(el, "#method-card")!.click();
      for (const m of ["gcash", "maya", "qrph"]) $<HTMLInputElement>(el, `#method-${m}`)!.click();
      await el.updateComplete;
      const error = await el.save().catch((e: PayrexError) => e);
      expect(error).to.be.instanceOf(PayrexError);
      expect((error as PayrexError).kind).to.equal("validation");
      await el.updateComplete;
      expect(storeCalls(adapter)).to.deep.equal([]);
      expect(text($(el, "#methods-error"))).to.equal("Choose at least one payment method.");
      expect(errorOf(el, itemInput(el, 1, "description"))).to.equal("Enter what this line item is for.");
      expect(errorOf(el, itemInput(el, 1, "price"))).to.equal("Enter the unit price in pesos, e.g. 1,500.00.");
      expect(status(el)).to.equal("3 fields need attention.");
      expect(focused(el)?.id).to.equal("method-card");
      expect(el.validate()).to.equal(false);
    });

    it("keeps every line item as typed when a line item is refused, with the backend's message at that item; a retry sends only what is left", async () => {
      const adapter = backend();
      const el = await shown(await editor(adapter, { customerId: maria.id }));
      await threeItems(el);
      // The second line item is refused.
      let creates = 0;
      const create = adapter.createLineItem.bind(adapter);
      adapter.createLineItem = (input, o) =>
        ++creates === 2 ? Promise.reject(badRequest("unit_price", "The unit price is above this account's limit.")) : create(input, o);
      button(el, "save")!.click();
      const { detail } = await oneEvent(el, "payrex-error");
      expect(detail.error.status).to.equal(400);
      await el.updateComplete;
      const price = itemInput(el, 2, "price");
      expect(errorOf(el, price)).to.equal("The unit price is above this account's limit.");
      expect(price.getAttribute("aria-invalid")).to.equal("true");
      expect(focused(el)).to.equal(price);
      expect(alertText(el)).to.equal("Could not save the draft.");
      expect(status(el)).to.equal("1 field needs attention.");
      // Nothing typed is lost, and the draft is still unsaved.
      expect([1, 2, 3].map((n) => itemInput(el, n, "description").value)).to.deep.equal(["Setup fee", "Design hours", "Hosting (March)"]);
      expect(price.value).to.equal("1,250.50");
      expect(el.dirty).to.equal(true);
      const id = el.billingStatementId!;
      expect(id).to.match(/^bstm_/);
      expect(el.billingStatement?.line_items).to.have.length(1);
      // Editing the field drops its backend message.
      await type(el, price, "1,250.00");
      expect(errorOf(el, price)).to.equal("");
      adapter.calls.length = 0;
      const saved = await el.save();
      expect(storeCalls(adapter)).to.deep.equal(["createLineItem", "createLineItem", "getBillingStatement"]);
      expect(saved.id).to.equal(id);
      expect(saved.line_items?.map((li) => li.description)).to.deep.equal(["Setup fee", "Design hours", "Hosting (March)"]);
      expect(el.dirty).to.equal(false);
    });

    it("retries a failed create with the same idempotency key, and a new one after an edit", async () => {
      const { adapter, next } = handAdapter();
      const el = await shown(await editor(adapter, { customerId: maria.id }));
      (await next("getCustomer")).resolve(maria);
      await fillItem(el, 1, "Setup fee", "1500");
      button(el, "save")!.click();
      const first = await next("createBillingStatement");
      expect(button(el, "save")!.getAttribute("aria-disabled")).to.equal("true");
      expect(text(button(el, "save"))).to.equal("Saving…");
      // A second click joins the save in flight.
      button(el, "save")!.click();
      await el.updateComplete;
      first.reject(new PayrexError("network", "Failed to fetch"));
      await waitUntil(() => alertText(el));
      expect(alertText(el)).to.equal("Could not save the draft. Could not connect. Check your connection and try again.");
      button(el, "save")!.click();
      const second = await next("createBillingStatement");
      expect(options(second)?.idempotencyKey).to.equal(options(first)?.idempotencyKey);
      second.reject(new PayrexError("timeout", "timed out"));
      await waitUntil(() => alertText(el).includes("taking too long"));
      await type(el, itemInput(el, 1, "description"), "Setup");
      button(el, "save")!.click();
      const third = await next("createBillingStatement");
      expect(options(third)?.idempotencyKey).to.not.equal(options(first)?.idempotencyKey);
    });

    it("keeps what the user types while a save is in flight", async () => {
      const { adapter, next } = handAdapter();
      const el = await shown(await editor(adapter, { customerId: maria.id }));
      (await next("getCustomer")).resolve(maria);
      await fillItem(el, 1, "Setup fee", "1500");
      const saving = el.save();
      const create = await next("createBillingStatement");
      await type(el, itemInput(el, 1, "description"), "Setup fee (typed during the save)");
      const created = { ...draft, id: "bstm_new", line_items: [], amount: 0, description: null, due_at: null };
      create.resolve(created);
      (await next("createLineItem")).resolve({ id: "li_1", description: "Setup fee", unit_price: 150000, quantity: 1 });
      (await next("getBillingStatement")).resolve({ ...created, amount: 150000, line_items: [{ id: "li_1", description: "Setup fee", unit_price: 150000, quantity: 1 }] });
      await saving;
      await el.updateComplete;
      expect(itemInput(el, 1, "description").value).to.equal("Setup fee (typed during the save)");
      expect(el.dirty).to.equal(true);
    });

    it("warns before the page is left with unsaved changes, and not once they are saved", async () => {
      const el = await shown(await editor(backend(), { statementId: draft.id }));
      const leave = () => {
        const event = new Event("beforeunload", { cancelable: true }) as BeforeUnloadEvent;
        window.dispatchEvent(event);
        return event.defaultPrevented;
      };
      expect(leave()).to.equal(false);
      await type(el, itemInput(el, 1, "price"), "1600");
      expect(el.dirty).to.equal(true);
      expect(text($(el, ".unsaved"))).to.equal("Unsaved changes");
      expect(leave()).to.equal(true);
      await el.save();
      await el.updateComplete;
      expect(el.dirty).to.equal(false);
      expect(leave()).to.equal(false);
      await type(el, itemInput(el, 1, "price"), "1700");
      expect(leave()).to.equal(true);
      el.reset();
      await el.updateComplete;
      expect(itemInput(el, 1, "price").value).to.equal("1600.00");
      expect(leave()).to.equal(false);
      await type(el, itemInput(el, 1, "price"), "1800");
      el.remove();
      expect(leave()).to.equal(false);
    });
  });

  describe("finalizing", () => {
    it("says what is missing at the fields before any request", async () => {
      const adapter = backend();
      const el = await shown(await editor(adapter, { customerId: maria.id }));
      $<HTMLButtonElement>(el, `#remove-${itemKeys(el)[0]}`)!.click();
      await el.updateComplete;
      button(el, "finalize")!.click();
      await waitUntil(() => status(el));
      expect(storeCalls(adapter)).to.deep.equal([]);
      expect(errorOf(el, $(el, "#due")!)).to.equal("Set a due date to finalize the statement.");
      expect(text($(el, "#items-error"))).to.equal("Add at least one line item to finalize the statement.");
      expect(focused(el)?.id).to.equal("due");
      await type(el, $<HTMLInputElement>(el, "#due")!, "2026-03-09");
      expect(errorOf(el, $(el, "#due")!)).to.equal("Choose today or a later date to finalize the statement.");
      await type(el, $<HTMLInputElement>(el, "#due")!, "2026-03-10");
      expect(errorOf(el, $(el, "#due")!)).to.equal("");
      await fillItem(el, 1, "Stamp", "15");
      expect(text($(el, "#total-error"))).to.equal("The total must be at least ₱20.00 to finalize the statement.");
      // Finalize again: the total is the first problem, so the first price takes focus.
      button(el, "finalize")!.click();
      await waitUntil(() => focused(el) === itemInput(el, 1, "price"));
      expect(storeCalls(adapter)).to.deep.equal([]);
      await type(el, itemInput(el, 1, "quantity"), "2");
      expect(text($(el, "#total-error"))).to.equal("");
      expect(text($(el, "#items-error"))).to.equal("");
    });

    it("reads due dates in the merchant's time zone; an unknown zone is reported and Manila used", async () => {
      const adapter = backend();
      const el = await shown(await editor(adapter, { customerId: maria.id }));
      el.timeZone = "America/New_York";
      await el.updateComplete;
      await type(el, $<HTMLInputElement>(el, "#due")!, "2026-03-20");
      await fillItem(el, 1, "Setup fee", "1500");
      const saved = await el.save();
      // The end of March 20 in New York (UTC-4 then).
      expect(saved.due_at).to.equal(Date.UTC(2026, 2, 21, 3, 59, 59) / 1000);
      setTimeout(() => (el.timeZone = "Mars/Olympus_Mons"));
      const { detail } = await oneEvent(el, "payrex-error");
      expect(detail.error.message).to.contain("Mars/Olympus_Mons");
      await el.updateComplete;
      expect(text($(el, "#due-hint"))).to.contain("Asia/Manila");
      expect($<HTMLInputElement>(el, "#due")!.value).to.equal("2026-03-21");
    });

    it("refuses to save without a customer", async () => {
      const adapter = backend();
      const el = await shown(await editor(adapter, { customerId: maria.id }));
      await fillItem(el, 1, "Setup fee", "1500");
      el.customerId = undefined;
      await el.updateComplete;
      const error = await el.save().catch((e: PayrexError) => e);
      expect((error as PayrexError).kind).to.equal("validation");
      expect(storeCalls(adapter)).to.deep.equal([]);
      expect(text($(el, ".base"))).to.contain("Choose the customer to bill first.");
    });

    it("saves, finalizes, then shows the number and the payment link with a copy button", async () => {
      const adapter = backend();
      const el = await shown(await editor(adapter, { customerId: maria.id }));
      await threeItems(el);
      button(el, "finalize")!.click();
      const { detail } = await oneEvent(el, "payrex-statement-action");
      expect(detail.action).to.equal("finalize");
      const s: BillingStatement = detail.billingStatement;
      expect(s.status).to.equal("open");
      expect(storeCalls(adapter)).to.deep.equal([
        "createBillingStatement",
        "createLineItem",
        "createLineItem",
        "createLineItem",
        "getBillingStatement",
        "finalizeBillingStatement",
      ]);
      await el.updateComplete;
      expect(text($(el, "#heading"))).to.equal(`Billing statement ${s.billing_statement_number}`);
      expect(s.billing_statement_number).to.equal("MSANTOS-0007");
      expect(text($(el, ".number"))).to.equal("MSANTOS-0007");
      expect(text($(el, '[part~="badge"]'))).to.equal("Unpaid");
      expect($<HTMLInputElement>(el, "#link")!.value).to.equal(s.billing_statement_url);
      expect($<HTMLAnchorElement>(el, '[part~="issued"] a')!.href).to.equal(s.billing_statement_url);
      expect($(el, "form")).to.equal(null);
      expect(status(el)).to.equal("Statement MSANTOS-0007 finalized. Its payment link is ready.");
      await waitUntil(() => focused(el)?.id === "heading");
      expect($$(el, '[part~="actions"] button').map((b) => b.id)).to.deep.equal([
        "action-send",
        "action-void",
        "action-mark_uncollectible",
      ]);
      expect(el.dirty).to.equal(false);
    });

    it("shows the backend's refusal at the field it names", async () => {
      const adapter = backend();
      const el = await shown(await editor(adapter, { statementId: draft.id }));
      adapter.failNext("finalizeBillingStatement", badRequest("due_at", "The due date must be in the future."));
      button(el, "finalize")!.click();
      await oneEvent(el, "payrex-error");
      await el.updateComplete;
      expect(errorOf(el, $(el, "#due")!)).to.equal("The due date must be in the future.");
      expect(alertText(el)).to.equal("Could not finalize the statement.");
      expect(focused(el)?.id).to.equal("due");
      expect(el.billingStatement?.status).to.equal("draft");
    });

    it("never shows the backend's English refusal in Filipino: the field's own message, the detail in payrex-error", async () => {
      const adapter = backend();
      const el = await shown(await editor(adapter, { statementId: draft.id, locale: "fil" }));
      const detail = "The due date must be in the future.";
      adapter.failNext("finalizeBillingStatement", badRequest("due_at", detail));
      button(el, "finalize")!.click();
      const { detail: event } = await oneEvent(el, "payrex-error");
      await el.updateComplete;
      expect(errorOf(el, $(el, "#due")!)).to.equal("Pakisuri ang field na ito.");
      expect(text(el.shadowRoot!.querySelector("form")!)).not.to.contain(detail);
      expect(event.error.errors[0].detail).to.equal(detail);
    });
  });

  describe("an open statement", () => {
    for (const [action, label, title, done, after] of [
      ["send", "Send to customer", "Send statement MSANTOS-0006?", "Statement MSANTOS-0006 sent to maria@example.ph.", "open"],
      ["void", "Void", "Void statement MSANTOS-0006?", "Statement MSANTOS-0006 voided.", "void"],
      ["mark_uncollectible", "Mark uncollectible", "Mark statement MSANTOS-0006 uncollectible?", "Statement MSANTOS-0006 marked uncollectible.", "uncollectible"],
    ] as const) {
      it(`${action}: asks in a dialog naming the statement, then does it`, async () => {
        const adapter = backend();
        const el = await shown(await editor(adapter, { statementId: open.id }));
        expect(text(button(el, action))).to.equal(label);
        button(el, action)!.focus();
        await sendKeys({ press: "Enter" });
        await waitUntil(() => dialog(el).open);
        expect(text($(el, "#dialog-title"))).to.equal(title);
        expect(dialog(el).getAttribute("aria-labelledby")).to.equal("dialog-title");
        // Cancel has the focus: a stray Enter does nothing harmful.
        expect(focused(el)?.id).to.equal("dialog-cancel");
        expect(storeCalls(adapter).filter((m) => m !== "getBillingStatement")).to.deep.equal([]);
        $<HTMLButtonElement>(el, "#dialog-confirm")!.click();
        const { detail } = await oneEvent(el, "payrex-statement-action");
        expect(detail.action).to.equal(action);
        expect(detail.billingStatement.status).to.equal(after);
        await el.updateComplete;
        expect(dialog(el).open).to.equal(false);
        expect(status(el)).to.equal(done);
        expect(el.billingStatement?.status).to.equal(after);
        if (after !== "open") {
          expect($$(el, '[part~="actions"] button')).to.have.length(0);
          expect($(el, ".notice")).to.exist;
        }
      });
    }

    it("Escape and Cancel close the dialog without a request; focus goes back to the button", async () => {
      const adapter = backend();
      const el = await shown(await editor(adapter, { statementId: open.id }));
      button(el, "void")!.focus();
      await sendKeys({ press: "Enter" });
      await waitUntil(() => dialog(el).open);
      await sendKeys({ press: "Escape" });
      await waitUntil(() => !dialog(el).open);
      expect(focused(el)?.id).to.equal("action-void");
      button(el, "void")!.click();
      await waitUntil(() => dialog(el).open);
      $<HTMLButtonElement>(el, "#dialog-cancel")!.click();
      await waitUntil(() => !dialog(el).open);
      expect(storeCalls(adapter).filter((m) => m !== "getBillingStatement")).to.deep.equal([]);
      expect(el.billingStatement?.status).to.equal("open");
    });

    it("keeps the dialog open with the reason when the action fails", async () => {
      const adapter = backend();
      adapter.failNext("voidBillingStatement", "http");
      const el = await shown(await editor(adapter, { statementId: open.id }));
      button(el, "void")!.click();
      await waitUntil(() => dialog(el).open);
      $<HTMLButtonElement>(el, "#dialog-confirm")!.click();
      const { detail } = await oneEvent(el, "payrex-error");
      expect(detail.error.status).to.equal(500);
      await el.updateComplete;
      expect(dialog(el).open).to.equal(true);
      expect(text($(el, 'dialog [part~="alert"]'))).to.equal("Could not void the statement. Something went wrong. Please try again in a moment.");
      $<HTMLButtonElement>(el, "#dialog-confirm")!.click();
      await oneEvent(el, "payrex-statement-action");
      expect(el.billingStatement?.status).to.equal("void");
    });

    it("copies the payment link and announces it, with a fallback when the clipboard is refused", async () => {
      const el = await shown(await editor(backend(), { statementId: open.id }));
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, "clipboard");
      const written: string[] = [];
      try {
        Object.defineProperty(navigator, "clipboard", {
          configurable: true,
          value: { writeText: (s: string) => (written.push(s), Promise.resolve()) },
        });
        $<HTMLButtonElement>(el, "#copy")!.click();
        await waitUntil(() => status(el) === "Copied");
        expect(written).to.deep.equal([open.billing_statement_url]);
        expect(text($(el, "#copy"))).to.equal("Copied");
        Object.defineProperty(navigator, "clipboard", {
          configurable: true,
          value: { writeText: () => Promise.reject(new DOMException("Denied", "NotAllowedError")) },
        });
        const exec = document.execCommand;
        let asked = "";
        document.execCommand = (command: string) => ((asked = command), true);
        try {
          el.locale = "fil";
          $<HTMLButtonElement>(el, "#copy")!.click();
          await waitUntil(() => status(el) === "Nakopya na");
          expect(asked).to.equal("copy");
          document.execCommand = () => false;
          $<HTMLButtonElement>(el, "#copy")!.click();
          await waitUntil(() => status(el).startsWith("Hindi makopya"));
          // The link is selected, ready for Ctrl+C.
          const input = $<HTMLInputElement>(el, "#link")!;
          expect(input.selectionEnd! - input.selectionStart!).to.equal(open.billing_statement_url!.length);
        } finally {
          document.execCommand = exec;
        }
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
        if (original) Object.defineProperty(Navigator.prototype, "clipboard", original);
      }
    });

    it("never shows a payment link that is not https", async () => {
      const adapter = backend();
      const get = adapter.getBillingStatement.bind(adapter);
      adapter.getBillingStatement = (id, o) => get(id, o).then((s) => ({ ...s, billing_statement_url: "javascript:alert(1)" }));
      const el = await shown(await editor(adapter, { statementId: open.id }));
      expect(text($(el, ".number"))).to.equal("MSANTOS-0006");
      expect($(el, "#link")).to.equal(null);
      expect($(el, "#copy")).to.equal(null);
    });
  });

  describe("deleting a draft", () => {
    it("asks, deletes, fires payrex-statement-deleted and starts a new draft for the same customer", async () => {
      const adapter = backend();
      const el = await shown(await editor(adapter, { statementId: draft.id }));
      button(el, "delete")!.click();
      await waitUntil(() => dialog(el).open);
      expect(text($(el, "#dialog-title"))).to.equal("Delete draft “March retainer”?");
      $<HTMLButtonElement>(el, "#dialog-confirm")!.click();
      const { detail } = await oneEvent(el, "payrex-statement-deleted");
      expect(detail.billingStatement.id).to.equal(draft.id);
      await el.updateComplete;
      expect(el.billingStatementId).to.equal(undefined);
      expect(el.customerId).to.equal(maria.id);
      expect(text($(el, "#heading"))).to.equal("New billing statement");
      expect(status(el)).to.equal("Draft “March retainer” deleted.");
      await waitUntil(() => focused(el)?.id === "heading");
      const error = await adapter.getBillingStatement(draft.id).catch((e: PayrexError) => e);
      expect((error as PayrexError).status).to.equal(404);
    });
  });

  describe("an adapter without the staff methods", () => {
    it("names each missing method, fires payrex-error with code missing_method, and offers no action it cannot do", async () => {
      const { adapter } = handAdapter(["getBillingStatement", "getCustomer", "createBillingStatement", "createLineItem"]);
      const errors: PayrexError[] = [];
      const el = document.createElement("payrex-statement-editor");
      el.addEventListener("payrex-error", (e) => errors.push(e.detail.error));
      el.adapter = adapter;
      el.billingStatement = draft;
      el.locale = "en";
      document.body.append(el);
      await shown(el);
      expect(errors.map((e) => [e.code, e.method])).to.deep.equal([
        ["missing_method", "updateBillingStatement"],
        ["missing_method", "updateLineItem"],
        ["missing_method", "deleteLineItem"],
        ["missing_method", "finalizeBillingStatement"],
        ["missing_method", "deleteBillingStatement"],
      ]);
      const alert = text($(el, ".missing"));
      expect(alert).to.contain("Some actions are not available:");
      expect(alert).to.contain("The backend adapter has no updateBillingStatement method");
      expect(alert).to.contain("no deleteBillingStatement method");
      expect($$(el, '[part~="actions"] button')).to.have.length(0);
      // Once reported, not again on the next update.
      el.requestUpdate();
      await el.updateComplete;
      expect(errors).to.have.length(5);
      el.locale = "fil";
      await el.updateComplete;
      expect(text($(el, ".missing"))).to.contain("Walang updateBillingStatement na method ang backend adapter");
      const failed = await el.save().catch((e: PayrexError) => e);
      expect((failed as PayrexError).code).to.equal("missing_method");
      el.remove();
    });
  });
});

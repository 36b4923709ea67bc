import type { PropertyDeclarations, PropertyValues } from "lit";
import { PayrexDataElement } from "../../core/payrex-element.js";
import { LazyController } from "../../core/lazy.js";
import type { BillingStatement } from "../../api/schemas.js";

// One download per page, started by the first editor made.
const load = () => import("./statement-editor.controller.js");

/**
 * Issues a billing statement for a customer: a draft (description, due date, payment methods,
 * metadata, line items with a live total), then PayRex's lifecycle with only the actions each status
 * allows. A draft can be saved, deleted or finalized; finalizing needs a due date and at least one
 * line item (the editor says so at the field before any request), and shows the statement's number
 * and payment link with a copy button. An open statement can be sent, voided or marked
 * uncollectible, each confirmed in a dialog naming it; paid, void and uncollectible statements are
 * read only. Beside the form, the real `<payrex-statement-checkout>` previews what the customer sees
 * (a draft as not payable yet).
 *
 * Unit prices are typed in pesos as people write money (`1,500`, `₱1,500.50`) and sent in integer
 * centavos; totals are integer arithmetic. Line items are kept in the order shown: PayRex lists a
 * statement's line items in the order they were created, so the editor lays the draft's items onto
 * them in order (updating, creating and deleting as few as it can).
 *
 * Nothing typed is lost: a failed save keeps every field and line item as typed, with the backend's
 * message (its own words, from `errors[].detail`) at the field or line item it names. While there are
 * unsaved changes (`dirty`), leaving the page asks first (`beforeunload`); for navigation inside an
 * app, check `editor.dirty` before leaving the view.
 *
 * It needs the adapter's staff methods (`createBillingStatement`, `updateBillingStatement`,
 * `createLineItem`, `updateLineItem`, `deleteLineItem`, `deleteBillingStatement`,
 * `finalizeBillingStatement`, `sendBillingStatement`, `voidBillingStatement`,
 * `markUncollectibleBillingStatement`, as the status requires). Given an adapter without one, it
 * says which method is missing and fires `payrex-error` (code `missing_method`).
 *
 * Without `customer-id` or `billing-statement-id`, the editor asks for the customer with
 * `<payrex-customer-directory>` (search by name, email or a metadata value; needs the adapter's
 * `listCustomers`); choosing one sets `customerId`. Put your own picker in the `customer` slot
 * instead: a `payrex-customer-select` from it (`detail.customer.id`) sets `customerId` too.
 *
 * The editor's behaviour loads on first use. Until it has, `save()` and `reload()` wait for it,
 * `dirty` is false, and `validate()` and `reset()` throw an "InvalidStateError" DOMException: await
 * `ready` (or `updateComplete` once connected) first.
 *
 * @summary Creates, edits and issues a billing statement: line items in pesos, finalize, send, void.
 * @event payrex-statement-saved - After a draft was created or saved; `detail.billingStatement` is the statement the backend returned.
 * @event payrex-statement-action - After finalize, send, void or mark uncollectible succeeded; `detail.action` is `finalize`, `send`, `void` or `mark_uncollectible`, `detail.billingStatement` the statement as it is now.
 * @event payrex-statement-deleted - After a draft was deleted; `detail.billingStatement` is the draft as it was.
 * @event payrex-error - Loading, saving or an action failed, or the adapter lacks a method it needs; `detail.error` is a PayrexError.
 * @event input - When the user edits any field.
 * @event change - When the user commits a change to a field.
 * @slot customer - A customer picker, shown while no customer is chosen (default: `<payrex-customer-directory>`); a `payrex-customer-select` from it sets `customerId`.
 * @csspart base - The editor.
 * @csspart heading - The statement's heading.
 * @csspart badge - The status badge.
 * @csspart customer - The customer the statement is for.
 * @csspart picker - The default customer picker, a `<payrex-customer-directory>`.
 * @csspart form - The draft's `<form>`.
 * @csspart field - A field's label, input, hint and message.
 * @csspart label - A field label, or a fieldset legend.
 * @csspart input - Every text, date and number input.
 * @csspart error - A field's error message.
 * @csspart methods - The payment methods fieldset.
 * @csspart line-items - The line items fieldset.
 * @csspart line-item - One line item.
 * @csspart total - The live total.
 * @csspart metadata - The metadata fieldset.
 * @csspart button - Every button.
 * @csspart actions - The actions the status allows.
 * @csspart issued - The number and payment link of a finalized statement.
 * @csspart copy - The copy link button.
 * @csspart preview - The preview: a `<payrex-statement-checkout>`.
 * @csspart dialog - The confirmation dialog.
 * @csspart alert - Failures not tied to one field, missing adapter methods, and configuration errors.
 * @csspart retry - The "Try again" button of a load failure.
 * @csspart status - The live region announcing progress, problems and results.
 * @cssprop --payrex-color-primary - Primary buttons.
 * @cssprop --payrex-color-danger - Errors and destructive buttons.
 * @cssprop --payrex-color-border - Inputs, fieldsets and line items.
 * @cssprop --payrex-radius - Corner radius of inputs, buttons and boxes.
 * @cssprop --payrex-spacing - Base spacing.
 * @cssprop --payrex-focus-ring - Colour of the focus outline (default: the primary colour); keep it at 3:1 or more against the background.
 */
export class PayrexStatementEditor extends PayrexDataElement {
  static override properties: PropertyDeclarations = {
    billingStatementId: { type: String, attribute: "billing-statement-id" },
    billingStatement: { attribute: false },
    customerId: { type: String, attribute: "customer-id" },
    timeZone: { type: String, attribute: "time-zone" },
    hidePreview: { type: Boolean, attribute: "hide-preview" },
    headingLevel: { type: Number, attribute: "heading-level" },
    now: { attribute: false },
  };

  /**
   * The statement to edit or act on (`bstm_…`); absent: a new draft for `customer-id`. Set to the new
   * statement's id once a draft is created. Setting it to another statement drops unsaved changes of
   * this one: check `dirty` first.
   */
  declare billingStatementId: string | undefined;
  /** The statement itself: set it to skip loading one you already have; updated after every save and action. */
  declare billingStatement: BillingStatement | undefined;
  /** The customer a new draft is for (`cus_…`). A new draft's unsaved lines stay when it changes: check `dirty` first. */
  declare customerId: string | undefined;
  /** The merchant's time zone (IANA name, default `Asia/Manila`): a due date is the end of that day there. */
  declare timeZone: string;
  /** Hides the preview. */
  declare hidePreview: boolean;
  /** Level of the editor's heading (`h1`–`h6`), to fit the page's outline; default 2 (other values count as 2). The preview's heading is one level below. */
  declare headingLevel: number;
  /** The clock, in milliseconds (like `Date.now`); decides which due dates are in the past. */
  declare now: () => number;

  private readonly _editor = new LazyController(
    this,
    load,
    (m) => new m.StatementEditorController(this),
    (m) => m.styles,
  );

  constructor() {
    super();
    this.timeZone = "Asia/Manila";
    this.hidePreview = false;
    this.headingLevel = 2;
    this.now = Date.now;
  }

  /**
   * True while the draft has changes that are not saved (false before the behaviour has loaded, and
   * for statements that can no longer change). Check it before navigating away inside an app.
   */
  get dirty(): boolean {
    return this._editor.value?.dirty ?? false;
  }

  /**
   * Shows every message, moves focus to the first invalid field and returns whether the draft can
   * be saved (`false` while the statement is loading or cannot change).
   * @throws {DOMException} "InvalidStateError" before `ready`.
   */
  validate(): boolean {
    return this._editor.require("validate").validate();
  }

  /**
   * Discards unsaved changes: back to the saved statement (an empty draft for a new one).
   * @throws {DOMException} "InvalidStateError" before `ready`.
   */
  reset(): void {
    this._editor.require("reset").reset();
  }

  /**
   * Saves the draft: creates the statement (and its line items) or sends only what changed. Waits
   * for the editor's behaviour to load; a call while a save is in flight returns that save. Rejects
   * with a PayrexError: kind `validation` when the draft is invalid, code `missing_method` when the
   * adapter lacks a method, code `load_failed` when the editor could not be loaded, otherwise the
   * backend's error (the draft stays as typed).
   */
  save(): Promise<BillingStatement> {
    const editor = this._editor.value;
    return editor ? editor.save() : this._editor.ready.then((loaded) => loaded.save());
  }

  /**
   * Loads the statement again from the backend. Waits for the editor's behaviour to load; rejects
   * only when it could not be downloaded (a failed load is shown and reported as `payrex-error`).
   */
  reload(): Promise<void> {
    const editor = this._editor.value;
    return editor ? editor.reload() : this._editor.ready.then((loaded) => loaded.reload());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this._editor.value?.willUpdate(changed);
  }

  protected override render() {
    return this._editor.render((editor) => editor.render());
  }
}

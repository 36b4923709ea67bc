import type { PropertyValues, TemplateResult } from "lit";
import { CustomerBinding } from "../../core/customer-binding.js";
import { backendDetail, describeError, shownDetails } from "../../core/describe-error.js";
import { emit } from "../../core/events.js";
import { PayrexError } from "../../api/errors.js";
import type { Customer } from "../../api/schemas.js";
import type { PayrexAddressEditor } from "./address-editor.js";
import type { AddressEditorController } from "./address-editor.controller.js";
import { renderActions, renderLoadFailed, t } from "./bound-address.templates.js";

/**
 * Bound mode (`customer-id`): loads the customer through the shared `CustomerBinding`, fills the
 * editor with its billing details, and saves the address to it. One save is in flight per editor
 * however it is started (Enter in a field, the button, `submit()`): a second submit joins it.
 */
export class BoundAddress {
  readonly binding: CustomerBinding;
  /** Why the last save failed, until the next one starts. */
  saveError?: PayrexError;
  private _saving?: Promise<Customer>;
  /** The customer the editor was last filled from (or saved to): not filled from again. */
  private _filledFrom?: Customer;
  private _synced = false;

  constructor(private readonly editor: AddressEditorController) {
    this.binding = new CustomerBinding(editor.host);
  }

  private get host(): PayrexAddressEditor {
    return this.editor.host;
  }

  /** Called from the editor's `willUpdate`: fills the editor when a customer arrives. */
  willUpdate(changed: PropertyValues<PayrexAddressEditor>): void {
    if (!this._synced) {
      // Loaded after the element's first updates: take its properties as they are now.
      this._synced = true;
      changed = new Map([...changed, ["customer", undefined], ["customerId", undefined]]) as PropertyValues<PayrexAddressEditor>;
    }
    const { host } = this;
    const change = this.binding.sync(changed);
    if (change === "customer" && host.customer !== this._filledFrom) {
      this._filledFrom = host.customer;
      this.editor.assign(host.customer?.billing_details ?? null, true);
    } else if (change === "switched") {
      this.saveError = undefined;
      this.editor.setStatus();
    }
  }

  /** Validates and saves; a call while a save is in flight gets that save. */
  submit(): Promise<Customer> {
    this.editor.syncOnce();
    return (this._saving ??= this._save().finally(() => (this._saving = undefined)));
  }

  reload(): Promise<void> {
    return this.binding.reload();
  }

  /** The explanation of a failure for the user: the backend's own words when it sent some. */
  describe(error: PayrexError): string {
    return backendDetail(error, this.editor.locale) ?? describeError(error, this.editor.locale);
  }

  readonly retry = (): void => {
    void this.binding.reload();
  };

  /** The save button. */
  readonly onSave = (): void => {
    if (!this.host.isDisabled) this.host.submit().catch(() => undefined);
  };

  /** The load failure's template. */
  renderLoadFailed(): TemplateResult {
    return renderLoadFailed(this.editor, this);
  }

  /** The save failure, the save button and `status` (the editor's status line). */
  renderActions(status: TemplateResult): TemplateResult {
    return renderActions(this.editor, this, status);
  }

  private async _save(): Promise<Customer> {
    const { host, binding, editor } = this;
    const id = host.customerId;
    if (!id) throw new PayrexError("validation", "submit() saves to a customer: set the editor's customer-id first.");
    const adapter = host.resolvedAdapter;
    if (adapter instanceof PayrexError) throw adapter;
    if (binding.waiting) throw new PayrexError("validation", t(editor.locale, "notLoaded"));
    if (!editor.validate()) throw new PayrexError("validation", t(editor.locale, "fixFields"));
    editor.setStatus();
    this.saveError = undefined;
    const value = editor.value;
    const onFailure = (error: PayrexError) => {
      // The merchant may have bound the editor to another customer meanwhile: leave that one alone.
      if (host.customerId !== id) return;
      this.saveError = error;
      editor.setErrors(shownDetails(error.errors, editor.locale, t(editor.locale, "notAccepted")));
    };
    const customer = await binding.update(id, { billing_details: value }, onFailure);
    if (host.customerId === id) {
      // What was sent is the new baseline; what the user typed during the save stays.
      editor.rebase(value);
      editor.setStatus(t(editor.locale, "saved"), true);
      this._filledFrom = customer;
      host.customer = customer;
    }
    emit(host, "payrex-address-saved", { customer });
    return customer;
  }
}

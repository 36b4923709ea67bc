import type { PropertyDeclarations, PropertyValues } from "lit";
import { PayrexDataElement } from "../../core/payrex-element.js";
import { LazyController } from "../../core/lazy.js";
import type { Customer, CustomerInput } from "../../api/schemas.js";

// One download per page, started by the first form made.
const load = () => import("./customer-form.controller.js");

/**
 * Creates or edits a customer: name, email, billing statement prefix and metadata.
 *
 * Without `customer-id` it creates a customer. With `customer-id` (or a `customer` object) it loads
 * that customer and edits it, sending only the fields that changed. After a successful create the
 * form keeps the saved values and goes on editing the new customer (`customerId` is set), so a
 * second submit updates it instead of creating a duplicate; set `customerId` to `undefined` to start
 * a new one. A failed create retried without edits reuses its idempotency key.
 *
 * The form's behaviour loads on first use. Until it has, `submit()` waits for it, while `validate()`,
 * `getValue()` and `reset()` throw an "InvalidStateError" DOMException: await `ready` (or
 * `updateComplete` once connected) first.
 *
 * @summary Form to create or edit a PayRex customer, with validation, server errors and safe retries.
 * @event payrex-customer-saved - After a successful create or update; `detail.customer` is the customer the backend returned.
 * @event payrex-error - When loading or saving fails (not for validation problems); `detail.error` is a PayrexError.
 * @event input - When the user edits any field.
 * @event change - When the user commits a change to a field.
 * @slot actions - Extra buttons next to the submit button, e.g. a Cancel button.
 * @csspart form - The `<form>` element.
 * @csspart field - A field's label, input, hint and message.
 * @csspart label - A field label, and the metadata legend.
 * @csspart input - Every text input, including metadata keys and values.
 * @csspart error - A field's error message.
 * @csspart button - The add, remove and submit buttons.
 * @csspart submit - The submit button.
 * @csspart alert - Load and save failures that are not tied to one field, and configuration errors.
 * @csspart retry - The "Try again" button of a load failure.
 * @csspart status - The live region announcing loading, problems and success.
 * @csspart metadata - The metadata fieldset.
 * @cssprop --payrex-color-primary - Submit button background.
 * @cssprop --payrex-color-danger - Required marks, invalid borders, error messages and alerts.
 * @cssprop --payrex-color-success - The saved message.
 * @cssprop --payrex-color-border - Input and fieldset borders.
 * @cssprop --payrex-radius - Corner radius of inputs, buttons and boxes.
 * @cssprop --payrex-spacing - Base spacing between fields.
 * @cssprop --payrex-focus-ring - Colour of the focus outline (default: the primary colour); keep it at 3:1 or more against the background.
 */
export class PayrexCustomerForm extends PayrexDataElement {
  static override properties: PropertyDeclarations = {
    customerId: { type: String, attribute: "customer-id" },
    customer: { attribute: false },
    hidePrefix: { type: Boolean, attribute: "hide-prefix" },
    hideMetadata: { type: Boolean, attribute: "hide-metadata" },
  };

  /** The customer to edit; absent means create mode. Set to the new customer's id after a successful create. */
  declare customerId: string | undefined;
  /** The customer being edited. Set it to skip loading one you already have; updated after each load and save. */
  declare customer: Customer | undefined;
  /** Hides the billing statement prefix field (it is then never sent). */
  declare hidePrefix: boolean;
  /** Hides the metadata editor (metadata is then never sent). */
  declare hideMetadata: boolean;

  private readonly _form = new LazyController(
    this,
    load,
    (m) => new m.CustomerFormController(this),
    (m) => m.styles,
  );

  constructor() {
    super();
    this.hidePrefix = false;
    this.hideMetadata = false;
  }

  /**
   * Shows every message, moves focus to the first invalid field and returns whether the form is valid
   * (`false` while the edited customer is still loading).
   * @throws {DOMException} "InvalidStateError" before `ready`.
   */
  validate(): boolean {
    return this._form.require("validate").validate();
  }

  /**
   * The parsed input (trimmed, `currency` filled in), or `null` while invalid or while the edited
   * customer is still loading.
   * @throws {DOMException} "InvalidStateError" before `ready`.
   */
  getValue(): CustomerInput | null {
    return this._form.require("getValue").getValue();
  }

  /**
   * Validates and saves: creates the customer, or updates only the changed fields of the loaded one.
   * Waits for the form's behaviour to load. Calls made while a save is in flight return that same
   * save. Rejects with a PayrexError: kind `validation` when the form is invalid, code `load_failed`
   * when the form could not be loaded, otherwise the backend's error.
   */
  submit(): Promise<Customer> {
    // Once loaded, the save starts at once (and a second call gets the same promise).
    const form = this._form.value;
    return form ? form.submit() : this._form.ready.then((loaded) => loaded.submit());
  }

  /**
   * Back to the loaded customer's values (empty in create mode), hiding every message.
   * @throws {DOMException} "InvalidStateError" before `ready`.
   */
  reset(): void {
    this._form.require("reset").reset();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this._form.value?.willUpdate(changed);
  }

  protected override render() {
    return this._form.render((form) => form.render());
  }
}

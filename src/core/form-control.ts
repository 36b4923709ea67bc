import type { PropertyDeclarations, PropertyValues } from "lit";
import { PayrexDataElement } from "./payrex-element.js";

/**
 * Base for elements that take part in a native `<form>` through ElementInternals: their value goes
 * into FormData under `name`, their validity into the form's, `form.reset()` resets them, a disabled
 * `<fieldset>` disables them and back/forward navigation restores what the user typed.
 *
 * Subclasses implement `formValue()`, `formValidity()`, `resetValue()` and `restoreValue()`, and call
 * `syncFormState()` whenever their value changes.
 */
export abstract class PayrexFormControl extends PayrexDataElement {
  static formAssociated = true;

  static override properties: PropertyDeclarations = {
    name: { type: String, reflect: true },
    disabled: { type: Boolean, reflect: true },
    _formDisabled: { state: true },
  };

  /** The form field name; parts are submitted as `name[part]`. */
  declare name: string | undefined;
  /** Disables every field. */
  declare disabled: boolean;
  protected declare _formDisabled: boolean;

  protected readonly internals: ElementInternals;

  constructor() {
    super();
    this.disabled = false;
    this._formDisabled = false;
    this.internals = this.attachInternals();
  }

  /** True when the element itself or an ancestor `<fieldset disabled>` disables it. */
  get isDisabled(): boolean {
    return this.disabled || this._formDisabled;
  }

  /** The form the element belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  /** The element's validity, as on a native input. */
  get validity(): ValidityState {
    return this.internals.validity;
  }
  /** The message of the first problem, or an empty string. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  /** Whether the element takes part in constraint validation. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  /** True when valid; fires `invalid` otherwise, like a native input. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  /** Like `checkValidity()`, and shows the browser's message at the first invalid field. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** The value to submit (FormData for multi-part values) and the state to restore it from. */
  protected abstract formValue(): { value: FormData | string | null; state: FormData | string | null };
  /** The first problem, as a message and the inner input to anchor the browser's bubble on; null when valid. */
  protected abstract formValidity(): { message: string; anchor?: HTMLElement } | null;
  /** Back to the initial value (`form.reset()`). */
  protected abstract resetValue(): void;
  /** Restore from the `state` given to the browser (back/forward, autocomplete restore). */
  protected abstract restoreValue(state: FormData | string): void;

  /** Pushes value and validity to the form. Call after every value change. */
  protected syncFormState(): void {
    const { value, state } = this.formValue();
    this.internals.setFormValue(this.isDisabled ? null : value, state);
    const problem = this.formValidity();
    if (problem) this.internals.setValidity({ customError: true }, problem.message, problem.anchor);
    else this.internals.setValidity({});
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // FormData keys are built from `name`, so a new name needs a new form value too.
    if (changed.has("disabled") || changed.has("_formDisabled") || changed.has("name")) this.syncFormState();
  }

  /** `form.reset()`: back to the initial value. */
  formResetCallback(): void {
    this.resetValue();
    this.syncFormState();
  }

  /** A disabled ancestor `<fieldset>` disables the element. */
  formDisabledCallback(disabled: boolean): void {
    this._formDisabled = disabled;
  }

  /** Back/forward navigation and autocomplete restore what the user typed. */
  formStateRestoreCallback(state: FormData | string | null): void {
    if (state != null) {
      this.restoreValue(state);
      this.syncFormState();
    }
  }
}

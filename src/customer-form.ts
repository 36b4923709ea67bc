import { defineElement } from "./core/define.js";
import { PayrexCustomerForm } from "./components/customer-form/customer-form.js";

defineElement("payrex-customer-form", PayrexCustomerForm);

declare global {
  interface HTMLElementTagNameMap {
    "payrex-customer-form": PayrexCustomerForm;
  }
}
export { PayrexCustomerForm };

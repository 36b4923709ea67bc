import { defineElement } from "./core/define.js";
import { PayrexCustomerDirectory } from "./components/customer-directory/customer-directory.js";
// "New customer" opens the customer form: registering the directory registers the form too.
import "./customer-form.js";

defineElement("payrex-customer-directory", PayrexCustomerDirectory);

declare global {
  interface HTMLElementTagNameMap {
    "payrex-customer-directory": PayrexCustomerDirectory;
  }
}
export { PayrexCustomerDirectory };

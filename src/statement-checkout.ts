import { defineElement } from "./core/define.js";
import { PayrexStatementCheckout } from "./components/statement-checkout/statement-checkout.js";

defineElement("payrex-statement-checkout", PayrexStatementCheckout);

declare global {
  interface HTMLElementTagNameMap {
    "payrex-statement-checkout": PayrexStatementCheckout;
  }
}
export { PayrexStatementCheckout };

import { defineElement } from "./core/define.js";
import { PayrexPaymentHistory } from "./components/payment-history/payment-history.js";

defineElement("payrex-payment-history", PayrexPaymentHistory);

declare global {
  interface HTMLElementTagNameMap {
    "payrex-payment-history": PayrexPaymentHistory;
  }
}
export { PayrexPaymentHistory };

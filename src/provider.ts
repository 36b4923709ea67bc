import { defineElement } from "./core/define.js";
import { PayrexProvider } from "./components/provider/provider.js";

defineElement("payrex-provider", PayrexProvider);

declare global {
  interface HTMLElementTagNameMap {
    "payrex-provider": PayrexProvider;
  }
}
export { PayrexProvider };

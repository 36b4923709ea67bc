import { defineElement } from "./core/define.js";
import { PayrexAddressEditor } from "./components/address-editor/address-editor.js";

defineElement("payrex-address-editor", PayrexAddressEditor);

declare global {
  interface HTMLElementTagNameMap {
    "payrex-address-editor": PayrexAddressEditor;
  }
}
export { PayrexAddressEditor };

import { defineElement } from "./core/define.js";
import { PayrexStatementEditor } from "./components/statement-editor/statement-editor.js";

defineElement("payrex-statement-editor", PayrexStatementEditor);

declare global {
  interface HTMLElementTagNameMap {
    "payrex-statement-editor": PayrexStatementEditor;
  }
}
export { PayrexStatementEditor };

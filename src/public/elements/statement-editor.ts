/** The class of <payrex-statement-editor> for the `.` export: a module of its own per element, see ../schemas.ts. */
import * as m from "../../components/statement-editor/statement-editor.js";

export const PayrexStatementEditor: typeof m.PayrexStatementEditor = m.PayrexStatementEditor;
export type PayrexStatementEditor = m.PayrexStatementEditor;

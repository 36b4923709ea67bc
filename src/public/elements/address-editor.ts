/** The class of <payrex-address-editor> for the `.` export: a module of its own per element, see ../schemas.ts. */
import * as m from "../../components/address-editor/address-editor.js";

export const PayrexAddressEditor: typeof m.PayrexAddressEditor = m.PayrexAddressEditor;
export type PayrexAddressEditor = m.PayrexAddressEditor;

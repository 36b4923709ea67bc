/** The class of <payrex-statement-checkout> for the `.` export: a module of its own per element, see ../schemas.ts. */
import * as m from "../../components/statement-checkout/statement-checkout.js";

export const PayrexStatementCheckout: typeof m.PayrexStatementCheckout = m.PayrexStatementCheckout;
export type PayrexStatementCheckout = m.PayrexStatementCheckout;
export const loadPayrexJs: typeof m.loadPayrexJs = m.loadPayrexJs;

/** The class of <payrex-payment-history> for the `.` export: a module of its own per element, see ../schemas.ts. */
import * as m from "../../components/payment-history/payment-history.js";

export const PayrexPaymentHistory: typeof m.PayrexPaymentHistory = m.PayrexPaymentHistory;
export type PayrexPaymentHistory = m.PayrexPaymentHistory;

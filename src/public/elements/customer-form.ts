/** The class of <payrex-customer-form> for the `.` export: a module of its own per element, see ../schemas.ts. */
import * as m from "../../components/customer-form/customer-form.js";

export const PayrexCustomerForm: typeof m.PayrexCustomerForm = m.PayrexCustomerForm;
export type PayrexCustomerForm = m.PayrexCustomerForm;

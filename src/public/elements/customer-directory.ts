/** The class of <payrex-customer-directory> for the `.` export: a module of its own per element, see ../schemas.ts. */
import * as m from "../../components/customer-directory/customer-directory.js";

export const PayrexCustomerDirectory: typeof m.PayrexCustomerDirectory = m.PayrexCustomerDirectory;
export type PayrexCustomerDirectory = m.PayrexCustomerDirectory;

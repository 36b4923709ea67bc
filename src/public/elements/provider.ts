/** The class of <payrex-provider> for the `.` export: a module of its own per element, see ../schemas.ts. */
import * as m from "../../components/provider/provider.js";

export const PayrexProvider: typeof m.PayrexProvider = m.PayrexProvider;
export type PayrexProvider = m.PayrexProvider;

import type { PayrexAdapter, PayrexStaffMethod } from "./adapter.js";
import { PayrexError } from "./errors.js";

/**
 * The adapter's `method`, bound to it, or a PayrexError with code `missing_method` naming it: a
 * customer-facing adapter need not implement the staff methods, and an element that needs one says
 * which one is missing.
 */
export function requireMethod<M extends PayrexStaffMethod>(adapter: PayrexAdapter, method: M): NonNullable<PayrexAdapter[M]> {
  const fn = adapter[method] as unknown;
  if (typeof fn !== "function") {
    throw new PayrexError("validation", `The adapter has no ${method} method; this element needs it.`, {
      code: "missing_method",
      method,
    });
  }
  return fn.bind(adapter) as NonNullable<PayrexAdapter[M]>;
}

import type { BillingStatement, Customer, Payment } from "../api/schemas.js";
import type { PayrexError } from "../api/errors.js";

/** The `detail` of each payrex event (CONTRACT §2). */
export interface PayrexEventDetails {
  "payrex-customer-saved": { customer: Customer };
  "payrex-address-saved": { customer: Customer };
  "payrex-statement-select": { billingStatement: BillingStatement };
  "payrex-payment-select": { payment: Payment };
  "payrex-checkout-start": { billingStatement: BillingStatement };
  "payrex-error": { error: PayrexError };
  "payrex-statement-saved": { billingStatement: BillingStatement };
  "payrex-statement-action": { action: "finalize" | "send" | "void" | "mark_uncollectible"; billingStatement: BillingStatement };
  "payrex-statement-deleted": { billingStatement: BillingStatement };
  "payrex-customer-select": { customer: Customer };
  "payrex-customer-deleted": { customer: Customer };
}

export type PayrexEventName = keyof PayrexEventDetails;

declare global {
  interface GlobalEventHandlersEventMap {
    "payrex-customer-saved": CustomEvent<PayrexEventDetails["payrex-customer-saved"]>;
    "payrex-address-saved": CustomEvent<PayrexEventDetails["payrex-address-saved"]>;
    "payrex-statement-select": CustomEvent<PayrexEventDetails["payrex-statement-select"]>;
    "payrex-payment-select": CustomEvent<PayrexEventDetails["payrex-payment-select"]>;
    "payrex-checkout-start": CustomEvent<PayrexEventDetails["payrex-checkout-start"]>;
    "payrex-error": CustomEvent<PayrexEventDetails["payrex-error"]>;
    "payrex-statement-saved": CustomEvent<PayrexEventDetails["payrex-statement-saved"]>;
    "payrex-statement-action": CustomEvent<PayrexEventDetails["payrex-statement-action"]>;
    "payrex-statement-deleted": CustomEvent<PayrexEventDetails["payrex-statement-deleted"]>;
    "payrex-customer-select": CustomEvent<PayrexEventDetails["payrex-customer-select"]>;
    "payrex-customer-deleted": CustomEvent<PayrexEventDetails["payrex-customer-deleted"]>;
  }
}

/**
 * Dispatches a payrex event (bubbles, composed). Returns false when a listener called
 * `preventDefault()` on a cancelable event.
 */
export function emit<K extends PayrexEventName>(
  target: EventTarget,
  name: K,
  detail: PayrexEventDetails[K],
  cancelable = false,
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}

/** Re-dispatches a native `input` / `change` from inside the shadow root (`change` is not composed). */
export function redispatch(target: EventTarget, type: "input" | "change"): void {
  target.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
}

import { PayrexError } from "./errors.js";

const SECRET_KEY = /\bsk_(live|test)_/;

/** True when `value` contains something shaped like a PayRex secret key. */
export const containsSecretKey = (value: unknown): boolean =>
  typeof value === "string" && SECRET_KEY.test(value);

/**
 * Throws when a PayRex secret key is found: secret keys belong on the merchant's server only, and a
 * key that reached a browser must be rolled.
 */
export function refuseSecretKey(value: unknown, where: string): void {
  if (containsSecretKey(value)) {
    throw new PayrexError(
      "validation",
      `A PayRex secret key was passed to ${where}. Secret keys (sk_live_…, sk_test_…) must stay on your server: ` +
        "remove it from the page and roll the key in the PayRex dashboard.",
    );
  }
}

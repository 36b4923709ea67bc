import { PayrexError } from "./errors.js";

const SECRET_KEY = /\bsk_(live|test)_/;

// PayRex's API takes the secret key as the HTTP Basic user name, so a key may arrive base64-encoded.
const BASIC = /^\s*basic\s+([A-Za-z0-9+/=]+)\s*$/i;

/** True when `value` contains something shaped like a PayRex secret key (also inside `Basic` credentials). */
export function containsSecretKey(value: unknown): boolean {
  if (typeof value !== "string") return false;
  if (SECRET_KEY.test(value)) return true;
  const basic = BASIC.exec(value);
  if (!basic) return false;
  try {
    return SECRET_KEY.test(atob(basic[1]));
  } catch {
    return false;
  }
}

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
      { code: "secret_key" },
    );
  }
}

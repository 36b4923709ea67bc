import type { PayrexAdapter } from "../api/adapter.js";
import { PayrexError } from "../api/errors.js";
import { createFetchAdapter } from "../api/fetch-adapter.js";

// One adapter per URL for the whole page: elements and providers with the same base-url share it.
const built = new Map<string, PayrexAdapter | PayrexError>();

/**
 * The default fetch adapter for a `base-url` attribute, or the PayrexError explaining why there is
 * none (a secret key in the URL: code `secret_key`). The one place a `base-url` becomes an adapter,
 * for `<payrex-provider>` and every data element alike.
 */
export function adapterForBaseUrl(baseUrl: string): PayrexAdapter | PayrexError {
  let adapter = built.get(baseUrl);
  if (!adapter) {
    try {
      adapter = createFetchAdapter({ baseUrl });
    } catch (error) {
      adapter = PayrexError.from(error);
    }
    built.set(baseUrl, adapter);
  }
  return adapter;
}

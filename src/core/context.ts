import { createContext } from "@lit/context";
import type { PayrexAdapter } from "../api/adapter.js";
import type { PayrexError } from "../api/errors.js";

/** What `<payrex-provider>` (or a `ContextProvider` of your own) gives every payrex element inside it. */
export interface PayrexConfig {
  adapter?: PayrexAdapter;
  /** Why the provider has no adapter to give (e.g. a secret key in its `base-url`); elements show it. */
  adapterError?: PayrexError;
  locale?: string;
}

export const payrexContext = /* @__PURE__ */ createContext<PayrexConfig | undefined>(Symbol.for("payrex-config"));

import { createContext } from "@lit/context";
import type { PayrexAdapter } from "../api/adapter.js";

/** What `<payrex-provider>` (or a `ContextProvider` of your own) gives every payrex element inside it. */
export interface PayrexConfig {
  adapter?: PayrexAdapter;
  locale?: string;
}

export const payrexContext = createContext<PayrexConfig | undefined>(Symbol.for("payrex-config"));

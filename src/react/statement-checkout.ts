"use client";
import * as React from "react";
import { createComponent, type EventName } from "@lit/react";
// The provider registers first: an element upgraded before the provider around it would miss its context.
import "../provider.js";
import { PayrexStatementCheckout } from "../statement-checkout.js";

/** `<payrex-statement-checkout>` for React, with `onCheckoutStart` (cancelable) and `onError`. */
export const StatementCheckout = createComponent({
  react: React,
  tagName: "payrex-statement-checkout",
  elementClass: PayrexStatementCheckout,
  events: {
    onCheckoutStart: "payrex-checkout-start" as EventName<GlobalEventHandlersEventMap["payrex-checkout-start"]>,
    onError: "payrex-error" as EventName<GlobalEventHandlersEventMap["payrex-error"]>,
  },
  displayName: "PayrexStatementCheckout",
});

"use client";
import * as React from "react";
import { createComponent, type EventName } from "@lit/react";
// The provider registers first: an element upgraded before the provider around it would miss its context.
import "../provider.js";
import { PayrexPaymentHistory } from "../payment-history.js";

/** `<payrex-payment-history>` for React, with `onPaymentSelect`, `onStatementSelect` and `onError`. */
export const PaymentHistory = createComponent({
  react: React,
  tagName: "payrex-payment-history",
  elementClass: PayrexPaymentHistory,
  events: {
    onPaymentSelect: "payrex-payment-select" as EventName<GlobalEventHandlersEventMap["payrex-payment-select"]>,
    onStatementSelect: "payrex-statement-select" as EventName<GlobalEventHandlersEventMap["payrex-statement-select"]>,
    onError: "payrex-error" as EventName<GlobalEventHandlersEventMap["payrex-error"]>,
  },
  displayName: "PayrexPaymentHistory",
});

"use client";
import * as React from "react";
import { createComponent, type EventName } from "@lit/react";
// The provider registers first: an element upgraded before the provider around it would miss its context.
import "../provider.js";
import { PayrexCustomerForm } from "../customer-form.js";

/** `<payrex-customer-form>` for React, with `onCustomerSaved`, `onError`, `onInput` and `onChange`. */
export const CustomerForm = createComponent({
  react: React,
  tagName: "payrex-customer-form",
  elementClass: PayrexCustomerForm,
  events: {
    onCustomerSaved: "payrex-customer-saved" as EventName<GlobalEventHandlersEventMap["payrex-customer-saved"]>,
    onError: "payrex-error" as EventName<GlobalEventHandlersEventMap["payrex-error"]>,
    onInput: "input" as EventName<Event>,
    onChange: "change" as EventName<Event>,
  },
  displayName: "PayrexCustomerForm",
});

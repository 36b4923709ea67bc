"use client";
import * as React from "react";
import { createComponent, type EventName } from "@lit/react";
// The provider registers first: an element upgraded before the provider around it would miss its context.
import "../provider.js";
import { PayrexAddressEditor } from "../address-editor.js";

/** `<payrex-address-editor>` for React, with `onAddressSaved`, `onError`, `onInput` and `onChange`. */
export const AddressEditor = createComponent({
  react: React,
  tagName: "payrex-address-editor",
  elementClass: PayrexAddressEditor,
  events: {
    onAddressSaved: "payrex-address-saved" as EventName<GlobalEventHandlersEventMap["payrex-address-saved"]>,
    onError: "payrex-error" as EventName<GlobalEventHandlersEventMap["payrex-error"]>,
    onInput: "input" as EventName<Event>,
    onChange: "change" as EventName<Event>,
  },
  displayName: "PayrexAddressEditor",
});

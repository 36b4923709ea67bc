"use client";
import * as React from "react";
import { createComponent, type EventName } from "@lit/react";
import { PayrexProvider } from "../provider.js";

/**
 * `<payrex-provider>` for React: `adapter`, `baseUrl` and `locale` are set as element properties
 * after mount and after hydration, so a server-rendered page keeps them.
 */
export const Provider = createComponent({
  react: React,
  tagName: "payrex-provider",
  elementClass: PayrexProvider,
  events: {
    /** `base-url` could not be used (e.g. it contains a secret key). */
    onError: "payrex-error" as EventName<GlobalEventHandlersEventMap["payrex-error"]>,
  },
  displayName: "PayrexProvider",
});

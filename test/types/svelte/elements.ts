// Svelte 5 checks a tag's attributes against `SvelteHTMLElements[tag]` (svelte-check); the same
// checks here on that type, with payrex-components/types/svelte.
import type {} from "payrex-components/types/svelte";
import type { SvelteHTMLElements } from "svelte/elements";
import { createMemoryAdapter } from "payrex-components";

type Attributes<Tag extends keyof SvelteHTMLElements> = SvelteHTMLElements[Tag];

export const provider: Attributes<"payrex-provider"> = { adapter: createMemoryAdapter(), locale: "fil" };
export const form: Attributes<"payrex-customer-form"> = {
  "customer-id": "cus_1",
  "hide-prefix": true,
  class: "form",
  "onpayrex-customer-saved": (e) => console.log(e.detail.customer.id satisfies string),
  "onpayrex-error": (e) => console.log(e.detail.error.kind),
  oninput: (e) => console.log(e.currentTarget),
  onclick: (e) => console.log(e.clientX),
};
export const history: Attributes<"payrex-payment-history"> = {
  "customer-id": undefined,
  "page-size": 10,
  "onpayrex-payment-select": (e) => e.detail.payment.id,
};

export const wrong: Attributes<"payrex-customer-form">[] = [
  // @ts-expect-error a handler taking a number
  { "onpayrex-customer-saved": (n: number) => n },
  // @ts-expect-error an object for a boolean attribute
  { "hide-prefix": {} },
  // @ts-expect-error customer-id is a string
  { "customer-id": 42 },
];
// @ts-expect-error not an adapter
export const wrongProvider: Attributes<"payrex-provider"> = { adapter: "/api" };

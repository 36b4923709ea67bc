// vue-tsc checks a template tag's props against `GlobalComponents[tag]`; the same checks here on
// that type, with payrex-components/types/vue.
import type {} from "payrex-components/types/vue";
import type { GlobalComponents } from "vue";
import { createMemoryAdapter } from "payrex-components";

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>["$props"];

export const provider: Props<"payrex-provider"> = { adapter: createMemoryAdapter(), locale: "fil" };
export const form: Props<"payrex-customer-form"> = {
  // `customer-id="…"` and `:hide-prefix="…"` in a template are checked under these names.
  customerId: "cus_1",
  hidePrefix: true,
  onPayrexCustomerSaved: (e) => console.log(e.detail.customer.id satisfies string),
};

export const wrong: Props<"payrex-customer-form">[] = [
  // @ts-expect-error a handler taking a number
  { onPayrexCustomerSaved: (n: number) => n },
  // @ts-expect-error an object for a boolean attribute
  { hidePrefix: {} },
];
// @ts-expect-error not an adapter
export const wrongProvider: Props<"payrex-provider"> = { adapter: "/api" };

// The tags in Solid JSX with payrex-components/types/solid: attributes, prop: properties, on: events.
import type {} from "payrex-components/types/solid";
import { createMemoryAdapter } from "payrex-components";

const adapter = createMemoryAdapter();

export const Correct = (props: { id: string }) => (
  <payrex-provider prop:adapter={adapter} locale="fil">
    <payrex-customer-form
      customer-id={props.id}
      hide-prefix
      on:payrex-customer-saved={(e) => console.log(e.detail.customer.id satisfies string)}
    />
    <payrex-payment-history customer-id="cus_1" page-size={10} on:payrex-payment-select={(e) => e.detail.payment.id} />
  </payrex-provider>
);

export const Wrong = () => (
  <>
    {/* @ts-expect-error a handler taking a number */}
    <payrex-customer-form on:payrex-customer-saved={(n: number) => n} />
    {/* @ts-expect-error an object for a boolean attribute */}
    <payrex-customer-form hide-prefix={{}} />
    {/* @ts-expect-error not an adapter */}
    <payrex-provider prop:adapter="/api" />
  </>
);

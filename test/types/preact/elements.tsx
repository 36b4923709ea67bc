// The tags in Preact JSX with payrex-components/types/preact.
import type {} from "payrex-components/types/preact";
import { createMemoryAdapter } from "payrex-components";

const adapter = createMemoryAdapter();

export const Correct = ({ id }: { id: string | undefined }) => (
  <payrex-provider adapter={adapter} locale="fil">
    <payrex-customer-form
      customer-id={id}
      hide-prefix
      class="form"
      onpayrex-customer-saved={(e) => console.log(e.detail.customer.id satisfies string)}
      onClick={(e) => console.log(e.clientX)}
    />
    <payrex-payment-history customer-id="cus_1" page-size={10} onpayrex-statement-select={(e) => e.detail.billingStatement.id} />
  </payrex-provider>
);

export const Wrong = () => (
  <>
    {/* @ts-expect-error a handler taking a number */}
    <payrex-customer-form onpayrex-customer-saved={(n: number) => n} />
    {/* @ts-expect-error an object for a boolean attribute */}
    <payrex-customer-form hide-prefix={{}} />
    {/* @ts-expect-error not an adapter */}
    <payrex-provider adapter="/api" />
  </>
);

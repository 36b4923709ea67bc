// The tags in React 19 JSX with payrex-components/types/react (checked with exactOptionalPropertyTypes).
import type {} from "payrex-components/types/react";
import { useRef } from "react";
import { createMemoryAdapter, type Customer, type PayrexCustomerForm } from "payrex-components";

const adapter = createMemoryAdapter();

export function Correct({ id }: { id: string | undefined }) {
  const form = useRef<PayrexCustomerForm>(null);
  return (
    <payrex-provider adapter={adapter} locale="fil" base-url="/api/payrex" className="payrex">
      <payrex-customer-form
        ref={form}
        customer-id={id}
        hide-prefix
        hide-metadata={false}
        theme="dark"
        style={{ maxWidth: "40rem" }}
        onpayrex-customer-saved={(e) => console.log(e.detail.customer.id satisfies string)}
        onpayrex-error={(e) => console.log(e.detail.error.kind)}
        oninput={(e: Event) => console.log(e.type)}
        onClick={(e) => console.log(e.clientX)}
        data-testid="form"
        aria-label="Customer"
      />
      <payrex-address-editor name="billing" country="PH" fields={{ line2: "hidden" }} onpayrex-address-saved={(e) => e.detail.customer.id} />
      <payrex-payment-history customer-id="cus_1" page-size={10} filterable onpayrex-payment-select={(e) => e.detail.payment.amount} />
      <payrex-statement-checkout billing-statement-id="bstm_1" pay-mode="embedded" onpayrex-checkout-start={(e) => e.preventDefault()} />
    </payrex-provider>
  );
}

export const savedHandler = (e: CustomEvent<{ customer: Customer }>) => e.detail.customer;
export const Typed = () => <payrex-customer-form onpayrex-customer-saved={savedHandler} />;

export const Wrong = () => (
  <>
    {/* @ts-expect-error a handler taking a number */}
    <payrex-customer-form onpayrex-customer-saved={(n: number) => n} />
    {/* @ts-expect-error an object for a boolean attribute */}
    <payrex-customer-form hide-prefix={{}} />
    {/* @ts-expect-error customer-id is a string */}
    <payrex-customer-form customer-id={42} />
    {/* @ts-expect-error not an adapter */}
    <payrex-provider adapter="/api" />
    {/* @ts-expect-error pay-mode is redirect or embedded */}
    <payrex-statement-checkout pay-mode="popup" />
    {/* @ts-expect-error the detail of payrex-payment-select has no customer */}
    <payrex-payment-history onpayrex-payment-select={(e) => e.detail.customer} />
    {/* @ts-expect-error read-only getters are not props */}
    <payrex-statement-checkout statement={undefined} />
  </>
);

// payrex-components/react: typed props and on… event props.
import { useRef } from "react";
import { CustomerForm, PaymentHistory, Provider, StatementCheckout } from "payrex-components/react";
import { createMemoryAdapter, type PayrexCustomerForm } from "payrex-components";

const adapter = createMemoryAdapter();

export function Correct({ id }: { id?: string }) {
  const form = useRef<PayrexCustomerForm>(null);
  return (
    <Provider adapter={adapter} locale="fil">
      <CustomerForm
        ref={form}
        customerId={id}
        hidePrefix
        className="form"
        onCustomerSaved={(e) => console.log(e.detail.customer.id satisfies string)}
        onError={(e) => console.log(e.detail.error.message)}
        onInput={(e) => console.log(e.type)}
      />
      <PaymentHistory customerId="cus_1" pageSize={10} onStatementSelect={(e) => e.detail.billingStatement.id} />
      <StatementCheckout billingStatementId="bstm_1" onCheckoutStart={(e) => e.preventDefault()} />
    </Provider>
  );
}

export const Wrong = () => (
  <>
    {/* @ts-expect-error a handler taking a number */}
    <CustomerForm onCustomerSaved={(n: number) => n} />
    {/* @ts-expect-error hidePrefix is a boolean */}
    <CustomerForm hidePrefix={{}} />
    {/* @ts-expect-error not an adapter */}
    <Provider adapter="/api" />
    {/* @ts-expect-error the detail of payrex-payment-select has no customer */}
    <PaymentHistory onPaymentSelect={(e) => e.detail.customer} />
  </>
);

// The elements used directly as tags, typed by payrex-components/types/react (type-checked, not rendered).
import type {} from "payrex-components/types/react";
import type { Customer } from "payrex-components";

export function CustomerPage({ customerId, onSaved }: { customerId: string; onSaved: (c: Customer) => void }) {
  return (
    <payrex-provider base-url="/api/payrex" locale="fil">
      <payrex-customer-form customer-id={customerId} onpayrex-customer-saved={(e) => onSaved(e.detail.customer)} />
      <payrex-payment-history customer-id={customerId} page-size={10} />
    </payrex-provider>
  );
}

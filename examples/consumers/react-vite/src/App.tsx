import { useState } from "react";
import { createMemoryAdapter, type Customer } from "payrex-components";
import { CustomerForm, Provider } from "payrex-components/react";

const adapter = createMemoryAdapter();

export function App() {
  const [customer, setCustomer] = useState<Customer>();
  return (
    <Provider adapter={adapter} locale="en">
      <CustomerForm onCustomerSaved={(e) => setCustomer(e.detail.customer)} />
      {customer && <p role="status">Saved {customer.id}</p>}
    </Provider>
  );
}

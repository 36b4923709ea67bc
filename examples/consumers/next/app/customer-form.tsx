"use client";
import { useState } from "react";
import { createMemoryAdapter, type Customer } from "payrex-components";
import { CustomerForm, Provider } from "payrex-components/react";

const adapter = createMemoryAdapter(); // or createFetchAdapter({ baseUrl: "/api/payrex" })

export function NewCustomer() {
  const [customer, setCustomer] = useState<Customer>();
  return (
    <Provider adapter={adapter} locale="en">
      <CustomerForm onCustomerSaved={(e) => setCustomer(e.detail.customer)} />
      {customer && <p role="status">Saved {customer.id}</p>}
    </Provider>
  );
}

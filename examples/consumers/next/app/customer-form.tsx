"use client";
import { useState } from "react";
import { createMemoryAdapter, type Customer } from "payrex-components";
import { AddressEditor, CustomerForm, Provider } from "payrex-components/react";

const adapter = createMemoryAdapter(); // or createFetchAdapter({ baseUrl: "/api/payrex" })

export function NewCustomer() {
  const [customer, setCustomer] = useState<Customer>();
  const [editing, setEditing] = useState(false);
  const address = customer?.billing_details?.address;
  return (
    <Provider adapter={adapter} locale="en">
      <CustomerForm onCustomerSaved={(e) => setCustomer(e.detail.customer)} />
      {customer && <p role="status">Saved {customer.id}</p>}
      {customer && !editing && (
        <button type="button" onClick={() => setEditing(true)}>
          Add a billing address
        </button>
      )}
      {customer && editing && <AddressEditor customerId={customer.id} onAddressSaved={(e) => setCustomer(e.detail.customer)} />}
      {address && <p role="status">Address saved: {[address.line2, address.city, address.state].join(", ")}</p>}
    </Provider>
  );
}

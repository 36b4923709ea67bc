import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from "@angular/core";
import "payrex-components/define.js";
import { createMemoryAdapter, type Customer } from "payrex-components";

@Component({
  selector: "app-root",
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <payrex-provider [adapter]="adapter" locale="en">
      <payrex-customer-form (payrex-customer-saved)="onSaved($event)"></payrex-customer-form>
      @if (saved(); as customer) {
        <p role="status">Saved {{ customer.id }}</p>
        @if (editing()) {
          <payrex-address-editor [customerId]="customer.id" (payrex-address-saved)="onSaved($event)"></payrex-address-editor>
        } @else {
          <button type="button" (click)="editing.set(true)">Add a billing address</button>
        }
        @if (customer.billing_details?.address; as a) {
          <p role="status">Address saved: {{ [a.line2, a.city, a.state].join(", ") }}</p>
        }
      }
    </payrex-provider>
  `,
})
export class App {
  readonly adapter = createMemoryAdapter(); // or createFetchAdapter({ baseUrl: "/api/payrex" })
  readonly saved = signal<Customer | undefined>(undefined);
  readonly editing = signal(false);

  onSaved(e: CustomEvent<{ customer: Customer }>) {
    this.saved.set(e.detail.customer);
  }
}

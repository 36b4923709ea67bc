import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from "@angular/core";
import "payrex-components/define.js";
import { createMemoryAdapter, type Customer } from "payrex-components";

@Component({
  selector: "app-root",
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <payrex-provider [adapter]="adapter" locale="en">
      <payrex-customer-form (payrex-customer-saved)="onSaved($event)"></payrex-customer-form>
    </payrex-provider>
    @if (saved(); as customer) {
      <p role="status">Saved {{ customer.id }}</p>
    }
  `,
})
export class App {
  readonly adapter = createMemoryAdapter(); // or createFetchAdapter({ baseUrl: "/api/payrex" })
  readonly saved = signal<Customer | undefined>(undefined);

  onSaved(e: CustomEvent<{ customer: Customer }>) {
    this.saved.set(e.detail.customer);
  }
}

// A server component: the form is rendered on the server, then hydrated in the browser.
import { NewCustomer } from "./customer-form";

export default function Page() {
  return (
    <main>
      <h1>New customer</h1>
      <NewCustomer />
    </main>
  );
}

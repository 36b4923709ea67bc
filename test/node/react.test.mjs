// payrex-components/react must import and render on a server (Next.js, Remix, renderToString) without
// a DOM; properties and listeners are applied on the client after hydration.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createElement as h } from "react";
import { renderToString } from "react-dom/server";

test("the React components import in Node without a DOM", async () => {
  const mod = await import("../../dist/lib/react/index.js");
  for (const name of ["Provider", "CustomerForm", "AddressEditor", "PaymentHistory", "StatementCheckout"]) {
    assert.equal(typeof mod[name], "object", name);
  }
  assert.equal(globalThis.document, undefined);
  assert.equal(globalThis.window, undefined);
});

test("renderToString renders the elements and leaves properties and listeners to the client", async () => {
  const { Provider, CustomerForm, PaymentHistory } = await import("../../dist/lib/react/index.js");
  const adapter = { getCustomer() {} };
  const html = renderToString(
    h(
      Provider,
      { adapter, locale: "fil" },
      h(CustomerForm, { id: "form", customerId: "cus_1", hidePrefix: true, onCustomerSaved: () => {} }),
      h(PaymentHistory, { customerId: "cus_1", pageSize: 5, className: "history" }),
    ),
  );
  assert.equal(
    html,
    '<payrex-provider><payrex-customer-form id="form"></payrex-customer-form>' +
      '<payrex-payment-history class="history"></payrex-payment-history></payrex-provider>',
  );
});

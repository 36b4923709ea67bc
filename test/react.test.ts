import { expect, oneEvent, waitUntil } from "@open-wc/testing";
import { createElement as h, createRef, useState } from "react";
import { flushSync } from "react-dom";
import { createRoot, hydrateRoot, type Root } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { CustomerForm, PaymentHistory, Provider } from "../src/react/index.js";
import type { PayrexCustomerForm } from "../src/customer-form.js";
import type { PayrexProvider } from "../src/provider.js";
import { createMemoryAdapter, demoIds } from "../src/api/memory-adapter.js";
import type { Customer } from "../src/api/schemas.js";

let container: HTMLElement;
let root: Root | undefined;

beforeEach(() => {
  container = document.createElement("div");
  document.body.append(container);
});
afterEach(() => {
  root?.unmount();
  root = undefined;
  container.remove();
});

async function type(form: PayrexCustomerForm, id: string, value: string) {
  const input = form.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
  input.value = value;
  input.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true }));
  input.dispatchEvent(new Event("change", { bubbles: true }));
  await form.updateComplete;
}

describe("payrex-components/react", () => {
  it("sets properties on the elements and calls onCustomerSaved with the saved customer", async () => {
    const adapter = createMemoryAdapter();
    const saved: Customer[] = [];
    const formRef = createRef<PayrexCustomerForm>();
    root = createRoot(container);
    flushSync(() =>
      root!.render(
        h(
          Provider,
          { adapter, locale: "en" },
          h(CustomerForm, { ref: formRef, hidePrefix: true, onCustomerSaved: (e) => saved.push(e.detail.customer) }),
        ),
      ),
    );
    const provider = container.querySelector<PayrexProvider>("payrex-provider")!;
    const form = formRef.current!;
    expect(provider.adapter).to.equal(adapter);
    expect(form.hidePrefix).to.be.true;
    await form.updateComplete;
    expect(form.shadowRoot!.querySelector("#prefix")).to.be.null;

    await type(form, "name", "Ana Reyes");
    await type(form, "email", "ana@example.ph");
    const event = oneEvent(form, "payrex-customer-saved");
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
    await event;
    expect(saved).to.have.length(1);
    expect(saved[0]!.name).to.equal("Ana Reyes");
    expect(adapter.calls.filter((c) => c.method === "createCustomer")).to.have.length(1);
  });

  it("updates properties and swaps listeners on re-render", async () => {
    const adapter = createMemoryAdapter();
    const calls: string[] = [];
    root = createRoot(container);
    const render = (label: string, customerId?: string) =>
      flushSync(() =>
        root!.render(h(CustomerForm, { adapter, customerId, onError: () => calls.push(label) })),
      );
    render("first");
    const form = container.querySelector("payrex-customer-form")!;
    expect(form.adapter).to.equal(adapter);
    render("second", "cus_missing");
    expect(form.customerId).to.equal("cus_missing");
    await waitUntil(() => calls.length > 0, "the load of an unknown customer fails");
    expect(calls).to.deep.equal(["second"]);
  });

  it("applies properties and listeners after hydrating server-rendered markup", async () => {
    const adapter = createMemoryAdapter();
    const selected: string[] = [];
    function App() {
      const [customerId] = useState(demoIds.customer);
      return h(
        Provider,
        { adapter },
        h(PaymentHistory, { customerId, pageSize: 5, onPaymentSelect: (e) => selected.push(e.detail.payment.id) }),
      );
    }
    container.innerHTML = renderToString(h(App));
    const serverElement = container.querySelector("payrex-payment-history")!;
    expect(serverElement.hasAttribute("customerid")).to.be.false;

    flushSync(() => {
      root = hydrateRoot(container, h(App));
    });
    await waitUntil(() => (container.querySelector<PayrexProvider>("payrex-provider")!.adapter === adapter));
    const history = container.querySelector("payrex-payment-history")!;
    expect(history).to.equal(serverElement);
    expect(history.pageSize).to.equal(5);
    history.dispatchEvent(
      new CustomEvent("payrex-payment-select", { detail: { payment: { id: "pay_1" } }, bubbles: true, composed: true }),
    );
    expect(selected).to.deep.equal(["pay_1"]);
  });
});

/**
 * payrex-components/react: the elements as React components (built with @lit/react). Properties
 * (`adapter`, `customerId`, `customer`, …) are set on the element and events arrive as typed
 * `on…` props, also after server rendering and hydration, where React itself would drop them.
 * Each component registers its element when its module loads (on the server, in Lit's server-side
 * registry, which touches no DOM).
 */
export { Provider } from "./provider.js";
export { CustomerForm } from "./customer-form.js";
export { AddressEditor } from "./address-editor.js";
export { PaymentHistory } from "./payment-history.js";
export { StatementCheckout } from "./statement-checkout.js";

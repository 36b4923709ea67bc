/**
 * payrex-components: classes, types, schemas and adapters. Importing this registers no element and
 * touches no DOM (safe in Node and server rendering); import `payrex-components/define.js` to register.
 */
export * from "./api/schemas.js";
export type {
  BillingStatementInput,
  BillingStatementUpdate,
  Deleted,
  LineItemInput,
  LineItemRef,
  LineItemUpdate,
  PaymentMethodType,
} from "./api/staff-schemas.js";
export { PayrexError, isAbort, type PayrexErrorKind, type PayrexErrorCode, type PayrexErrorDetail } from "./api/errors.js";
export { describeError } from "./core/describe-error.js";
export type { PayrexAdapter, PayrexStaffAdapter, PayrexStaffMethod, RequestOptions } from "./api/adapter.js";
export { createFetchAdapter, type FetchAdapterOptions, type HeadersOption } from "./api/fetch-adapter.js";
export { createMemoryAdapter, demoIds, loadDemoSeed, type MemoryAdapter, type MemoryAdapterOptions, type MemorySeed } from "./api/memory-adapter.js";
export { payrexContext, type PayrexConfig } from "./core/context.js";
export { setMessages, type Catalog, type Message } from "./core/i18n.js";
export { formatMoney, formatDate } from "./core/format.js";
export type { PayrexEventDetails, PayrexEventName } from "./core/events.js";
export { PayrexElement, PayrexDataElement } from "./core/payrex-element.js";
export { PayrexFormControl } from "./core/form-control.js";
export { PayrexProvider } from "./components/provider/provider.js";
export { PayrexCustomerForm } from "./components/customer-form/customer-form.js";
export {
  PayrexAddressEditor,
  type AddressValue,
  type AddressFieldConfig,
  type FieldMode,
} from "./components/address-editor/address-editor.js";
export { PayrexPaymentHistory } from "./components/payment-history/payment-history.js";
export {
  PayrexStatementCheckout,
  loadPayrexJs,
  type CheckoutResult,
  type PayrexJs,
  type PayrexJsLoader,
  type PayrexElements,
  type PayrexPaymentElement,
} from "./components/statement-checkout/statement-checkout.js";
export { PayrexStatementEditor } from "./components/statement-editor/statement-editor.js";
export { PayrexCustomerDirectory, type CustomerSearchBy } from "./components/customer-directory/customer-directory.js";

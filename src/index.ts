/**
 * payrex-components: classes, types, schemas and adapters. Importing this registers no element and
 * touches no DOM (safe in Node and server rendering); import `payrex-components/define.js` to register.
 */
// Schemas, elements and helpers come through modules of their own (see src/public/schemas.ts), so
// that an app importing only an adapter does not download them, whatever its bundler.
export type * from "./api/schemas.js";
export {
  addressSchema,
  billingDetailsSchema,
  customerSchema,
  PREFIX_PATTERN,
  requiredString,
  metadataInput,
  customerInputSchema,
  customerUpdateSchema,
  paymentMethodSchema,
  paymentSchema,
  lineItemSchema,
  paymentIntentSchema,
  billingStatementSchema,
  listSchema,
  errorBodySchema,
} from "./public/schemas.js";
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
export type { PayrexAdapter, PayrexStaffAdapter, PayrexStaffMethod, RequestOptions } from "./api/adapter.js";
export type { FetchAdapterOptions, HeadersOption } from "./api/fetch-adapter.js";
export { createFetchAdapter } from "./public/fetch-adapter.js";
export type { MemoryAdapter, MemoryAdapterOptions, MemorySeed } from "./api/memory-adapter.js";
export { createMemoryAdapter, demoIds, loadDemoSeed } from "./public/memory-adapter.js";
export type { PayrexConfig } from "./core/context.js";
export type { Catalog, Message } from "./core/i18n.js";
export { payrexContext, describeError, setMessages, formatMoney, formatDate } from "./public/helpers.js";
export type { PayrexEventDetails, PayrexEventName } from "./core/events.js";
export type { AddressValue, AddressFieldConfig, FieldMode } from "./components/address-editor/address-editor.js";
export type {
  CheckoutResult,
  PayrexJs,
  PayrexJsLoader,
  PayrexElements,
  PayrexPaymentElement,
} from "./components/statement-checkout/statement-checkout.js";
export type { CustomerSearchBy } from "./components/customer-directory/customer-directory.js";
export { PayrexElement, PayrexDataElement, PayrexFormControl } from "./public/elements/base.js";
export { PayrexProvider } from "./public/elements/provider.js";
export { PayrexCustomerForm } from "./public/elements/customer-form.js";
export { PayrexAddressEditor } from "./public/elements/address-editor.js";
export { PayrexPaymentHistory } from "./public/elements/payment-history.js";
export { PayrexStatementCheckout, loadPayrexJs } from "./public/elements/statement-checkout.js";
export { PayrexStatementEditor } from "./public/elements/statement-editor.js";
export { PayrexCustomerDirectory } from "./public/elements/customer-directory.js";

/**
 * The script-tag build: registers every element and exports everything the package's `.` export does.
 * The values come straight from their modules rather than through src/index.ts, whose re-bindings
 * (src/public/) serve bundlers' tree-shaking and would only add exports to this one file;
 * test/node/import.test.mjs checks that this file exports every name the `.` export does (it also
 * exports the internal names its lazy chunks import from it: docs/BUILD.md).
 */
import "./define.js";
export type * from "./index.js";
export * from "./api/schemas.js";
export { PayrexError, isAbort } from "./api/errors.js";
export { createFetchAdapter } from "./api/fetch-adapter.js";
export { createMemoryAdapter, demoIds, loadDemoSeed } from "./api/memory-adapter.js";
export { payrexContext } from "./core/context.js";
export { describeError } from "./core/describe-error.js";
export { setMessages } from "./core/i18n.js";
export { formatMoney, formatDate } from "./core/format.js";
export { PayrexElement, PayrexDataElement } from "./core/payrex-element.js";
export { PayrexFormControl } from "./core/form-control.js";
export { PayrexProvider } from "./components/provider/provider.js";
export { PayrexCustomerForm } from "./components/customer-form/customer-form.js";
export { PayrexAddressEditor } from "./components/address-editor/address-editor.js";
export { PayrexPaymentHistory } from "./components/payment-history/payment-history.js";
export { PayrexStatementCheckout, loadPayrexJs } from "./components/statement-checkout/statement-checkout.js";
export { PayrexStatementEditor } from "./components/statement-editor/statement-editor.js";
export { PayrexCustomerDirectory } from "./components/customer-directory/customer-directory.js";

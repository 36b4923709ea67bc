/**
 * The zod schemas of the `.` export, bound here rather than re-exported.
 *
 * Why a module of its own: esbuild, with code splitting on, adds to an app's entry every module that
 * the package's index reaches through `export … from` and that any lazily loaded chunk uses. The
 * fetch transport and the memory store use these schemas, so a plain re-export would make an app
 * that imports only `createFetchAdapter` download zod at load. A module with bindings of its own is
 * included only when one of them is used, and then cuts that path.
 */
import * as s from "../api/schemas.js";

export const addressSchema: typeof s.addressSchema = s.addressSchema;
export const billingDetailsSchema: typeof s.billingDetailsSchema = s.billingDetailsSchema;
export const customerSchema: typeof s.customerSchema = s.customerSchema;
export const PREFIX_PATTERN: typeof s.PREFIX_PATTERN = s.PREFIX_PATTERN;
export const requiredString: typeof s.requiredString = s.requiredString;
export const metadataInput: typeof s.metadataInput = s.metadataInput;
export const customerInputSchema: typeof s.customerInputSchema = s.customerInputSchema;
export const customerUpdateSchema: typeof s.customerUpdateSchema = s.customerUpdateSchema;
export const paymentMethodSchema: typeof s.paymentMethodSchema = s.paymentMethodSchema;
export const paymentSchema: typeof s.paymentSchema = s.paymentSchema;
export const lineItemSchema: typeof s.lineItemSchema = s.lineItemSchema;
export const paymentIntentSchema: typeof s.paymentIntentSchema = s.paymentIntentSchema;
export const billingStatementSchema: typeof s.billingStatementSchema = s.billingStatementSchema;
export const listSchema: typeof s.listSchema = s.listSchema;
export const errorBodySchema: typeof s.errorBodySchema = s.errorBodySchema;

/**
 * The `.` export's helpers that elements share (the context key, strings, formatting), bound here
 * rather than re-exported, for the reason given in ./schemas.ts: the elements' lazily loaded parts use
 * them, so with plain re-exports esbuild would add them (and @lit/context) to an app that imports
 * only an adapter.
 */
import * as context from "../core/context.js";
import * as describe from "../core/describe-error.js";
import * as i18n from "../core/i18n.js";
import * as format from "../core/format.js";

export const payrexContext: typeof context.payrexContext = context.payrexContext;
export const describeError: typeof describe.describeError = describe.describeError;
export const setMessages: typeof i18n.setMessages = i18n.setMessages;
export const formatMoney: typeof format.formatMoney = format.formatMoney;
export const formatDate: typeof format.formatDate = format.formatDate;

import { PayrexError } from "../api/errors.js";
import { catalogLanguage } from "./i18n.js";
import { common, type CommonMessage } from "./messages.js";

const STATUS: Record<number, CommonMessage> = {
  400: "http400",
  401: "http401",
  403: "http403",
  404: "http404",
  409: "http409",
  422: "http422",
  429: "http429",
};

/** The common catalog's key for an error: its browser-side code, else its kind, else its HTTP status. */
export function errorMessageKey(error: unknown): CommonMessage {
  const e = PayrexError.from(error);
  if (e.code === "secret_key") return "secretKey";
  if (e.code === "no_adapter") return "noAdapter";
  if (e.code === "missing_method") return "missingMethod";
  if (e.code === "load_failed") return "loadFailed";
  switch (e.kind) {
    case "network":
    case "timeout":
    case "aborted":
      return e.kind;
    case "invalid_response":
      return "invalidResponse";
    case "validation":
      return "invalid";
  }
  const status = e.status ?? 0;
  return STATUS[status] ?? (status >= 500 ? "http5xx" : "http400");
}

/**
 * What to tell a user about `error`, translated for `locale`: the same words for the same failure in
 * every element. The error's own `message` stays technical, for developers (logs, `payrex-error`).
 */
export function describeError(error: unknown, locale: string): string {
  const e = PayrexError.from(error);
  return common(locale, errorMessageKey(e), e.method ? { method: e.method } : undefined);
}

/**
 * Backends (PayRex's included) write their `detail` in English: a reader of another catalog never
 * sees it inside their language, and gets the element's own translated message instead. The raw
 * text stays on the error, in `payrex-error`.
 */
const readsBackend = (locale: string) => catalogLanguage(locale) === "en";

/** The backend's own explanation of an HTTP error (the first `detail` of its body), if it sent one and `locale` reads English. */
export function backendDetail(error: PayrexError, locale: string): string | undefined {
  return error.kind === "http" && readsBackend(locale) ? error.errors.find((e) => e.detail)?.detail : undefined;
}

/**
 * A backend's error details as shown to a reader of `locale`: as sent in English; in another
 * language each `detail` is `translated` when given (the element's "check this field"), else dropped
 * (so the element explains the failure in its own words).
 */
export function shownDetails<D extends { detail?: string | null }>(errors: readonly D[], locale: string, translated?: string): D[] {
  return readsBackend(locale) ? [...errors] : errors.map((e) => ({ ...e, detail: e.detail && translated }));
}

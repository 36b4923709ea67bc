import { PayrexError } from "../api/errors.js";
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

/** The backend's own explanation of an HTTP error (the first `detail` of its body), if it sent one. */
export function backendDetail(error: PayrexError): string | undefined {
  return error.kind === "http" ? error.errors.find((e) => e.detail)?.detail : undefined;
}

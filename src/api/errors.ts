/** Why a call to the backend failed. */
export type PayrexErrorKind = "network" | "timeout" | "aborted" | "http" | "invalid_response" | "validation";

/** One entry of PayRex's error body; `parameter` names a field, e.g. `billing_details[address][postal_code]`. */
export interface PayrexErrorDetail {
  code?: string;
  detail?: string;
  parameter?: string | null;
}

/**
 * Why the browser side refused or failed before any backend answered: a secret key was offered
 * (`secret_key`), no adapter is configured (`no_adapter`), the adapter lacks a method an element
 * needs (`missing_method`, naming it in `method`), or part of an element could not be downloaded
 * (`load_failed`).
 */
export type PayrexErrorCode = "secret_key" | "no_adapter" | "missing_method" | "load_failed";

export interface PayrexErrorOptions {
  status?: number;
  code?: PayrexErrorCode;
  /** With `missing_method`: the adapter method that is missing. */
  method?: string;
  errors?: PayrexErrorDetail[];
  cause?: unknown;
}

/** Marks a PayrexError of any copy of this code (see `PayrexError[Symbol.hasInstance]`). */
const brand = Symbol.for("payrex-components.PayrexError");

/**
 * The one error type every adapter call and every element reports (`payrex-error`'s `detail.error`).
 * `message` is for developers (logs, the `payrex-error` event) and is not translated; what a user
 * sees comes from `describeError(error, locale)`.
 */
export class PayrexError extends Error {
  /**
   * `instanceof PayrexError` holds for a PayrexError made by another copy of this code on the page:
   * an adapter from `payrex-components.js` given to an element of a single-file build
   * (`dist/standalone/`), or two such files in one provider. Without it, such an error would be taken
   * for a merchant's plain error (its kind and field errors lost), and a provider's configuration
   * error for an adapter. Subclasses keep the ordinary check.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return this === PayrexError ? (value as { [brand]?: true } | null)?.[brand] === true : super[Symbol.hasInstance](value);
  }

  /** The mark `instanceof` looks for (on the prototype: not an own property, so not in copies or JSON). */
  get [brand](): true {
    return true;
  }

  override readonly name = "PayrexError";
  readonly kind: PayrexErrorKind;
  readonly status?: number;
  /** Set for refusals and failures that happen in the browser (see `PayrexErrorCode`). */
  readonly code?: PayrexErrorCode;
  /** With code `missing_method`: the adapter method that is missing, e.g. `listCustomers`. */
  readonly method?: string;
  readonly errors: PayrexErrorDetail[];

  constructor(kind: PayrexErrorKind, message: string, options: PayrexErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.status = options.status;
    this.code = options.code;
    if (options.method !== undefined) this.method = options.method;
    this.errors = options.errors ?? [];
  }

  /** Wraps anything thrown into a PayrexError (an adapter written by a merchant may throw plain errors). */
  static from(error: unknown): PayrexError {
    if (error instanceof PayrexError) return error;
    if (error instanceof DOMException && error.name === "AbortError") {
      return new PayrexError("aborted", "The request was cancelled.", { cause: error });
    }
    if (error instanceof DOMException && error.name === "TimeoutError") {
      return new PayrexError("timeout", "The request timed out.", { cause: error });
    }
    // Merchant adapters may throw anything; only a real message is worth showing ("undefined" or
    // "[object Object]" is not).
    const message =
      typeof error === "string"
        ? error
        : typeof (error as { message?: unknown } | null)?.message === "string"
          ? (error as { message: string }).message
          : "";
    return new PayrexError("network", message || "The request failed.", { cause: error });
  }
}

/** True for an error caused by the caller's own AbortSignal (not worth showing to a user). */
export const isAbort = (error: unknown): boolean =>
  (error instanceof PayrexError && error.kind === "aborted") ||
  (error instanceof DOMException && error.name === "AbortError");

import { html, nothing, type TemplateResult } from "lit";
import { common } from "./messages.js";
import { describeError } from "./describe-error.js";

export interface LoadErrorOptions {
  /** A first line saying what failed, e.g. "Could not load the customer." */
  title?: string;
  /** Replaces the translated explanation (e.g. with the backend's own words). */
  message?: string;
  /** Shows the "Try again" button (part `retry`); omitted for failures a retry cannot fix. */
  retry?: () => void;
}

/**
 * The one template for "this could not be loaded": an alert (part `alert`) with the translated
 * explanation of `error` and, when `retry` is given, one button with part `retry` (class `retry`).
 * Every element documents those two parts (`@csspart alert`, `@csspart retry`).
 */
export function renderLoadError(locale: string, error: unknown, options: LoadErrorOptions = {}): TemplateResult {
  const { title, message, retry } = options;
  return html`<div part="alert" role="alert">
    ${title ? html`<p>${title}</p>` : nothing}
    <p>${message ?? describeError(error, locale)}</p>
    ${retry
      ? html`<button part="retry" class="retry" type="button" @click=${retry}>${common(locale, "retry")}</button>`
      : nothing}
  </div>`;
}

import { html, css, type PropertyDeclarations, type PropertyValues } from "lit";
import { ContextProvider } from "@lit/context";
import { PayrexElement } from "../../core/payrex-element.js";
import { payrexContext, type PayrexConfig } from "../../core/context.js";
import { adapterForBaseUrl } from "../../core/base-url.js";
import type { PayrexAdapter } from "../../api/adapter.js";
import { PayrexError } from "../../api/errors.js";
import { emit } from "../../core/events.js";

/**
 * Supplies the backend adapter and locale to every payrex element inside it.
 *
 * Apps without a wrapper element can provide the same context on any element of their own:
 * `new ContextProvider(el, { context: payrexContext, initialValue: { adapter, locale } })`.
 *
 * A `base-url` that cannot be used (it carries a PayRex secret key) is refused: nothing is sent, the
 * provider fires `payrex-error`, and the elements inside show why instead of their content.
 *
 * @summary Gives payrex elements their backend adapter and locale.
 * @slot - Any content; payrex elements anywhere inside receive the configuration.
 * @event payrex-error - When `base-url` cannot be used (e.g. it contains a secret key).
 */
export class PayrexProvider extends PayrexElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties: PropertyDeclarations = {
    adapter: { attribute: false },
    baseUrl: { type: String, attribute: "base-url" },
  };

  /** The adapter every element inside uses (wins over `base-url`). */
  declare adapter: PayrexAdapter | undefined;
  /** Builds the default fetch adapter for this URL when no `adapter` is set. */
  declare baseUrl: string | undefined;

  private _provider = new ContextProvider(this, { context: payrexContext, initialValue: {} });
  private _reported?: PayrexError;

  protected override willUpdate(changed: PropertyValues): void {
    // Only own settings flow down: a provider nested in another one inherits what it does not set.
    const outer = this._config;
    let adapter = this.adapter;
    let adapterError: PayrexError | undefined;
    if (!adapter && this.baseUrl) {
      const built = adapterForBaseUrl(this.baseUrl);
      if (built instanceof PayrexError) adapterError = built;
      else adapter = built;
    }
    if (adapterError && adapterError !== this._reported) {
      this._reported = adapterError;
      emit(this, "payrex-error", { error: adapterError });
    }
    const next: PayrexConfig = {
      adapter: adapter ?? (adapterError ? undefined : outer?.adapter),
      adapterError: adapterError ?? (adapter ? undefined : outer?.adapterError),
      locale: this.locale || outer?.locale,
    };
    const current = this._provider.value;
    if (
      changed.size &&
      (next.adapter !== current?.adapter || next.adapterError !== current?.adapterError || next.locale !== current?.locale)
    ) {
      this._provider.setValue(next);
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

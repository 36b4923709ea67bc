import { html, css, type PropertyDeclarations, type PropertyValues } from "lit";
import { ContextProvider } from "@lit/context";
import { PayrexElement } from "../../core/payrex-element.js";
import { payrexContext } from "../../core/context.js";
import type { PayrexAdapter } from "../../api/adapter.js";
import { createFetchAdapter } from "../../api/fetch-adapter.js";
import { PayrexError } from "../../api/errors.js";
import { emit } from "../../core/events.js";

/**
 * Supplies the backend adapter and locale to every payrex element inside it.
 *
 * Apps without a wrapper element can provide the same context on any element of their own:
 * `new ContextProvider(el, { context: payrexContext, initialValue: { adapter, locale } })`.
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
  private _built?: { baseUrl: string; adapter?: PayrexAdapter };

  protected override willUpdate(changed: PropertyValues): void {
    // Only own settings flow down: a provider nested in another one inherits what it does not set.
    const outer = this._config;
    let adapter = this.adapter;
    if (!adapter && this.baseUrl) {
      if (this._built?.baseUrl !== this.baseUrl) {
        this._built = { baseUrl: this.baseUrl };
        try {
          this._built.adapter = createFetchAdapter({ baseUrl: this.baseUrl });
        } catch (error) {
          emit(this, "payrex-error", { error: PayrexError.from(error) });
        }
      }
      adapter = this._built.adapter;
    }
    const next = { adapter: adapter ?? outer?.adapter, locale: this.locale || outer?.locale };
    const current = this._provider.value;
    if (changed.size && (next.adapter !== current?.adapter || next.locale !== current?.locale)) {
      this._provider.setValue(next);
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

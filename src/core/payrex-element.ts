import { LitElement, type CSSResultGroup, type PropertyDeclarations, type PropertyValues } from "lit";
import { ContextConsumer } from "@lit/context";
import type { PayrexAdapter } from "../api/adapter.js";
import { PayrexError } from "../api/errors.js";
import { adapterForBaseUrl } from "./base-url.js";
import { payrexContext, type PayrexConfig } from "./context.js";
import { emit } from "./events.js";
import { documentLang, watchDocumentLang } from "./locale.js";
import type { Params, Translate } from "./i18n.js";
import { common } from "./messages.js";
import { renderLoadError } from "./load-error.js";
import { lazyPartsReady, lazyPartsSettled } from "./lazy.js";
import { tokens } from "./styles.js";

/**
 * What every payrex element shares: locale resolution (own attribute, then the provider's, then the
 * page's `lang`, then `en`), the provider context, theme and tokens, and waiting for lazily loaded
 * parts (`LazyController`): `updateComplete` resolves once they have loaded (or failed) and rendered,
 * and `ready` once they are there.
 */
export class PayrexElement extends LitElement {
  /**
   * Resolves once the element's lazily loaded part is there (at once for an element without one);
   * rejects with a PayrexError (code `load_failed`) when it could not be downloaded. Synchronous
   * methods throw an "InvalidStateError" DOMException until then; async methods wait for it
   * themselves. Works before the element is connected, unlike `updateComplete`.
   */
  get ready(): Promise<void> {
    return lazyPartsReady(this);
  }

  /** Also waits for lazy parts still loading, and the update that shows them. */
  protected override getUpdateComplete(): Promise<boolean> {
    const loading = lazyPartsSettled(this);
    // Nothing loading: exactly Lit's promise, without extra turns.
    if (!loading) return super.getUpdateComplete();
    return loading.then(() => this.getUpdateComplete());
  }

  static override styles: CSSResultGroup = [tokens];

  static override properties: PropertyDeclarations = {
    locale: { type: String },
    theme: { type: String, reflect: true },
    _config: { state: true },
  };

  /** BCP 47 language tag; `en` and `fil` ship. Defaults to the provider's, then the page's `lang`, then `en`. */
  declare locale: string | undefined;
  /** `light` or `dark` forces a colour scheme; unset follows the user's preference. */
  declare theme: "light" | "dark" | undefined;
  protected declare _config: PayrexConfig | undefined;

  private _unwatchLang?: () => void;

  constructor() {
    super();
    new ContextConsumer(this, {
      context: payrexContext,
      subscribe: true,
      callback: (config) => (this._config = config),
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._unwatchLang = watchDocumentLang(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._unwatchLang?.();
  }

  /** The locale in effect. */
  get resolvedLocale(): string {
    const tag = this.locale || this._config?.locale || documentLang() || "en";
    try {
      return Intl.getCanonicalLocales(tag)[0] ?? "en";
    } catch {
      return "en";
    }
  }

  /** Translates `key` of a catalog (`common`, or the element's own) into the locale in effect. */
  protected tr<K extends string>(translate: Translate<K>, key: K, params?: Params): string {
    return translate(this.resolvedLocale, key, params);
  }
}

/**
 * A payrex element that talks to the backend: resolves the adapter (own `adapter` property, then
 * the provider's, then one built from `base-url`) and reports failures as `payrex-error`.
 */
export class PayrexDataElement extends PayrexElement {
  static override properties: PropertyDeclarations = {
    adapter: { attribute: false },
    baseUrl: { type: String, attribute: "base-url" },
  };

  /** The backend adapter. An explicit property wins over the provider's. */
  declare adapter: PayrexAdapter | undefined;
  /** Builds the default fetch adapter for this URL when no adapter is provided. */
  declare baseUrl: string | undefined;

  /**
   * The adapter in effect, or a PayrexError explaining why there is none: its own `adapter`, then the
   * provider's, then one built from its own `base-url`, then the provider's refusal (e.g. a secret
   * key in the provider's `base-url`), else "no adapter" (code `no_adapter`).
   */
  get resolvedAdapter(): PayrexAdapter | PayrexError {
    if (this.adapter) return this.adapter;
    if (this._config?.adapter) return this._config.adapter;
    if (this.baseUrl) return adapterForBaseUrl(this.baseUrl);
    if (this._config?.adapterError) return this._config.adapterError;
    return (this._noAdapter ??= new PayrexError(
      "validation",
      "No adapter: set the element's adapter or base-url, or put it inside <payrex-provider base-url=\"…\">.",
      { code: "no_adapter" },
    ));
  }
  private _noAdapter?: PayrexError;

  /** Whether the element needs a backend right now; a form control used standalone does not. */
  protected get needsAdapter(): boolean {
    return true;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.needsAdapter) return;
    const adapter = this.resolvedAdapter;
    if (adapter instanceof PayrexError && adapter !== this._reportedConfigError) {
      this._reportedConfigError = adapter;
      this.emitError(adapter);
    }
  }
  private _reportedConfigError?: PayrexError;

  /** Fires `payrex-error`. */
  protected emitError(error: unknown): PayrexError {
    const e = PayrexError.from(error);
    emit(this, "payrex-error", { error: e });
    return e;
  }

  /** The box shown instead of the element when no adapter can be had (the load-error template, without retry). */
  protected renderConfigError(error: PayrexError) {
    return renderLoadError(this.resolvedLocale, error);
  }

  /** The retry button label, shared by every element's error state. */
  protected get retryLabel(): string {
    return this.tr(common, "retry");
  }
}

import {
  LitElement,
  adoptStyles,
  html,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
} from "lit";
import { ContextConsumer } from "@lit/context";
import type { PayrexAdapter } from "../api/adapter.js";
import { PayrexError } from "../api/errors.js";
import { createFetchAdapter } from "../api/fetch-adapter.js";
import { payrexContext, type PayrexConfig } from "./context.js";
import { emit } from "./events.js";
import { documentLang, watchDocumentLang } from "./locale.js";
import { createTranslator, type Params, type Translate } from "./i18n.js";
import { tokens } from "./styles.js";

const t: Translate = createTranslator("common", {
  en: {
    noAdapter:
      "This element has no backend configured. Wrap it in <payrex-provider base-url=\"…\">, set its base-url attribute, or set its adapter property.",
    retry: "Try again",
    loadFailed: "Part of this element could not be loaded. Check your connection and try again.",
    secretKey:
      "The base-url contains a PayRex secret key. Secret keys (sk_live_…, sk_test_…) must stay on your server: remove it from the page and roll the key in the PayRex dashboard.",
  },
  fil: {
    noAdapter:
      "Walang naka-configure na backend ang elementong ito. Ilagay ito sa loob ng <payrex-provider base-url=\"…\">, lagyan ng base-url na attribute, o itakda ang adapter na property.",
    retry: "Subukang muli",
    loadFailed: "Hindi ma-load ang bahagi ng elementong ito. Tingnan ang iyong koneksyon at subukang muli.",
    secretKey:
      "May PayRex secret key sa base-url. Hindi dapat lumabas sa iyong server ang mga secret key (sk_live_…, sk_test_…): alisin ito sa page at palitan (i-roll) ang key sa PayRex dashboard.",
  },
});

/**
 * What a lazily loaded element implementation module exports: a class (extending the element's base
 * class, not the element itself, so `super` calls reach the base) whose prototype holds the element's
 * behaviour and templates, and the styles to add to the element's own.
 */
export interface Implementation {
  prototype: object;
  styles?: CSSResultGroup;
}

type ElementClass = typeof PayrexElement;
const loads = new WeakMap<ElementClass, Promise<void> | true>();

/** The class in `ctor`'s chain that declares the implementation (a merchant's subclass inherits it). */
function declaring(ctor: ElementClass): ElementClass | undefined {
  for (let c: ElementClass | null = ctor; c && c !== PayrexElement; c = Object.getPrototypeOf(c)) {
    if (Object.hasOwn(c, "implementation")) return c;
  }
  return undefined;
}

/**
 * What every payrex element shares: locale resolution (own attribute, then the provider's, then the
 * page's `lang`, then `en`), the provider context, theme and tokens.
 *
 * Elements may load their behaviour, templates, styles and strings on first use (`static
 * implementation`): the registered class stays small, declares the public surface, and the first
 * update waits for the implementation chunk. Pages pay only for the elements they show.
 */
export class PayrexElement extends LitElement {
  /** Loads the element's implementation; set by lazily implemented elements. */
  static implementation?: () => Promise<Implementation>;

  /**
   * Resolves when `ctor`'s implementation is in place (starting the load if needed); `undefined`
   * when there is nothing (more) to load.
   */
  static implementationReady(ctor: ElementClass): Promise<void> | undefined {
    const owner = declaring(ctor);
    if (!owner?.implementation) return undefined;
    let state = loads.get(owner);
    if (state === true) return undefined;
    if (!state) {
      state = owner.implementation().then(
        (impl) => {
          for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(impl.prototype))) {
            if (key !== "constructor") Object.defineProperty(owner.prototype, key, descriptor);
          }
          owner._implementationStyles = owner.finalizeStyles(impl.styles);
          loads.set(owner, true);
        },
        (error: unknown) => {
          // A failed chunk load (offline, a deploy in between) is tried again on the next update.
          loads.delete(owner);
          throw error;
        },
      );
      loads.set(owner, state);
    }
    return state;
  }
  private static _implementationStyles?: ReturnType<typeof LitElement.finalizeStyles>;

  private _started = false;

  /**
   * Resolves once this element's implementation has loaded and its first update is done (at once for
   * elements without one). Public methods that need the implementation wait on it.
   */
  protected async implementationLoaded(): Promise<void> {
    await PayrexElement.implementationReady(this.constructor as ElementClass);
    this._initOnce();
    // A disconnected element has no update to wait for (and none will run until it connects).
    if (this.isConnected) await this.updateComplete;
  }

  /** Runs once per instance, after the implementation has loaded and before the first update. */
  protected init(): void {}

  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = PayrexElement.implementationReady(this.constructor as ElementClass);
    if (!pending) return this._start();
    return pending.then(
      () => this._start(),
      (cause: unknown) => {
        this._loadFailed = true;
        emit(this, "payrex-error", { error: new PayrexError("network", t("en", "loadFailed"), { cause }) });
        return super.scheduleUpdate();
      },
    );
  }

  /** Shown only while an implementation could not be loaded; implementations replace it. */
  protected override render(): unknown {
    return this._loadFailed
      ? html`<div part="alert" role="alert">
          ${this.tr(t, "loadFailed")}
          <button type="button" @click=${() => this.requestUpdate()}>${this.tr(t, "retry")}</button>
        </div>`
      : undefined;
  }
  private _loadFailed = false;

  private _start(): void | Promise<unknown> {
    this._loadFailed = false;
    this._initOnce();
    return super.scheduleUpdate();
  }

  private _initOnce(): void {
    // Styles wait for the shadow root: a method called before the element connected has none yet.
    if (!this._styled && this.renderRoot instanceof ShadowRoot) {
      this._styled = true;
      const extra = declaring(this.constructor as ElementClass)?._implementationStyles;
      if (extra?.length) adoptStyles(this.renderRoot, [...(this.constructor as typeof LitElement).elementStyles, ...extra]);
    }
    if (!this._started) {
      this._started = true;
      this.init();
    }
  }
  private _styled = false;

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

  /** Translates with the common catalog; elements pass their own translator to `tr`. */
  protected tr(translate: Translate, key: string, params?: Params): string {
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

  private _ownAdapter?: { baseUrl: string; adapter: PayrexAdapter | PayrexError };

  /** The adapter in effect, or a `PayrexError` explaining why there is none (e.g. a secret key in the URL). */
  get resolvedAdapter(): PayrexAdapter | PayrexError {
    if (this.adapter) return this.adapter;
    if (this._config?.adapter) return this._config.adapter;
    if (this.baseUrl) {
      if (this._ownAdapter?.baseUrl !== this.baseUrl) {
        let adapter: PayrexAdapter | PayrexError;
        try {
          adapter = createFetchAdapter({ baseUrl: this.baseUrl });
        } catch (error) {
          adapter = PayrexError.from(error);
        }
        this._ownAdapter = { baseUrl: this.baseUrl, adapter };
      }
      return this._ownAdapter.adapter;
    }
    return (this._noAdapter ??= new PayrexError("validation", t("en", "noAdapter")));
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

  /** The box shown instead of the element when no adapter can be had. */
  protected renderConfigError(error: PayrexError) {
    // A base-url that cannot be used is one that carries a secret key (createFetchAdapter's only refusal here).
    const message =
      error === this._noAdapter
        ? this.tr(t, "noAdapter")
        : error === this._ownAdapter?.adapter
          ? this.tr(t, "secretKey")
          : error.message;
    return html`<div part="alert" role="alert">${message}</div>`;
  }

  /** The retry button label, shared by every element's error state. */
  protected get retryLabel(): string {
    return this.tr(t, "retry");
  }
}

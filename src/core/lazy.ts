import {
  adoptStyles,
  nothing,
  type CSSResultGroup,
  type CSSResultOrNative,
  type LitElement,
  type ReactiveController,
  type ReactiveControllerHost,
} from "lit";
import { PayrexError } from "../api/errors.js";
import { emit } from "./events.js";
import { renderLoadError } from "./load-error.js";

/** What a lazy part needs from its element. */
export interface LazyHost extends ReactiveControllerHost, HTMLElement {
  readonly resolvedLocale: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** `() => import("./x.js")`, declared once at module level so every instance shares one download. */
export type ModuleLoader<M> = () => Promise<M>;

// Per loader: the loaded module, or the download in flight. A failed download is forgotten, so a
// retry (or the next element) downloads again.
const modules = new WeakMap<ModuleLoader<unknown>, { module?: unknown; loading?: Promise<unknown> }>();
// Per host: its lazy parts, and the downloads still in flight (which `updateComplete` waits for).
const hostParts = new WeakMap<object, Set<LazyController<unknown>>>();
const loadingParts = new WeakMap<object, Set<Promise<unknown>>>();

/** Resolves once every lazy part of `host` has loaded; rejects when one could not be downloaded. */
export function lazyPartsReady(host: object): Promise<void> {
  return Promise.all([...(hostParts.get(host) ?? [])].map((part) => part.ready)).then(() => undefined);
}

/**
 * Resolves once every lazy part of `host` that is loading now has loaded or failed; `undefined` when
 * none is loading. `PayrexElement.updateComplete` waits on it.
 */
export function lazyPartsSettled(host: object): Promise<unknown> | undefined {
  const set = loadingParts.get(host);
  return set?.size ? Promise.allSettled(set) : undefined;
}

/**
 * A part of `host` that could not be downloaded: the error its load-error state shows (with a retry),
 * announced as `payrex-error`. Shared by every lazily loaded part.
 */
export function partFailed(host: ReactiveControllerHost & HTMLElement, cause: unknown): PayrexError {
  const message = cause instanceof Error ? cause.message : String(cause);
  const error = new PayrexError("network", `Part of <${host.localName}> could not be loaded: ${message}`, {
    code: "load_failed",
    cause,
  });
  emit(host, "payrex-error", { error });
  host.requestUpdate();
  return error;
}

/**
 * Loads part of an element on first use: the module (`load`, shared by every instance) and then
 * this instance's part (`create(module)`, typically `new m.SomeController(host)`: a
 * ReactiveController constructed with the element as host).
 *
 * The download starts when the controller is made (in the element's constructor), so it runs while
 * the page goes on; an instance made after the module is in memory gets its part at once, before
 * its first update. A failed download fires `payrex-error` (a PayrexError with code `load_failed`),
 * renders the shared load-error template with a retry, and `retry()` downloads again.
 *
 * The early-call policy of every element follows from it: async methods `await ready`; sync methods
 * call `require(name)`, which throws an "InvalidStateError" DOMException until the part is there.
 */
export class LazyController<T, M = unknown> implements ReactiveController {
  /** The loaded part, once it is there. */
  value?: T;
  /** Why the last download failed; cleared by `retry()`. */
  error?: PayrexError;

  private _ready!: Promise<T>;

  private _styled = false;

  /**
   * `styles`, when given, picks the styles the module brings (e.g. `(m) => m.styles`); they are
   * added to the element's own once loaded, so a page pays for them only with the part.
   */
  constructor(
    private readonly host: LazyHost,
    private readonly load: ModuleLoader<M>,
    private readonly create: (module: M) => T,
    private readonly styles?: (module: M) => CSSResultGroup,
  ) {
    host.addController(this);
    const parts = hostParts.get(host) ?? new Set();
    hostParts.set(host, parts.add(this as LazyController<unknown>));
    this._start();
  }

  /**
   * Resolves with the part once loaded; rejects with the PayrexError (code `load_failed`) of a
   * failed download (a later `retry()` gives a new promise).
   */
  get ready(): Promise<T> {
    return this._ready;
  }

  /**
   * The part, for synchronous methods. Throws a DOMException "InvalidStateError" while it has not
   * loaded: the caller must `await element.ready` (or `updateComplete`) first.
   */
  require(method: string): T {
    if (this.value) return this.value;
    throw new DOMException(
      `${this.host.localName}.${method}() was called before the element finished loading: await element.ready first.`,
      "InvalidStateError",
    );
  }

  /** Downloads again after a failure (the retry button calls this). */
  retry(): void {
    if (!this.error) return;
    this.error = undefined;
    this._start();
    this.host.requestUpdate();
  }

  hostConnected(): void {
    // The download started with the element; a part loaded before the element had a shadow root
    // gets its styles now.
    this._adoptStyles();
  }

  /** `loaded(part)` once loaded; the load-error template after a failure; `pending()` (or nothing) before. */
  render(loaded: (value: T) => unknown, pending?: () => unknown): unknown {
    if (this.value) return loaded(this.value);
    if (this.error) return renderLoadError(this.host.resolvedLocale, this.error, { retry: () => this.retry() });
    return pending ? pending() : nothing;
  }

  private module?: M;

  private _adoptStyles(): void {
    const root = this.host.renderRoot;
    if (this._styled || !this.styles || !this.module || !(root instanceof ShadowRoot)) return;
    this._styled = true;
    const own = (this.host.constructor as typeof LitElement).elementStyles;
    const extra = ([this.styles(this.module)] as unknown[]).flat(Infinity) as CSSResultOrNative[];
    adoptStyles(root, [...own, ...extra]);
  }

  private _start(): void {
    const entry = modules.get(this.load) ?? {};
    modules.set(this.load, entry);
    if (entry.module) {
      this.module = entry.module as M;
      this.value = this.create(this.module);
      this._ready = Promise.resolve(this.value);
      return;
    }
    entry.loading ??= this.load().then(
      (module) => {
        entry.module = module;
        entry.loading = undefined;
        return module;
      },
      (cause: unknown) => {
        entry.loading = undefined;
        throw cause;
      },
    );
    const parts = loadingParts.get(this.host) ?? new Set();
    loadingParts.set(this.host, parts);
    const ready = (entry.loading as Promise<M>).then(
      (module) => {
        this.module = module;
        this.value ??= this.create(module);
        this._adoptStyles();
        this.host.requestUpdate();
        return this.value;
      },
      (cause: unknown) => {
        throw (this.error = partFailed(this.host, cause));
      },
    );
    parts.add(ready);
    ready.then(
      () => parts.delete(ready),
      () => parts.delete(ready),
    );
    this._ready = ready;
  }
}

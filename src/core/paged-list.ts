import type { ReactiveController } from "lit";
import type { PayrexAdapter } from "../api/adapter.js";
import { PayrexError, isAbort } from "../api/errors.js";
import type { List, PageQuery } from "../api/schemas.js";
import { emit } from "./events.js";
import { ResourceController, type ResourceTemplates } from "./resource.js";
import type { LoadErrorOptions } from "./load-error.js";
import type { PayrexDataElement } from "./payrex-element.js";

export interface PagedListOptions<A extends readonly unknown[], T extends { id: string }> {
  /** What the list depends on besides the adapter (a customer id, a view...); a change starts over. */
  args: () => A;
  /** Loads one page (pass `signal` to the adapter); `undefined` when there is nothing to list yet. */
  fetch: (adapter: PayrexAdapter, args: A, page: PageQuery, signal: AbortSignal) => Promise<List<T> | undefined>;
  /** Rows per page; clamped to 1..100 (PayRex's limit), default 20. */
  pageSize?: () => number | undefined;
  /** While false, the list neither loads nor forgets (see `ResourceOptions.enabled`). */
  enabled?: () => boolean;
  /** While true, a failed first page is kept but not announced (see `ResourceOptions.quiet`). */
  quiet?: () => boolean;
}

/** A page size as PayRex takes it: an integer 1..100, else `fallback`. */
export function clampPageSize(value: unknown, fallback = 20): number {
  const n = Math.trunc(Number(value));
  return n >= 1 ? Math.min(n, 100) : fallback;
}

/**
 * A cursor-paged list of a data element: the first page through a `ResourceController` (so it loads,
 * aborts, reports and renders like every resource), then `loadMore()` appends the page `after` the
 * last row and `loadBefore()` prepends the page `before` the first; `has_more` says whether there is
 * more in the direction asked. Arguments changing start over and abort any page in flight;
 * `reload()` starts over with the same arguments.
 */
export class PagedListController<A extends readonly unknown[], T extends { id: string }> implements ReactiveController {
  /** The rows loaded so far, in the backend's order. */
  items: T[] = [];
  /** Whether a page after the last row exists. */
  hasMore = false;
  /** Whether a page before the first row exists (known once `loadBefore()` has run). */
  hasBefore = false;
  /** Why the last `loadMore()` / `loadBefore()` failed, while it stands. */
  pageError?: PayrexError;

  private readonly first: ResourceController<A, List<T>>;
  private _more?: AbortController;
  private _morePromise?: Promise<void>;

  constructor(
    private readonly host: PayrexDataElement,
    private readonly options: PagedListOptions<A, T>,
  ) {
    host.addController(this);
    this.first = new ResourceController(host, {
      args: options.args,
      enabled: options.enabled,
      quiet: options.quiet,
      fetch: (adapter, args, signal) => {
        this._abortMore();
        return options.fetch(adapter, args, { limit: this.pageSize }, signal);
      },
      onValue: (list) => {
        this.items = list?.data ?? [];
        // An empty page that claims more would page forever.
        this.hasMore = !!list?.has_more && this.items.length > 0;
        this.hasBefore = false;
        this.pageError = undefined;
      },
    });
  }

  hostDisconnected(): void {
    this._abortMore();
  }

  /** Rows per page in effect. */
  get pageSize(): number {
    return clampPageSize(this.options.pageSize?.());
  }

  /** Whether the first page has loaded (for the current arguments). */
  get loaded(): boolean {
    return !this.first.loading && !this.first.error && this.first.value !== undefined;
  }

  /** True while the first page loads. */
  get loading(): boolean {
    return this.first.loading;
  }

  /** Why the first page failed, while it stands. */
  get error(): PayrexError | undefined {
    return this.first.error;
  }

  /** True while `loadMore()` or `loadBefore()` is in flight. */
  get loadingPage(): boolean {
    return !!this._more;
  }

  /** Appends the page after the last row, if there is one. Calls while one is in flight join it. */
  loadMore(): Promise<void> {
    if (!this.loaded || !this.hasMore) return this._morePromise ?? Promise.resolve();
    return this._page("after");
  }

  /** Prepends the page before the first row (e.g. rows added since the list was loaded). */
  loadBefore(): Promise<void> {
    if (!this.loaded || !this.items.length) return this._morePromise ?? Promise.resolve();
    return this._page("before");
  }

  /** Starts over from the first page with the same arguments; resolves once loaded and rendered. */
  reload(): Promise<void> {
    this._abortMore();
    return this.first.reload();
  }

  /** Renders the first page's state (see `ResourceController.render`); `complete` gets the rows. */
  render(templates: Omit<ResourceTemplates<T[]>, "complete"> & { complete: (items: T[]) => unknown }, errorOptions?: (error: PayrexError) => LoadErrorOptions): unknown {
    return this.first.render({ ...templates, complete: () => templates.complete(this.items) }, errorOptions);
  }

  private _page(direction: "after" | "before"): Promise<void> {
    if (this._morePromise) return this._morePromise;
    const adapter = this.host.resolvedAdapter;
    if (adapter instanceof PayrexError) return Promise.resolve();
    const controller = (this._more = new AbortController());
    const { signal } = controller;
    const cursor = direction === "after" ? this.items[this.items.length - 1]!.id : this.items[0]!.id;
    const args = this.options.args();
    this.pageError = undefined;
    this.host.requestUpdate();
    const run = async () => {
      try {
        const list = await this.options.fetch(adapter, args, { limit: this.pageSize, [direction]: cursor }, signal);
        if (signal.aborted || !list) return;
        const more = list.has_more && list.data.length > 0;
        if (direction === "after") {
          this.items = this.items.concat(list.data);
          this.hasMore = more;
        } else {
          this.items = list.data.concat(this.items);
          this.hasBefore = more;
        }
      } catch (error) {
        if (signal.aborted || isAbort(error)) return;
        this.pageError = PayrexError.from(error);
        emit(this.host, "payrex-error", { error: this.pageError });
      } finally {
        if (this._more === controller) this._more = undefined;
        this.host.requestUpdate();
      }
    };
    const promise: Promise<void> = run()
      .then(() => this.host.updateComplete)
      .then(() => {
        if (this._morePromise === promise) this._morePromise = undefined;
      });
    this._morePromise = promise;
    return promise;
  }

  private _abortMore(): void {
    this._more?.abort();
    this._more = undefined;
    this._morePromise = undefined;
  }
}

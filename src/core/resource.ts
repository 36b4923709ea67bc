import { nothing } from "lit";
import { Task, TaskStatus, initialState } from "@lit/task";
import type { PayrexAdapter } from "../api/adapter.js";
import { PayrexError, isAbort } from "../api/errors.js";
import { emit } from "./events.js";
import { renderLoadError, type LoadErrorOptions } from "./load-error.js";
import type { PayrexDataElement } from "./payrex-element.js";

export interface ResourceOptions<A extends readonly unknown[], T> {
  /** What the resource depends on besides the adapter (ids, a view...); a change loads it again. */
  args: () => A;
  /**
   * Loads the resource. Pass `signal` to the adapter: a load whose arguments changed is aborted.
   * Return `undefined` for "nothing to load" (e.g. no id yet).
   */
  fetch: (adapter: PayrexAdapter, args: A, signal: AbortSignal) => Promise<T | undefined> | T | undefined;
  /** Called with each loaded value, before the host renders it. */
  onValue?: (value: T | undefined) => void;
  /**
   * While false, the resource neither loads nor forgets: e.g. a tab not shown. When it turns true
   * again with the same arguments, the value it had stands; with other arguments, it loads.
   */
  enabled?: () => boolean;
  /**
   * While true, a failure is kept (for `error` and `render()`) but not announced as `payrex-error`:
   * a load made ahead of need, for something the user has not asked to see yet.
   */
  quiet?: () => boolean;
}

export interface ResourceTemplates<T> {
  /** While loading (the first time, and on reload). */
  pending?: () => unknown;
  /** Once loaded. */
  complete: (value: T | undefined) => unknown;
  /** After a failure; the default is the load-error template with a retry. */
  error?: (error: PayrexError) => unknown;
}

// The arguments of a resource that has never been enabled: the task runs once with them and stays initial.
const NOT_YET: readonly never[] = Object.freeze([]);

const isConfigError = (error: PayrexError) => error.code === "no_adapter" || error.code === "secret_key";

/**
 * One remote resource of a data element, over `@lit/task`: loads when its arguments (or the adapter
 * in effect) change, aborts a stale load through the task's signal, reports failures as
 * `payrex-error` (not aborts, and not configuration errors: the element reports those once), renders
 * with `render()` and loads again with `reload()`.
 *
 * With no adapter (a configuration error), `render()` shows that error (without retry).
 */
export class ResourceController<A extends readonly unknown[], T> {
  readonly task: Task<readonly [PayrexAdapter | PayrexError, ...A], T | undefined>;
  private _args?: readonly [PayrexAdapter | PayrexError, ...A];

  constructor(
    private readonly host: PayrexDataElement,
    options: ResourceOptions<A, T>,
  ) {
    this.task = new Task(host, {
      // While disabled, the same array as last time: the task sees no change and keeps its value.
      args: () =>
        options.enabled?.() === false
          ? (this._args ?? (NOT_YET as unknown as readonly [PayrexAdapter | PayrexError, ...A]))
          : (this._args = [host.resolvedAdapter, ...options.args()] as const),
      task: async (all, { signal }) => {
        if ((all as readonly unknown[]) === NOT_YET) return initialState;
        const [adapter, ...args] = all;
        if (adapter instanceof PayrexError) throw adapter;
        // Called inside the async function: an adapter that throws instead of rejecting is a failure too.
        return await options.fetch(adapter, args as unknown as A, signal);
      },
      onComplete: (value) => options.onValue?.(value),
      onError: (error) => {
        const e = PayrexError.from(error);
        if (!isAbort(e) && !isConfigError(e) && !options.quiet?.()) emit(host, "payrex-error", { error: e });
      },
    });
  }

  /** The last loaded value (kept while a new load is pending). */
  get value(): T | undefined {
    return this.task.value;
  }

  /** Why the last load failed, while it stands. */
  get error(): PayrexError | undefined {
    return this.task.status === TaskStatus.ERROR ? PayrexError.from(this.task.error) : undefined;
  }

  /** True while a load is in flight (or about to start). */
  get loading(): boolean {
    return this.task.status === TaskStatus.PENDING || this.task.status === TaskStatus.INITIAL;
  }

  /** Loads again with the current arguments; resolves once loaded (or failed) and rendered. */
  async reload(): Promise<void> {
    await this.task.run();
    // A newer run (the arguments changed meanwhile) is the one to wait for.
    await this.task.taskComplete.catch(() => {});
    await this.host.updateComplete;
  }

  /**
   * Renders the resource's state with `task.render()`. The error template defaults to the shared
   * load-error template (part `alert`, retry part `retry` calling `reload()`); `errorOptions` adds a
   * title or replaces the explanation.
   */
  render(templates: ResourceTemplates<T>, errorOptions?: (error: PayrexError) => LoadErrorOptions): unknown {
    const pending = templates.pending ?? (() => nothing);
    return this.task.render({
      initial: pending,
      pending,
      complete: templates.complete,
      error: (error) => {
        const e = PayrexError.from(error);
        if (templates.error) return templates.error(e);
        const locale = this.host.resolvedLocale;
        if (isConfigError(e)) return renderLoadError(locale, e);
        return renderLoadError(locale, e, { retry: () => void this.reload(), ...errorOptions?.(e) });
      },
    });
  }
}

import type { CustomerQuery } from "../../api/schemas.js";

/**
 * The directory's search as a plain model (no DOM; tested in Node): which of PayRex's customer list
 * filters (`email`, `name`, one `metadata[key]`) a search applies, and a debounce for typing.
 */

/** What the search box searches: names and emails (`text`), or one metadata key's value. */
export type SearchBy = "text" | "metadata";

/** The filters of a customer search, as `listCustomers` takes them (paging aside). */
export type CustomerFilters = Pick<CustomerQuery, "email" | "name" | "metadata">;

export interface SearchInput {
  searchBy: SearchBy | string | undefined;
  /** What is typed in the search box. */
  text: string | undefined;
  /** The metadata key searched (with `searchBy: "metadata"`). */
  metadataKey: string | undefined;
}

export interface Search {
  /** The filters to search with; `undefined` when the input cannot be searched yet (see `problem`, `hint`). */
  filters?: CustomerFilters;
  /** An input that cannot be searched: a metadata value without its key (shown at the key field). */
  problem?: "metadataKeyRequired";
  /** Typing an email: PayRex matches whole addresses only, so a partial one is not searched yet. */
  hint?: "wholeEmail";
}

// An address as people type them: something@host.tld, no spaces.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export const searchByOf = (value: unknown): SearchBy => (value === "metadata" ? "metadata" : "text");

/**
 * Which filter a search applies. Text searches a name (PayRex matches part of it), or an email when
 * the text is a whole address (PayRex matches the whole address); an unfinished address is not
 * searched. Metadata searches one key's exact value; a value without a key cannot be searched, and
 * a key without a value lists everyone. Blank lists everyone.
 */
export function searchOf({ searchBy, text, metadataKey }: SearchInput): Search {
  const value = (text ?? "").trim();
  if (searchByOf(searchBy) === "metadata") {
    const key = (metadataKey ?? "").trim();
    if (!value) return { filters: {} };
    if (!key) return { problem: "metadataKeyRequired" };
    return { filters: { metadata: { key, value } } };
  }
  if (!value) return { filters: {} };
  if (EMAIL.test(value)) return { filters: { email: value } };
  if (value.includes("@")) return { hint: "wholeEmail" };
  return { filters: { name: value.replace(/\s+/g, " ") } };
}

/** A string that is equal for equal filters (the list starts over only when it changes). */
export const filtersKey = (f: CustomerFilters): string =>
  JSON.stringify([f.name ?? null, f.email ?? null, f.metadata?.key ?? null, f.metadata?.value ?? null]);

/** Whether the filters narrow the list (an empty result then reads "no match", not "no customers yet"). */
export const isFiltered = (f: CustomerFilters): boolean => !!(f.name || f.email || f.metadata);

/** The timer functions a debounce uses (the browser's by default; a test passes its own clock). */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

const browserTimers: Timers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as number),
};

/**
 * Runs `run` once typing has paused for `delay()` ms: each `schedule()` starts the wait again,
 * `flush()` runs at once (Enter), `cancel()` forgets what was scheduled.
 */
export class Debounce {
  private _timer: unknown;
  private _pending = false;

  constructor(
    private readonly run: () => void,
    private readonly delay: () => number,
    private readonly timers: Timers = browserTimers,
  ) {}

  /** Whether a run is waiting. */
  get pending(): boolean {
    return this._pending;
  }

  schedule(): void {
    this.cancel();
    this._pending = true;
    const ms = this.delay();
    this._timer = this.timers.setTimeout(() => this.flush(), Number.isFinite(ms) && ms > 0 ? ms : 0);
  }

  flush(): void {
    if (!this._pending) return;
    this.cancel();
    this.run();
  }

  cancel(): void {
    if (this._pending) this.timers.clearTimeout(this._timer);
    this._pending = false;
    this._timer = undefined;
  }
}

import type { ReactiveController } from "lit";
import { PagedListController, clampPageSize } from "../../core/paged-list.js";
import { RowFocusController } from "../../core/row-focus.js";
import { emit } from "../../core/events.js";
import { dialogStyles } from "../../core/dialog.js";
import { fieldStyles } from "../../core/field-styles.js";
import type { Params } from "../../core/i18n.js";
import { requireMethod } from "../../api/require-method.js";
import type { Customer } from "../../api/schemas.js";
import { Debounce, filtersKey, searchOf, type CustomerFilters, type Search } from "./search.js";
import { FIRST_PAGE, nextCursor, pageStateOf, previousCursor, type Cursor, type PageState } from "./pages.js";
import { CustomerActions } from "./customer-actions.js";
import { t, type DirectoryMessage } from "./customer-directory.messages.js";
import { renderDirectory } from "./customer-directory.templates.js";
import { styles as directoryStyles } from "./customer-directory.styles.js";
import type { PayrexCustomerDirectory } from "./customer-directory.js";

/** The styles of the directory's templates, adopted when this module loads. */
export const styles = [fieldStyles, dialogStyles, directoryStyles];

type Args = readonly [CustomerFilters, Cursor, number];

/**
 * The customer directory's behaviour, loaded on first use and constructed with the element as host:
 * the search (typed text, debounced, then the host's `search`), one page of customers at a time
 * (`PagedListController`, its arguments the filters and the page's cursor, so a new search or page
 * aborts the one in flight), a roving row focus, and the create and delete actions
 * (`customer-actions.ts`). Templates are in `customer-directory.templates.ts`.
 */
export class DirectoryController implements ReactiveController {
  readonly list: PagedListController<Args, Customer>;
  readonly focus: RowFocusController;
  readonly actions: CustomerActions;
  /** Runs the search typed once typing pauses. */
  readonly debounce: Debounce;

  /** The locale of the current render. */
  locale = "en";
  /** The filters in effect (a new object only when they change: the list's arguments). */
  filters: CustomerFilters = {};
  /** The search as typed last, when it cannot be searched (a problem or a hint). */
  search: Search = { filters: {} };
  /** Where the page shown starts. */
  cursor: Cursor;
  /** What lies around the page shown. */
  page: PageState = FIRST_PAGE;
  /** The customer chosen last (its row may be on another page). */
  selected?: Customer;
  /** Said once in the live region after an action ("Maria Santos was deleted."). */
  notice = "";

  private _started = false;
  private _adapter?: unknown;
  private _searched: unknown[] = [];
  private _number = 1;
  private _pagedFrom?: readonly unknown[];

  constructor(readonly host: PayrexCustomerDirectory) {
    host.addController(this);
    this.list = new PagedListController<Args, Customer>(host, {
      // Rows per page too: another page size loads the page again.
      args: () => [this.filters, this.cursor, clampPageSize(host.pageSize)] as const,
      pageSize: () => host.pageSize,
      fetch: (adapter, [filters, cursor], page, signal) => requireMethod(adapter, "listCustomers")({ ...filters, ...page, ...cursor }, { signal }),
    });
    this.focus = new RowFocusController(host, {
      count: () => this.list.items.length,
      item: (i) => this.rowAt(i)?.querySelector<HTMLElement>(".name"),
      indexOf: (target) => this.indexOf(target),
      activate: (i) => this.select(this.list.items[i]),
    });
    this.actions = new CustomerActions(this);
    this.debounce = new Debounce(() => this.commitSearch(), () => host.searchDelay);
  }

  hostDisconnected(): void {
    this.debounce.cancel();
  }

  /** Translates a key of the directory's catalog into the locale of the current render. */
  tr(key: DirectoryMessage, params?: Params): string {
    return t(this.locale, key, params);
  }

  /** Called from the element's `willUpdate`. */
  willUpdate(): void {
    this._started = true;
    this.locale = this.host.resolvedLocale;
    // Another backend: its cursors mean nothing here, it starts from its first page.
    const adapter = this.host.resolvedAdapter;
    if (adapter !== this._adapter) {
      if (this._adapter) this._setFilters(this.filters);
      this._adapter = adapter;
    }
    this.applySearch();
    const list = this.list;
    const paged = [list.items, list.loaded, list.error, this.cursor];
    if (paged.some((v, i) => v !== this._pagedFrom?.[i])) {
      this._pagedFrom = paged;
      if (list.loaded) {
        this.page = pageStateOf(this.cursor, { data: list.items, has_more: list.hasMore }, this._number);
        this._number = this.page.number;
      } else if (list.error) {
        // A page that failed can still be left for the first page.
        this.page = { hasNext: false, hasPrevious: !!this.cursor, number: this._number };
      }
    }
  }

  render(): unknown {
    return renderDirectory(this);
  }

  /**
   * Takes in the host's search properties (from `willUpdate`, or at once before a reload): new
   * filters start from the first page; a search that cannot run yet keeps the rows of the last one.
   */
  applySearch(): void {
    const host = this.host;
    const searched = [host.search, host.searchBy, host.metadataKey];
    if (searched.every((v, i) => v === this._searched[i])) return;
    this._searched = searched;
    this.search = searchOf({ searchBy: host.searchBy, text: host.search, metadataKey: host.metadataKey });
    const filters = this.search.filters;
    if (filters && filtersKey(filters) !== filtersKey(this.filters)) this._setFilters(filters);
  }

  /** The rows shown. */
  get rows(): Customer[] {
    return this.list.items;
  }

  /** The selected customer, if known: its row on this page, else the one chosen or created last. */
  get selectedCustomer(): Customer | undefined {
    const id = this.host.customerId;
    if (!id) return undefined;
    return this.rows.find((c) => c.id === id) ?? (this.selected?.id === id ? this.selected : undefined);
  }

  /** Loads the page shown again (nothing before the element has first shown a page: that load is coming). */
  reload(): Promise<void> {
    return this._started ? this.list.reload() : Promise.resolve();
  }

  /**
   * Shows the next or previous page. From a page that failed, "previous" goes back to the first
   * page. Resolves once the page is shown (at once when there is none that way).
   */
  async goTo(direction: "next" | "previous"): Promise<void> {
    const { list, page } = this;
    if (list.loading || !(direction === "next" ? page.hasNext : page.hasPrevious)) return;
    const rows = list.loaded ? list.items : [];
    this.cursor = direction === "next" ? nextCursor(rows) : previousCursor(rows);
    this._number = this.cursor ? page.number + (direction === "next" ? 1 : -1) : 1;
    this.notice = "";
    this.focus.reset();
    await list.reload();
  }

  /** Shows the first page (with the filters in effect), loading it even when it is the page shown. */
  firstPage(): Promise<void> {
    this.cursor = undefined;
    this._number = 1;
    this.focus.reset();
    return this.list.reload();
  }

  /** Chooses a customer: `customerId` is set and `payrex-customer-select` fired. */
  select(customer: Customer | undefined): void {
    if (!customer) return;
    this.selected = customer;
    this.host.customerId = customer.id;
    emit(this.host, "payrex-customer-select", { customer });
  }

  /** A customer saved elsewhere (the detail slot's form or address editor): its row shows the change. */
  replace(customer: Customer): void {
    const i = this.rows.findIndex((c) => c.id === customer.id);
    if (i >= 0) this.list.items = this.rows.map((c, j) => (j === i ? customer : c));
    if (this.selected?.id === customer.id) this.selected = customer;
    this.host.requestUpdate();
  }

  /** The search box or the metadata key was edited: searches once typing pauses. */
  readonly onInput = (): void => {
    this.debounce.schedule();
  };

  /** Enter (or the Search button): searches at once. */
  readonly onSubmit = (e: Event): void => {
    e.preventDefault();
    this.debounce.cancel();
    this.commitSearch();
  };

  readonly onSearchBy = (e: Event): void => {
    this.debounce.cancel();
    this.host.searchBy = (e.target as HTMLSelectElement).value === "metadata" ? "metadata" : "text";
    this.commitSearch();
  };

  /** Takes what is typed into the host's properties (`willUpdate` applies them). */
  commitSearch(): void {
    const root = this.host.renderRoot;
    const text = root.querySelector<HTMLInputElement>("#search-text");
    const key = root.querySelector<HTMLInputElement>("#search-key");
    if (text) this.host.search = text.value;
    if (key) this.host.metadataKey = key.value;
  }

  /** "Clear search": everyone again, focus back in the search box. */
  readonly clearSearch = async (): Promise<void> => {
    this.debounce.cancel();
    this.host.search = "";
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLInputElement>("#search-text")?.focus();
  };

  /** The retry of a failed load: keeps keyboard users in the element once the button is gone. */
  readonly retry = async (): Promise<void> => {
    await this.list.reload();
    const root = this.host.renderRoot as ShadowRoot;
    if (!root.activeElement) {
      (this.rowAt(this.focus.active)?.querySelector<HTMLElement>(".name") ?? root.querySelector<HTMLElement>('[part~="retry"], #search-text'))?.focus();
    }
  };

  readonly onPrevious = (): void => void this.goTo("previous");
  readonly onNext = (): void => void this.goTo("next");

  /** Keys on the rows: Delete asks to delete; Up and Down move between the Delete buttons too. */
  readonly onKeydown = (e: KeyboardEvent): void => {
    const target = e.target as HTMLElement;
    const i = this.indexOf(target);
    if (i >= 0 && e.key === "Delete" && !this.host.hideDelete) {
      e.preventDefault();
      this.actions.askDelete(this.rows[i]!);
      return;
    }
    if (i >= 0 && target.classList.contains("delete") && (e.key === "ArrowDown" || e.key === "ArrowUp")) {
      e.preventDefault();
      this.rowAt(i + (e.key === "ArrowDown" ? 1 : -1))?.querySelector<HTMLElement>(".delete")?.focus();
      return;
    }
    this.focus.onKeydown(e);
  };

  /** The index of the row an event target is in, or -1. */
  indexOf(target: EventTarget | null): number {
    const row = (target as Element | null)?.closest?.(".body [data-index]");
    return row ? Number(row.getAttribute("data-index")) : -1;
  }

  /** The drawn row `i`, if it is in the DOM. */
  rowAt(i: number): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(`.body [data-index="${i}"]`);
  }

  private _setFilters(filters: CustomerFilters): void {
    this.filters = filters;
    this.cursor = undefined;
    this._number = 1;
    this.notice = "";
    this.focus.reset();
  }
}

import type { ReactiveController } from "lit";
import { PagedListController } from "../../core/paged-list.js";
import { RowFocusController } from "../../core/row-focus.js";
import { emit } from "../../core/events.js";
import type { Params } from "../../core/i18n.js";
import type { BillingStatement, List, Payment } from "../../api/schemas.js";
import { MERCHANT_TIME_ZONE, MerchantTimeZone } from "../../core/time-zone.js";
import { columnsOf, showRows, statementNumbers, viewsOf, type Column, type HistorySort, type HistoryView, type Row } from "./history-rows.js";
import { t, type HistoryMessage } from "./payment-history.messages.js";
import { renderHistory, VIRTUAL_AT } from "./payment-history.templates.js";
import { styles as historyStyles } from "./payment-history.styles.js";
import { loadVirtual, revealRow, virtualModule, type Virtual } from "./virtual-rows.js";
import type { PayrexPaymentHistory } from "./payment-history.js";

/** The styles of the history's templates, adopted when this module loads. */
export const styles = historyStyles;

/**
 * The payment history's behaviour, loaded on first use and constructed with the element as host:
 * one cursor-paged list per view (`PagedListController`), the rows shown (filtered and sorted by
 * `history-rows.ts`), a roving row focus, and event handlers. Templates are in
 * `payment-history.templates.ts`.
 */
export class HistoryController implements ReactiveController {
  readonly lists: Record<HistoryView, PagedListController<readonly [string | undefined, boolean], Row>>;
  readonly focus: RowFocusController;
  /** Whether the page is being printed: watched once virtual scrolling has loaded (virtual.ts). */
  private _printing?: { readonly printing: boolean };

  /** The views offered and the one shown (the host's `view` when it is offered). */
  views: HistoryView[] = viewsOf(undefined);
  view: HistoryView = "payments";
  /** The loaded rows of the view after filter and sort. */
  rows: Row[] = [];
  /** The statuses the filter offers. */
  statuses: string[] = [];
  /** The columns shown. */
  columns: Column[] = [];
  /** Statement numbers by id, once billing statements are loaded. */
  numbers = new Map<string, string>();
  /** The locale of the current render. */
  locale = "en";
  /** The merchant's time zone, in which due dates are shown. */
  timeZone = MERCHANT_TIME_ZONE;
  /** The time of the current render (Unix seconds): what is overdue. */
  now = 0;
  /** The virtualizer's layout, kept across renders. */
  layout?: object;
  /**
   * The virtualised row group is in the document: the virtualizer may start (it looks for the
   * box that scrolls, the page's or the element's own, when it starts).
   */
  virtualReady = false;
  /** The merchant set `--payrex-history-max-height`: the table scrolls in a box of its own. */
  boxed = false;
  /**
   * The skeleton is shown. It comes with the first frame the first page is still loading (frame
   * callbacks run before that frame is painted), so a page that arrives sooner never builds it.
   */
  skeleton = false;
  private _frame = 0;

  /** The views opened for the current customer: a list loads once it is first shown. */
  private _opened = new Set<HistoryView>();
  private _openedFor?: string;
  /** The statements' first page is loading or loaded ahead of need, for the payments' statement numbers. */
  private _ahead = false;
  /** The customer whose payments were last loaded (the list keeps the old rows while the next loads). */
  private _paymentsFor?: string;
  private _memo: unknown[] = [];
  private _numbersFrom?: Row[];
  private readonly _zone: MerchantTimeZone;

  constructor(readonly host: PayrexPaymentHistory) {
    host.addController(this);
    this._zone = new MerchantTimeZone(host);
    const list = (view: HistoryView) =>
      new PagedListController<readonly [string | undefined, boolean], Row>(host, {
        args: () => [host.customerId, this._opened.has(view) || (view === "billing-statements" && this._ahead)] as const,
        pageSize: () => host.pageSize,
        // Loaded ahead of need (statement numbers), a failure waits until the tab is opened.
        quiet: () => !this._opened.has(view),
        fetch: async (adapter, [customerId, wanted], page, signal) => {
          if (!customerId || !wanted) return undefined;
          if (view === "billing-statements") return (await adapter.listBillingStatements(customerId, page, { signal })) as List<Row>;
          const list = (await adapter.listPayments(customerId, page, { signal })) as List<Row>;
          this._paymentsFor = customerId;
          return list;
        },
      });
    this.lists = { payments: list("payments"), "billing-statements": list("billing-statements") };
    this.focus = new RowFocusController(host, {
      count: () => this.rows.length,
      item: (i) => this.rowAt(i)?.querySelector<HTMLElement>(".open"),
      indexOf: (target) => {
        const row = (target as Element | null)?.closest?.('.body [role="row"]');
        return row ? Number(row.getAttribute("aria-rowindex")) - 2 : -1;
      },
      activate: (i) => this.activate(i),
      virtual: () => !!this.virtual,
      holder: () => this._body(),
      reveal: (i) => revealRow(this._body(), i),
    });
  }

  /** The list of the view shown. */
  get list() {
    return this.lists[this.view];
  }

  /** The virtualizer, when the rows shown are many enough to need it, it has loaded, and the page is not being printed. */
  get virtual(): Virtual | undefined {
    return this.rows.length > VIRTUAL_AT && !this.printing ? virtualModule() : undefined;
  }

  /** The page is being printed: every loaded row is drawn, none virtualised. */
  get printing(): boolean {
    return this._printing?.printing ?? false;
  }

  /** Translates a key of the history's catalog into the locale of the current render. */
  tr(key: HistoryMessage, params?: Params): string {
    return t(this.locale, key, params);
  }

  /** Called from the element's `willUpdate`. */
  willUpdate(): void {
    const host = this.host;
    this.locale = host.resolvedLocale;
    this.timeZone = this._zone.update(host.timeZone);
    this.now = Date.now() / 1000;
    this.views = viewsOf(host.views);
    this.view = this.views.includes(host.view) ? host.view : this.views[0]!;
    if (host.customerId !== this._openedFor) {
      this._openedFor = host.customerId;
      this._opened = new Set();
      this._ahead = false;
    }
    const statements = this.lists["billing-statements"];
    // The statements' tab opened after their first page failed ahead of need: try again, out loud.
    if (this.view === "billing-statements" && !this._opened.has(this.view) && statements.error) {
      void Promise.resolve().then(() => statements.reload());
    }
    this._opened.add(this.view);

    const list = this.list;
    const memo = [list.items, this.view, host.statusFilter, host.sort, host.customerId];
    if (memo.some((v, i) => v !== this._memo[i])) {
      // Another view, filter, order or customer: the first row takes Tab focus again.
      if (memo.slice(1).some((v, i) => v !== this._memo[i + 1])) this.focus.reset();
      this._memo = memo;
      ({ rows: this.rows, statuses: this.statuses } = showRows(list.items, this.view, host.statusFilter, host.sort, this.now));
      this.columns = columnsOf(this.view, list.items);
    }
    // Payments that name the statement they paid: the statements' first page loads with them (once
    // per customer, when that view is offered), so the column can show statement numbers.
    if (
      this.view === "payments" &&
      this.views.includes("billing-statements") &&
      !this._ahead &&
      this._paymentsFor === host.customerId &&
      (list.items as Payment[]).some((p) => p.billing_statement_id)
    ) {
      this._ahead = true;
    }
    if (statements.items !== this._numbersFrom) {
      this._numbersFrom = statements.items;
      this.numbers = statementNumbers(statements.items as BillingStatement[]);
    }
    // Fetch the virtualizer as soon as the next page could cross the threshold.
    const limit = list.pageSize;
    const loaded = virtualModule();
    if (!loaded && (this.rows.length > VIRTUAL_AT || (list.hasMore && list.items.length + limit > VIRTUAL_AT))) {
      loadVirtual(() => host.requestUpdate());
    }
    if (loaded && !this._printing) this._printing = new loaded.PrintingController(host);
  }

  hostUpdated(): void {
    const root = this.host.renderRoot;
    // Column names for the stacked-card layout (the skeleton's too), drawn by CSS next to each value.
    for (const table of root.querySelectorAll<HTMLElement>('[role="table"]')) {
      table.querySelectorAll('[role="columnheader"]').forEach((header, i) => {
        const name = `--_l${i + 1}`;
        const label = JSON.stringify(header.textContent!.trim());
        if (table.style.getPropertyValue(name) !== label) table.style.setProperty(name, label);
      });
    }
    const loading = this.list.loading;
    if (!loading) this.skeleton = false;
    else if (!this.skeleton && !this._frame) {
      this._frame = requestAnimationFrame(() => {
        this._frame = 0;
        this.skeleton = this.list.loading;
        this.host.requestUpdate();
      });
    }
    const ready = !!this._body();
    // Read after the last change to styles, once the table is there: its style is computed for
    // painting anyway, so the read costs nothing more.
    const boxed = !!root.querySelector('[part="frame"]') && !!getComputedStyle(this.host).getPropertyValue("--payrex-history-max-height").trim();
    if (ready !== this.virtualReady || boxed !== this.boxed) {
      this.virtualReady = ready;
      this.boxed = boxed;
      this.host.requestUpdate();
    }
  }

  render(): unknown {
    return renderHistory(this);
  }

  /** Loads every list shown so far again from its first page. */
  async reload(): Promise<void> {
    await Promise.all([...this._opened].map((view) => this.lists[view].reload()));
  }

  loadMore(): Promise<void> {
    return this.list.loadMore();
  }

  private _body(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(".body.virtual");
  }

  /** The drawn row `i` of the rows shown, if it is in the DOM. */
  rowAt(i: number): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(`.body [aria-rowindex="${i + 2}"]`);
  }

  activate(i: number): void {
    const row = this.rows[i];
    if (!row) return;
    if (this.view === "payments") emit(this.host, "payrex-payment-select", { payment: row as Payment });
    else emit(this.host, "payrex-statement-select", { billingStatement: row as BillingStatement });
  }

  select(view: HistoryView): void {
    if (view === this.view) return;
    this.host.view = view;
    this.host.statusFilter = "";
  }

  readonly onTabKey = async (e: KeyboardEvent): Promise<void> => {
    const views = this.views;
    const i = views.indexOf(this.view);
    const n = views.length;
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1 + n, Home: 0, End: n - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const view = views[next % n]!;
    this.select(view);
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(`#tab-${view}`)?.focus();
  };

  readonly onFilter = (e: Event): void => {
    this.host.statusFilter = (e.target as HTMLSelectElement).value;
  };

  readonly onSort = (e: Event): void => {
    this.host.sort = (e.target as HTMLSelectElement).value as HistorySort;
  };

  /**
   * The retry of a failed first page. Its button goes while loading: keyboard focus comes back to
   * the first row, or to the new "Try again" if it failed again, or to the tab.
   */
  readonly retry = async (): Promise<void> => {
    await this.list.reload();
    const root = this.host.renderRoot as ShadowRoot;
    if (!root.activeElement) {
      (
        this.rowAt(this.focus.active)?.querySelector<HTMLElement>(".open") ??
        root.querySelector<HTMLElement>('[part~="retry"]') ??
        root.querySelector<HTMLElement>('[aria-selected="true"]')
      )?.focus();
    }
  };

  readonly onMore = async (): Promise<void> => {
    const list = this.list;
    if (list.loadingPage) return;
    const first = list.items.length;
    // Retries a failed page too: `loadMore()` asks for the page after the last row either way.
    await list.loadMore();
    // After the last page the button is gone: continue from the first new row instead.
    if (!(this.host.renderRoot as ShadowRoot).activeElement && !list.hasMore) {
      const row = list.items[first];
      const i = row ? this.rows.indexOf(row) : -1;
      void this.focus.focus(i >= 0 ? i : this.rows.length - 1);
    }
  };

  readonly onRange = (e: Event & { first?: number; last?: number }): void => {
    this.focus.rangeChanged(e.first ?? 0, e.last ?? -1);
  };
}

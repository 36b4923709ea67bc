import { html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { Task } from "@lit/task";
import { PayrexDataElement } from "../../core/payrex-element.js";
import { emit } from "../../core/events.js";
import { formatDate, formatMoney } from "../../core/format.js";
import { PayrexError, isAbort } from "../../api/errors.js";
import type { PayrexAdapter } from "../../api/adapter.js";
import type { BillingStatement, List, Payment } from "../../api/schemas.js";
import type { Params } from "../../core/i18n.js";
import { styles as historyStyles } from "./payment-history.styles.js";
import { t } from "./payment-history.messages.js";
import type { PayrexPaymentHistory, PaymentHistorySort, PaymentHistoryView } from "./payment-history.js";

export const styles = [historyStyles];

type Row = Payment | BillingStatement;
type Virtual = typeof import("./virtual.js");

/** One list of one customer, as far as it has been loaded. */
interface Feed {
  rows: Row[];
  hasMore: boolean;
  /** The first page has arrived. */
  loaded: boolean;
  /** The signal of the request in flight for this list, if any. */
  busy?: AbortSignal;
  error?: PayrexError;
}

/** Everything loaded for one customer through one adapter; replaced as a whole when either changes. */
interface Source {
  customerId: string | undefined;
  adapter: PayrexAdapter | PayrexError;
  feeds: Record<PaymentHistoryView, Feed>;
}

const VIEWS: PaymentHistoryView[] = ["payments", "billing-statements"];
const PAYMENT_COLUMNS = ["date", "description", "method", "amount", "refunded", "status", "statement"];
const STATEMENT_COLUMNS = ["number", "description", "dueDate", "amount", "status"];
const NUMERIC = new Set(["amount", "refunded"]);
const PAYMENT_STATUSES = ["pending", "paid", "failed"];
const STATEMENT_STATUSES = ["draft", "open", "overdue", "paid", "void", "uncollectible"];
const TONES: Record<string, string> = {
  paid: "success",
  pending: "warning",
  open: "info",
  failed: "danger",
  overdue: "danger",
  uncollectible: "danger",
};
const METHODS = ["gcash", "maya", "qrph", "billease", "bdo_installment"];
const BRANDS: Record<string, string> = {
  visa: "Visa",
  mastercard: "Mastercard",
  amex: "American Express",
  american_express: "American Express",
  jcb: "JCB",
  discover: "Discover",
  unionpay: "UnionPay",
};
/**
 * More rows than this are virtualised (one full page of 100 never is). Until the virtualizer has
 * loaded, at most twice as many are drawn.
 */
const VIRTUAL_AT = 100;
const SKELETON_ROWS = 5;

// The virtualizer is loaded once, on first need, and shared by every instance.
let virtualModule: Virtual | undefined;
let virtualLoading: Promise<Virtual> | undefined;

const emptyFeed = (): Feed => ({ rows: [], hasMore: false, loaded: false });

/**
 * The payment history's behaviour, templates and styles, loaded on first use (see
 * `PayrexPaymentHistory` for the public surface). Extends the element's base class so `super` calls
 * reach the base.
 */
// The element's public properties, declared (and documented) once on the element class.
export interface PaymentHistoryImpl extends Omit<PayrexPaymentHistory, keyof PayrexDataElement> {}
export class PaymentHistoryImpl extends PayrexDataElement {
  /** Index (in the shown rows) of the row that takes Tab focus. */
  private declare _active: number;

  private declare _locale: string;
  private declare _source?: Source;
  private declare _view: PaymentHistoryView;
  private declare _views: PaymentHistoryView[];
  private declare _rows: Row[];
  private declare _statuses: string[];
  private declare _numbers: Map<string, string>;
  private declare _memo: unknown[];
  private declare _numbersFrom?: Row[];
  private declare _layout?: object;
  private declare _focusToken: number;

  private declare _first: Task<readonly [Source | undefined, PaymentHistoryView], void>;
  private declare _more: Task<readonly [Source | undefined, PaymentHistoryView], void>;

  protected override init(): void {
    this._active = 0;
    this._locale = "en";
    this._view = "payments";
    this._views = VIEWS;
    this._rows = [];
    this._statuses = [];
    this._numbers = new Map();
    this._memo = [];
    this._focusToken = 0;
    this._first = new Task(this, {
      args: () => [this._source, this._view] as const,
      task: ([source, view], { signal }) => this._fetch(source!, view, signal, false),
    });
    this._more = new Task(this, {
      autoRun: false,
      args: () => [this._source, this._view] as const,
      task: ([source, view], { signal }) => this._fetch(source!, view, signal, true),
    });
    // Handed to map() and the virtualizer as they are, so they carry their `this`.
    this._paymentRow = this._paymentRow.bind(this);
    this._statementRow = this._statementRow.bind(this);
  }

  /** Loads the history again from the first page. */
  async reload(): Promise<void> {
    this._source = undefined;
    this.requestUpdate();
    await this.updateComplete;
    await this._first.taskComplete;
    await this.updateComplete;
  }

  /** Appends the next page of the current list, if there is one. */
  async loadMore(): Promise<void> {
    const feed = this._feed;
    if (!feed?.loaded || !feed.hasMore || feed.busy) return;
    await this._more.run();
    await this.updateComplete;
  }

  private get _feed(): Feed | undefined {
    return this._source?.feeds[this._view];
  }

  private get _limit(): number {
    const n = Math.trunc(Number(this.pageSize));
    return n >= 1 ? Math.min(n, 100) : 20;
  }

  private async _fetch(source: Source, view: PaymentHistoryView, signal: AbortSignal, more: boolean): Promise<void> {
    const { customerId, adapter } = source;
    const feed = source.feeds[view];
    if (!customerId || adapter instanceof PayrexError) return;
    if (more ? !feed.loaded || !feed.hasMore : feed.loaded) return;
    feed.busy = signal;
    feed.error = undefined;
    this.requestUpdate();
    try {
      // Cursor paging: the next page starts after the last row we have, so no row is fetched twice.
      const page = more ? { limit: this._limit, after: feed.rows[feed.rows.length - 1]!.id } : { limit: this._limit };
      const list: List<Row> =
        view === "payments"
          ? await adapter.listPayments(customerId, page, { signal })
          : await adapter.listBillingStatements(customerId, page, { signal });
      if (signal.aborted || source !== this._source) return;
      feed.rows = more ? feed.rows.concat(list.data) : list.data;
      // An empty page that claims more would page forever.
      feed.hasMore = list.has_more && list.data.length > 0;
      feed.loaded = true;
    } catch (error) {
      if (signal.aborted || source !== this._source || isAbort(error)) return;
      feed.error = this.emitError(error);
    } finally {
      if (feed.busy === signal) feed.busy = undefined;
      this.requestUpdate();
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this._locale = this.resolvedLocale;
    const adapter = this.resolvedAdapter;
    const source = this._source;
    if (!source || source.customerId !== this.customerId || source.adapter !== adapter) {
      // Another customer's rows go before this render, not after the next response.
      this._more.abort();
      this._source = {
        customerId: this.customerId,
        adapter,
        feeds: { payments: emptyFeed(), "billing-statements": emptyFeed() },
      };
      this._active = 0;
    }
    const wanted = String(this.views ?? "")
      .split(/[\s,]+/)
      .filter((v): v is PaymentHistoryView => VIEWS.includes(v as PaymentHistoryView));
    this._views = wanted.length ? VIEWS.filter((v) => wanted.includes(v)) : VIEWS;
    this._view = this._views.includes(this.view) ? this.view : this._views[0]!;

    const feed = this._feed!;
    const memo = [feed.rows, this._view, this.statusFilter, this.sort];
    if (memo.some((v, i) => v !== this._memo[i])) {
      if (memo.slice(1).some((v, i) => v !== this._memo[i + 1])) this._active = 0;
      this._memo = memo;
      this._derive(feed.rows);
    }
    const statements = this._source!.feeds["billing-statements"].rows;
    if (statements !== this._numbersFrom) {
      this._numbersFrom = statements;
      this._numbers = new Map(
        (statements as BillingStatement[]).flatMap((s) => (s.billing_statement_number ? [[s.id, s.billing_statement_number]] : [])),
      );
    }
    // Fetch the virtualizer as soon as the next page could cross the threshold.
    if (!virtualModule && (this._rows.length > VIRTUAL_AT || (feed.hasMore && feed.rows.length + this._limit > VIRTUAL_AT))) {
      virtualLoading ??= import("./virtual.js");
      virtualLoading.then((m) => {
        virtualModule = m;
        this.requestUpdate();
      });
    }
  }

  /** Filters and sorts the loaded rows into the rows shown, and lists the statuses present. */
  private _derive(all: Row[]): void {
    const known = this._view === "payments" ? PAYMENT_STATUSES : STATEMENT_STATUSES;
    const now = Date.now() / 1000;
    const seen = new Set<string>();
    const filter = this.statusFilter;
    const rows: Row[] = [];
    for (const row of all) {
      const status = this._statusOf(row, now);
      seen.add(status);
      if (!filter || status === filter) rows.push(row);
    }
    const sign = this.sort === "oldest" ? 1 : -1;
    // Statements sort by due date (the date their table shows); drafts may not have one yet.
    const date = (row: Row) => (this._view === "payments" ? row.created_at : ((row as BillingStatement).due_at ?? row.created_at)) ?? 0;
    this._rows = rows.sort((a, b) => sign * (date(a) - date(b)));
    this._statuses = [...known, ...[...seen].filter((s) => s && !known.includes(s))];
  }

  private _statusOf(row: Row, now = Date.now() / 1000): string {
    if (this._view === "payments") return row.status;
    const s = row as BillingStatement;
    return s.status === "open" && s.due_at != null && s.due_at < now ? "overdue" : s.status;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Column names for the stacked-card layout, drawn by CSS next to each value.
    const table = this.renderRoot.querySelector<HTMLElement>('[role="table"]');
    if (table) this._columns.forEach((key, i) => table.style.setProperty(`--_l${i + 1}`, JSON.stringify(this._t(key))));
  }

  /** Translates with the locale resolved for this render (rows would otherwise resolve it per cell). */
  private _t(key: string, params?: Params): string {
    return t(this._locale, key, params);
  }

  private get _columns(): string[] {
    return this._view === "payments" ? PAYMENT_COLUMNS : STATEMENT_COLUMNS;
  }

  // ——— events ———

  private _select(view: PaymentHistoryView): void {
    if (view === this._view) return;
    this.view = view;
    this.statusFilter = "";
  }

  private async _onTabKey(e: KeyboardEvent): Promise<void> {
    const views = this._views;
    const i = views.indexOf(this._view);
    const n = views.length;
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1 + n, Home: 0, End: n - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const view = views[next % n]!;
    this._select(view);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${view}`)?.focus();
  }

  private _rowIndex(target: EventTarget | null): number {
    const row = (target as Element | null)?.closest?.('.body [role="row"]');
    return row ? Number(row.getAttribute("aria-rowindex")) - 2 : -1;
  }

  private _onRowClick(e: MouseEvent): void {
    const i = this._rowIndex(e.target);
    if (i < 0) return;
    this._active = i;
    this._activate(i);
  }

  /** The roving tabindex follows focus, however a row got it (Tab, a screen reader, a script). */
  private _onRowFocus(e: FocusEvent): void {
    const i = this._rowIndex(e.target);
    if (i >= 0) this._active = i;
  }

  private _onRowKey(e: KeyboardEvent): void {
    const target = e.target as Element;
    // The row group holds focus while the active row is scrolled out of a virtualised list.
    const held = target.classList.contains("virtual");
    const i = held ? this._active : this._rowIndex(target);
    if (i < 0 || (!held && target.getAttribute("role") !== "row")) return;
    const key = e.key;
    if (key === "Enter" || key === " ") {
      e.preventDefault();
      this._activate(i);
      return;
    }
    const next = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: this._rows.length - 1, PageDown: i + 10, PageUp: i - 10 }[
      key
    ];
    if (next === undefined) return;
    e.preventDefault();
    this._focusRow(next);
  }

  private _activate(i: number): void {
    const row = this._rows[i];
    if (!row) return;
    if (this._view === "payments") emit(this, "payrex-payment-select", { payment: row as Payment });
    else emit(this, "payrex-statement-select", { billingStatement: row as BillingStatement });
  }

  private _rowAt(i: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`.body [aria-rowindex="${i + 2}"]`);
  }

  /** Moves the roving focus to row `i`, scrolling a virtualised row into the DOM first. */
  private async _focusRow(i: number): Promise<void> {
    const n = this._rows.length;
    if (!n) return;
    const index = (this._active = Math.max(0, Math.min(n - 1, i)));
    const token = ++this._focusToken;
    await this.updateComplete;
    const root = this.renderRoot as ShadowRoot;
    const body = root.querySelector<HTMLElement>(".body");
    // A virtualised row may not be drawn yet, and the virtualizer may redraw it while it measures
    // rows: aim at its estimated place until it is there, and keep focus on it until it settles.
    let focused: HTMLElement | undefined;
    for (let frame = 0, steady = 0; frame < 30 && steady < 2 && token === this._focusToken; frame++) {
      // Focus moved away (not just held by the row group while a redrawn row comes back): that was
      // the user, stop here.
      if (focused && root.activeElement !== focused && (focused.isConnected || root.activeElement !== body)) return;
      const row = this._rowAt(index);
      if (!row) {
        steady = 0;
        if (body) body.scrollTop = (body.scrollHeight * index) / n;
      } else if (root.activeElement !== row) {
        steady = 0;
        (focused = row).focus();
      } else steady++;
      if (!body?.classList.contains("virtual") && row) break;
      await new Promise(requestAnimationFrame);
    }
  }

  /** Keeps a visible row tabbable when the active one has been scrolled out of a virtualised list. */
  private _onVisibility(e: Event & { first?: number; last?: number }): void {
    const { first = 0, last = -1 } = e;
    const body = e.currentTarget as HTMLElement;
    const active = (this.renderRoot as ShadowRoot).activeElement;
    // Scrolled back to the row that had focus: give it back (once drawn: this event comes first).
    if (active === body) {
      queueMicrotask(() => (this.renderRoot as ShadowRoot).activeElement === body && this._rowAt(this._active)?.focus({ preventScroll: true }));
    } else if (!body.contains(active) && first >= 0 && (this._active < first || this._active > last)) this._active = first;
  }

  /**
   * The virtualizer removes rows scrolled far out of view, and a removed row takes focus with it (to
   * the page): the row group keeps it instead, so the arrow keys go on from that row.
   */
  private _onBodyFocusOut(e: FocusEvent): void {
    const row = e.target as HTMLElement;
    const body = e.currentTarget as HTMLElement;
    if (e.relatedTarget || row === body) return;
    queueMicrotask(() => {
      if (!row.isConnected && body.isConnected && !(this.renderRoot as ShadowRoot).activeElement) {
        body.focus({ preventScroll: true });
      }
    });
  }

  private _onFilter(e: Event): void {
    this.statusFilter = (e.target as HTMLSelectElement).value;
  }

  private _onSort(e: Event): void {
    this.sort = (e.target as HTMLSelectElement).value as PaymentHistorySort;
  }

  private async _retry(): Promise<void> {
    await this._first.run();
    await this.updateComplete;
    // The retry button is gone: keep keyboard users in the element.
    if (!(this.renderRoot as ShadowRoot).activeElement) {
      (this._rowAt(this._active) ?? this.renderRoot.querySelector<HTMLElement>('[aria-selected="true"], [part~="retry-button"]'))?.focus();
    }
  }

  private async _onMore(): Promise<void> {
    const feed = this._feed;
    if (!feed || feed.busy) return;
    const before = feed.rows.length;
    await (feed.error ? this._more.run() : this.loadMore());
    await this.updateComplete;
    // After the last page the button is gone: continue from the first new row instead.
    if (!(this.renderRoot as ShadowRoot).activeElement && !feed.hasMore) {
      const first = feed.rows[before];
      const i = first ? this._rows.indexOf(first) : -1;
      this._focusRow(i >= 0 ? i : this._rows.length - 1);
    }
  }

  // ——— rendering ———

  protected override render() {
    const adapter = this.resolvedAdapter;
    if (adapter instanceof PayrexError) return this.renderConfigError(adapter);
    const view = this._view;
    const tabs = this._views.length > 1;
    const feed = this._feed!;
    return html`${tabs
        ? html`<div role="tablist" part="tabs" aria-label=${this._t("tabs")} @keydown=${this._onTabKey}>
            ${this._views.map(
              (v) =>
                html`<button
                  role="tab"
                  part="tab"
                  id="tab-${v}"
                  aria-selected=${v === view}
                  aria-controls="panel"
                  tabindex=${v === view ? 0 : -1}
                  @click=${() => this._select(v)}
                >
                  ${this._t(v === "payments" ? "payments" : "statements")}
                </button>`,
            )}
          </div>`
        : nothing}
      <div
        id="panel"
        part="panel"
        role=${tabs ? "tabpanel" : nothing}
        aria-labelledby=${tabs ? `tab-${view}` : nothing}
        aria-busy=${feed.busy ? "true" : "false"}
      >
        ${this._renderPanel(feed)}
      </div>`;
  }

  private _renderPanel(feed: Feed) {
    const payments = this._view === "payments";
    if (!this._source!.customerId) return html`<p class="empty" part="empty">${this._t("noCustomer")}</p>`;
    if (!feed.loaded) {
      if (feed.error && !feed.busy) {
        return html`<div part="alert" role="alert">
          ${this._t(payments ? "errorPayments" : "errorStatements")} ${this._reason(feed.error)}
          <button part="retry-button" @click=${this._retry}>${this.retryLabel}</button>
        </div>`;
      }
      return html`<p class="visually-hidden" role="status">
          ${this._t(payments ? "loadingPayments" : "loadingStatements")}
        </p>
        <div class="skeleton" part="skeleton" aria-hidden="true">
          ${Array.from({ length: SKELETON_ROWS }, () => html`<span></span>`)}
        </div>`;
    }
    if (!feed.rows.length) {
      return html`<p class="empty" part="empty">${this._t(payments ? "emptyPayments" : "emptyStatements")}</p>`;
    }
    const rows = this._rows;
    return html`${this.filterable ? this._renderControls() : nothing}
      ${rows.length ? this._renderTable(rows) : html`<p class="empty" part="empty">${this._t("noMatches")}</p>`}
      <div class="foot">
        ${feed.error ? html`<div part="alert" role="alert">
              ${this._t(payments ? "moreErrorPayments" : "moreErrorStatements")} ${this._reason(feed.error)}
            </div>` : nothing}
        ${feed.hasMore || feed.busy
          ? html`<button part="more-button" aria-disabled=${feed.busy ? "true" : "false"} @click=${this._onMore}>
              ${feed.busy
                ? html`<span class="spinner" aria-hidden="true"></span> ${this._t("loadingMore")}`
                : feed.error
                  ? this.retryLabel
                  : this._t("loadMore")}
            </button>`
          : nothing}
        <p class="visually-hidden" role="status">
          ${this._t(payments ? "shownPayments" : "shownStatements", { n: rows.length })}
        </p>
      </div>`;
  }

  private _reason(error: PayrexError): string {
    return this._t(error.kind === "network" || error.kind === "timeout" ? error.kind : "server");
  }

  private _renderControls() {
    const status = this.statusFilter;
    return html`<div class="controls" part="controls">
      <label
        >${this._t("filter")}
        <select part="filter" @change=${this._onFilter}>
          <option value="" ?selected=${!status}>${this._t("all")}</option>
          ${this._statuses.map((s) => html`<option value=${s} ?selected=${s === status}>${this._statusLabel(s)}</option>`)}
        </select></label
      >
      <label
        >${this._t("sort")}
        <select part="sort" @change=${this._onSort}>
          ${(["newest", "oldest"] as const).map(
            (s) => html`<option value=${s} ?selected=${s === this.sort}>${this._t(s)}</option>`,
          )}
        </select></label
      >
    </div>`;
  }

  private _renderTable(rows: Row[]) {
    const payments = this._view === "payments";
    const renderRow = payments ? this._paymentRow : this._statementRow;
    const virtual = rows.length > VIRTUAL_AT ? virtualModule : undefined;
    return html`<div class="frame" part="frame">
      <div
        role="table"
        part="table"
        class=${payments ? "payments" : "statements"}
        aria-label=${this._t(payments ? "payments" : "statements")}
        aria-rowcount=${rows.length + 1}
        @click=${this._onRowClick}
        @keydown=${this._onRowKey}
        @focusin=${this._onRowFocus}
      >
        <div role="rowgroup" class="head">
          <div role="row" class="row" part="header-row" aria-rowindex="1">
            ${this._columns.map(
              (key) => html`<div role="columnheader" class=${NUMERIC.has(key) ? "num" : ""}>${this._t(key)}</div>`,
            )}
          </div>
        </div>
        ${virtual
          ? // The row group scrolls itself: the directive first runs before its element is in the
            // document, when the virtualizer cannot find a scrolling ancestor yet.
            html`<div
              role="rowgroup"
              class="body virtual"
              part="body"
              tabindex="-1"
              @visibilityChanged=${this._onVisibility}
              @focusout=${this._onBodyFocusOut}
            >
              ${virtual.virtualize({
                items: rows,
                renderItem: renderRow as (row: Row, i: number) => TemplateResult,
                keyFunction: (row: Row) => row.id,
                layout: (this._layout ??= virtual.flow()),
                scroller: true,
              })}
            </div>`
          : html`<div role="rowgroup" class="body" part="body">
              ${rows.slice(0, 2 * VIRTUAL_AT).map(renderRow as (row: Row, i: number) => TemplateResult)}
            </div>`}
      </div>
    </div>`;
  }

  private _statusLabel(status: string): string {
    return PAYMENT_STATUSES.includes(status) || STATEMENT_STATUSES.includes(status) ? this._t(status) : status;
  }

  private _method(p: Payment) {
    const method = p.payment_method;
    if (!method?.type) return nothing;
    if (method.type === "card") {
      const card = method.card;
      const brand = card?.brand ? (BRANDS[card.brand.toLowerCase()] ?? card.brand) : this._t("card");
      return card?.last4
        ? html`<span aria-hidden="true">${brand} •••• ${card.last4}</span
            ><span class="visually-hidden">${this._t("cardEnding", { brand, last4: card.last4 })}</span>`
        : brand;
    }
    return METHODS.includes(method.type) ? this._t(method.type) : method.type;
  }

  private _refund(p: Payment) {
    const refunded = p.amount_refunded ?? 0;
    return refunded > 0
      ? `${formatMoney(refunded, p.currency, this._locale)} (${this._t(refunded >= p.amount ? "full" : "partial")})`
      : nothing;
  }

  // Rows are flat templates with plain-text cells: they are most of what the element draws. An empty
  // cell stays empty (screen readers say "blank"); CSS draws a dash in it.
  private _paymentRow(p: Payment, i: number): TemplateResult {
    const locale = this._locale;
    const statement = p.billing_statement_id;
    const tone = TONES[p.status] ?? "";
    return html`<div role="row" class="row" part="row" aria-rowindex=${i + 2} tabindex=${i === this._active ? 0 : -1}>
      <div role="cell">${formatDate(p.created_at, locale, "datetime")}</div>
      <div role="cell">${p.description || nothing}</div>
      <div role="cell">${this._method(p)}</div>
      <div role="cell" class="num">${formatMoney(p.amount, p.currency, locale)}</div>
      <div role="cell" class="num">${this._refund(p)}</div>
      <div role="cell"><span class="badge ${tone}" part=${tone ? `status status-${tone}` : "status"}>${this._statusLabel(p.status)}</span></div>
      <div role="cell">${statement ? (this._numbers.get(statement) ?? statement) : nothing}</div>
    </div>`;
  }

  private _statementRow(s: BillingStatement, i: number): TemplateResult {
    const locale = this._locale;
    const status = this._statusOf(s);
    const tone = TONES[status] ?? "";
    return html`<div role="row" class="row" part="row" aria-rowindex=${i + 2} tabindex=${i === this._active ? 0 : -1}>
      <div role="cell">${s.billing_statement_number || nothing}</div>
      <div role="cell">${s.description || nothing}</div>
      <div role="cell">${s.due_at != null ? formatDate(s.due_at, locale) : nothing}</div>
      <div role="cell" class="num">${formatMoney(s.amount, s.currency, locale)}</div>
      <div role="cell"><span class="badge ${tone}" part=${tone ? `status status-${tone}` : "status"}>${this._statusLabel(status)}</span></div>
    </div>`;
  }
}

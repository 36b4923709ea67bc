import { html, nothing, type TemplateResult } from "lit";
import { renderLoadError } from "../../core/load-error.js";
import { common } from "../../core/messages.js";
import { PayrexError } from "../../api/errors.js";
import type { BillingStatement, Payment } from "../../api/schemas.js";
import { columnsOf, type Column, type Row } from "./history-rows.js";
import { paymentRow, statementRow, statusLabel } from "./history-row.templates.js";
import type { HistoryController } from "./payment-history.controller.js";

/** Templates of the payment history around its rows: pure functions of its controller's state. */

const NUMERIC = new Set<string>(["amount", "refunded"]);
const SKELETON_ROWS = 20;
/**
 * More rows than this are virtualised (one full page of 100 never is). Until the virtualizer has
 * loaded, at most twice as many are drawn.
 */
export const VIRTUAL_AT = 100;

export function renderHistory(c: HistoryController): unknown {
  const { host, view } = c;
  const adapter = host.resolvedAdapter;
  if (adapter instanceof PayrexError) return renderLoadError(c.locale, adapter);
  const tabs = c.views.length > 1;
  const list = c.list;
  return html`${tabs
      ? html`<div role="tablist" part="tabs" aria-label=${c.tr("tabs")} @keydown=${c.onTabKey}>
          ${c.views.map(
            (v) =>
              html`<button
                role="tab"
                part="tab"
                id="tab-${v}"
                aria-selected=${v === view}
                aria-controls="panel"
                tabindex=${v === view ? 0 : -1}
                @click=${() => c.select(v)}
              >
                ${c.tr(v === "payments" ? "payments" : "statements")}
              </button>`,
          )}
        </div>`
      : nothing}
    <div
      id="panel"
      part="panel"
      role=${tabs ? "tabpanel" : nothing}
      aria-labelledby=${tabs ? `tab-${view}` : nothing}
      aria-busy=${list.loading || list.loadingPage ? "true" : "false"}
    >
      ${host.customerId
        ? list.render(
            { pending: () => (c.skeleton ? renderSkeleton(c) : nothing), complete: (items) => renderLoaded(c, items) },
            () => ({ title: c.tr(view === "payments" ? "errorPayments" : "errorStatements"), retry: c.retry }),
          )
        : empty(c.tr("noCustomer"))}
    </div>`;
}

/** What is missing, then (`next`) what will appear here and when, or what to do. */
function empty(what: string, next?: string) {
  return html`<div class="empty" part="empty">
    <p class="what">${what}</p>
    ${next ? html`<p>${next}</p>` : nothing}
  </div>`;
}

/** The header row group: the columns' names. */
function header(c: HistoryController, columns: readonly Column[]) {
  return html`<div role="rowgroup" class="head">
    <div role="row" class="row" part="header-row" aria-rowindex="1">
      ${columns.map((key) => html`<div role="columnheader" class=${NUMERIC.has(key) ? "num" : ""}>${c.tr(key)}</div>`)}
    </div>
  </div>`;
}

/**
 * While the first page loads: the table itself, with the view's column names over a page of
 * placeholder rows (up to 20), so the layout does not jump when the rows arrive. Hidden from
 * assistive technology, which hears the status line instead.
 */
function renderSkeleton(c: HistoryController) {
  const columns = columnsOf(c.view, []);
  const cells = columns.map(() => html`<div role="cell"><span class="bone"></span></div>`);
  return html`<p class="visually-hidden" role="status">
      ${c.tr(c.view === "payments" ? "loadingPayments" : "loadingStatements")}
    </p>
    <div class="frame" part="skeleton" aria-hidden="true">
      <div role="table" class=${c.view === "payments" ? "payments" : "statements"}>
        ${header(c, columns)}
        <div role="rowgroup">
          ${Array.from({ length: Math.min(c.list.pageSize, SKELETON_ROWS) }, () => html`<div role="row" class="row">${cells}</div>`)}
        </div>
      </div>
    </div>`;
}

function renderLoaded(c: HistoryController, items: Row[]) {
  const payments = c.view === "payments";
  if (!items.length) {
    return payments ? empty(c.tr("emptyPayments"), c.tr("emptyPaymentsWhy")) : empty(c.tr("emptyStatements"), c.tr("emptyStatementsWhy"));
  }
  const { list, rows } = c;
  const error = list.pageError;
  return html`${c.host.filterable ? renderControls(c) : nothing}
    ${rows.length
      ? renderTable(c)
      : empty(c.tr(payments ? "noMatchPayments" : "noMatchStatements"), c.tr("showAll", { all: c.tr("all") }))}
    <div class="foot">
      ${error
        ? renderLoadError(c.locale, error, { title: c.tr(payments ? "moreErrorPayments" : "moreErrorStatements") })
        : nothing}
      ${list.hasMore
        ? html`<button part="more-button" aria-disabled=${list.loadingPage ? "true" : "false"} @click=${c.onMore}>
            ${list.loadingPage
              ? html`<span class="spinner" aria-hidden="true"></span> ${c.tr("loadingMore")}`
              : error
                ? common(c.locale, "retry")
                : c.tr("loadMore")}
          </button>`
        : nothing}
      <p class="visually-hidden" role="status">${c.tr(payments ? "shownPayments" : "shownStatements", { n: rows.length })}</p>
    </div>`;
}

function renderControls(c: HistoryController) {
  const { statusFilter: status, sort } = c.host;
  return html`<div class="controls" part="controls">
    <label
      >${c.tr("filter")}
      <select part="filter" @change=${c.onFilter}>
        <option value="" ?selected=${!status}>${c.tr("all")}</option>
        ${c.statuses.map((s) => html`<option value=${s} ?selected=${s === status}>${statusLabel(c, s)}</option>`)}
      </select></label
    >
    <label
      >${c.tr("sort")}
      <select part="sort" @change=${c.onSort}>
        ${(["newest", "oldest"] as const).map((s) => html`<option value=${s} ?selected=${s === sort}>${c.tr(s)}</option>`)}
      </select></label
    >
  </div>`;
}

function renderTable(c: HistoryController) {
  const payments = c.view === "payments";
  const rows = c.rows;
  const renderRow = (payments ? (p: Payment, i: number) => paymentRow(c, p, i) : (s: BillingStatement, i: number) => statementRow(c, s, i)) as (
    row: Row,
    i: number,
  ) => TemplateResult;
  const virtual = c.virtual;
  const { focus } = c;
  return html`<div class=${c.boxed ? "frame boxed" : "frame"} part="frame">
    <div
      role="table"
      part="table"
      class="${payments ? "payments" : "statements"} ${c.columns.join(" ")}${c.columns.length > 5 ? " wide" : ""}"
      aria-label=${c.tr(payments ? "payments" : "statements")}
      aria-rowcount=${c.list.hasMore ? -1 : rows.length + 1}
      @click=${focus.onClick}
      @keydown=${focus.onKeydown}
      @focusin=${focus.onFocusin}
    >
      ${header(c, c.columns)}
      ${virtual
        ? // The page (or the boxed frame) scrolls: the virtualizer finds that box when it starts, so
          // it starts once its row group is in the document (the render after the one adding it).
          html`<div
            role="rowgroup"
            class="body virtual"
            part="body"
            tabindex="-1"
            @visibilityChanged=${c.onRange}
            @focusout=${focus.onFocusout}
          >
            ${c.virtualReady
              ? virtual.virtualize({
                  items: rows,
                  renderItem: renderRow,
                  keyFunction: (row: Row) => row.id,
                  layout: (c.layout ??= virtual.flow()),
                })
              : nothing}
          </div>`
        : html`<div role="rowgroup" class="body" part="body">
            ${(c.printing ? rows : rows.slice(0, 2 * VIRTUAL_AT)).map(renderRow)}
          </div>`}
    </div>
  </div>`;
}


import { html, nothing, type TemplateResult } from "lit";
import { formatDate, formatMoney } from "../../core/format.js";
import { renderLoadError } from "../../core/load-error.js";
import { common } from "../../core/messages.js";
import { PayrexError } from "../../api/errors.js";
import type { BillingStatement, Payment } from "../../api/schemas.js";
import { columnsOf, PAYMENT_STATUSES, STATEMENT_STATUSES, statusOf, type Row } from "./history-rows.js";
import type { HistoryMessage } from "./payment-history.messages.js";
import type { HistoryController } from "./payment-history.controller.js";

/** Templates of the payment history: pure functions of its controller's state. */

const NUMERIC = new Set<string>(["amount", "refunded"]);
const TONES: Record<string, string> = {
  paid: "success",
  pending: "warning",
  open: "info",
  failed: "danger",
  overdue: "danger",
  uncollectible: "danger",
};
/** Names of payment methods and card brands: the same in every language. */
const NAMES: Record<string, string> = {
  gcash: "GCash",
  maya: "Maya",
  qrph: "QR Ph",
  billease: "BillEase",
  bdo_installment: "BDO Installment",
  visa: "Visa",
  mastercard: "Mastercard",
  amex: "American Express",
  american_express: "American Express",
  jcb: "JCB",
  discover: "Discover",
  unionpay: "UnionPay",
};
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
            { pending: () => renderSkeleton(c), complete: (items) => renderLoaded(c, items) },
            () => ({ title: c.tr(view === "payments" ? "errorPayments" : "errorStatements"), retry: c.retry }),
          )
        : empty(c.tr("noCustomer"))}
    </div>`;
}

/**
 * While the first page loads: the table itself, with the view's column names over a page of
 * placeholder rows (up to 20), so the layout does not jump when the rows arrive. Hidden from
 * assistive technology, which hears the status line instead.
 */
/** What is missing, then (`next`) what will appear here and when, or what to do. */
function empty(what: string, next?: string) {
  return html`<div class="empty" part="empty">
    <p class="what">${what}</p>
    ${next ? html`<p>${next}</p>` : nothing}
  </div>`;
}

function renderSkeleton(c: HistoryController) {
  const columns = columnsOf(c.view, []);
  const cells = columns.map(() => html`<div role="cell"><span class="bone"></span></div>`);
  return html`<p class="visually-hidden" role="status">
      ${c.tr(c.view === "payments" ? "loadingPayments" : "loadingStatements")}
    </p>
    <div class="frame" part="skeleton" aria-hidden="true">
      <div role="table" class=${c.view === "payments" ? "payments" : "statements"}>
        <div role="rowgroup" class="head">
          <div role="row" class="row" part="header-row">
            ${columns.map((key) => html`<div role="columnheader" class=${NUMERIC.has(key) ? "num" : ""}>${c.tr(key)}</div>`)}
          </div>
        </div>
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
      <div role="rowgroup" class="head">
        <div role="row" class="row" part="header-row" aria-rowindex="1">
          ${c.columns.map((key) => html`<div role="columnheader" class=${NUMERIC.has(key) ? "num" : ""}>${c.tr(key)}</div>`)}
        </div>
      </div>
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

function statusLabel(c: HistoryController, status: string): string {
  return PAYMENT_STATUSES.includes(status) || STATEMENT_STATUSES.includes(status) ? c.tr(status as HistoryMessage) : status;
}

function badge(c: HistoryController, status: string) {
  const tone = TONES[status] ?? "";
  return html`<span class="badge ${tone}" part=${tone ? `status status-${tone}` : "status"}>${statusLabel(c, status)}</span>`;
}

function method(c: HistoryController, p: Payment) {
  const method = p.payment_method;
  if (!method?.type) return nothing;
  if (method.type === "card") {
    const card = method.card;
    const brand = card?.brand ? (NAMES[card.brand.toLowerCase()] ?? card.brand) : c.tr("card");
    return card?.last4
      ? html`<span aria-hidden="true">${brand} •••• ${card.last4}</span
          ><span class="visually-hidden">${c.tr("cardEnding", { brand, last4: card.last4 })}</span>`
      : brand;
  }
  return NAMES[method.type] ?? clamp(method.type);
}

function refund(c: HistoryController, p: Payment) {
  const refunded = p.amount_refunded ?? 0;
  return refunded > 0 ? `${formatMoney(refunded, p.currency, c.locale)} (${c.tr(refunded >= p.amount ? "full" : "partial")})` : nothing;
}

/** Text from the backend, kept to a few lines however long (a 10,000-character word included). */
function clamp(text: string | null | undefined) {
  return text ? html`<span class="clamp">${text}</span>` : nothing;
}

// Rows are flat templates with plain-text cells: they are most of what the element draws. An empty
// cell stays empty (screen readers say "blank"); CSS draws a dash in it.
/**
 * A payment's date and time, each kept on one line: a narrow column may break between them, never
 * inside either ("2:26" / "PM").
 */
function dateTime(seconds: number, locale: string) {
  const text = formatDate(seconds, locale, "datetime");
  const date = formatDate(seconds, locale);
  if (!text.startsWith(date)) return html`<span class="nw">${text}</span>`;
  const rest = text.slice(date.length);
  const separator = /^[^\p{L}\p{N}]*/u.exec(rest)![0];
  // One element: a stacked card lays out each child of a cell as a field of its own.
  return html`<span><span class="nw">${date}${separator.trimEnd()}</span> <span class="nw">${rest.slice(separator.length)}</span></span>`;
}

/**
 * The row's button: what it opens in words (its name), a chevron on screen; placed by CSS at the
 * row's end. The row's roving focus lands on it.
 */
function open(c: HistoryController, i: number, label: string) {
  return html`<button class="open" part="open" type="button" tabindex=${c.focus.tabIndex(i)} aria-label=${label}></button>`;
}

function paymentRow(c: HistoryController, p: Payment, i: number): TemplateResult {
  const statement = p.billing_statement_id;
  const amount = formatMoney(p.amount, p.currency, c.locale);
  const what = `${amount}, ${formatDate(p.created_at, c.locale, "datetime")}`;
  return html`<div role="row" class="row" part="row" aria-rowindex=${i + 2}>
    <div role="cell">${dateTime(p.created_at, c.locale)}${open(c, i, c.tr("viewPayment", { what }))}</div>
    <div role="cell">${clamp(p.description)}</div>
    <div role="cell">${method(c, p)}</div>
    <div role="cell" class="num">${amount}</div>
    ${c.columns.includes("refunded") ? html`<div role="cell" class="num">${refund(c, p)}</div>` : nothing}
    <div role="cell">${badge(c, p.status)}</div>
    ${c.columns.includes("statement")
      ? html`<div role="cell">${clamp(statement && (c.numbers.get(statement) ?? statement))}</div>`
      : nothing}
  </div>`;
}

function statementRow(c: HistoryController, s: BillingStatement, i: number): TemplateResult {
  const number = s.billing_statement_number;
  const amount = formatMoney(s.amount, s.currency, c.locale);
  const what = number ? `${number}, ${amount}` : amount;
  return html`<div role="row" class="row" part="row" aria-rowindex=${i + 2}>
    <div role="cell" class=${number ? "" : "blank"}>${clamp(number)}${open(c, i, c.tr("viewStatement", { what }))}</div>
    <div role="cell">${clamp(s.description)}</div>
    <div role="cell">${s.due_at != null ? html`<span class="nw">${formatDate(s.due_at, c.locale)}</span>` : nothing}</div>
    <div role="cell" class="num">${amount}</div>
    <div role="cell">${badge(c, statusOf(s, "billing-statements", c.now))}</div>
  </div>`;
}

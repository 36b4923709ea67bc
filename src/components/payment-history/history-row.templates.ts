import { html, nothing, type TemplateResult } from "lit";
import { formatDate, formatMoney } from "../../core/format.js";
import type { BillingStatement, Payment } from "../../api/schemas.js";
import { paymentMethodLabel, paymentStatusLabel, statementStatusLabel } from "../../core/billing-labels.js";
import { statusOf } from "./history-rows.js";
import type { HistoryController } from "./payment-history.controller.js";

/**
 * Templates of one row of the payment history: most of what the element draws, so each row is a
 * flat template with plain-text cells. An empty cell stays empty (screen readers say "blank"); CSS
 * draws a dash in it.
 */

const TONES: Record<string, string> = {
  paid: "success",
  pending: "warning",
  open: "info",
  failed: "danger",
  overdue: "danger",
  uncollectible: "danger",
};
/** Names of card brands: the same in every language. */
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
 * A row's status in the words the checkout uses too (`billing-labels`): an open statement is
 * "Unpaid", one past its due time "Overdue"; a status PayRex adds later reads as words.
 */
export function statusLabel(c: HistoryController, status: string): string {
  if (c.view === "payments") return paymentStatusLabel(c.locale, status);
  return status === "overdue" ? statementStatusLabel(c.locale, "open", true) : statementStatusLabel(c.locale, status);
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
    const brand = card?.brand ? (BRANDS[card.brand.toLowerCase()] ?? card.brand) : paymentMethodLabel(c.locale, "card");
    return card?.last4
      ? html`<span aria-hidden="true">${brand} •••• ${card.last4}</span
          ><span class="visually-hidden">${c.tr("cardEnding", { brand, last4: card.last4 })}</span>`
      : brand;
  }
  return clamp(paymentMethodLabel(c.locale, method.type));
}

function refund(c: HistoryController, p: Payment) {
  const refunded = p.amount_refunded ?? 0;
  return refunded > 0 ? `${formatMoney(refunded, p.currency, c.locale)} (${c.tr(refunded >= p.amount ? "full" : "partial")})` : nothing;
}

/** Text from the backend, kept to a few lines however long (a 10,000-character word included). */
function clamp(text: string | null | undefined) {
  return text ? html`<span class="clamp">${text}</span>` : nothing;
}

/** `text` that never breaks a line (its spaces made non-breaking): a date, a time. */
const unbroken = (text: string) => text.replace(/ /g, "\u00a0");

/**
 * A payment's date and time (`text`, whose `date` part comes first), each kept on one line: a
 * narrow column may break between them, never inside either ("2:26" / "PM"). Plain text: no
 * element per part, since rows are most of what the element draws.
 */
function dateTime(text: string, date: string): string {
  if (!text.startsWith(date)) return unbroken(text);
  const rest = text.slice(date.length);
  const separator = /^[^\p{L}\p{N}]*/u.exec(rest)![0];
  return `${unbroken(date)}${separator.trimEnd()} ${unbroken(rest.slice(separator.length))}`;
}

/**
 * The row's button: what it opens in words (its name), a chevron on screen; placed by CSS at the
 * row's end. The row's roving focus lands on it.
 */
function open(c: HistoryController, i: number, label: string) {
  return html`<button class="open" part="open" type="button" tabindex=${c.focus.tabIndex(i)} aria-label=${label}></button>`;
}

/**
 * The statement a payment paid: its number once the statements are loaded; until then (or for one
 * not among them) a plain label, the id only in its tooltip, never an id in the column.
 */
function statementPaid(c: HistoryController, id: string | null | undefined) {
  if (!id) return nothing;
  const number = c.numbers.get(id);
  return number ? clamp(number) : html`<span class="unnumbered" title=${id}>${c.tr("statement")}</span>`;
}

export function paymentRow(c: HistoryController, p: Payment, i: number): TemplateResult {
  const statement = p.billing_statement_id;
  const amount = formatMoney(p.amount, p.currency, c.locale);
  const when = formatDate(p.created_at, c.locale, "datetime");
  return html`<div role="row" class="row" part="row" aria-rowindex=${i + 2}>
    <div role="cell">
      ${dateTime(when, formatDate(p.created_at, c.locale))}${open(c, i, c.tr("viewPayment", { what: `${amount}, ${when}` }))}
    </div>
    <div role="cell">${clamp(p.description)}</div>
    <div role="cell">${method(c, p)}</div>
    <div role="cell" class="num">${amount}</div>
    ${c.columns.includes("refunded") ? html`<div role="cell" class="num">${refund(c, p)}</div>` : nothing}
    <div role="cell">${badge(c, p.status)}</div>
    ${c.columns.includes("statement")
      ? html`<div role="cell">${statementPaid(c, statement)}</div>`
      : nothing}
  </div>`;
}

export function statementRow(c: HistoryController, s: BillingStatement, i: number): TemplateResult {
  const number = s.billing_statement_number;
  const amount = formatMoney(s.amount, s.currency, c.locale);
  const what = number ? `${number}, ${amount}` : amount;
  return html`<div role="row" class="row" part="row" aria-rowindex=${i + 2}>
    <div role="cell" class=${number ? "" : "blank"}>${clamp(number)}${open(c, i, c.tr("viewStatement", { what }))}</div>
    <div role="cell">${clamp(s.description)}</div>
    <div role="cell">${s.due_at != null ? unbroken(formatDate(s.due_at, c.locale, "date", c.timeZone)) : nothing}</div>
    <div role="cell" class="num">${amount}</div>
    <div role="cell">${badge(c, statusOf(s, "billing-statements", c.now))}</div>
  </div>`;
}

import { html, nothing, type TemplateResult } from "lit";
import { PayrexError } from "../../api/errors.js";
import type { BillingStatement } from "../../api/schemas.js";
import { formatDate, formatMoney, isoDate } from "../../core/format.js";
import { renderLoadError } from "../../core/load-error.js";
import { describeError } from "../../core/describe-error.js";
import { dueWording, isOverdue } from "./due-date.js";
import { amountLabel, totalsOf } from "./statement-totals.js";
import { renderSkeleton } from "./statement-checkout.skeleton.js";
import type { CheckoutMessage } from "./statement-checkout.messages.js";
import { paymentMethodLabel, statementStatusLabel } from "../../core/billing-labels.js";
import type { StatementCheckoutController } from "./statement-checkout.controller.js";

type View = StatementCheckoutController;
type Tone = "info" | "danger" | "success" | "warning" | "neutral";

const TONES: Record<string, Tone> = { open: "info", paid: "success", uncollectible: "warning" };

/** The configuration error, the statement (given or loaded), the loading state or the load failure. */
export function renderCheckout(view: View): unknown {
  const { host, resource } = view;
  const adapter = host.resolvedAdapter;
  if (!host.billingStatement && adapter instanceof PayrexError) return renderLoadError(view.locale, adapter);
  if (view.given) return renderStatement(view, host.billingStatement!, false);
  return resource.render({
    pending: () => {
      const shown = resource.value;
      if (shown) return renderStatement(view, shown, true);
      return host.billingStatementId || host.billingStatement ? renderSkeleton(view.tr("loading")) : nothing;
    },
    complete: (s) => (s ? renderStatement(view, s, false) : nothing),
    error: (e) => renderLoadFailure(view, e),
  });
}

/**
 * Why the statement could not be loaded (by HTTP status, from the common catalog) and what to do
 * next: try again, or, when trying again cannot help (the statement does not exist, or is not this
 * customer's), check the link or contact the merchant.
 */
function renderLoadFailure(view: View, error: PayrexError) {
  const status = error.kind === "http" ? (error.status ?? 0) : 0;
  const next = status === 403 ? "nextContact" : status === 400 || status === 404 || status === 422 ? "nextCheckLink" : undefined;
  return renderLoadError(view.locale, error, {
    title: view.tr("loadFailed"),
    message: next && `${describeError(error, view.locale)} ${view.tr(next)}`,
    retry: next ? undefined : () => void view.reload(),
  });
}

function renderStatement(view: View, s: BillingStatement, busy: boolean) {
  const locale = view.locale;
  const money = (minor: number) => formatMoney(minor, s.currency, locale);
  const zone = view.timeZone;
  const date = (seconds: number) => html`<time datetime=${isoDate(seconds)}>${formatDate(seconds, locale, "date", zone)}</time>`;
  const now = view.host.now();
  const overdue = isOverdue(s, now);
  const tone: Tone = overdue ? "danger" : (TONES[s.status] ?? "neutral");
  const customer = s.customer;
  const title = s.billing_statement_number ? view.tr("title", { number: s.billing_statement_number }) : view.tr("titleNoNumber");

  return html`<article part="base" class="card" aria-labelledby="title" aria-busy=${busy ? "true" : "false"}>
    <div class="layout">
      <header part="header">
        <div>
          ${s.billing_statement_merchant_name
            ? html`<p class="merchant muted">${s.billing_statement_merchant_name}</p>`
            : nothing}
          ${renderHeading(view.host.headingLevel, title)}
        </div>
        <span part="badge" class="badge ${tone}">${statementStatusLabel(locale, s.status, overdue)}</span>
      </header>
      <div part="summary" class="summary">
        <p class="figure">
          <span class="muted">${view.tr(amountLabel(s.status))}</span>
          <span part="amount" class="amount">${money(s.amount)}</span>
        </p>
        ${s.status === "open" && s.due_at != null ? renderDue(view, s.due_at, now, zone, overdue) : nothing}
        ${renderNotice(view, s)} ${renderActions(view, s)} ${view.payable(s) ? renderMethods(view, s) : nothing}
      </div>
      <div class="main">
        ${s.description ? html`<p>${s.description}</p>` : nothing}
        <dl part="details">
          ${customer?.name || customer?.email
            ? html`<div>
                <dt>${view.tr("billedTo")}</dt>
                ${customer.name ? html`<dd>${customer.name}</dd>` : nothing}
                ${customer.email ? html`<dd>${customer.email}</dd>` : nothing}
              </div>`
            : nothing}
          ${s.finalized_at != null ? html`<div><dt>${view.tr("issued")}</dt><dd>${date(s.finalized_at)}</dd></div>` : nothing}
          ${s.due_at != null ? html`<div><dt>${view.tr("due")}</dt><dd>${date(s.due_at)}</dd></div>` : nothing}
          ${s.statement_descriptor
            ? html`<div><dt>${view.tr("descriptor")}</dt><dd>${s.statement_descriptor}</dd></div>`
            : nothing}
        </dl>
        ${renderLineItems(view, s, money)}
      </div>
    </div>
  </article>`;
}

/** The statement's heading at the level the page asks for (`heading-level`, default 2). */
function renderHeading(level: number, title: string) {
  switch (level) {
    case 1:
      return html`<h1 id="title" class="title">${title}</h1>`;
    case 3:
      return html`<h3 id="title" class="title">${title}</h3>`;
    case 4:
      return html`<h4 id="title" class="title">${title}</h4>`;
    case 5:
      return html`<h5 id="title" class="title">${title}</h5>`;
    case 6:
      return html`<h6 id="title" class="title">${title}</h6>`;
    default:
      return html`<h2 id="title" class="title">${title}</h2>`;
  }
}

function renderLineItems(view: View, s: BillingStatement, money: (minor: number) => string) {
  const count = new Intl.NumberFormat(view.locale);
  const { subtotal, adjustment, total } = totalsOf(s);
  const items = s.line_items ?? [];
  const sum = (label: string, amount: number, cls = "") =>
    html`<tr class=${cls}>
      <th scope="row">${label}</th>
      <td class="wide"></td>
      <td class="wide"></td>
      <td class="num">${money(amount)}</td>
    </tr>`;
  return html`<div class="scroll">
    <table part="line-items">
      <caption class="visually-hidden">${view.tr("lineItems")}</caption>
      <thead>
        <tr>
          <th scope="col">${view.tr("item")}</th>
          <th scope="col" class="num wide">${view.tr("quantity")}</th>
          <th scope="col" class="num wide">${view.tr("unitPrice")}</th>
          <th scope="col" class="num">${view.tr("amount")}</th>
        </tr>
      </thead>
      <tbody>
        ${items.map(
          (item) => html`<tr>
            <td>
              ${item.description ?? ""}
              <span class="per-unit muted small">
                ${view.tr("perUnit", { quantity: count.format(item.quantity), price: money(item.unit_price) })}
              </span>
            </td>
            <td class="num wide">${count.format(item.quantity)}</td>
            <td class="num wide">${money(item.unit_price)}</td>
            <td class="num">${money(item.unit_price * item.quantity)}</td>
          </tr>`,
        )}
      </tbody>
      <tfoot>
        ${items.length ? sum(view.tr("subtotal"), subtotal) : nothing}
        ${items.length && adjustment ? sum(view.tr("adjustments"), adjustment) : nothing}
        ${sum(view.tr("total"), total, "total")}
      </tfoot>
    </table>
  </div>`;
}

function renderMethods(view: View, s: BillingStatement) {
  const methods = s.payment_settings?.payment_methods ?? [];
  return methods.length
    ? html`<div part="payment-methods">
        <span id="methods" class="muted small">${view.tr("methods")}</span>
        <ul aria-labelledby="methods">
          ${methods.map((m) => html`<li>${paymentMethodLabel(view.locale, m)}</li>`)}
        </ul>
      </div>`
    : nothing;
}

function renderDue(view: View, dueAt: number, now: number, zone: string, overdue: boolean) {
  const wording = dueWording(dueAt, now, zone);
  const text = "days" in wording ? view.tr(wording.key, { n: wording.days }) : view.tr(wording.key);
  return html`<p part="due" class="due ${overdue ? "danger" : ""}">${text}</p>`;
}

function renderNotice(view: View, s: BillingStatement): TemplateResult | typeof nothing {
  const notice = (tone: Tone, key: CheckoutMessage) =>
    html`<p part="notice" class="notice ${tone}" role="status"><span>${view.tr(key)}</span></p>`;
  if (view.checking) return notice("info", "checking");
  if (view.result) {
    const tone = view.result === "paid" ? "success" : view.result === "processing" ? "info" : "danger";
    return notice(tone, `result_${view.result}`);
  }
  if (s.status === "draft") return notice("neutral", "notice_draft");
  if (s.status === "void") return notice("neutral", "notice_void");
  if (s.status === "paid") return notice("success", "notice_paid");
  if (s.status === "uncollectible") return notice("warning", "notice_uncollectible");
  return nothing;
}

function renderActions(view: View, s: BillingStatement) {
  const { host, issue } = view;
  const state = view.formState;
  if (!view.payable(s)) {
    return issue === "secretKey" ? html`<p part="alert" role="alert">${view.tr("secretKey")}</p>` : nothing;
  }
  const embedded = view.embedded;
  const blocked = embedded && (issue || state !== "ready");
  const newTab = !embedded && host.target === "_blank";
  const failed = embedded && state === "error";
  return html`<div part="actions" class="actions">
    ${issue ? html`<p part="alert" role="alert">${view.tr(issue)}</p>` : nothing}
    ${embedded && !issue
      ? html`<slot name="payment-element"></slot>
          ${state === "loading"
            ? html`<p class="state muted" role="status">
                <span class="spinner" aria-hidden="true"></span><span>${view.tr("formLoading")}</span>
              </p>`
            : nothing}`
      : nothing}
    ${failed ? renderLoadError(view.locale, view.formError, { title: view.tr("formError"), retry: view.retryForm }) : nothing}
    ${view.payError
      ? html`<p part="alert" role="alert">${view.tr(view.payError)}</p>`
      : nothing}
    ${embedded && (issue || failed)
      ? nothing
      : html`<button
          part="pay-button"
          class="primary pay"
          type="button"
          aria-disabled=${blocked || view.paying ? "true" : "false"}
          @click=${view.pay}
        >
          ${view.paying
            ? html`<span class="spinner" aria-hidden="true"></span> ${view.tr("paying")}`
            : view.tr("pay", { amount: formatMoney(s.amount, s.currency, view.locale) })}
          ${newTab ? html`<span class="visually-hidden">${view.tr("newTab")}</span>` : nothing}
        </button>`}
  </div>`;
}

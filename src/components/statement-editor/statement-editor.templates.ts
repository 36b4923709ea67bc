import { html, nothing } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import { PayrexError } from "../../api/errors.js";
import type { BillingStatement } from "../../api/schemas.js";
import { describeError } from "../../core/describe-error.js";
import { fresh } from "../../core/fresh.js";
import { renderLoadError } from "../../core/load-error.js";
import { statementStatusLabel } from "../../core/billing-labels.js";
import { isOverdue } from "../statement-checkout/due-date.js";
import { renderDraft } from "./draft.templates.js";
import { renderActions } from "./actions.templates.js";
import { heading } from "./heading.js";
import type { StatementEditorController } from "./statement-editor.controller.js";
import type { StatementEditorMessage } from "./statement-editor.messages.js";

type View = StatementEditorController;

/** The configuration error, the loading state or failure, the customer picker, or the statement; and the status line. */
export function renderEditor(view: View) {
  const { host } = view;
  const adapter = host.resolvedAdapter;
  if (adapter instanceof PayrexError) return renderLoadError(view.locale, adapter);
  const loading = view.waiting && !view.failed;
  const status = loading ? { text: view.tr("loading"), seq: 0, ok: false } : view.status;
  let body: unknown;
  if (view.failed) {
    const error = PayrexError.from(view.resource.task.error);
    body = renderLoadError(view.locale, error, { title: view.tr("loadFailed"), message: view.describe(error), retry: () => void view.reload() });
  } else if (loading) body = nothing;
  else if (!view.statement && !view.customerId) {
    // The customer directory picks the customer unless the page slots its own picker.
    body = html`${heading(view.level, "heading", view.tr("headingNew"), true)}
      <p>${view.tr("noCustomer")}</p>
      <slot name="customer" @payrex-customer-select=${view.drafting.onCustomerSelect}>
        <payrex-customer-directory
          part="picker"
          hide-delete
          .adapter=${adapter}
          locale=${view.locale}
          theme=${ifDefined(host.theme)}
        ></payrex-customer-directory>
      </slot>`;
  } else body = renderStatement(view);
  return html`
    <div part="base" class="base" aria-busy=${loading}>${body}</div>
    <div part="status" role="status" class=${status?.ok ? "ok" : ""}>
      ${fresh(
        view,
        status?.seq,
        status
          ? html`<span>${loading ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${status.text}</span>`
          : nothing,
      )}
    </div>
  `;
}

function renderStatement(view: View) {
  const s = view.statement;
  const { host } = view;
  return html`
    <div class="layout ${host.hidePreview ? "" : "with-preview"}">
      <div class="editor">
        ${renderHeader(view, s)} ${renderMissing(view)} ${renderCustomer(view)}
        ${view.editable ? renderDraft(view) : renderIssued(view, s!)}
      </div>
      ${host.hidePreview || !view.preview
        ? nothing
        : html`<section class="preview" aria-labelledby="preview-heading">
            ${heading(view.level + 1, "preview-heading", view.tr("preview"))}
            <p class="hint">${view.tr("previewHint")}</p>
            <payrex-statement-checkout
              part="preview"
              .billingStatement=${view.preview}
              .now=${host.now}
              locale=${view.locale}
              theme=${ifDefined(host.theme)}
              time-zone=${view.zone}
              heading-level=${Math.min(6, view.level + 2)}
            ></payrex-statement-checkout>
          </section>`}
    </div>
    ${renderDialog(view)}
  `;
}

function renderHeader(view: View, s: BillingStatement | undefined) {
  const title = !s
    ? view.tr("headingNew")
    : s.status === "draft"
      ? view.tr("headingDraft")
      : s.billing_statement_number
        ? view.tr("headingIssued", { number: s.billing_statement_number })
        : view.tr("headingUnnumbered");
  const overdue = !!s && isOverdue(s, view.host.now());
  return html`<header class="header">
    ${heading(view.level, "heading", title, true)}
    ${s ? html`<span part="badge" class="badge ${overdue ? "overdue" : s.status}">${statementStatusLabel(view.locale, s.status, overdue)}</span>` : nothing}
  </header>`;
}

/** The adapter methods this status needs and the adapter lacks, each named. */
function renderMissing(view: View) {
  if (!view.missing.length) return nothing;
  return html`<div part="alert" class="missing" role="alert">
    <p>${view.tr("unavailable")}</p>
    <ul>
      ${view.missing.map(
        (method) =>
          html`<li>${describeError(new PayrexError("validation", method, { code: "missing_method", method }), view.locale)}</li>`,
      )}
    </ul>
  </div>`;
}

function renderCustomer(view: View) {
  const given = view.statement?.customer;
  const show = (c: { name?: string | null; email?: string | null } | undefined) =>
    html`${c?.name ?? view.customerId}${c?.email ? html` <span class="muted">· ${c.email}</span>` : nothing}`;
  const body = given?.name
    ? show(given)
    : view.customer.render(
        {
          pending: () => html`<span class="muted">${view.tr("customerLoading")}</span>`,
          complete: (c) => show(c ?? undefined),
        },
        () => ({ title: view.tr("customerLoadFailed") }),
      );
  return html`<p part="customer" class="customer"><span class="label">${view.tr("customer")}</span> ${body}</p>`;
}

/** A statement that can no longer change: why, its number and payment link, and the actions it allows. */
function renderIssued(view: View, s: BillingStatement) {
  const link = view.lifecycle.link;
  return html`
    ${s.status === "open"
      ? nothing
      : html`<p class="notice">${view.tr("readOnly", { status: statementStatusLabel(view.locale, s.status) })}</p>`}
    ${s.billing_statement_number || link
      ? html`<div part="issued" class="issued">
          ${s.billing_statement_number
            ? html`<div class="field">
                <span class="label" id="number-label">${view.tr("number")}</span>
                <span class="number" aria-labelledby="number-label">${s.billing_statement_number}</span>
              </div>`
            : nothing}
          ${link
            ? html`<div class="field">
                <label for="link">${view.tr("link")}</label>
                <div class="link-row">
                  <input part="input" id="link" type="url" readonly .value=${link} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
                  <button part="button copy" id="copy" type="button" @click=${view.lifecycle.copy}>
                    ${view.lifecycle.copied === "ok" ? view.tr("copied") : view.tr("copy")}
                  </button>
                </div>
                <a href=${link} target="_blank" rel="noopener noreferrer">${view.tr("openLink")}</a>
              </div>`
            : nothing}
        </div>`
      : nothing}
    ${renderActions(view)}
  `;
}

const CONFIRM: Record<string, [StatementEditorMessage, StatementEditorMessage, StatementEditorMessage]> = {
  delete: ["confirmDelete", "confirmDeleteBody", "delete"],
  send: ["confirmSend", "confirmSendBody", "send"],
  void: ["confirmVoid", "confirmVoidBody", "void"],
  mark_uncollectible: ["confirmUncollectible", "confirmUncollectibleBody", "mark_uncollectible"],
};

/** The dialog that confirms an action, naming the statement; a failure stays in it. */
function renderDialog(view: View) {
  const { lifecycle } = view;
  const action = lifecycle.dialog.open ? lifecycle.confirming : undefined;
  const [title, body, button] = action ? CONFIRM[action]! : [];
  const name = lifecycle.nameOf(view.statement);
  const email = view.statement?.customer?.email ?? view.customer.value?.email;
  const text = action === "send" && email ? view.tr("confirmSendBodyTo", { email }) : body && view.tr(body);
  return html`<dialog
    part="dialog"
    aria-labelledby="dialog-title"
    aria-describedby="dialog-body"
    @cancel=${lifecycle.dialog.onCancel}
    @close=${lifecycle.dialog.onClose}
  >
    ${action
      ? html`${heading(view.level + 1, "dialog-title", view.tr(title!, { name }))}
          <p id="dialog-body">${text}</p>
          ${lifecycle.dialogError ? html`<div part="alert" role="alert">${lifecycle.dialogError}</div>` : nothing}
          <div class="actions">
            <button part="button" id="dialog-cancel" type="button" autofocus @click=${lifecycle.close}>${view.tr("cancel")}</button>
            <button
              part="button confirm"
              id="dialog-confirm"
              class=${action === "send" ? "primary" : "danger"}
              type="button"
              aria-disabled=${!!view.busy}
              @click=${lifecycle.confirm}
            >
              ${view.busy ? html`<span class="spinner" aria-hidden="true"></span>${view.tr("working")}` : view.tr(button!)}
            </button>
          </div>`
      : nothing}
  </dialog>`;
}

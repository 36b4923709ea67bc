import { html, nothing } from "lit";
import { PayrexError } from "../../api/errors.js";
import { fresh } from "../../core/fresh.js";
import { renderLoadError } from "../../core/load-error.js";
import type { Row } from "./customer-draft.js";
import type { CustomerFormController } from "./customer-form.controller.js";

type View = CustomerFormController;

/** The whole form: the configuration error, the load state or failure, or the form; and its status line. */
export function renderCustomerForm(view: View) {
  const { host, binding } = view;
  const adapter = host.resolvedAdapter;
  if (adapter instanceof PayrexError) return renderLoadError(view.locale, adapter);
  const failed = binding.failed;
  const loading = binding.waiting && !failed;
  const status = loading ? { text: view.tr("loading"), seq: 0, ok: false } : view.status;
  let body: unknown = nothing;
  if (failed) {
    const error = PayrexError.from(binding.load.task.error);
    body = renderLoadError(view.locale, error, {
      title: view.tr("loadFailed"),
      message: view.describe(error),
      retry: view.retry,
    });
  } else if (!loading) body = renderForm(view);
  return html`
    <div aria-busy=${loading}>${body}</div>
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

function renderForm(view: View) {
  const { host } = view;
  const saving = view.binding.saving;
  return html`
    <form part="form" novalidate @submit=${view.onSubmit} @input=${view.onInput} @change=${view.onChange}>
      <p class="hint">${view.tr("requiredNote")}</p>
      ${renderField(view, "name", "text", "name", true)} ${renderField(view, "email", "email", "email", true)}
      ${host.hidePrefix ? nothing : renderPrefix(view)} ${host.hideMetadata ? nothing : renderMetadata(view)}
      ${view.alert.length
        ? html`<div part="alert" role="alert">
            <p>${view.tr("saveFailed")}</p>
            ${view.alert.map((text) => html`<p>${text}</p>`)}
          </div>`
        : nothing}
      <div class="actions">
        <button part="button submit" class="primary" type="submit" aria-disabled=${saving}>
          ${saving
            ? html`<span class="spinner" aria-hidden="true"></span>${view.tr("saving")}`
            : view.tr(host.customer ? "save" : "create")}
        </button>
        <slot name="actions"></slot>
      </div>
    </form>
  `;
}

function renderPrefix(view: View) {
  // Once a customer has a prefix the API can change it but not remove it.
  const locked = !!view.host.customer?.billing_statement_prefix;
  return renderField(view, "prefix", "text", "off", locked, view.tr(locked ? "prefixHintSet" : "prefixHint"));
}

function renderField(
  view: View,
  field: "name" | "email" | "prefix",
  type: string,
  autocomplete: string,
  required: boolean,
  hint?: string,
) {
  const error = view.message(field);
  return html`
    <div part="field" class="field">
      <label part="label" for=${field}
        >${view.tr(field)}${required ? html` <span class="required" aria-hidden="true">*</span>` : nothing}</label
      >
      ${hint ? html`<div class="hint" id="${field}-hint">${hint}</div>` : nothing}
      <input
        part="input"
        id=${field}
        name=${field}
        type=${type}
        autocomplete=${autocomplete}
        spellcheck=${field === "name" ? "true" : "false"}
        autocapitalize=${field === "prefix" ? "characters" : field === "name" ? "words" : "off"}
        ?required=${required}
        aria-invalid=${!!error}
        aria-describedby="${hint ? `${field}-hint ` : ""}${field}-error"
        .value=${view.draft[field]}
      />
      <div part="error" class="error" id="${field}-error">${error}</div>
    </div>
  `;
}

function renderMetadata(view: View) {
  const rows = view.draft.rows;
  return html`
    <fieldset part="metadata" aria-describedby="metadata-hint metadata-error">
      <legend part="label">${view.tr("metadata")}</legend>
      <div class="hint" id="metadata-hint">${view.tr("metadataHint")}</div>
      ${rows.length
        ? html`<div class="rows">
            <span class="hint" aria-hidden="true">${view.tr("key")}</span>
            <span class="hint" aria-hidden="true">${view.tr("value")}</span>
            <span></span>
            ${rows.map((row, i) => renderRow(view, row, i + 1))}
          </div>`
        : nothing}
      <div part="error" class="error" id="metadata-error">${view.message("metadata")}</div>
      <button part="button" id="add" type="button" @click=${view.addRow}>${view.tr("add")}</button>
    </fieldset>
  `;
}

function renderRow(view: View, row: Row, n: number) {
  const keyError = view.message(`key-${row.id}`);
  const valueError = view.message(`value-${row.id}`);
  const key = row.key.trim();
  return html`
    <input
      part="input"
      id="key-${row.id}"
      aria-label=${view.tr("keyLabel", { n })}
      autocomplete="off"
      spellcheck="false"
      aria-invalid=${!!keyError}
      aria-describedby="key-${row.id}-error"
      .value=${row.key}
    />
    <input
      part="input"
      id="value-${row.id}"
      aria-label=${view.tr("valueLabel", { n })}
      autocomplete="off"
      aria-invalid=${!!valueError}
      aria-describedby="value-${row.id}-error"
      .value=${row.value}
    />
    <button
      part="button"
      id="remove-${row.id}"
      type="button"
      aria-label=${key ? view.tr("removeKey", { key }) : view.tr("removeRow", { n })}
      @click=${() => view.removeRow(row, n)}
    >
      ${view.tr("remove")}
    </button>
    <div part="error" class="error" id="key-${row.id}-error">${keyError}</div>
    <div part="error" class="error" id="value-${row.id}-error">${valueError}</div>
  `;
}

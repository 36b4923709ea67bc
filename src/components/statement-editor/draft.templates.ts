import { html, nothing } from "lit";
import { repeat } from "lit/directives/repeat.js";
import { formatMoney } from "../../core/format.js";
import { paymentMethodLabel } from "../../core/billing-labels.js";
import { todayInZone } from "./due-dates.js";
import { lineOf, totalOf, type ItemDraft, type MetaRow } from "./statement-draft.js";
import { renderActions } from "./actions.templates.js";
import type { StatementEditorController } from "./statement-editor.controller.js";
import type { StatementEditorMessage } from "./statement-editor.messages.js";

type View = StatementEditorController;

/** The draft's form: details, payment methods, line items with the live total, metadata, actions. */
export function renderDraft(view: View) {
  const { drafting } = view;
  return html`<form part="form" novalidate @submit=${drafting.onSubmit} @input=${drafting.onInput} @change=${drafting.onChange}>
    ${renderField(view, "description", "description", html`<input
      part="input"
      id="description"
      type="text"
      autocomplete="off"
      maxlength="255"
      aria-invalid=${!!view.drafting.message("description")}
      aria-describedby="description-hint description-error"
      .value=${view.draft.description}
    />`, view.tr("descriptionHint"))}
    ${renderField(view, "due", "due", html`<input
      part="input"
      id="due"
      type="date"
      min=${todayInZone(view.host.now(), view.zone)}
      aria-invalid=${!!view.drafting.message("due")}
      aria-describedby="due-hint due-error"
      .value=${view.draft.due}
    />`, view.tr("dueHint", { zone: view.zone }))}
    ${renderMethods(view)} ${renderItems(view)} ${renderMetadata(view)}
    ${view.alert
      ? html`<div part="alert" role="alert">
          <p>${view.tr(view.alert.title)}</p>
          ${view.alert.lines.map((line) => html`<p>${line}</p>`)}
        </div>`
      : nothing}
    ${renderActions(view)}
  </form>`;
}

function renderField(view: View, id: string, label: StatementEditorMessage, input: unknown, hint: string) {
  return html`<div part="field" class="field">
    <label part="label" for=${id}>${view.tr(label)}</label>
    <div class="hint" id="${id}-hint">${hint}</div>
    ${input}
    <div part="error" class="error" id="${id}-error">${view.drafting.message(id)}</div>
  </div>`;
}

function renderMethods(view: View) {
  const error = view.drafting.message("methods");
  return html`<fieldset part="methods" class="methods" aria-describedby="methods-hint methods-error">
    <legend part="label">${view.tr("methods")}</legend>
    <div class="hint" id="methods-hint">${view.tr("methodsHint")}</div>
    <div class="choices">
      ${view.drafting.methods.map(
        (method) => html`<label class="choice">
          <input
            type="checkbox"
            id="method-${method}"
            value=${method}
            aria-invalid=${!!error}
            .checked=${view.draft.methods.includes(method)}
          />
          ${paymentMethodLabel(view.locale, method)}
        </label>`,
      )}
    </div>
    <div part="error" class="error" id="methods-error">${error}</div>
  </fieldset>`;
}

function renderItems(view: View) {
  const { draft, locale } = view;
  const { total, incomplete } = totalOf(draft);
  const money = (centavos: number) => formatMoney(centavos, "PHP", locale);
  const count = draft.items.length;
  return html`<fieldset part="line-items" class="line-items" aria-describedby="items-hint items-error">
    <legend part="label">${view.tr("items")}</legend>
    <div class="hint" id="items-hint">${view.tr("itemsHint")}</div>
    <ol class="items">
      ${repeat(draft.items, (item) => item.key, (item, i) => renderItem(view, item, i + 1, count, money))}
    </ol>
    <div part="error" class="error" id="items-error">${view.drafting.message("items")}</div>
    <button part="button" id="add-item" type="button" @click=${view.drafting.addItem}>${view.tr("addItem")}</button>
    <div class="total">
      <span id="total-label">${view.tr("total")}</span>
      <output part="total" id="total" aria-labelledby="total-label total" aria-describedby="total-note total-error">${money(total)}</output>
    </div>
    <div class="hint" id="total-note">${incomplete ? view.tr("totalIncomplete", { n: incomplete }) : nothing}</div>
    <div part="error" class="error" id="total-error">${view.drafting.message("total")}</div>
  </fieldset>`;
}

function renderItem(view: View, item: ItemDraft, n: number, count: number, money: (c: number) => string) {
  const id = (field: string) => `item-${item.key}-${field}`;
  const line = lineOf(item);
  const input = (field: "description" | "price" | "quantity", label: StatementEditorMessage, mode: string) => {
    const error = view.drafting.message(id(field));
    return html`<div class="field ${field}">
      <label part="label" for=${id(field)}>${view.tr(label)} <span class="required" aria-hidden="true">*</span></label>
      <input
        part="input"
        id=${id(field)}
        type="text"
        inputmode=${mode}
        autocomplete="off"
        spellcheck=${field === "description" ? "true" : "false"}
        required
        aria-invalid=${!!error}
        aria-describedby="${id(field)}-error"
        .value=${item[field]}
      />
      <div part="error" class="error" id="${id(field)}-error">${error}</div>
    </div>`;
  };
  return html`<li part="line-item" class="item">
    <fieldset>
      <legend class="item-legend">${view.tr("item", { n })}</legend>
      ${input("description", "itemDescription", "text")} ${input("price", "unitPrice", "decimal")}
      ${input("quantity", "quantity", "numeric")}
      <div class="line-total"><span class="label">${view.tr("lineTotal")}</span> <span>${line.total === undefined ? "—" : money(line.total)}</span></div>
      <div class="item-actions">
        <button part="button" id="up-${item.key}" type="button" ?disabled=${n === 1} aria-label=${view.tr("moveUpLabel", { n })} @click=${() => view.drafting.moveItem(item, n, -1)}>
          <span aria-hidden="true">↑</span> ${view.tr("moveUp")}
        </button>
        <button part="button" id="down-${item.key}" type="button" ?disabled=${n === count} aria-label=${view.tr("moveDownLabel", { n })} @click=${() => view.drafting.moveItem(item, n, 1)}>
          <span aria-hidden="true">↓</span> ${view.tr("moveDown")}
        </button>
        <button part="button" id="remove-${item.key}" type="button" aria-label=${view.tr("removeLabel", { n })} @click=${() => view.drafting.removeItem(item, n)}>
          ${view.tr("remove")}
        </button>
      </div>
    </fieldset>
  </li>`;
}

function renderMetadata(view: View) {
  const rows = view.draft.rows;
  return html`<fieldset part="metadata" class="metadata" aria-describedby="metadata-hint metadata-error">
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
    <div part="error" class="error" id="metadata-error">${view.drafting.message("metadata")}</div>
    <button part="button" id="add-metadata" type="button" @click=${view.drafting.addRow}>${view.tr("addMetadata")}</button>
  </fieldset>`;
}

function renderRow(view: View, row: MetaRow, n: number) {
  const keyError = view.drafting.message(`key-${row.id}`);
  const valueError = view.drafting.message(`value-${row.id}`);
  const key = row.key.trim();
  return html`
    <input part="input" id="key-${row.id}" aria-label=${view.tr("keyLabel", { n })} autocomplete="off" spellcheck="false"
      aria-invalid=${!!keyError} aria-describedby="key-${row.id}-error" .value=${row.key} />
    <input part="input" id="value-${row.id}" aria-label=${view.tr("valueLabel", { n })} autocomplete="off"
      aria-invalid=${!!valueError} aria-describedby="value-${row.id}-error" .value=${row.value} />
    <button part="button" id="remove-row-${row.id}" type="button"
      aria-label=${key ? view.tr("removeKey", { key }) : view.tr("removeRow", { n })} @click=${() => view.drafting.removeRow(row, n)}>
      ${view.tr("remove")}
    </button>
    <div part="error" class="error" id="key-${row.id}-error">${keyError}</div>
    <div part="error" class="error" id="value-${row.id}-error">${valueError}</div>
  `;
}

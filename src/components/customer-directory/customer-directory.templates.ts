import { html, nothing } from "lit";
import { formatDate, isoDate } from "../../core/format.js";
import { formatCount } from "../../core/i18n.js";
import { renderLoadError } from "../../core/load-error.js";
import { PayrexError } from "../../api/errors.js";
import type { Customer } from "../../api/schemas.js";
import { isFiltered, searchByOf } from "./search.js";
import { nameOf } from "./customer-actions.js";
import type { DirectoryController } from "./customer-directory.controller.js";

/** Templates of the customer directory: pure functions of its controller's state. */

type View = DirectoryController;

const SKELETON_ROWS = 5;

export function renderDirectory(c: View): unknown {
  const { host, list } = c;
  const adapter = host.resolvedAdapter;
  if (adapter instanceof PayrexError) return renderLoadError(c.locale, adapter);
  // Without listCustomers there is nothing to search: only the message naming the method.
  const canList = typeof adapter.listCustomers === "function";
  return html`${canList ? renderToolbar(c) : nothing}
    <div class="results" part="results" aria-busy=${list.loading ? "true" : "false"}>
      ${list.render({ pending: () => renderPending(c), complete: (rows) => renderLoaded(c, rows) }, (error) => ({
        title: c.tr("loadFailed"),
        retry: error.code === "missing_method" ? undefined : c.retry,
      }))}
    </div>
    ${canList ? renderPager(c) : nothing}
    <p class="visually-hidden" role="status">${statusText(c)}</p>
    ${renderDetail(c)} ${renderCreate(c)} ${renderConfirm(c)}`;
}

function renderToolbar(c: View) {
  const { host } = c;
  const metadata = searchByOf(host.searchBy) === "metadata";
  const { problem, hint } = c.search;
  const note = problem ? c.tr(problem) : hint ? c.tr(hint) : "";
  return html`<div class="toolbar" part="toolbar">
    <form class="search" part="search" role="search" aria-label=${c.tr("search")} novalidate @submit=${c.onSubmit}>
      <div class="field">
        <label for="search-by">${c.tr("searchBy")}</label>
        <select id="search-by" part="search-by" @change=${c.onSearchBy}>
          <option value="text" ?selected=${!metadata}>${c.tr("byText")}</option>
          <option value="metadata" ?selected=${metadata}>${c.tr("byMetadata")}</option>
        </select>
      </div>
      ${metadata
        ? html`<div class="field">
            <label for="search-key">${c.tr("metadataKey")}</label>
            <input
              id="search-key"
              part="input"
              autocomplete="off"
              spellcheck="false"
              .value=${host.metadataKey ?? ""}
              aria-invalid=${problem ? "true" : "false"}
              aria-describedby=${problem ? "search-note" : nothing}
              @input=${c.onInput}
            />
          </div>`
        : nothing}
      <div class="field grow">
        <label for="search-text">${c.tr(metadata ? "metadataValue" : "byText")}</label>
        <input
          id="search-text"
          part="input"
          type="search"
          autocomplete="off"
          spellcheck="false"
          .value=${host.search ?? ""}
          aria-describedby=${hint ? "search-note" : nothing}
          @input=${c.onInput}
        />
      </div>
      <button part="button search-button" type="submit">${c.tr("searchButton")}</button>
      <p id="search-note" part="hint" class=${problem ? "note error" : "note hint"} aria-live="polite">${note}</p>
    </form>
    ${host.hideCreate
      ? nothing
      : html`<button part="button new-button" class="primary new" type="button" @click=${c.actions.openCreate}>
          ${c.tr("newCustomer")}
        </button>`}
  </div>`;
}

/** While a page loads: the rows of the last one, inert and dimmed, or placeholders the first time. */
function renderPending(c: View) {
  if (c.rows.length) return renderTable(c, true);
  return html`<div class="skeleton" part="skeleton" aria-hidden="true">
    ${Array.from({ length: SKELETON_ROWS }, () => html`<span></span>`)}
  </div>`;
}

function renderLoaded(c: View, rows: Customer[]) {
  if (rows.length) return renderTable(c, false);
  if (!isFiltered(c.filters)) return html`<p class="empty" part="empty">${c.tr("empty")}</p>`;
  return html`<div class="empty" part="empty">
    <p>${c.tr("noMatches")}</p>
    <button part="button clear-button" type="button" @click=${c.clearSearch}>${c.tr("clearSearch")}</button>
  </div>`;
}

function renderTable(c: View, stale: boolean) {
  const { focus } = c;
  const deletable = !c.host.hideDelete;
  return html`<div
    role="table"
    part="table"
    class=${deletable ? "table deletable" : "table"}
    aria-label=${c.tr("customers")}
    ?inert=${stale}
    @click=${focus.onClick}
    @keydown=${c.onKeydown}
    @focusin=${focus.onFocusin}
  >
    <div role="rowgroup" class="head">
      <div role="row" class="row" part="header-row">
        <div role="columnheader">${c.tr("name")}</div>
        <div role="columnheader">${c.tr("email")}</div>
        <div role="columnheader">${c.tr("prefix")}</div>
        <div role="columnheader">${c.tr("created")}</div>
        ${deletable ? html`<div role="columnheader"><span class="visually-hidden">${c.tr("actions")}</span></div>` : nothing}
      </div>
    </div>
    <div role="rowgroup" class="body">${c.rows.map((customer, i) => renderRow(c, customer, i, deletable))}</div>
  </div>`;
}

// Cells are plain text (the backend's strings are never HTML). An empty cell stays empty (screen
// readers say "blank"); CSS draws a dash in it.
function renderRow(c: View, customer: Customer, i: number, deletable: boolean) {
  const selected = customer.id === c.host.customerId;
  const name = nameOf(customer);
  const created = customer.created_at;
  const tabindex = c.focus.tabIndex(i);
  return html`<div role="row" class=${selected ? "row selected" : "row"} part=${selected ? "row row-selected" : "row"} data-index=${i}>
    <div role="cell">
      <button class="name" part="name" type="button" tabindex=${tabindex} aria-current=${selected ? "true" : nothing}>${name}</button>
    </div>
    <div role="cell" class="email">${customer.email || nothing}</div>
    <div role="cell">${customer.billing_statement_prefix || nothing}</div>
    <div role="cell">${created != null ? html`<time datetime=${isoDate(created)}>${formatDate(created, c.locale)}</time>` : nothing}</div>
    ${deletable
      ? html`<div role="cell" class="actions">
          <button
            class="delete"
            part="button delete-button"
            type="button"
            tabindex=${tabindex}
            aria-label=${c.tr("deleteLabel", { name })}
            @click=${(e: Event) => {
              e.stopPropagation();
              c.actions.askDelete(customer);
            }}
          >
            ${c.tr("delete")}
          </button>
        </div>`
      : nothing}
  </div>`;
}

function renderPager(c: View) {
  const { page, list } = c;
  if (!page.hasNext && !page.hasPrevious) return nothing;
  const busy = list.loading;
  return html`<nav class="pager" part="pager" aria-label=${c.tr("pages")}>
    <button part="button previous" type="button" aria-disabled=${busy || !page.hasPrevious ? "true" : "false"} @click=${c.onPrevious}>
      <span class="chevron back" aria-hidden="true"></span>${c.tr("previous")}
    </button>
    <span class="page">${c.tr("page", { n: formatCount(page.number, c.locale) })}</span>
    <button part="button next" type="button" aria-disabled=${busy || !page.hasNext ? "true" : "false"} @click=${c.onNext}>
      ${c.tr("next")}<span class="chevron" aria-hidden="true"></span>
    </button>
  </nav>`;
}

/** What the live region says: loading, then the page shown (after what an action did). */
function statusText(c: View): string {
  const { list } = c;
  if (list.loading) return c.tr("loading");
  if (!list.loaded) return "";
  const n = c.rows.length;
  const summary = n ? c.tr("shown", { n, page: c.page.number }) : c.tr(isFiltered(c.filters) ? "noMatches" : "empty");
  return c.notice ? `${c.notice} ${summary}` : summary;
}

function renderDetail(c: View) {
  if (!c.host.customerId) return nothing;
  const customer = c.selectedCustomer;
  return html`<section class="detail" part="detail" aria-label=${customer ? c.tr("details", { name: nameOf(customer) }) : c.tr("detailsUnnamed")}>
    <slot name="detail"></slot>
  </section>`;
}

/** "New customer": the customer form in create mode, in a dialog (a new form each time it opens). */
function renderCreate(c: View) {
  const { host, actions } = c;
  const open = actions.create.open;
  return html`<dialog
    id="create"
    part="dialog"
    aria-labelledby=${open ? "create-title" : nothing}
    @cancel=${actions.create.onCancel}
    @close=${actions.create.onClose}
  >
    ${open
      ? html`<h2 id="create-title" tabindex="-1" autofocus>${c.tr("createTitle")}</h2>
          <payrex-customer-form .adapter=${host.adapter} base-url=${host.baseUrl || nothing} locale=${c.locale} theme=${host.theme || nothing}>
            <button slot="actions" part="button" type="button" @click=${actions.closeCreate}>${c.tr("cancel")}</button>
          </payrex-customer-form>`
      : nothing}
  </dialog>`;
}

/** The delete confirmation: names the customer; a failure stays in it, with its reason. */
function renderConfirm(c: View) {
  const { actions } = c;
  const customer = actions.deleting;
  const open = actions.confirm.open && !!customer;
  const name = customer ? nameOf(customer) : "";
  return html`<dialog
    id="delete"
    part="dialog"
    role="alertdialog"
    aria-labelledby=${open ? "delete-title" : nothing}
    aria-describedby=${open ? "delete-text" : nothing}
    @cancel=${actions.confirm.onCancel}
    @close=${actions.confirm.onClose}
  >
    ${open
      ? html`<h2 id="delete-title">${c.tr("deleteTitle", { name })}</h2>
          <p id="delete-text">${c.tr("deleteText", { name, email: customer!.email || customer!.id })}</p>
          ${actions.error ? renderLoadError(c.locale, actions.error, { title: c.tr("deleteFailed", { name }) }) : nothing}
          <div class="dialog-actions">
            <button part="button" type="button" autofocus @click=${actions.cancelDelete}>${c.tr("cancel")}</button>
            <button part="button confirm" class="danger" type="button" aria-disabled=${actions.busy ? "true" : "false"} @click=${actions.confirmDelete}>
              ${actions.busy ? html`<span class="spinner" aria-hidden="true"></span> ${c.tr("deleting")}` : c.tr("deleteConfirm")}
            </button>
          </div>`
      : nothing}
  </dialog>`;
}

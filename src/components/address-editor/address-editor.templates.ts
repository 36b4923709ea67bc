import { html, nothing, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import { repeat } from "lit/directives/repeat.js";
import { PayrexError } from "../../api/errors.js";
import { fresh } from "../../core/fresh.js";
import { renderLoadError } from "../../core/load-error.js";
import { countryOptions, rowsOf, TOKENS, type TextKey } from "./address-model.js";
import { chevron } from "./chevron.js";
import { toE164 } from "./phone.js";
import type { PhKey } from "./ph-cascade.js";
import type { AddressEditorController } from "./address-editor.controller.js";

type View = AddressEditorController;

const stop = (e: Event) => e.stopPropagation();

/** The configuration error, the bound customer's load state or failure, or the fields (and the save button when bound). */
export function renderEditor(view: View): unknown {
  const { host, bound } = view;
  if (view.boundPart.wanted) {
    const adapter = host.resolvedAdapter;
    if (adapter instanceof PayrexError) return renderLoadError(view.locale, adapter);
    const { error, load } = view.boundPart;
    if (error) return renderLoadError(view.locale, error, { retry: load });
    const binding = bound?.binding;
    if (bound && binding?.failed) return bound.renderLoadFailed();
    if (!binding || binding.waiting) {
      return html`<div part="status" class="status" role="status">
        <span class="spinner" aria-hidden="true"></span>${view.tr("loading")}
      </div>`;
    }
  }
  const note = host.country === "PH" && ({ loading: "placesLoading", failed: "placesFailed" } as const)[view.ph.state as "loading"];
  return html`<div
      part="form"
      role="group"
      aria-label=${view.tr("group")}
      aria-busy=${bound?.binding.saving ?? false}
      @input=${stop}
      @change=${stop}
      @keydown=${view.onKeyDown}
    >
      <p class="hint">${view.tr("requiredNote")}</p>
      ${renderField(view, "name")} ${renderField(view, "email")} ${renderCountry(view)}
      ${note ? html`<p class="note" role="status">${view.tr(note)}</p>` : nothing}
      ${
        // Keyed, so an input keeps standing for the same part when a country change re-lays the form:
        // browser autofill fills the country first and then writes to the inputs it found before.
        repeat(
          rowsOf(view.layout),
          (row) => row.join(),
          // Place names need wider columns than street parts: a region name must not be cut off.
          (row) =>
            html`<div class="row ${host.country === "PH" && (row.includes("state") || row.includes("city")) ? "places" : ""}">
              ${repeat(row, (k) => k, (k) => renderField(view, k))}
            </div>`,
        )
      }
      ${renderField(view, "phone")}
    </div>
    <div class="visually-hidden" role="status">${view.announcement}</div>
    ${host.customerId && bound ? bound.renderActions(renderStatus(view)) : renderStatus(view)}`;
}

/** The status line (live): a summary of the problems after `validate()`, or "Address saved." */
function renderStatus(view: View): TemplateResult {
  const { status } = view;
  return html`<p part="status" class="status ${status?.ok ? "saved" : ""}" role="status">${fresh(
    view,
    status?.seq,
    status ? status.text : nothing,
  )}</p>`;
}

function renderCountry(view: View): TemplateResult {
  const { host } = view;
  const list = host.allowedCountries?.length ? host.allowedCountries : (view.formats?.countries ?? []);
  const id = `${view.uid}-country`;
  // Only a backend can find fault with the country (one it does not serve).
  const error = view.messages.server.country;
  return html`<div class="field">
    <label for=${id}>${view.tr("country")}<span class="required" aria-hidden="true"> *</span></label>
    <div class="picker">
      <select
        id=${id}
        part="input country"
        autocomplete=${view.ac("country")}
        aria-required="true"
        aria-invalid=${!!error}
        aria-describedby=${error ? `${id}-error` : nothing}
        ?disabled=${host.isDisabled}
        @change=${view.country.onSelect}
      >
        ${countryOptions(list, host.country, view.locale).map(
          ([code, name]) => html`<option value=${code} ?selected=${code === host.country}>${name}</option>`,
        )}
      </select>${chevron}
    </div>
    <div class="error" id="${id}-error">${error ?? ""}</div>
  </div>`;
}

function renderField(view: View, key: TextKey): TemplateResult | typeof nothing {
  const { host } = view;
  const cascade = view.ph.active;
  if (cascade && (key === "state" || key === "city" || (key === "line2" && view.barangay))) return cascade.render(key as PhKey);
  const mode = view.mode(key);
  if (mode === "hidden") return nothing;
  const id = `${view.uid}-${key}`;
  const error = view.messages.at(key);
  const ph = host.country === "PH";
  const hint = key === "phone" ? view.tr(ph ? "phoneHintPH" : "phoneHint") : "";
  const describedBy = [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(" ");
  // The barangay typed by hand (the pickers could not load) is the dependent locality.
  const token = key === "line2" && ph && view.barangay ? "address-level3" : TOKENS[key];
  return html`<div class="field">
    <label for=${id}
      >${view.label(key)}${mode === "required"
        ? html`<span class="required" aria-hidden="true"> *</span>`
        : html`<span class="optional"> ${view.tr("optional")}</span>`}</label
    >
    <input
      id=${id}
      part="input"
      type=${key === "email" ? "email" : key === "phone" ? "tel" : "text"}
      autocomplete=${view.ac(token)}
      aria-required=${mode === "required"}
      aria-invalid=${!!error}
      aria-describedby=${describedBy || nothing}
      .value=${live(view.draft[key])}
      ?disabled=${host.isDisabled}
      @input=${(e: Event) => {
        view.draft[key] = (e.target as HTMLInputElement).value;
        view.edited(key);
      }}
      @change=${(e: Event) => {
        // Show the number as it will be stored.
        const e164 = key === "phone" && toE164(view.draft.phone, host.country, view.format.callingCode);
        if (e164) (e.target as HTMLInputElement).value = view.draft.phone = e164;
        host.requestUpdate();
      }}
      @blur=${() => view.committed(key)}
    />
    ${hint ? html`<div class="hint" id="${id}-hint">${hint}</div>` : nothing}
    <div class="error" id="${id}-error">${error ?? ""}</div>
  </div>`;
}

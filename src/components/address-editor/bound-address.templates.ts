import { html, nothing, type TemplateResult } from "lit";
import { defineMessages } from "../../core/i18n.js";
import { renderLoadError } from "../../core/load-error.js";
import { PayrexError } from "../../api/errors.js";
import type { AddressEditorController } from "./address-editor.controller.js";
import type { BoundAddress } from "./bound-address.js";

/**
 * Bound mode's strings (namespace `address-editor`, like the rest of the editor's, so `setMessages`
 * overrides them the same way) and templates: they load with bound mode, which an editor inside a
 * merchant's own form never loads. The "Loading the address…" note is the editor's own: it shows
 * while this part loads.
 */
export const t = defineMessages(
  "address-editor",
  {
    loadFailed: "The address could not be loaded.",
    notLoaded: "The address has not loaded yet.",
    save: "Save address",
    saving: "Saving…",
    saved: "Address saved.",
    saveFailed: "The address was not saved. Your changes are still here; try again.",
    fixFields: "Check the highlighted fields and try again.",
    notAccepted: "This was not accepted. Check it and try again.",
  },
  {
    loadFailed: "Hindi ma-load ang address.",
    notLoaded: "Hindi pa tapos i-load ang address.",
    save: "I-save ang address",
    saving: "Sine-save…",
    saved: "Na-save ang address.",
    saveFailed: "Hindi na-save ang address. Nandito pa rin ang mga binago mo; subukang muli.",
    fixFields: "Tingnan ang mga naka-highlight na field at subukang muli.",
    notAccepted: "Hindi ito tinanggap. Pakisuri at subukang muli.",
  },
);

/** The bound customer could not be loaded: why, and a retry. */
export function renderLoadFailed(view: AddressEditorController, bound: BoundAddress): TemplateResult {
  const error = PayrexError.from(bound.binding.load.task.error);
  return renderLoadError(view.locale, error, { title: t(view.locale, "loadFailed"), message: bound.describe(error), retry: bound.retry });
}

/** Why the last save failed, the save button, and the status line (`status`). */
export function renderActions(view: AddressEditorController, bound: BoundAddress, status: TemplateResult): TemplateResult {
  const { locale } = view;
  const error = bound.saveError;
  const saving = bound.binding.saving;
  return html`${error
      ? html`<div part="alert" role="alert">
          ${t(locale, "saveFailed")} ${Object.keys(view.messages.server).length ? t(locale, "fixFields") : bound.describe(error)}
        </div>`
      : nothing}
    <div class="actions">
      <button type="button" part="save" class="primary" aria-disabled=${saving || view.host.isDisabled} @click=${bound.onSave}>
        ${saving ? html`<span class="spinner" aria-hidden="true"></span> ${t(locale, "saving")}` : t(locale, "save")}
      </button>
      ${status}
    </div>`;
}

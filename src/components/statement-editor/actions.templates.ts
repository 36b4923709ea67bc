import { html, nothing } from "lit";
import { actionsFor, methodsFor, type StatementAction } from "./lifecycle.js";
import type { StatementEditorController } from "./statement-editor.controller.js";
import type { StatementEditorMessage } from "./statement-editor.messages.js";

type View = StatementEditorController;

const BUSY: Partial<Record<StatementAction, StatementEditorMessage>> = { save: "saving", finalize: "finalizing" };

/** The buttons of the actions the status allows (and the adapter can do). */
export function renderActions(view: View) {
  const status = view.statement?.status;
  const actions = actionsFor(status).filter((a) => methodsFor(a, status).every((m) => !view.missing.includes(m)));
  const dirty = view.dirty;
  return html`<div part="actions" class="actions">
    ${actions.map((action) => {
      const busy = view.busy === action;
      const label = busy && BUSY[action] ? view.tr(BUSY[action]!) : view.tr(action);
      const kind = action === "finalize" || action === "send" ? "primary" : action === "save" ? "" : "danger";
      return html`<button
        part="button ${action.replace("_", "-")}"
        id="action-${action}"
        class=${kind}
        type=${action === "save" ? "submit" : "button"}
        aria-disabled=${!!view.busy}
        @click=${action === "save" ? nothing : () => view.lifecycle.run(action)}
      >
        ${busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${label}
      </button>`;
    })}
    ${dirty ? html`<span class="unsaved">${view.tr("unsaved")}</span>` : nothing}
  </div>`;
}

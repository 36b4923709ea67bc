import type { CSSResult, ReactiveController } from "lit";
import type { CascadeHost, PhCascade } from "./ph-cascade.js";
import { adoptEditorStyles } from "./light-dom.js";
import { PayrexError } from "../../api/errors.js";
import { emit } from "../../core/events.js";
import type { PayrexAddressEditor } from "./address-editor.js";
import type { AddressEditorController } from "./address-editor.controller.js";

/** Where the Philippine pickers are: not asked for yet, downloading, shown, or unavailable (plain fields). */
export type PhState = "idle" | "loading" | "ready" | "failed";

/**
 * The Philippine pickers of one editor: loads them (the cascade's chunk and the place index) the
 * first time the Philippines is shown, starts again when the element is moved mid-load or gets
 * another `dataUrl`, falls back to plain fields for good when they cannot be had, and keeps the
 * editor's draft and the cascade in step.
 */
export class PhPickers implements ReactiveController {
  state: PhState = "idle";
  cascade?: PhCascade;
  /** The pickers' styles, once loaded. */
  styles?: CSSResult;
  /** Counts loads, so a stale one (moved, or another dataUrl meanwhile) is dropped. */
  private _attempt = 0;
  /** The id of the plain field being typed in when the pickers replaced it: focus moves to its picker. */
  private _refocus?: string;

  constructor(private readonly editor: AddressEditorController) {
    editor.host.addController(this);
  }

  private get host(): PayrexAddressEditor {
    return this.editor.host;
  }

  /** The cascade, while the Philippines is shown with its pickers. */
  get active(): PhCascade | undefined {
    return this.host.country === "PH" && this.state === "ready" ? this.cascade : undefined;
  }

  hostConnected(): void {
    // A load cut short by a disconnect starts again.
    if (this.host.hasUpdated && this.state === "idle") this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (this.state === "loading") {
      this._attempt++;
      this.state = "idle";
    }
  }

  hostUpdated(): void {
    const id = this._refocus;
    this._refocus = undefined;
    const input = id ? (this.host.renderRoot as ParentNode).querySelector<HTMLInputElement>(`#${id}`) : null;
    if (input && !input.matches(":focus")) {
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
    }
  }

  /** Called from the editor's `willUpdate`: loads when needed, again after `dataUrl` changed. */
  update(dataUrlChanged: boolean): void {
    const { host } = this;
    if (dataUrlChanged && host.hasUpdated) {
      this.cascade?.dispose();
      this.cascade = undefined;
      this.state = "idle";
    }
    if (host.country === "PH" && this.state === "idle" && host.isConnected) this._load();
  }

  /** Finds the draft's state, city and barangay in the place data. */
  fromDraft(): void {
    const { draft, barangay } = this.editor;
    this.active?.assign(draft.state, draft.city, barangay ? draft.line2 : "");
  }

  /** Writes the picked places into the draft. */
  toDraft(): void {
    const a = this.active?.address();
    if (!a) return;
    const { draft, barangay } = this.editor;
    draft.state = a.state;
    draft.city = a.city;
    if (barangay) draft.line2 = a.line2;
  }

  private _load(): void {
    this.state = "loading";
    const attempt = ++this._attempt;
    const current = () => attempt === this._attempt && this.state === "loading";
    this.editor
      .track(
        import("./ph-cascade.js").then(async ({ PhCascade, styles }) => {
          const { host } = this;
          const base = host.dataUrl || (host.constructor as typeof PayrexAddressEditor).dataUrl;
          const cascade = new PhCascade(this._cascadeHost(), base);
          await cascade.load().catch((error: unknown) => {
            cascade.dispose();
            throw error;
          });
          if (!current()) return cascade.dispose();
          this.cascade = cascade;
          this.styles = styles;
          this.state = "ready";
          this._ready();
        }),
      )
      .catch((error: unknown) => {
        if (current()) {
          this.state = "failed";
          this._report(error);
        }
        this.host.requestUpdate();
      });
  }

  /**
   * The place list could not be had (the pickers' chunk, the bundled data's chunk, or the data at
   * `dataUrl`: a 404, a page that is not JavaScript, offline): the customer reads the note and types the
   * address; the developer gets `payrex-error` and a console warning that names `dataUrl`.
   */
  private _report(cause: unknown): void {
    const { host } = this;
    const detail = cause instanceof Error ? cause.message : String(cause);
    const error = new PayrexError(
      "network",
      `<payrex-address-editor>: the Philippine place data could not be loaded (${detail}). ` +
        "Serve every chunk of the app's build, or host the place data modules (dist/ph/) and point the editor's dataUrl " +
        "(the dataUrl property, or PayrexAddressEditor.dataUrl) at it; plain fields are shown instead.",
      { code: "load_failed", cause },
    );
    console.warn(error.message);
    emit(host, "payrex-error", { error });
  }

  private _ready(): void {
    const { host } = this;
    adoptEditorStyles(host, this.styles);
    const root = (host.renderRoot === host ? host.getRootNode() : host.renderRoot) as Document | ShadowRoot;
    const active = root.activeElement;
    if (active instanceof HTMLInputElement && host.renderRoot.contains(active)) this._refocus = active.id;
    this.fromDraft();
    host.requestUpdate();
  }

  private _cascadeHost(): CascadeHost {
    const { editor } = this;
    return {
      uid: editor.uid,
      get locale() {
        return editor.locale;
      },
      get disabled() {
        return editor.host.isDisabled;
      },
      get optionalText() {
        return editor.tr("optional");
      },
      get postal() {
        return editor.draft.postal_code;
      },
      set postal(v: string) {
        if (v === editor.draft.postal_code) return;
        editor.draft.postal_code = v;
        // A backend's message about the old postal code goes with it.
        editor.messages.edited("postal_code");
      },
      requestUpdate: () => editor.host.requestUpdate(),
      mode: (k) => editor.mode(k),
      label: (k) => editor.label(k),
      error: (k) => editor.messages.at(k),
      ac: (token) => editor.ac(token),
      edited: (k) => {
        this.toDraft();
        editor.edited(k);
      },
      committed: (k) => editor.committed(k),
      announce: (text) => {
        editor.announcement = text;
        editor.host.requestUpdate();
      },
      track: (p) => editor.track(p),
    };
  }
}

import { css, type ReactiveController, type ReactiveControllerHost } from "lit";

export interface DialogOptions {
  /** The `<dialog>` element, once rendered. */
  dialog(): HTMLDialogElement | null | undefined;
  /** While true, Escape leaves the dialog open (its action is in flight). */
  busy?(): boolean;
}

type Host = ReactiveControllerHost & HTMLElement;

/** The look every element's modal dialog shares (its width is the element's own). */
export const dialogStyles = css`
  dialog {
    padding: calc(var(--_space) * 1.25);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
`;

/** The focused element, looking into shadow roots. */
function focused(): HTMLElement | undefined {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement ? el : undefined;
}

/**
 * A modal `<dialog>` of an element, opened and closed from state: `show()` renders it open
 * (`showModal()` once the update has drawn its content, so its `autofocus` control takes focus),
 * `close()` closes it and gives focus back to what had it when it opened (when that is still in the
 * document; otherwise the caller focuses something after `updateComplete`).
 *
 * Render the content while `open` and bind `@cancel=${dialog.onCancel}` (Escape) and
 * `@close=${dialog.onClose}` on the `<dialog>`.
 */
export class DialogController implements ReactiveController {
  private _open = false;
  private _shown = false;
  private _opener?: HTMLElement;

  constructor(
    private readonly host: Host,
    private readonly options: DialogOptions,
  ) {
    host.addController(this);
  }

  /** Whether the dialog is open (or opening). */
  get open(): boolean {
    return this._open;
  }

  show(): void {
    if (this._open) return;
    this._opener = focused();
    this._open = true;
    this.host.requestUpdate();
  }

  close(): void {
    if (!this._open) return;
    this._open = false;
    this.host.requestUpdate();
  }

  /** Escape: closes, except while busy. */
  readonly onCancel = (e: Event): void => {
    e.preventDefault();
    if (!this.options.busy?.()) this.close();
  };

  /** The dialog closed by itself (a browser may close it on a repeated Escape): the state follows. */
  readonly onClose = (): void => {
    this.close();
  };

  hostUpdated(): void {
    const dialog = this.options.dialog();
    if (this._open && !this._shown && dialog?.isConnected) {
      this._shown = true;
      if (!dialog.open) dialog.showModal();
    } else if (!this._open && this._shown) {
      this._shown = false;
      if (dialog?.open) dialog.close();
      const opener = this._opener;
      this._opener = undefined;
      if (opener?.isConnected) opener.focus();
    }
  }
}

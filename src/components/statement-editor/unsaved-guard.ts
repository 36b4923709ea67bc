import type { ReactiveController, ReactiveControllerHost } from "lit";

/**
 * Asks before the page is left (`beforeunload`) while `dirty()` holds. The listener is there only
 * while there is something to lose: a page with a `beforeunload` listener is kept out of the
 * browser's back/forward cache.
 */
export class UnsavedGuard implements ReactiveController {
  private _armed = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly dirty: () => boolean,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    // An element updated after it left the page guards nothing.
    const dirty = this.host.isConnected && this.dirty();
    if (dirty === this._armed) return;
    this._armed = dirty;
    if (dirty) window.addEventListener("beforeunload", this._ask);
    else window.removeEventListener("beforeunload", this._ask);
  }

  hostDisconnected(): void {
    this._armed = false;
    window.removeEventListener("beforeunload", this._ask);
  }

  private readonly _ask = (event: BeforeUnloadEvent): void => {
    event.preventDefault();
    // Older browsers ask only when returnValue is set.
    event.returnValue = "";
  };
}

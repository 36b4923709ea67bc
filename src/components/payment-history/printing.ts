import type { ReactiveController, ReactiveControllerHost } from "lit";

/**
 * Whether the page is being printed (`beforeprint`/`afterprint`, and the `print` media query for
 * print previews that send no events). Paper has no scrolling, so a view that draws only the rows
 * in sight draws every loaded row while `printing` is true. The host updates at once when it
 * changes, because `window.print()` lays the page out before any scheduled update would run.
 */
export class PrintingController implements ReactiveController {
  printing = false;
  private _query?: MediaQueryList;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this._query ??= matchMedia("print");
    this._query.addEventListener("change", this._onPrint);
    addEventListener("beforeprint", this._onPrint);
    addEventListener("afterprint", this._onPrint);
  }

  hostDisconnected(): void {
    this._query?.removeEventListener("change", this._onPrint);
    removeEventListener("beforeprint", this._onPrint);
    removeEventListener("afterprint", this._onPrint);
  }

  private readonly _onPrint = (e: Event): void => {
    const printing = e.type === "beforeprint" || (e.type !== "afterprint" && !!this._query?.matches);
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
    (this.host as unknown as { performUpdate(): void }).performUpdate();
  };
}

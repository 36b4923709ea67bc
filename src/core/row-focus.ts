import type { ReactiveController, ReactiveControllerHost } from "lit";

/** Where the rows are: what `RowFocusController` needs to know about a list it does not render. */
export interface RowFocusOptions {
  /** How many rows the list has (all of them, drawn or not). */
  count(): number;
  /** The element that takes focus for row `i` (the row, or a button in it), when it is in the DOM. */
  item(i: number): HTMLElement | null | undefined;
  /** The index of the row an event target is in, or -1 when it is in none. */
  indexOf(target: EventTarget | null): number;
  /** Opens row `i`: Enter or Space on its focus target, or a click anywhere in the row. */
  activate?(i: number): void;
  /**
   * For virtualised lists: whether rows are drawn on demand (and may be redrawn while they settle),
   * `reveal(i)` brings row `i` into the DOM, and `holder()` is the element (with `tabindex="-1"`)
   * that keeps focus while the focused row is scrolled out of the DOM.
   */
  virtual?(): boolean;
  reveal?(i: number): void;
  holder?(): HTMLElement | null | undefined;
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

const STEPS: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };

/**
 * A roving focus over the rows of a list or table (one Tab stop; arrow keys, Home, End, Page Up and
 * Page Down move between rows; Enter or Space opens a row), also when the list is virtualised: a row
 * not in the DOM is revealed first, and focus survives the focused row being scrolled out.
 *
 * Bind `keydown`, `focusin` and `click` on an element holding the rows, `focusout` on the holder of a
 * virtualised list, give each row's focus target `tabindex=${focus.tabIndex(i)}`, and call
 * `rangeChanged(first, last)` when a virtualised list draws another range.
 */
export class RowFocusController implements ReactiveController {
  private _active = 0;
  private _token = 0;

  constructor(
    private readonly host: Host,
    private readonly options: RowFocusOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // Stops a focus move that is waiting for its row.
    this._token++;
  }

  /** The row that takes Tab focus. */
  get active(): number {
    return Math.max(0, Math.min(this._active, this.options.count() - 1));
  }

  set active(i: number) {
    if (i === this._active) return;
    this._active = i;
    this.host.requestUpdate();
  }

  /** `tabindex` for row `i`'s focus target. */
  tabIndex(i: number): 0 | -1 {
    return i === this.active ? 0 : -1;
  }

  /** Back to the first row (the list changed under the user: another view, filter or order). */
  reset(): void {
    this.active = 0;
  }

  /** Moves focus to row `i` (clamped), revealing it first when it is not drawn. */
  async focus(i: number): Promise<void> {
    const { options } = this;
    const n = options.count();
    if (!n) return;
    const index = (this.active = Math.max(0, Math.min(n - 1, i)));
    const token = ++this._token;
    await this.host.updateComplete;
    const holder = options.holder?.();
    // A virtualised row may not be drawn yet, and may be redrawn while rows are measured: aim at it
    // until it is there, and keep focus on it until it settles.
    let focused: HTMLElement | undefined;
    for (let frame = 0, steady = 0; frame < 30 && steady < 2 && token === this._token; frame++) {
      // Focus moved away (not just held while a redrawn row comes back): that was the user.
      const now = this._focused();
      if (focused && now !== focused && (focused.isConnected || now !== holder)) return;
      const item = options.item(index);
      if (!item) {
        steady = 0;
        options.reveal?.(index);
      } else {
        // Focused here, or already (the list may give a redrawn row its focus back itself).
        if (now !== item) {
          steady = 0;
          item.focus();
        } else steady++;
        focused = item;
      }
      if (item && !options.virtual?.()) return;
      await new Promise(requestAnimationFrame);
    }
  }

  /** Call when a virtualised list draws rows `first`..`last`. */
  rangeChanged(first: number, last: number): void {
    const holder = this.options.holder?.();
    const now = this._focused();
    if (holder && now === holder) {
      // Scrolled back to the row that had focus: give it back once drawn (this comes first).
      queueMicrotask(() => this._focused() === holder && this.options.item(this.active)?.focus({ preventScroll: true }));
    } else if (!holder?.contains(now) && first >= 0 && (this.active < first || this.active > last)) {
      // Keep a drawn row tabbable.
      this.active = first;
    }
  }

  readonly onKeydown = (e: KeyboardEvent): void => {
    const { options } = this;
    // The holder has focus while the active row is scrolled out of a virtualised list.
    const held = !!e.target && e.target === options.holder?.();
    const i = held ? this.active : options.indexOf(e.target);
    if (i < 0 || (!held && e.target !== options.item(i))) return;
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      options.activate?.(i);
      return;
    }
    const last = options.count() - 1;
    const next = e.key === "Home" ? 0 : e.key === "End" ? last : STEPS[e.key] !== undefined ? i + STEPS[e.key]! : undefined;
    if (next === undefined) return;
    e.preventDefault();
    void this.focus(next);
  };

  /** The roving tabindex follows focus, however a row got it (Tab, a screen reader, a script). */
  readonly onFocusin = (e: FocusEvent): void => {
    const i = this.options.indexOf(e.target);
    if (i >= 0) this.active = i;
  };

  readonly onClick = (e: MouseEvent): void => {
    const i = this.options.indexOf(e.target);
    if (i < 0) return;
    this.active = i;
    this.options.activate?.(i);
  };

  /**
   * On the holder of a virtualised list: a row scrolled far out of view is removed with focus in it
   * (focus would fall to the page); the holder keeps focus instead, so the arrow keys go on from it.
   */
  readonly onFocusout = (e: FocusEvent): void => {
    const target = e.target as HTMLElement;
    const holder = e.currentTarget as HTMLElement;
    if (e.relatedTarget || target === holder) return;
    queueMicrotask(() => {
      const now = this._focused();
      if (!target.isConnected && holder.isConnected && (!now || now === document.body)) holder.focus({ preventScroll: true });
    });
  };

  private _focused(): Element | null {
    const root = this.host.renderRoot;
    return root instanceof ShadowRoot ? root.activeElement : document.activeElement;
  }
}

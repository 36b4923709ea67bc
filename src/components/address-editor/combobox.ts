import { html, nothing, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import { chevron } from "./chevron.js";
import { fold } from "./fold.js";

export { comboboxStyles } from "./combobox.styles.js";

/**
 * An editable combobox following the ARIA APG pattern "list autocomplete": an `<input role=combobox>`
 * that filters a `listbox` popup as you type, with `aria-activedescendant` tracking the active option.
 * Arrow keys move, Enter picks, Escape closes (then clears), Tab leaves. What you type that matches no
 * option is kept as free text. Stateless about the value: the editor owns it and re-renders.
 */
export interface ComboOption<T = unknown> {
  label: string;
  /** Shown after the label and read with it, to tell same-named places apart. */
  detail?: string;
  data: T;
}

export interface ComboConfig<T> {
  id: string;
  label: string;
  text: string;
  options: readonly ComboOption<T>[];
  required: boolean;
  optionalText: string;
  autocomplete: string;
  disabled: boolean;
  error?: string;
  hint?: string;
  /** Fired as the user types (free text). */
  onText(text: string): void;
  /** Fired when an option is picked (by click, Enter, or typing an option's exact name and leaving). */
  onPick(option: ComboOption<T>): void;
  /** Fired when the user leaves the field (native `change` semantics). */
  onCommit(): void;
  /** Announces the number of matches. */
  announce(count: number, total: number): void;
  /** How many matches to render at most. */
  limit?: number;
  /** The option picked now (by its data): a list opened without typing shows every option, this one active. */
  selected?: T;
}

export class Combobox<T = unknown> {
  open = false;
  active = -1;
  /** The text the list is filtered by; null shows every option (just opened). */
  query: string | null = null;
  private _matches: ComboOption<T>[] = [];
  private _folded = new WeakMap<ComboOption<T>, string>();

  constructor(private readonly requestUpdate: () => void) {}

  private key(o: ComboOption<T>): string {
    let k = this._folded.get(o);
    if (k === undefined) this._folded.set(o, (k = fold(`${o.label} ${o.detail ?? ""}`)));
    return k;
  }

  /** Options matching the query: those starting with it first, then those with a word starting with it, then the rest. */
  matches(options: readonly ComboOption<T>[]): ComboOption<T>[] {
    const q = this.query === null ? "" : fold(this.query);
    if (!q) return [...options];
    const starts: ComboOption<T>[] = [];
    const words: ComboOption<T>[] = [];
    const inside: ComboOption<T>[] = [];
    for (const o of options) {
      const k = this.key(o);
      const at = k.indexOf(q);
      if (at === 0) starts.push(o);
      else if (at > 0 && /[\s(\-/.]/.test(k[at - 1]!)) words.push(o);
      else if (at > 0) inside.push(o);
    }
    return [...starts, ...words, ...inside];
  }

  /**
   * The option whose label is exactly `text` (ignoring case and accents); failing that, the one option
   * that is the same place written another way: "Makati", "Makati City" and "City of Makati" (how
   * people and browser autofill write PSGC's "City of Makati").
   */
  exact(options: readonly ComboOption<T>[], text: string): ComboOption<T> | undefined {
    const t = fold(text);
    if (!t) return undefined;
    let hits = options.filter((o) => fold(o.label) === t);
    if (!hits.length) {
      const bare = (s: string) => fold(s).replace(/^city of /, "").replace(/ city$/, "");
      const b = bare(text);
      hits = options.filter((o) => bare(o.label) === b);
    }
    return hits.length === 1 ? hits[0] : undefined;
  }

  close(): void {
    this.open = false;
    this.active = -1;
    this.query = null;
  }

  render(c: ComboConfig<T>): TemplateResult {
    const listId = `${c.id}-list`;
    const errorId = `${c.id}-error`;
    const hintId = `${c.id}-hint`;
    // The active option is always rendered, even past the usual limit (a picked barangay far down its list).
    const limit = Math.max(c.limit ?? 100, this.active + 1);
    const all = this.open ? this.matches(c.options) : [];
    const shown = all.slice(0, limit);
    this._matches = shown;
    const expanded = this.open && shown.length > 0;
    const activeId = expanded && this.active >= 0 ? `${c.id}-o${this.active}` : undefined;
    const describedBy = [c.error ? errorId : "", c.hint ? hintId : ""].filter(Boolean).join(" ");

    const pick = (o: ComboOption<T>) => {
      this.close();
      c.onPick(o);
      c.onCommit();
      this.requestUpdate();
    };
    const openList = (query: string | null, input: HTMLElement) => {
      this.open = true;
      this.query = query;
      const all = this.matches(c.options);
      // Opened without typing: the whole list, the picked option active.
      this.active = query === null && c.selected !== undefined ? all.findIndex((o) => o.data === c.selected) : -1;
      c.announce(Math.min(all.length, Math.max(limit, this.active + 1)), all.length);
      if (this.active >= 0) this.reveal(input);
      else this.requestUpdate();
    };
    const onKeyDown = (e: KeyboardEvent) => {
      const text = (e.target as HTMLInputElement).value;
      let n = this._matches.length;
      switch (e.key) {
        case "ArrowDown":
        case "ArrowUp": {
          e.preventDefault();
          // Alt+ArrowUp closes the list, as on a native select.
          if (e.altKey && e.key === "ArrowUp") {
            this.close();
            this.requestUpdate();
            return;
          }
          if (!this.open) {
            openList(null, e.target as HTMLElement);
            n = Math.min(this.matches(c.options).length, Math.max(limit, this.active + 1));
            // The picked option is where the list starts.
            if (this.active >= 0) return;
          }
          if (e.altKey || !n) return;
          const down = e.key === "ArrowDown";
          this.active = this.active < 0 ? (down ? 0 : n - 1) : (this.active + (down ? 1 : -1) + n) % n;
          this.reveal(e.target as HTMLElement);
          return;
        }
        case "Home":
        case "End":
          if (this.open && this.active >= 0 && n) {
            e.preventDefault();
            this.active = e.key === "Home" ? 0 : n - 1;
            this.reveal(e.target as HTMLElement);
          }
          return;
        case "Enter":
          if (this.open && this.active >= 0 && this._matches[this.active]) {
            e.preventDefault();
            e.stopPropagation();
            pick(this._matches[this.active]!);
          } else if (this.open) {
            e.preventDefault();
            e.stopPropagation();
            this.settle(c, text);
          }
          return;
        case "Escape":
          // An open list with nothing in it is not shown: Escape then clears, as for a closed one.
          if (this.open && this._matches.length) {
            e.preventDefault();
            e.stopPropagation();
            this.close();
            this.requestUpdate();
          } else if (text) {
            e.preventDefault();
            e.stopPropagation();
            this.close();
            c.onText("");
          }
          return;
      }
    };
    const onInput = (e: Event) => {
      e.stopPropagation();
      const input = e.target as HTMLInputElement;
      const text = input.value;
      c.onText(text);
      if (input.matches(":focus")) return openList(text, input);
      // Filled without focus (browser autofill, a password manager): take an exact match, no list.
      this.query = text;
      this.settle(c, text);
      c.onCommit();
    };
    const onBlur = (e: FocusEvent) => {
      if (this.open || this.query !== null) this.settle(c, (e.target as HTMLInputElement).value);
      c.onCommit();
    };

    return html`<div class="field combo">
      <label id="${c.id}-label" for=${c.id}
        >${c.label}${c.required
          ? html`<span class="required" aria-hidden="true"> *</span>`
          : c.optionalText
            ? html`<span class="optional"> ${c.optionalText}</span>`
            : nothing}</label
      >
      <div class="picker">
        <input
          id=${c.id}
          part="input combobox"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded=${expanded ? "true" : "false"}
          aria-controls=${listId}
          aria-activedescendant=${activeId ?? nothing}
          aria-required=${c.required ? "true" : "false"}
          aria-invalid=${c.error ? "true" : "false"}
          aria-describedby=${describedBy || nothing}
          autocomplete=${c.autocomplete}
          spellcheck="false"
          .value=${live(c.text)}
          ?disabled=${c.disabled}
          @input=${onInput}
          @change=${(e: Event) => e.stopPropagation()}
          @keydown=${onKeyDown}
          @blur=${onBlur}
          @click=${(e: Event) => (this.open ? (this.close(), this.requestUpdate()) : openList(null, e.target as HTMLElement))}
        />${chevron}
        <ul id=${listId} role="listbox" part="listbox" aria-labelledby="${c.id}-label" ?hidden=${!expanded}>
          ${shown.map(
            (o, i) =>
              html`<li
                id="${c.id}-o${i}"
                role="option"
                part="option"
                aria-selected=${i === this.active ? "true" : "false"}
                @mousedown=${(e: Event) => e.preventDefault()}
                @click=${() => pick(o)}
              >
                ${o.label}${o.detail ? html`<span class="detail">, ${o.detail}</span>` : nothing}
              </li>`,
          )}
        </ul>
      </div>
      ${c.hint ? html`<div class="hint" id=${hintId}>${c.hint}</div>` : nothing}
      <div class="error" id=${errorId}>${c.error ?? ""}</div>
    </div>`;
  }

  /** Re-renders, then scrolls the active option into the list's view. */
  private reveal(input: HTMLElement): void {
    this.requestUpdate();
    requestAnimationFrame(() => input.parentElement?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: "nearest" }));
  }

  /** Leaving with typed text: an exact match becomes the pick, anything else stays free text. */
  private settle(c: ComboConfig<T>, text: string): void {
    const hit = this.query ? this.exact(c.options, text) : undefined;
    this.close();
    if (hit) c.onPick(hit);
    this.requestUpdate();
  }
}

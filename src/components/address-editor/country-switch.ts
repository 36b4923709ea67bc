import { countryCode, setAsideOnSwitch, type AddressKey } from "./address-model.js";
import type { AddressEditorController } from "./address-editor.controller.js";

/**
 * The editor's country: kept upper case and within `allowed-countries` (unless a value brought it),
 * and a switch, by the user or by a script, carries the draft over: what belongs to the old country is
 * set aside, and comes back on switching back (an arrow key on the focused select switches at once).
 */
export class CountrySwitch {
  /** The country the draft was last made consistent with (a programmatic switch still needs carrying over). */
  private _handled = "";
  /** The country came from a value: kept even when not in `allowed-countries`. */
  private _fromValue = false;
  /** What a switch set aside, per country left. */
  private _setAside = new Map<string, Partial<Record<AddressKey, string>>>();

  constructor(private readonly editor: AddressEditorController) {}

  /** A value was taken in (`fromValue`: it named its country): nothing is set aside any more. */
  start(fromValue: boolean): void {
    this._fromValue = fromValue;
    this._handled = countryCode(this.editor.host.country);
    this._setAside.clear();
  }

  /** Called from the editor's `willUpdate`: settles the country and carries a switch over. */
  settle(): void {
    const { host } = this.editor;
    host.country = countryCode(host.country);
    const allowed = host.allowedCountries;
    if (allowed?.length && !allowed.includes(host.country) && !this._fromValue) {
      host.country = allowed.includes("PH") ? "PH" : allowed[0]!;
    }
    if (this._handled && this._handled !== host.country) this._carry(this._handled, host.country);
    this._handled = host.country;
  }

  /** The user chose a country in the select. */
  readonly onSelect = (e: Event): void => {
    const { editor } = this;
    this.choose((e.target as HTMLSelectElement).value);
    editor.ph.fromDraft();
    editor.edited("country");
    editor.committed("country");
  };

  /** Switches to `next`, carrying the draft over. */
  choose(next: string): void {
    const { host } = this.editor;
    this._carry(host.country, next);
    this._handled = host.country = next;
    this._fromValue = false;
  }

  private _carry(was: string, now: string): void {
    const { draft, barangay, ph } = this.editor;
    const keys = setAsideOnSwitch(was, now, barangay);
    this._setAside.set(was, Object.fromEntries(keys.map((k) => [k, draft[k]])));
    const back = this._setAside.get(now);
    for (const k of keys) draft[k] = back?.[k] ?? "";
    ph.cascade?.closeAll();
    ph.fromDraft();
  }
}

import type { PayrexErrorDetail } from "../../api/errors.js";
import type { AddressEditorMessage } from "./address-editor.messages.js";
import { placeErrors, problemsOf, type Key, type Layout, type Problem, type TextKey } from "./address-model.js";
import type { AddressEditorController } from "./address-editor.controller.js";

type View = AddressEditorController;

/**
 * Which message each field shows: its problem once the user changed it and moved on, or after
 * `validate()`; a backend's message (`setErrors`, a failed save) until the user edits that field.
 */
export class FieldMessages {
  /** Backend messages per field. */
  server: Partial<Record<Key, string>> = {};
  private _all = false;
  private _touched = new Set<string>();
  private _dirty = new Set<string>();

  constructor(private readonly view: View) {}

  /** A new value: no message shown. */
  clear(): void {
    this.server = {};
    this._all = false;
    this._touched.clear();
    this._dirty.clear();
  }

  /** Every problem shows from now on (`validate()`). */
  showAll(): void {
    this._all = true;
  }

  /** Problems with the current value, in screen order, as messages. */
  problems(): Map<TextKey, string> {
    const { view } = this;
    const layout = view.layout;
    const out = new Map<TextKey, string>();
    for (const [key, problem] of problemsOf(layout, view.draft)) out.set(key, problemText(view, key, problem, layout));
    return out;
  }

  /** The first message in screen order, then the backend's: what the browser's form validation shows. */
  first(): [Key, string] | undefined {
    return [...this.problems()][0] ?? (Object.entries(this.server)[0] as [Key, string] | undefined);
  }

  /** The fields showing a message. */
  shown(): Key[] {
    const keys = new Set<Key>([...this.problems().keys()].filter((k) => this.at(k)));
    for (const k of Object.keys(this.server) as Key[]) keys.add(k);
    return [...keys];
  }

  /** The message shown at a field. */
  at(key: Key): string | undefined {
    return this.server[key] ?? (this._all || this._touched.has(key) ? this.problems().get(key as TextKey) : undefined);
  }

  /** Shows a backend's messages at their fields; returns the details that name none. */
  place(details: readonly PayrexErrorDetail[]): PayrexErrorDetail[] {
    const { placed, rest } = placeErrors(details, this.view.layout);
    this.server = placed;
    return rest;
  }

  /** The user edited `key`: its backend message goes. */
  edited(key: string): void {
    this._dirty.add(key);
    const { [key as Key]: _, ...rest } = this.server;
    this.server = rest;
  }

  /** The user left `key`: true when they had changed it (its problems show from now on). */
  left(key: string): boolean {
    if (!this._dirty.delete(key)) return false;
    this._touched.add(key);
    return true;
  }
}

/** A field's label: the country's word for it (Google's name types), the pickers' words in the Philippines. */
export function labelOf(view: View, key: Key): string {
  const f = view.format;
  const ph = view.host.country === "PH";
  const cascade = view.ph.active;
  const words = (field: "state" | "locality" | "postal", type: string, fallback: AddressEditorMessage) =>
    view.formats?.label(view.locale, field, type) ?? view.tr(fallback);
  if ((key === "state" || key === "city") && cascade) return cascade.label(key);
  if (key === "state") return words("state", f.stateType, key);
  if (key === "city") return words("locality", f.localityType, key);
  if (key === "postal_code") return words("postal", f.postalType, key);
  if (key === "line1" && ph) return view.tr("line1PH");
  if (key === "line2" && ph && view.barangay) return view.tr("barangay");
  return view.tr(key);
}

/** What a field's problem says, naming the field as its label does. */
export function problemText(view: View, key: TextKey, problem: Problem, layout: Layout): string {
  // "Street address" reads "street address" mid-sentence; "ZIP code" keeps its capitals.
  const field = labelOf(view, key).replace(/^\p{Lu}(?!\p{Lu})/u, (c) => c.toLocaleLowerCase(view.locale));
  switch (problem) {
    case "required":
      return view.tr("required", { field });
    case "pick":
      return view.tr("requiredPick", { field });
    case "postal":
      return view.tr("postalInvalid", { field, example: layout.format.example ?? "" });
    case "phone":
      // Outside the Philippines a number is read only with its country code.
      return view.tr(layout.country !== "PH" && !/^\s*(\+|00)/.test(view.draft.phone) ? "phoneNoCode" : "phoneInvalid");
    case "email":
      return view.tr("emailInvalid");
  }
}

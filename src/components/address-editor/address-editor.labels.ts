import type { AddressEditorMessage } from "./address-editor.messages.js";
import type { Key, Layout, Problem, TextKey } from "./address-model.js";
import type { AddressEditorController } from "./address-editor.controller.js";

type View = AddressEditorController;

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
      return view.tr(layout.country === "PH" ? "phoneInvalidPH" : "phoneInvalid");
    case "email":
      return view.tr("emailInvalid");
  }
}

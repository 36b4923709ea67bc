import { defineMessages, plural, type Message } from "../../core/i18n.js";
import { metadataRowMessages } from "../../core/metadata-rows.messages.js";

/**
 * Strings of `<payrex-customer-form>` (namespace `customer-form`). Field messages are looked up as
 * `<field>_<code>` first, then `<code>`, where the code is the schema's message key. Failures of
 * loading and saving are explained by the common catalog (`describeError`).
 */
const en = {
  ...metadataRowMessages.en,
  requiredNote: "Fields marked * are required.",
  name: "Name",
  email: "Email",
  prefix: "Billing statement prefix",
  prefixHint: "Optional. 3–15 capital letters or digits, e.g. MSANTOS.",
  prefixHintSet: "3–15 capital letters or digits. It can be changed, but not removed.",
  add: "Add metadata",
  remove: "Remove",
  removeRow: "Remove row {n}",
  removedKey: "Removed {key}.",
  removedRow: "Row removed.",
  create: "Create customer",
  save: "Save changes",
  saving: "Saving…",
  created: "Customer created.",
  saved: "Changes saved.",
  noChanges: "No changes to save.",
  attention: (p: Record<string, string | number>, locale: string) =>
    plural(locale, Number(p.n), { one: "{n} field needs attention.", other: "{n} fields need attention." }),
  loading: "Loading customer…",
  loadFailed: "Could not load the customer.",
  saveFailed: "Could not save the customer.",
  notLoaded: "The customer has not loaded yet.",

  required: "This field is required.",
  invalid: "Check this field.",
  too_long: "This is too long.",
  name_required: "Enter the customer's name.",
  email_required: "Enter an email address.",
  email_email: "Enter an email address like name@example.com.",
  prefix_prefix: "Use 3 to 15 capital letters (A–Z) or digits (0–9), without spaces.",
  prefix_required: "Enter a prefix. It can be changed, but not removed.",
} satisfies Record<string, Message>;

export type CustomerFormMessage = keyof typeof en;

/** True for a key of this catalog (field messages are looked up by computed keys). */
export const isMessage = (key: string): key is CustomerFormMessage => Object.hasOwn(en, key);

export const t = defineMessages("customer-form", en, {
  ...metadataRowMessages.fil,
  requiredNote: "Kailangang punan ang mga field na may *.",
  name: "Pangalan",
  email: "Email",
  prefix: "Prefix ng billing statement",
  prefixHint: "Opsyonal. 3–15 malalaking titik o numero, hal. MSANTOS.",
  prefixHintSet: "3–15 malalaking titik o numero. Puwede itong palitan, pero hindi alisin.",
  add: "Magdagdag ng metadata",
  remove: "Alisin",
  removeRow: "Alisin ang hilera {n}",
  removedKey: "Inalis ang {key}.",
  removedRow: "Inalis ang hilera.",
  create: "Gumawa ng customer",
  save: "I-save ang mga pagbabago",
  saving: "Sine-save…",
  created: "Nagawa na ang customer.",
  saved: "Na-save na ang mga pagbabago.",
  noChanges: "Walang pagbabagong ise-save.",
  attention: "May {n} field na kailangang ayusin.",
  loading: "Nilo-load ang customer…",
  loadFailed: "Hindi ma-load ang customer.",
  saveFailed: "Hindi ma-save ang customer.",
  notLoaded: "Hindi pa tapos i-load ang customer.",

  required: "Kailangang punan ang field na ito.",
  invalid: "Pakisuri ang field na ito.",
  too_long: "Masyadong mahaba ito.",
  name_required: "Ilagay ang pangalan ng customer.",
  email_required: "Ilagay ang email address.",
  email_email: "Maglagay ng tamang email address, gaya ng pangalan@example.com.",
  prefix_prefix: "Gumamit ng 3 hanggang 15 malalaking titik (A–Z) o numero (0–9), nang walang espasyo.",
  prefix_required: "Maglagay ng prefix. Puwede itong palitan, pero hindi alisin.",
});

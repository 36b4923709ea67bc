import { defineMessages, plural, type Params } from "../../core/i18n.js";

/**
 * Strings of `<payrex-address-editor>` (namespace `address-editor`); override with `setMessages`.
 * The words for each country's field names, the Philippine pickers' strings and bound mode's load
 * with their chunks (formats.lazy.ts, ph-cascade.ts, bound-address.templates.ts) under the same
 * namespace. Failures of loading and saving are explained by the common catalog (`describeError`).
 */
export const t = defineMessages(
  "address-editor",
  {
    group: "Billing address",
    requiredNote: "Fields marked * are required.",
    attention: (p: Params, locale: string) =>
      plural(locale, Number(p.n), { one: "{n} field needs attention.", other: "{n} fields need attention." }),
    country: "Country or region",
    name: "Full name",
    email: "Email",
    phone: "Phone number",
    line1: "Street address",
    line1PH: "House or unit no., building, street",
    line2: "Apartment, suite, unit, floor",
    barangay: "Barangay",
    // Until the country formats arrive (or if they cannot).
    state: "Province",
    city: "City",
    postal_code: "Postal code",
    optional: "(optional)",
    required: "Enter the {field}.",
    requiredPick: "Choose the {field}.",
    postalInvalid: (p: Params) =>
      p.example ? `Enter a valid ${p.field}, for example ${p.example}.` : `Enter a valid ${p.field}.`,
    // Said next to the hint (which gives the example): what is wrong, not the example again.
    phoneInvalid: "This number is incomplete or has a typo.",
    phoneNoCode: "Start the number with + and its country code.",
    emailInvalid: "Enter an email address like name@example.com.",
    phoneHintPH: "Mobile or landline, e.g. 0917 123 4567.",
    phoneHint: "With the country code, e.g. +1 202 555 0143.",
    placesLoading: "Loading the list of places…",
    placesFailed: "The list of places could not be loaded. Type the address instead.",
    loading: "Loading the address…",
  },
  {
    group: "Address sa pagsingil",
    requiredNote: "Kailangang punan ang mga field na may *.",
    attention: (p: Params, locale: string) => plural(locale, Number(p.n), { other: "May {n} field na kailangang ayusin." }),
    country: "Bansa o rehiyon",
    name: "Buong pangalan",
    email: "Email",
    phone: "Numero ng telepono",
    line1: "Address (kalye at numero)",
    line1PH: "Numero ng bahay o unit, gusali, kalye",
    line2: "Apartment, suite, unit, palapag",
    barangay: "Barangay",
    state: "Lalawigan",
    city: "Lungsod",
    postal_code: "ZIP code",
    optional: "(opsyonal)",
    required: "Ilagay ang {field}.",
    requiredPick: "Piliin ang {field}.",
    postalInvalid: (p: Params) =>
      p.example ? `Maglagay ng wastong ${p.field}, halimbawa ${p.example}.` : `Maglagay ng wastong ${p.field}.`,
    phoneInvalid: "Kulang o may mali ang numerong ito.",
    phoneNoCode: "Simulan ang numero sa + at sa country code nito.",
    emailInvalid: "Maglagay ng email address na tulad ng pangalan@example.com.",
    phoneHintPH: "Mobile o landline, hal. 0917 123 4567.",
    phoneHint: "Kasama ang country code, hal. +1 202 555 0143.",
    placesLoading: "Nilo-load ang listahan ng mga lugar…",
    placesFailed: "Hindi ma-load ang listahan ng mga lugar. I-type na lang ang address.",
    loading: "Nilo-load ang address…",
  },
);

/** A key of the editor's catalog. */
export type AddressEditorMessage = Parameters<typeof t>[1];

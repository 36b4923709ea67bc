/** The lazily loaded part of the country formats: Google's table and the words for its field names. */
import { defineMessages } from "../../core/i18n.js";

export { default as table, defaults } from "./formats.data.js";

const en = {
  "state.province": "Province",
  "state.state": "State",
  "state.prefecture": "Prefecture",
  "state.county": "County",
  "state.parish": "Parish",
  "state.island": "Island",
  "state.department": "Department",
  "state.area": "Area",
  "state.do_si": "Province",
  "state.district": "District",
  "state.oblast": "Oblast",
  "state.emirate": "Emirate",
  "locality.city": "City",
  "locality.post_town": "Town or city",
  "locality.suburb": "Suburb",
  "locality.district": "District",
  "postal.postal": "Postal code",
  "postal.zip": "ZIP code",
  "postal.eircode": "Eircode",
  "postal.pin": "PIN code",
};

const words = defineMessages("address-editor", en, {
  "state.province": "Lalawigan",
  "state.state": "Estado",
  "state.prefecture": "Prefektura",
  "state.county": "Kondado",
  "state.parish": "Parokya",
  "state.island": "Isla",
  "state.department": "Departamento",
  "state.area": "Lugar",
  "state.do_si": "Lalawigan",
  "state.district": "Distrito",
  "state.oblast": "Oblast",
  "state.emirate": "Emirato",
  "locality.city": "Lungsod",
  "locality.post_town": "Bayan o lungsod",
  "locality.suburb": "Suburb",
  "locality.district": "Distrito",
  "postal.postal": "ZIP code",
  "postal.zip": "ZIP code",
  "postal.eircode": "Eircode",
  "postal.pin": "PIN code",
});

/**
 * The word for a field name type (`state.<state_name_type>`, `locality.<locality_name_type>`,
 * `postal.<zip_name_type>`), or undefined for a type without one.
 */
export const labels = (locale: string, key: string): string | undefined =>
  Object.hasOwn(en, key) ? words(locale, key as keyof typeof en) : undefined;

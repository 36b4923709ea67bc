/**
 * The address editor's rules as plain data and functions (no DOM): which fields a country shows and
 * requires and in which rows, what is wrong with what was typed, the value it makes, how a backend's
 * `parameter` names a field, and what a country switch sets aside. Tested in Node
 * (test/node/address-editor-model.test.mjs).
 */
import type { CountryFormat } from "./formats.js";
import { toE164 } from "./phone.js";

/** How a field is shown. */
export type FieldMode = "required" | "optional" | "hidden";
/** Per-field settings; a field left out follows the country (state, postal code) or its default. */
export type AddressFieldConfig = Partial<Record<"line2" | "phone" | "name" | "email" | "postal_code" | "state", FieldMode>>;

/** The editor's value: PayRex billing details (every part a string or null). */
export interface AddressValue {
  name?: string | null;
  email?: string | null;
  phone: string | null;
  address: {
    line1: string | null;
    line2: string | null;
    city: string | null;
    state: string | null;
    postal_code: string | null;
    country: string | null;
  };
}

export type AddressKey = "line1" | "line2" | "city" | "state" | "postal_code";
export type TextKey = AddressKey | "name" | "email" | "phone";
export type Key = TextKey | "country";
/** What is typed, one string per part (the PH pickers write their result here too). */
export type Draft = Record<TextKey, string>;

/** Form parts in FormData order. */
export const KEYS: readonly Key[] = ["name", "email", "line1", "line2", "city", "state", "postal_code", "country", "phone"];
export const ADDRESS: readonly AddressKey[] = ["line1", "line2", "city", "state", "postal_code"];
/** Autofill tokens (without the `billing` section). */
export const TOKENS: Record<TextKey, string> = {
  name: "name",
  email: "email",
  phone: "tel",
  line1: "address-line1",
  line2: "address-line2",
  city: "address-level2",
  state: "address-level1",
  postal_code: "postal-code",
};
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Everything the layout depends on. */
export interface Layout {
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  format: CountryFormat;
  fields: AddressFieldConfig;
  /** Line2 holds the barangay in the Philippines (`barangay-field` is not `none`). */
  barangay: boolean;
  /** The Philippine pickers are shown. */
  pickers: boolean;
}

const str = (v: unknown): string => (typeof v === "string" ? v : "");
const orNull = (v: string): string | null => v.trim() || null;

/** A country code as the editor keeps it: upper case, `PH` when empty. */
export const countryCode = (country: string | undefined | null): string => (country || "PH").toUpperCase();

export const emptyDraft = (): Draft => ({ name: "", email: "", phone: "", line1: "", line2: "", city: "", state: "", postal_code: "" });

/**
 * What a value (`AddressValue` or PayRex `BillingDetails`) puts into the fields: the draft, which of
 * name and email it holds (kept even while hidden), and its country when it names a valid one.
 */
export function draftOf(v: { name?: unknown; email?: unknown; phone?: unknown; address?: unknown } | null | undefined): {
  draft: Draft;
  kept: Set<string>;
  country?: string;
} {
  const a = (v?.address ?? {}) as Record<string, unknown>;
  const draft = emptyDraft();
  for (const k of ["name", "email", "phone"] as const) draft[k] = str(v?.[k]);
  for (const k of ADDRESS) draft[k] = str(a[k]);
  const country = str(a.country).toUpperCase();
  return {
    draft,
    kept: new Set(["name", "email"].filter((k) => v && k in v)),
    country: /^[A-Z]{2}$/.test(country) ? country : undefined,
  };
}

/** How a field is shown for the layout's country and settings. */
export function modeOf(layout: Layout, key: Key): FieldMode {
  const { format: f, fields: config } = layout;
  if (key === "country") return "required";
  if (key === "name" || key === "email") return config[key] ?? "hidden";
  if (key === "phone" || key === "line2") return config[key] ?? "optional";
  if (!f.rows.some((r) => r.includes(key))) return "hidden";
  return (key === "state" || key === "postal_code" ? config[key] : undefined) ?? (f.require.has(key) ? "required" : "optional");
}

/** Address rows in the country's order. */
export function rowsOf(layout: Layout): AddressKey[][] {
  const shown = (k: AddressKey) => modeOf(layout, k) !== "hidden";
  if (layout.country === "PH") {
    const { barangay, pickers } = layout;
    // Region and province share the state slot (the region stays when the province is hidden);
    // city and barangay share the next row.
    const rows: AddressKey[][] = [
      shown("state") || pickers ? ["state"] : [],
      (["city", "line2"] as AddressKey[]).filter((k) => shown(k) && (k === "city" || barangay)),
      ["line1"],
      barangay ? [] : ["line2"],
      ["postal_code"],
    ];
    return rows.map((r, i) => (i < 2 ? r : r.filter(shown))).filter((r) => r.length);
  }
  return layout.format.rows.flatMap((row) => {
    const keys = row.filter((k): k is AddressKey => k !== "locality" && shown(k as AddressKey));
    if (!keys.includes("line1")) return keys.length ? [keys] : [];
    const rest = keys.filter((k) => k !== "line1");
    return [["line1"], ...(shown("line2") ? [["line2" as AddressKey]] : []), ...(rest.length ? [rest] : [])];
  });
}

/** Every field shown, in screen order. */
export const fieldOrder = (layout: Layout): TextKey[] =>
  (["name", "email", ...rowsOf(layout).flat(), "phone"] as TextKey[]).filter((k) => modeOf(layout, k) !== "hidden");

/** The fields a picker fills in the Philippines. */
export const isPicked = (layout: Layout, key: Key): boolean =>
  layout.country === "PH" && layout.pickers && (key === "state" || key === "city" || (key === "line2" && layout.barangay));

/**
 * What is wrong with a field: `required` (empty; `pick` for a PH picker), `postal` (not the country's
 * pattern), `phone` (not a number), `email`.
 */
export type Problem = "required" | "pick" | "postal" | "phone" | "email";

/** The problems of a draft, in screen order. */
export function problemsOf(layout: Layout, draft: Draft): Map<TextKey, Problem> {
  const out = new Map<TextKey, Problem>();
  const { format: f, country } = layout;
  for (const key of fieldOrder(layout)) {
    const v = draft[key].trim();
    if (!v) {
      if (modeOf(layout, key) === "required") out.set(key, isPicked(layout, key) ? "pick" : "required");
    } else if (key === "postal_code" && f.zip && !f.zip.test(v)) out.set(key, "postal");
    else if (key === "phone" && !toE164(v, country, f.callingCode)) out.set(key, "phone");
    else if (key === "email" && !EMAIL.test(v)) out.set(key, "email");
  }
  return out;
}

/** The value a draft makes: trimmed parts or null, the phone in E.164 when it can be read. */
export function valueOf(layout: Layout, draft: Draft, kept: ReadonlySet<string>): AddressValue {
  const address = Object.fromEntries(ADDRESS.map((k) => [k, orNull(draft[k])])) as Omit<AddressValue["address"], "country">;
  const phone = draft.phone.trim();
  const v: AddressValue = {
    phone: phone ? (toE164(phone, layout.country, layout.format.callingCode) ?? phone) : null,
    address: { ...address, country: layout.country || null },
  };
  for (const k of ["name", "email"] as const) if (modeOf(layout, k) !== "hidden" || kept.has(k)) v[k] = orNull(draft[k]);
  return v;
}

/** The parts submitted with a native form, as `name[part]`; hidden fields are left out. */
export function formEntries(name: string, layout: Layout, value: AddressValue, draft: Draft): [string, string][] {
  return KEYS.filter((k) => modeOf(layout, k) !== "hidden").map((k) => [
    `${name}[${k}]`,
    k === "country" ? layout.country : k === "phone" ? (value.phone ?? "") : draft[k].trim(),
  ]);
}

/**
 * The value in FormData the editor submitted (autofill and back/forward restore hand it back).
 * Hidden fields are never submitted: they keep what `current` holds.
 */
export function valueFromForm(form: FormData, name: string, layout: Layout, current: AddressValue): AddressValue {
  const get = (k: Key) => {
    if (modeOf(layout, k) !== "hidden") return form.get(`${name}[${k}]`);
    return k === "name" || k === "email" || k === "phone" ? current[k] : current.address[k];
  };
  const address = Object.fromEntries([...ADDRESS, "country" as const].map((k) => [k, get(k)]));
  return { name: get("name"), email: get("email"), phone: get("phone"), address } as AddressValue;
}

/** An autofill token in a section per editor name, so two editors on a page fill separately. */
export const autofillToken = (name: string | undefined, token: string): string =>
  `${name ? `section-${name.replace(/[^\w-]/g, "")} ` : ""}billing ${token}`;

/** What the editor gives its form: its parts under `name` (nothing without a name), and its value as JSON to restore. */
export function formValueOf(name: string | undefined, layout: Layout, value: AddressValue, draft: Draft) {
  const state = JSON.stringify(value);
  if (!name) return { value: null, state };
  const form = new FormData();
  for (const [key, part] of formEntries(name, layout, value, draft)) form.append(key, part);
  return { value: form, state };
}

/** The value a state handed back stands for (FormData, or the JSON `formValueOf` wrote); `undefined` for any other. */
export function restoredValue(state: FormData | string, name: string, layout: Layout, current: AddressValue): AddressValue | null | undefined {
  if (typeof state !== "string") return valueFromForm(state, name, layout, current);
  try {
    const value: unknown = JSON.parse(state);
    return typeof value === "object" ? (value as AddressValue | null) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The field a backend's `parameter` names (`billing_details[address][postal_code]`,
 * `billing_details[phone]`, `address[city]`, `postal_code`…), if it is one of the editor's.
 */
export function keyOfParameter(parameter: string | null | undefined): Key | undefined {
  const parts = (parameter ?? "").split(/[[\]]+/).filter(Boolean);
  const key = parts.pop() as Key;
  return KEYS.includes(key) && parts.every((x) => /^(billing_details|billing|address)$/.test(x)) ? key : undefined;
}

/**
 * Sorts a backend's error details into messages at the editor's fields (by `parameter`, for fields
 * shown) and the rest.
 */
export function placeErrors<D extends { parameter?: string | null; detail?: string | null }>(
  details: readonly D[],
  layout: Layout,
): { placed: Partial<Record<Key, string>>; rest: D[] } {
  const placed: Partial<Record<Key, string>> = {};
  const rest: D[] = [];
  for (const d of details) {
    const key = keyOfParameter(d.parameter);
    if (key && d.detail && modeOf(layout, key) !== "hidden") placed[key] ??= d.detail;
    else rest.push(d);
  }
  return { placed, rest };
}

/**
 * What a switch from country `was` to `now` sets aside: state and postal code belong to a country, and
 * so does line2 between the Philippines (barangay) and elsewhere (apartment). Street lines and city
 * carry over.
 */
export function setAsideOnSwitch(was: string, now: string, barangay: boolean): AddressKey[] {
  const keys: AddressKey[] = ["state", "postal_code"];
  if (barangay && (was === "PH") !== (now === "PH")) keys.push("line2");
  return keys;
}

/**
 * The countries offered, named in `locale`: the Philippines first (where most customers are), then
 * the rest by name; the current one is always there.
 */
export function countryOptions(codes: readonly string[], current: string, locale: string): readonly (readonly [code: string, name: string])[] {
  const listed = codes.includes(current);
  // Naming and sorting some 250 countries takes tens of milliseconds on a phone: done once per
  // list, locale (and unlisted current country), not on every render.
  let cached = optionLists.get(codes);
  if (!cached) optionLists.set(codes, (cached = new Map()));
  const key = listed ? locale : `${locale}\n${current}`;
  let options = cached.get(key);
  if (!options) {
    const first = (code: string) => (code === "PH" ? 0 : 1);
    options = (listed ? codes : [current, ...codes])
      .map((code) => [code, countryName(code, locale)] as const)
      .sort((a, b) => first(a[0]) - first(b[0]) || a[1].localeCompare(b[1], locale));
    cached.set(key, options);
  }
  return options;
}
const optionLists = new WeakMap<readonly string[], Map<string, readonly (readonly [string, string])[]>>();

const displayNames = new Map<string, Intl.DisplayNames>();
/** A country's name in `locale` (English when the locale has no names), or its code. */
export function countryName(code: string, locale: string): string {
  let d = displayNames.get(locale);
  if (!d) {
    try {
      d = new Intl.DisplayNames([locale, "en"], { type: "region" });
    } catch {
      d = new Intl.DisplayNames(["en"], { type: "region" });
    }
    displayNames.set(locale, d);
  }
  try {
    return d.of(code) ?? code;
  } catch {
    return code;
  }
}

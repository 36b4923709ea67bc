/**
 * Country address formats from Google's address metadata (generated into formats.data.ts and loaded
 * as a separate chunk the first time an editor renders, so the main bundle carries none of it).
 */

/** An address part the country's format lays out. `D` (dependent locality) only matters for PH (barangay). */
export type FormatField = "line1" | "line2" | "city" | "state" | "postal_code" | "locality";

export interface CountryFormat {
  country: string;
  /** Rows of fields in the country's order; `line1` and `line2` share the street row. */
  rows: FormatField[][];
  /** Fields the country requires. */
  require: Set<FormatField>;
  /** Anchored, case-insensitive postal-code pattern; undefined when the country has none. */
  zip?: RegExp;
  /** Google's name types: which word labels the state, city and postal code. */
  stateType: string;
  localityType: string;
  postalType: string;
  /** One valid postal code, for messages. */
  example?: string;
  /** The telephone calling code, e.g. `1` or `63`. */
  callingCode?: string;
}

export interface Formats {
  /** Countries with a known format, ISO 3166-1 alpha-2. */
  countries: string[];
  get(country: string): CountryFormat;
  /** The word for a field name type, e.g. `label("fil", "state", "province")`; undefined for an unknown type. */
  label(locale: string, field: "state" | "locality" | "postal", type: string): string | undefined;
}

type Defaults = { rows: string; require: string; state: string; locality: string; postal: string };

const LETTERS: Record<string, FormatField[]> = {
  A: ["line1"],
  D: ["locality"],
  C: ["city"],
  S: ["state"],
  Z: ["postal_code"],
};

function parse(country: string, line: string, d: Defaults): CountryFormat {
  const [, rows = d.rows, require = "", zip = "", state = "", locality = "", postal = "", example = "", calling = ""] =
    line.split(";");
  const req = require || d.require;
  let pattern: RegExp | undefined;
  try {
    pattern = zip ? new RegExp(`^(?:${zip})$`, "i") : undefined;
  } catch {
    pattern = undefined;
  }
  return {
    country,
    rows: rows.split(",").map((r) => [...r].flatMap((l) => LETTERS[l] ?? [])),
    require: new Set([...req].flatMap((l) => LETTERS[l] ?? [])),
    zip: pattern,
    stateType: state || d.state,
    localityType: locality || d.locality,
    postalType: postal || d.postal,
    example: example || undefined,
    callingCode: calling || undefined,
  };
}

/** Used before the table has loaded, or when it cannot: every field, street and city required. */
export const fallbackFormat = (country: string): CountryFormat =>
  parse(country, `${country};A,C,SZ;AC`, { rows: "", require: "AC", state: "province", locality: "city", postal: "postal" });

let loading: Promise<Formats> | undefined;

/** Loads the format table once per page. */
export function loadFormats(): Promise<Formats> {
  loading ??= import("./formats.lazy.js").then(
    ({ table, defaults, labels }) => {
      const lines = new Map(table.split("\n").map((l) => [l.slice(0, 2), l]));
      const parsed = new Map<string, CountryFormat>();
      return {
        countries: [...lines.keys()],
        get(country: string) {
          const c = country.toUpperCase();
          let f = parsed.get(c);
          if (!f) {
            const line = lines.get(c);
            f = line ? parse(c, line, defaults) : fallbackFormat(c);
            parsed.set(c, f);
          }
          return f;
        },
        label: (locale, field, type) => labels(locale, `${field}.${type}`),
      };
    },
    (error) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

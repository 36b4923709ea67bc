/**
 * What the Philippine pickers hold (region → province or highly urbanised city → city or
 * municipality → barangay, and the postal code that goes with the city), and how a change at one
 * level carries to the levels below it:
 * - picking another place clears what no longer fits under it (a new city clears the old city's
 *   barangay and postal code);
 * - retyping or clearing a picked place clears what depends on it, and keeps it aside: picking the
 *   same place again brings it back;
 * - every change says which fields it cleared or brought back, for the live region.
 * Plain data and functions (no DOM): tested in Node.
 */
import { fold } from "./fold.js";
import type { PhCity, PhIndex, PhProvince, PhRegion } from "./ph-data.js";

/** A field the pickers fill: region (not stored), province (`state`), city, barangay (`line2`), postal code. */
export type PlaceField = "region" | "state" | "city" | "line2" | "postal_code";
/** What a change did to the fields below the one changed. */
export interface PlaceChange {
  cleared: PlaceField[];
  restored: PlaceField[];
}
type Level = "region" | "state" | "city";

interface Snapshot {
  province?: PhProvince;
  provinceText: string;
  city?: PhCity;
  cityText: string;
  barangay: string;
  postal: string;
}

const ORDER: PlaceField[] = ["region", "state", "city", "line2", "postal_code"];
const below = (level: Level): PlaceField[] => ORDER.slice(ORDER.indexOf(level) + 1);
const none = (): PlaceChange => ({ cleared: [], restored: [] });

/**
 * A region's name as the pickers show it: PSGC's name, or for the two long ones (CAR, BARMM) their
 * first word and abbreviation, so it fits a field without being cut.
 */
export const regionLabel = (r: PhRegion): string => (r.name.length > 32 ? r.name.replace(/^(\S+).*(\([^)]+\))$/, "$1 $2") : r.name);

export class PlacePicks {
  region?: PhRegion;
  regionText = "";
  province?: PhProvince;
  provinceText = "";
  city?: PhCity;
  cityText = "";
  barangay = "";
  postal = "";
  /** A picked place being retyped (or cleared), and everything as it was before: for picking it again. */
  private _aside?: { level: Level; place: PhRegion | PhProvince | PhCity; snapshot: Snapshot };

  constructor(readonly index: PhIndex) {}

  /** Takes an address's state, city, barangay (line2) and postal code, and finds them in the data. */
  assign(state: string, city: string, barangay: string, postal: string): void {
    Object.assign(this, { region: undefined, province: undefined, city: undefined, regionText: "", _aside: undefined });
    this.provinceText = state;
    this.cityText = city;
    this.barangay = barangay;
    this.postal = postal;
    const { index } = this;
    const st = fold(state);
    const name = fold(city);
    const region = st ? index.regions.find((r) => r.state && fold(r.state) === st) : undefined;
    const province = region ? undefined : index.provinces.find((x) => fold(x.name) === st);
    const pool = province ? province.cities : region ? index.cities.filter((c) => c.province.region === region) : index.cities;
    // A district of a sub-divided city (Manila) is named at the end of line2, after the barangay.
    const cut = barangay.lastIndexOf(", ");
    const district = cut > 0 ? fold(barangay.slice(cut + 2)) : "";
    let hit = pool.find((c) => c.sub && fold(c.province.name) === name && fold(c.name) === district);
    if (hit) this.barangay = barangay.slice(0, cut);
    else {
      const same = pool.filter((c) => !c.sub && fold(c.name) === name);
      hit = same.length === 1 ? same[0] : undefined;
    }
    if (hit) this._setCity(hit);
    else if (province) this._setProvince(province);
    else if (region) {
      // The region stands for the state (Metro Manila): no province.
      this._setRegion(region);
      this.provinceText = "";
    }
  }

  /** The address parts the pickers fill. */
  address(): { state: string; city: string; line2: string } {
    const c = this.city;
    const b = this.barangay.trim();
    return {
      state: this.region?.state ?? this.province?.name ?? this.provinceText,
      city: c ? (c.sub ? c.province.name : c.name) : this.cityText,
      line2: b && c?.sub ? `${b}, ${c.name}` : this.barangay,
    };
  }

  /** Picking a region keeps a province and city inside it, and clears them otherwise. */
  pickRegion(r: PhRegion): PlaceChange {
    const change = this._pickAside("region", r);
    if (this.region !== r && !change.restored.length) {
      if (this.province && this.province.region !== r) change.cleared = this._clear("region");
      else if (!this.province && this.city && this.city.province.region !== r) change.cleared = this._clear("state");
    }
    this._setRegion(r);
    return change;
  }

  /** Picking a province fills its region, clears a city elsewhere, and picks a highly urbanised city's only city. */
  pickProvince(p: PhProvince): PlaceChange {
    const change = this._pickAside("state", p);
    if (this.city && this.city.province !== p) change.cleared = this._clear("state");
    this._setProvince(p);
    if (p.cities.length === 1 && !this.city) this._setCity(p.cities[0]!);
    return change;
  }

  /** Picking a city fills its province and region; another city than the one picked clears its barangay and postal code. */
  pickCity(c: PhCity): PlaceChange {
    const change = this._pickAside("city", c);
    if (this.city && this.city !== c) change.cleared = this._clear("city");
    this._setCity(c);
    return change;
  }

  /**
   * Typing at a level. Once the text no longer is the picked place, the fields below are cleared and
   * kept aside until that place is picked again.
   */
  type(level: Level | "line2", text: string): PlaceChange {
    if (level === "line2") {
      this.barangay = text;
      return none();
    }
    const place = level === "region" ? this.region : level === "state" ? this.province : this.city;
    // Retyping a level above one already aside keeps the older snapshot: it is how things were.
    const snapshot = this._aside?.snapshot ?? this._snapshot();
    if (level === "region") [this.region, this.regionText] = [undefined, text];
    else if (level === "state") [this.province, this.provinceText] = [undefined, text];
    else [this.city, this.cityText] = [undefined, text];
    if (!place) return none();
    this._aside = { level, place, snapshot };
    return { cleared: this._clear(level), restored: [] };
  }

  /** Fields that have something in them. */
  private _filled(): Set<PlaceField> {
    const values: [PlaceField, string][] = [
      ["region", this.regionText],
      ["state", this.provinceText],
      ["city", this.cityText],
      ["line2", this.barangay],
      ["postal_code", this.postal],
    ];
    return new Set(values.filter(([, v]) => v.trim()).map(([k]) => k));
  }

  /** Clears every field below `level`; returns those that had something in them. */
  private _clear(level: Level): PlaceField[] {
    const had = this._filled();
    if (level === "region") [this.province, this.provinceText] = [undefined, ""];
    if (level !== "city") [this.city, this.cityText] = [undefined, ""];
    this.barangay = this.postal = "";
    return below(level).filter((f) => had.has(f));
  }

  private _snapshot(): Snapshot {
    const { province, provinceText, city, cityText, barangay, postal } = this;
    return { province, provinceText, city, cityText, barangay, postal };
  }

  /** A pick ends any retyping: the same place brings back what was kept aside for it. */
  private _pickAside(level: Level, place: PhRegion | PhProvince | PhCity): PlaceChange {
    const aside = this._aside;
    this._aside = undefined;
    if (!aside || aside.level !== level || aside.place !== place) return none();
    const before = this._filled();
    const s = aside.snapshot;
    if (level === "region") Object.assign(this, { province: s.province, provinceText: s.provinceText });
    if (level !== "city") Object.assign(this, { city: s.city, cityText: s.cityText });
    Object.assign(this, { barangay: s.barangay, postal: s.postal });
    const after = this._filled();
    return { cleared: [], restored: below(level).filter((f) => after.has(f) && !before.has(f)) };
  }

  private _setRegion(r: PhRegion): void {
    this.region = r;
    this.regionText = regionLabel(r);
  }

  private _setProvince(p: PhProvince): void {
    this.province = p;
    this.provinceText = p.name;
    this._setRegion(p.region);
  }

  private _setCity(c: PhCity): void {
    this.city = c;
    this.cityText = c.name;
    this._setProvince(c.province);
  }
}

/**
 * The Philippine pickers (region → province or highly urbanised city → city or municipality →
 * barangay), loaded as a separate chunk the first time the Philippines is shown, together with the
 * place index. The editor keeps the plain fields until this is ready, or for good if it cannot load.
 */
import { html, type TemplateResult } from "lit";
import { defineMessages, plural, type Params } from "../../core/i18n.js";
import { Combobox, fold, type ComboConfig, type ComboOption } from "./combobox.js";

export { comboboxStyles as styles } from "./combobox.js";
import { loadBarangays, loadPhIndex, phDataUrl, type PhCity, type PhIndex, type PhProvince, type PhRegion } from "./ph-data.js";

const t = defineMessages(
  "address-editor",
  {
    region: "Region",
    provincePH: "Province or city",
    cityPH: "City or municipality",
    districtPH: "District",
    results: (p: Params, locale: string) =>
      Number(p.total) > Number(p.n)
        ? `Showing ${p.n} of ${p.total} places; keep typing to narrow them down.`
        : plural(locale, Number(p.n), { one: "1 place found.", other: "{n} places found." }),
    noResults: "No match; what you type will be used as it is.",
    freeText: "Not in the list; it will be used as you typed it.",
  },
  {
    region: "Rehiyon",
    provincePH: "Lalawigan o lungsod",
    cityPH: "Lungsod o munisipalidad",
    districtPH: "Distrito",
    results: (p: Params) =>
      Number(p.total) > Number(p.n)
        ? `Ipinapakita ang ${p.n} sa ${p.total} lugar; magpatuloy sa pag-type para paliitin.`
        : `${p.n} lugar ang nakita.`,
    noResults: "Walang tugma; gagamitin ang tina-type mo kung ano ito.",
    freeText: "Wala sa listahan; gagamitin ito kung paano mo tinype.",
  },
);

export type PhKey = "state" | "city" | "line2";
type Level = PhKey | "region";

/** What the cascade needs from the editor. */
export interface CascadeHost {
  readonly uid: string;
  readonly locale: string;
  readonly disabled: boolean;
  readonly optionalText: string;
  requestUpdate(): void;
  mode(key: PhKey): "required" | "optional" | "hidden";
  label(key: PhKey): string;
  error(key: PhKey): string | undefined;
  ac(token: string): string;
  edited(key: PhKey | "region"): void;
  committed(key: PhKey | "region"): void;
  announce(text: string): void;
  track<T>(p: Promise<T>): Promise<T>;
}

export class PhCascade {
  index?: PhIndex;
  region?: PhRegion;
  regionText = "";
  province?: PhProvince;
  provinceText = "";
  city?: PhCity;
  cityText = "";
  barangay = "";
  private _barangays?: { psgc: string; list?: string[] };
  private _abort = new AbortController();
  private _brgyAbort?: AbortController;
  private readonly _combos: Record<Level, Combobox<never>>;

  constructor(
    private readonly host: CascadeHost,
    private readonly base: string | undefined,
  ) {
    const update = () => host.requestUpdate();
    this._combos = { region: new Combobox(update), state: new Combobox(update), city: new Combobox(update), line2: new Combobox(update) };
  }

  /** Loads the place index; rejects when it cannot be had (the editor then keeps its plain fields). */
  async load(): Promise<void> {
    this.index = await loadPhIndex(phDataUrl(this.base), this._abort.signal);
  }

  dispose(): void {
    this._abort.abort();
    this._brgyAbort?.abort();
  }

  /** Takes an address's state, city and line2 (barangay) and finds them in the data. */
  assign(state: string, city: string, barangay: string): void {
    Object.assign(this, { region: undefined, province: undefined, city: undefined, regionText: "" });
    this.provinceText = state;
    this.cityText = city;
    this.barangay = barangay;
    const index = this.index;
    if (!index) return;
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
    if (hit) this.pickCity(hit, false);
    else if (province) this.pickProvince(province, false);
    else if (region) {
      this.pickRegion(region, false);
      this.provinceText = "";
    }
  }

  /** The address parts the pickers fill. */
  address(): Record<PhKey, string> {
    const c = this.city;
    const b = this.barangay.trim();
    return {
      state: this.region?.state ?? this.province?.name ?? this.provinceText,
      city: c ? (c.sub ? c.province.name : c.name) : this.cityText,
      line2: b && c?.sub ? `${b}, ${c.name}` : this.barangay,
    };
  }

  /** Labels of the PH fields. */
  label(key: PhKey): string {
    const { locale } = this.host;
    if (key === "state") return t(locale, "provincePH");
    return key === "city" ? t(locale, this.province?.cities[0]?.sub ? "districtPH" : "cityPH") : "";
  }

  closeAll(): void {
    for (const c of Object.values(this._combos)) c.close();
  }

  // Picking a level fills the ones above it and clears the ones below that no longer fit.
  private pickRegion(r: PhRegion, edited = true): void {
    if (this.region !== r) {
      this.region = r;
      if (this.province && this.province.region !== r) this.clear(true);
      else if (!this.province && this.city && this.city.province.region !== r) this.clear(false);
    }
    this.regionText = r.name;
    if (edited) this.host.edited("region");
  }
  private pickProvince(p: PhProvince, edited = true): void {
    this.province = p;
    this.provinceText = p.name;
    this.region = p.region;
    this.regionText = p.region.name;
    if (this.city && this.city.province !== p) this.clear(false);
    // A highly urbanised city is its own only city: pick it too (not when reading a value back).
    if (edited && p.cities.length === 1 && !this.city) this.pickCity(p.cities[0]!, false);
    if (edited) this.host.edited("state");
  }
  private pickCity(c: PhCity, edited = true): void {
    if (this.city !== c && edited) this.barangay = "";
    this.city = c;
    this.cityText = c.name;
    this.province = c.province;
    this.provinceText = c.province.name;
    this.region = c.province.region;
    this.regionText = c.province.region.name;
    this.fetchBarangays(c);
    if (edited) this.host.edited("city");
  }
  private clear(province: boolean): void {
    if (province) {
      this.province = undefined;
      this.provinceText = "";
    }
    this.city = undefined;
    this.cityText = "";
    this.barangay = "";
  }

  private fetchBarangays(city: PhCity): void {
    if (this._barangays?.psgc === city.psgc) return;
    this._brgyAbort?.abort();
    const controller = (this._brgyAbort = new AbortController());
    const entry: { psgc: string; list?: string[] } = (this._barangays = { psgc: city.psgc });
    this.host.track(
      loadBarangays(phDataUrl(this.base), city.psgc, controller.signal).then(
        (list) => (entry.list = list),
        () => {
          entry.list = [];
          // Picking the city again tries again (a dropped connection must not hide its barangays for good).
          if (this._barangays === entry) this._barangays = undefined;
        },
      ),
    ).then(() => this.host.requestUpdate());
  }

  render(key: PhKey): TemplateResult {
    const index = this.index!;
    const h = this.host;
    const optionsOf = <T>(list: readonly T[], label: (x: T) => string, detail?: (x: T) => string) =>
      list.map((data) => ({ label: label(data), detail: detail?.(data), data }));
    const combo = <T>(
      level: Level,
      label: string,
      text: string,
      picked: boolean,
      options: ComboOption<T>[],
      token: string,
      onText: (text: string) => void,
      onPick: (data: T) => void,
    ) => {
      const c = this._combos[level] as unknown as Combobox<T>;
      const config: ComboConfig<T> = {
        id: `${h.uid}-${level}`,
        label,
        text,
        options,
        // The region only narrows the lists; it is not part of the address.
        required: level !== "region" && h.mode(level) === "required",
        optionalText: level === "region" ? "" : h.optionalText,
        autocomplete: token,
        disabled: h.disabled,
        error: level === "region" ? undefined : h.error(level),
        hint: !c.open && text.trim() && !picked && options.length ? t(h.locale, "freeText") : undefined,
        onText: (v) => {
          onText(v);
          h.edited(level);
        },
        onPick: (o) => onPick(o.data),
        onCommit: () => h.committed(level),
        announce: (n, total) => h.announce(n ? t(h.locale, "results", { n, total }) : t(h.locale, "noResults")),
      };
      return c.render(config);
    };

    if (key === "state") {
      const provinces = this.region ? index.provinces.filter((x) => x.region === this.region) : index.provinces;
      return html`${combo(
        "region",
        t(h.locale, "region"),
        this.regionText,
        !!this.region,
        optionsOf(index.regions, (r) => r.name),
        // No autofill field names a region.
        "off",
        (v) => ((this.regionText = v), (this.region = undefined)),
        (r: PhRegion) => this.pickRegion(r),
      )}${h.mode("state") === "hidden"
        ? ""
        : combo(
            "state",
            this.label("state"),
            this.provinceText,
            !!this.province,
            optionsOf(provinces, (p) => p.name),
            h.ac("address-level1"),
            (v) => ((this.provinceText = v), (this.province = undefined)),
            (p: PhProvince) => this.pickProvince(p),
          )}`;
    }
    if (key === "city") {
      const cities = this.province?.cities ?? (this.region ? index.cities.filter((c) => c.province.region === this.region) : index.cities);
      return combo(
        "city",
        this.label("city"),
        this.cityText,
        !!this.city,
        optionsOf(cities, (c) => c.name, this.province ? undefined : (c) => c.province.name),
        h.ac("address-level2"),
        (v) => ((this.cityText = v), (this.city = undefined)),
        (c: PhCity) => this.pickCity(c),
      );
    }
    const list = this.city && this._barangays?.psgc === this.city.psgc ? (this._barangays.list ?? []) : [];
    return combo(
      "line2",
      h.label("line2"),
      this.barangay,
      list.includes(this.barangay),
      optionsOf(list, (b) => b),
      // Google's PH format prints the barangay as the dependent locality.
      h.ac("address-level3"),
      (v) => (this.barangay = v),
      (b: string) => ((this.barangay = b), h.edited("line2")),
    );
  }
}

/**
 * The Philippine pickers (region → province or highly urbanised city → city or municipality →
 * barangay), loaded as a separate chunk the first time the Philippines is shown, together with the
 * place index. The editor keeps the plain fields until this is ready, or for good if it cannot load.
 * What the pickers hold and how a change carries down the levels is `PlacePicks` (ph-places.ts).
 */
import { html, type TemplateResult } from "lit";
import { defineMessages, formatCount, plural, type Params } from "../../core/i18n.js";
import { Combobox, type ComboConfig, type ComboOption } from "./combobox.js";
import { loadBarangays, loadPhIndex, phDataUrl, type PhCity, type PhProvince, type PhRegion } from "./ph-data.js";
import { PlacePicks, regionLabel, type PlaceChange, type PlaceField } from "./ph-places.js";

export { comboboxStyles as styles } from "./combobox.js";

/**
 * Starts downloading the place index at `base` (as `PhCascade` would), so that a cascade made later
 * finds it on its way: the element calls this as soon as this module is there, before the editor's
 * first render.
 */
export function prefetchPlaces(base: string | undefined): void {
  loadPhIndex(phDataUrl(base)).catch(() => undefined);
}

const count = (n: string | number | undefined, locale: string) => formatCount(Number(n), locale);

const t = defineMessages(
  "address-editor",
  {
    region: "Region",
    provincePH: "Province or city",
    cityPH: "City or municipality",
    districtPH: "District",
    results: (p: Params, locale: string) =>
      Number(p.total) > Number(p.n)
        ? `Showing ${count(p.n, locale)} of ${count(p.total, locale)} places; keep typing to narrow them down.`
        : plural(locale, Number(p.n), { one: "1 place found.", other: "{n} places found." }),
    noResults: "No match; what you type will be used as it is.",
    freeText: "Not in the list; it will be used as you typed it.",
    cleared: "Also cleared: {fields}.",
    restored: "Brought back: {fields}.",
  },
  {
    region: "Rehiyon",
    provincePH: "Lalawigan o lungsod",
    cityPH: "Lungsod o munisipalidad",
    districtPH: "Distrito",
    results: (p: Params, locale: string) =>
      Number(p.total) > Number(p.n)
        ? `Ipinapakita ang ${count(p.n, locale)} sa ${count(p.total, locale)} lugar; mag-type pa para paliitin.`
        : `${count(p.n, locale)} lugar ang nakita.`,
    noResults: "Walang tugma; gagamitin ang tina-type mo kung ano ito.",
    freeText: "Wala sa listahan; gagamitin ito kung paano mo tinype.",
    cleared: "Binura rin: {fields}.",
    restored: "Ibinalik: {fields}.",
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
  /** The editor's postal code: it goes with the city, so the pickers clear (and bring back) it too. */
  postal: string;
  requestUpdate(): void;
  mode(key: PhKey): "required" | "optional" | "hidden";
  label(key: PhKey | "postal_code"): string;
  error(key: PhKey): string | undefined;
  ac(token: string): string;
  edited(key: Level): void;
  committed(key: Level): void;
  announce(text: string): void;
  track<T>(p: Promise<T>): Promise<T>;
}

const list = (locale: string, items: string[]): string => {
  try {
    return new Intl.ListFormat(locale, { type: "unit", style: "short" }).format(items);
  } catch {
    return items.join(", ");
  }
};

export class PhCascade {
  picks?: PlacePicks;
  private _barangays?: { psgc: string; list?: string[] };
  private _abort = new AbortController();
  private _brgyAbort?: AbortController;
  private readonly _combos: Record<Level, Combobox<never>>;
  /** What the last change cleared or brought back, said with the next announcement. */
  private _note = "";

  constructor(
    private readonly host: CascadeHost,
    private readonly base: string | undefined,
  ) {
    const update = () => host.requestUpdate();
    this._combos = { region: new Combobox(update), state: new Combobox(update), city: new Combobox(update), line2: new Combobox(update) };
  }

  /** Loads the place index; rejects when it cannot be had (the editor then keeps its plain fields). */
  async load(): Promise<void> {
    this.picks = new PlacePicks(await loadPhIndex(phDataUrl(this.base), this._abort.signal));
  }

  dispose(): void {
    this._abort.abort();
    this._brgyAbort?.abort();
  }

  /** Takes an address's state, city and line2 (barangay) and finds them in the data. */
  assign(state: string, city: string, barangay: string): void {
    const picks = this.picks!;
    picks.assign(state, city, barangay, this.host.postal);
    this._note = "";
    if (picks.city) this._fetchBarangays(picks.city);
  }

  /** The address parts the pickers fill. */
  address(): Record<PhKey, string> {
    return this.picks!.address();
  }

  /** Labels of the PH fields. */
  label(key: PhKey): string {
    const { locale } = this.host;
    if (key === "state") return t(locale, "provincePH");
    return key === "city" ? t(locale, this.picks?.province?.cities[0]?.sub ? "districtPH" : "cityPH") : "";
  }

  closeAll(): void {
    for (const c of Object.values(this._combos)) c.close();
  }

  /**
   * Runs a change on the picks (with the editor's current postal code), notes what it did to the
   * fields below, and loads the barangays of a new city (or of a city picked again).
   */
  private _change(run: (picks: PlacePicks) => PlaceChange, cityPicked = false): void {
    const { host } = this;
    const picks = this.picks!;
    const city = picks.city;
    picks.postal = host.postal;
    const { cleared, restored } = run(picks);
    host.postal = picks.postal;
    const name = (f: PlaceField) => (f === "region" ? t(host.locale, "region") : host.label(f));
    const say = (key: "cleared" | "restored", fields: PlaceField[]) =>
      fields.length ? t(host.locale, key, { fields: list(host.locale, fields.map(name)) }) : "";
    this._note = [this._note, say("cleared", cleared), say("restored", restored)].filter(Boolean).join(" ");
    // A city picked again tries its barangays again (a dropped connection must not hide them for good).
    if (picks.city && (picks.city !== city || cityPicked)) this._fetchBarangays(picks.city);
  }

  /** The note of the last change, once. */
  private _takeNote(): string {
    const note = this._note;
    this._note = "";
    return note;
  }

  private _say(): void {
    const note = this._takeNote();
    if (note) this.host.announce(note);
  }

  private _fetchBarangays(city: PhCity): void {
    if (this._barangays?.psgc === city.psgc) return;
    this._brgyAbort?.abort();
    const controller = (this._brgyAbort = new AbortController());
    const entry: { psgc: string; list?: string[] } = (this._barangays = { psgc: city.psgc });
    this.host
      .track(
        loadBarangays(phDataUrl(this.base), city.psgc, controller.signal).then(
          (list) => (entry.list = list),
          () => {
            entry.list = [];
            // Picking the city again tries again (a dropped connection must not hide its barangays for good).
            if (this._barangays === entry) this._barangays = undefined;
          },
        ),
      )
      .then(() => this.host.requestUpdate());
  }

  render(key: PhKey): TemplateResult {
    const picks = this.picks!;
    const { index } = picks;
    const h = this.host;
    const optionsOf = <T>(list: readonly T[], label: (x: T) => string, detail?: (x: T) => string | undefined) =>
      list.map((data) => ({ label: label(data), detail: detail?.(data), data }));
    const combo = <T>(
      level: Level,
      label: string,
      text: string,
      picked: T | undefined,
      options: ComboOption<T>[],
      token: string,
      onPick: (data: T) => void,
    ) => {
      const c = this._combos[level] as unknown as Combobox<T>;
      const config: ComboConfig<T> = {
        id: `${h.uid}-${level}`,
        label,
        text,
        options,
        // The region only narrows the lists; it is not part of the address (and so optional).
        required: level !== "region" && h.mode(level) === "required",
        optionalText: h.optionalText,
        autocomplete: token,
        disabled: h.disabled,
        error: level === "region" ? undefined : h.error(level),
        hint: !c.open && text.trim() && picked === undefined && options.length ? t(h.locale, "freeText") : undefined,
        selected: picked,
        onText: (v) => {
          this._change((p) => p.type(level, v));
          h.edited(level);
          // Said with the match count when the list opens; otherwise (Escape, autofill) on its own.
          queueMicrotask(() => this._say());
        },
        onPick: (o) => {
          onPick(o.data);
          h.edited(level);
          this._say();
        },
        onCommit: () => {
          this._say();
          h.committed(level);
        },
        announce: (n, total) =>
          h.announce([this._takeNote(), n ? t(h.locale, "results", { n, total }) : t(h.locale, "noResults")].filter(Boolean).join(" ")),
      };
      return c.render(config);
    };

    if (key === "state") {
      const provinces = picks.region ? index.provinces.filter((x) => x.region === picks.region) : index.provinces;
      return html`${combo(
        "region",
        t(h.locale, "region"),
        picks.regionText,
        picks.region,
        // A shortened name keeps the full one next to it in the list.
        optionsOf(index.regions, regionLabel, (r) => (regionLabel(r) === r.name ? undefined : r.name)),
        // No autofill field names a region.
        "off",
        (r: PhRegion) => this._change((p) => p.pickRegion(r)),
      )}${h.mode("state") === "hidden"
        ? ""
        : combo(
            "state",
            this.label("state"),
            picks.provinceText,
            picks.province,
            optionsOf(provinces, (p) => p.name),
            h.ac("address-level1"),
            (p: PhProvince) => this._change((x) => x.pickProvince(p)),
          )}`;
    }
    if (key === "city") {
      const { province, region } = picks;
      const cities = province?.cities ?? (region ? index.cities.filter((c) => c.province.region === region) : index.cities);
      return combo(
        "city",
        this.label("city"),
        picks.cityText,
        picks.city,
        optionsOf(cities, (c) => c.name, province ? undefined : (c) => c.province.name),
        h.ac("address-level2"),
        (c: PhCity) => this._change((p) => p.pickCity(c), true),
      );
    }
    const { city } = picks;
    const barangays = city && this._barangays?.psgc === city.psgc ? (this._barangays.list ?? []) : [];
    return combo(
      "line2",
      h.label("line2"),
      picks.barangay,
      barangays.includes(picks.barangay) ? picks.barangay : undefined,
      optionsOf(barangays, (b) => b),
      // Google's PH format prints the barangay as the dependent locality.
      h.ac("address-level3"),
      (b: string) => (picks.barangay = b),
    );
  }
}

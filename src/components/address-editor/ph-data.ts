/**
 * Philippine places (PSGC), built by `.ci/build-ph-data.mjs`: one index of regions, provinces and
 * cities, and ~100 small modules of barangays, each holding a run of cities. By default they are the
 * generated modules next to this file (`./ph/`), which every bundler splits into chunks of their own,
 * loaded on first use; the same data as JSON can be hosted anywhere and named with `dataUrl`.
 */
import * as z from "zod/mini";

export interface PhRegion {
  code: string;
  name: string;
  /** What goes into `address.state` for every place in the region (Metro Manila), if not the province. */
  state?: string;
}
export interface PhProvince {
  code: string;
  name: string;
  region: PhRegion;
  cities: PhCity[];
}
export interface PhCity {
  /** 10-digit PSGC code; names the barangay chunk. */
  psgc: string;
  name: string;
  province: PhProvince;
  /** A district of a city split into sub-municipalities (Manila): the address city is the province's name. */
  sub: boolean;
  /** The barangay module (or `b/<n>.json`) that holds this city's barangays. */
  group: number;
}
export interface PhIndex {
  version: string;
  regions: PhRegion[];
  provinces: PhProvince[];
  cities: PhCity[];
}

const indexSchema = z.object({
  v: z.string(),
  r: z.array(z.array(z.string())),
  p: z.array(z.tuple([z.string(), z.string(), z.string(), z.array(z.array(z.union([z.string(), z.number()])))])),
  s: z.array(z.number()),
});
const barangaysSchema = z.record(z.string(), z.array(z.string()));

/**
 * The base URL of hosted JSON place data (`index.json`, `b/<n>.json`): `url` made absolute (against
 * the page) and ending in "/"; `undefined` without one, for the data bundled with the package.
 */
export function phDataUrl(url?: string): string | undefined {
  if (!url) return undefined;
  const abs = new URL(url, typeof document !== "undefined" ? document.baseURI : import.meta.url).href;
  return abs.endsWith("/") ? abs : `${abs}/`;
}

/** The data bundled with the package: a literal path, so bundlers find the modules and split them. */
const bundled = () => import("./ph/ph-index.js");

/** Where one file of place data is: the index, or barangay module `n`, bundled or at `base`. */
const where = (base: string | undefined, file: "index" | number): string =>
  base === undefined
    ? `the place data bundled with payrex-components (${file === "index" ? "ph-index" : `ph-barangays-${file}`}.js)`
    : `${base}${file === "index" ? "index.json" : `b/${file}.json`}`;

/** One file of place data, unparsed. */
function read(base: string | undefined, file: "index" | number, signal: AbortSignal): Promise<unknown> {
  if (base === undefined)
    return bundled().then(async (m) => {
      if (file === "index") return m.index;
      const group = m.barangays[file];
      if (!group) throw new Error(`no barangay module ${file}`);
      return (await group()).default;
    });
  return fetch(where(base, file), { signal, credentials: "same-origin" }).then(async (res) => {
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return res.json().catch(() => {
      throw new Error(`not JSON (${res.headers.get("content-type") || "no content type"})`);
    });
  });
}

interface Entry<T> {
  promise: Promise<T>;
  controller: AbortController;
  users: number;
}
const cache = new Map<string, Entry<unknown>>();

/**
 * Reads and parses one file, once per base and file. Each caller may abort its own wait; a download
 * is aborted only when every caller has, and a failed load is forgotten so it can be retried.
 */
function load<T>(base: string | undefined, file: "index" | number, parse: (json: unknown) => T, signal?: AbortSignal): Promise<T> {
  const key = `${base ?? ""} ${file}`;
  let entry = cache.get(key) as Entry<T> | undefined;
  if (!entry) {
    const controller = new AbortController();
    // A failure names where the data was looked for and what came back (an HTTP error, a page that
    // is not JSON, data of another shape, a chunk the app does not serve), so a wrong `dataUrl` or a
    // deployment missing its chunks is easy to spot.
    const promise = read(base, file, controller.signal)
      .then((json) => {
        try {
          return parse(json);
        } catch {
          throw new Error("not place data of this version");
        }
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) throw error;
        throw new Error(`${where(base, file)}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      });
    entry = { promise, controller, users: 0 };
    cache.set(key, entry);
    promise.catch(() => cache.get(key) === entry && cache.delete(key));
  }
  const e = entry;
  if (!signal) return e.promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  e.users++;
  return new Promise<T>((resolve, reject) => {
    const abort = () => {
      if (--e.users === 0) {
        e.controller.abort();
        if (cache.get(key) === e) cache.delete(key);
      }
      reject(signal.reason);
    };
    signal.addEventListener("abort", abort, { once: true });
    e.promise.then(
      (v) => {
        signal.removeEventListener("abort", abort);
        e.users--;
        resolve(v);
      },
      (err) => {
        signal.removeEventListener("abort", abort);
        e.users--;
        reject(err);
      },
    );
  });
}

/** Reads the place index (`index.json`, or the bundled `index`); throws when it is not one. */
export function parsePhIndex(json: unknown): PhIndex {
  const data = indexSchema.parse(json);
  const starts = data.s;
  if (starts[0] !== 0) throw new Error("no barangay modules");
  const regions = new Map<string, PhRegion>();
  for (const [code, name, state] of data.r) if (code && name) regions.set(code, { code, name, state });
  const provinces: PhProvince[] = [];
  const cities: PhCity[] = [];
  // Cities, read in order, fill the barangay modules one after the other: module n starts at starts[n].
  let position = 0;
  let group = 0;
  for (const [code, regionCode, name, list] of data.p) {
    const region = regions.get(regionCode);
    const province: PhProvince | undefined = region && { code, name, region, cities: [] };
    for (const [cityCode, cityName, sub] of list) {
      while (group + 1 < starts.length && starts[group + 1]! <= position) group++;
      position++;
      if (!province) continue;
      const city: PhCity = { psgc: `${regionCode}${cityCode}000`, name: String(cityName), province, sub: sub === 1, group };
      province.cities.push(city);
      cities.push(city);
    }
    if (province) provinces.push(province);
  }
  return { version: data.v, regions: [...regions.values()], provinces, cities };
}

/** Regions, provinces and cities: from `base` (see `phDataUrl`), or the bundled data when it is undefined. */
export const loadPhIndex = (base: string | undefined, signal?: AbortSignal): Promise<PhIndex> => load(base, "index", parsePhIndex, signal);

/** The barangays of one city or municipality (by PSGC code), from the module that holds them. */
export async function loadBarangays(base: string | undefined, psgc: string, signal?: AbortSignal): Promise<string[]> {
  const city = (await loadPhIndex(base, signal)).cities.find((c) => c.psgc === psgc);
  if (!city) throw new Error(`${psgc}: not a city or municipality in the place data`);
  const group = await load(base, city.group, (json) => barangaysSchema.parse(json), signal);
  const list = group[psgc];
  if (!list) throw new Error(`${psgc}: not in barangay module ${city.group}`);
  return list;
}

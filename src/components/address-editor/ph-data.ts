/**
 * Philippine places (PSGC) from static JSON chunks built by `.ci/build-ph-data.mjs`: one index of
 * regions, provinces and cities, and one small file of barangays per city. Nothing PH-specific is in
 * the bundle; this is only the loader.
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
});
const barangaysSchema = z.array(z.string());

// Where the data is by default, from this module: the script-tag build's chunks sit next to dist/ph/
// (dist/*.js); the library's copy of this module sits in dist/lib/components/address-editor/, three
// folders below dist/; the sources (tests, dev servers) in src/components/address-editor/.
const here = import.meta.url;
const RELATIVE = /\/lib\/components\/address-editor\/[^/]*$/.test(here)
  ? "../../../ph/"
  : /\/components\/address-editor\/[^/]*$/.test(here)
    ? "../../ph/"
    : "ph/";

/** The chunks' base URL: `url` (absolute or relative to the page) or, by default, `ph/` next to the script. */
export function phDataUrl(url?: string): string {
  const base = url || new URL(RELATIVE, here).href;
  const abs = new URL(base, typeof document !== "undefined" ? document.baseURI : here).href;
  return abs.endsWith("/") ? abs : `${abs}/`;
}

interface Entry<T> {
  promise: Promise<T>;
  controller: AbortController;
  users: number;
}
const cache = new Map<string, Entry<unknown>>();

/**
 * Fetches and parses one chunk, once per URL. Each caller may abort its own wait; the request itself
 * is aborted only when every caller has, and a failed load is forgotten so it can be retried.
 */
function load<T>(url: string, parse: (json: unknown) => T, signal?: AbortSignal): Promise<T> {
  let entry = cache.get(url) as Entry<T> | undefined;
  if (!entry) {
    const controller = new AbortController();
    // A failure names the URL and what came back (an HTTP error, a page that is not JSON, data of
    // another shape), so a wrong `dataUrl` is easy to spot.
    const promise = fetch(url, { signal: controller.signal, credentials: "same-origin" })
      .then(async (res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const json = await res.json().catch(() => {
          throw new Error(`not JSON (${res.headers.get("content-type") || "no content type"})`);
        });
        try {
          return parse(json);
        } catch {
          throw new Error("not place data of this version");
        }
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) throw error;
        throw new Error(`${url}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      });
    entry = { promise, controller, users: 0 };
    cache.set(url, entry);
    promise.catch(() => cache.get(url) === entry && cache.delete(url));
  }
  const e = entry;
  if (!signal) return e.promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  e.users++;
  return new Promise<T>((resolve, reject) => {
    const abort = () => {
      if (--e.users === 0) {
        e.controller.abort();
        if (cache.get(url) === e) cache.delete(url);
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

/** Reads the place index (`index.json`); throws when it is not one. */
export function parsePhIndex(json: unknown): PhIndex {
  const data = indexSchema.parse(json);
  const regions = new Map<string, PhRegion>();
  for (const [code, name, state] of data.r) if (code && name) regions.set(code, { code, name, state });
  const provinces: PhProvince[] = [];
  const cities: PhCity[] = [];
  for (const [code, regionCode, name, list] of data.p) {
    const region = regions.get(regionCode);
    if (!region) continue;
    const province: PhProvince = { code, name, region, cities: [] };
    for (const [cityCode, cityName, sub] of list) {
      const city: PhCity = { psgc: `${regionCode}${cityCode}000`, name: String(cityName), province, sub: sub === 1 };
      province.cities.push(city);
      cities.push(city);
    }
    provinces.push(province);
  }
  return { version: data.v, regions: [...regions.values()], provinces, cities };
}

/** Regions, provinces and cities. */
export const loadPhIndex = (base: string, signal?: AbortSignal): Promise<PhIndex> =>
  load(`${base}index.json`, parsePhIndex, signal);

/** The barangays of one city or municipality (by PSGC code). */
export const loadBarangays = (base: string, psgc: string, signal?: AbortSignal): Promise<string[]> =>
  load(`${base}b/${encodeURIComponent(psgc)}.json`, (json) => barangaysSchema.parse(json), signal);

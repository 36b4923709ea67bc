/**
 * Philippine places (PSGC), built by `.ci/build-ph-data.mjs`: one index of regions, provinces and
 * cities, and ~100 small modules of barangays, each holding a run of cities. By default they are the
 * generated modules next to this file (`./ph/`), which every bundler splits into chunks of their own,
 * loaded on first use; the same modules (the package's `dist/ph/`) can be hosted anywhere and named
 * with `dataUrl`.
 */
import * as z from "zod/mini";
import { makeSchema } from "../../api/make-schema.js";

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
  /** The barangay module (`ph-barangays-<n>.js`) that holds this city's barangays. */
  group: number;
}
export interface PhIndex {
  version: string;
  regions: PhRegion[];
  provinces: PhProvince[];
  cities: PhCity[];
}

// A province row, `[code, region, name, cities]`: exactly four items, checked one by one. Written
// without `z.tuple`, which no other schema uses: zod's code for it would sit in the script-tag entry
// (every module the entry imports goes there whole, with what its lazy chunks use: 0.5 KB gzip).
const provinceRow = () =>
  z.pipe(
    z.pipe(z.array(z.unknown()).check(z.minLength(4), z.maxLength(4)), z.transform((row): Record<number, unknown> => ({ ...row }))),
    z.pipe(
      z.object({ 0: z.string(), 1: z.string(), 2: z.string(), 3: z.array(z.array(z.union([z.string(), z.number()]))) }),
      z.transform((row) => [row[0], row[1], row[2], row[3]] as const),
    ),
  );

// Built through makeSchema: an object schema made before any other would probe `new Function` (CSP).
const indexSchema = /* @__PURE__ */ makeSchema(() =>
  z.object({
    v: z.string(),
    r: z.array(z.array(z.string())),
    p: z.array(provinceRow()),
    s: z.array(z.number()),
  }),
);
const barangaysSchema = /* @__PURE__ */ makeSchema(() => z.record(z.string(), z.array(z.string())));

/**
 * The base URL of self-hosted place data (a folder holding the same modules as the package's
 * `dist/ph/`: `ph-index.js` and its `ph-barangays-<n>.js`): `url` made absolute (against the page),
 * without query or fragment (module URLs are made from the folder; a version goes in the path), and
 * ending in "/"; `undefined` without one, for the data bundled with the package.
 */
export function phDataUrl(url?: string): string | undefined {
  if (!url) return undefined;
  const abs = new URL(url, typeof document !== "undefined" ? document.baseURI : import.meta.url);
  abs.search = "";
  abs.hash = "";
  if (!abs.pathname.endsWith("/")) abs.pathname += "/";
  return abs.href;
}

/**
 * The data's modules run with the page's rights, like a `<script src>`: only a folder on a web
 * server (or on disk, outside a browser) may hold them, never a `data:` or `blob:` URL.
 */
const HOSTED = new Set(["https:", "http:", "file:"]);

/** What `ph-index.js` exports: the index, and one loader per barangay module (next to it). */
interface PhModule {
  index: unknown;
  barangays: readonly (() => Promise<{ default: unknown }>)[];
}
const isPhModule = (m: Record<string, unknown>): m is Record<string, unknown> & PhModule => "index" in m && Array.isArray(m.barangays);

/** The data bundled with the package: a literal path, so bundlers find the modules and split them. */
const bundled = () => import("./ph/ph-index.js");

/** Where one file of place data is: the index, or barangay module `n`, bundled or at `base`. */
const where = (base: string | undefined, file: "index" | number): string => {
  const name = file === "index" ? "ph-index.js" : `ph-barangays-${file}.js`;
  if (base === undefined) return `the place data bundled with payrex-components (${name})`;
  try {
    return new URL(name, base).href;
  } catch {
    return `${base}${name}`; // a URL that is not a folder (data:): refused by read()
  }
};

/**
 * Why a self-hosted module did not load. `import()` fails alike for a 404, a page that is not
 * JavaScript and a network error; asking the URL again tells them apart (only after a failure).
 * Unreachable, or not allowed to ask (CORS, CSP): the import's own message says enough.
 */
const why = (url: string, error: unknown): Promise<string> =>
  fetch(url, { method: "HEAD" }).then(
    (res, type = res.headers.get("content-type")) =>
      // A server that does not answer HEAD says nothing about GET: the import's own message stands.
      res.status === 405 || res.status === 501
        ? String(error)
        : !res.ok
          ? `HTTP ${res.status}`
          : type && /script/.test(type)
            ? String(error)
            : `not JavaScript (${type || "no content type"})`,
    () => String(error),
  );

/** Failed imports per URL: the browser remembers a module that failed, so a retry asks anew (`?retry=n`). */
const failures: Record<string, number> = {};

/** Imports one self-hosted module, with a failure that says what came back. */
const importFrom = (url: string, n = failures[url]): Promise<Record<string, unknown>> => {
  const attempt = n ? `${url}?retry=${n}` : url;
  return import(/* @vite-ignore */ attempt).catch(async (error: unknown) => {
    failures[url] = (n ?? 0) + 1;
    throw new Error(await why(attempt, error));
  });
};

/** The index module, bundled or at `base`; of the expected shape, or an error saying it is not. */
async function indexModule(base: string | undefined): Promise<PhModule> {
  const m = base === undefined ? await bundled() : await importFrom(where(base, "index"));
  if (!isPhModule(m)) throw new Error("not place data of this version");
  return m;
}

/**
 * One file of place data, unparsed: the index, or a barangay module. Bundled, the index's own loader
 * imports it (a literal path bundlers follow); self-hosted, it is the module of that name next to
 * the index, which is where the index's loader would look too.
 */
async function read(base: string | undefined, file: "index" | number): Promise<unknown> {
  if (base !== undefined && !HOSTED.has(new URL(base).protocol)) throw new Error("not an http(s) URL: dataUrl names a folder on a web server");
  const m = await indexModule(base);
  if (file === "index") return m.index;
  const group = m.barangays[file];
  if (!group) throw new Error(`no barangay module ${file}`);
  return (base === undefined ? await group() : await importFrom(where(base, file))).default;
}

const cache = new Map<string, Promise<unknown>>();

/**
 * Reads and parses one file, once per base and file; a failed load is forgotten so it can be retried.
 * A module import cannot be cancelled: a caller's `signal` only ends its own wait.
 */
function load<T>(base: string | undefined, file: "index" | number, parse: (json: unknown) => T, signal?: AbortSignal): Promise<T> {
  const key = `${base ?? ""} ${file}`;
  let promise = cache.get(key) as Promise<T> | undefined;
  if (!promise) {
    // A failure names where the data was looked for and what came back (an HTTP error, a page that
    // is not JavaScript, a module of another shape, a chunk the app does not serve), so a wrong
    // `dataUrl` or a deployment missing its chunks is easy to spot.
    const loading = read(base, file)
      .then((json) => {
        try {
          return parse(json);
        } catch {
          throw new Error("not place data of this version");
        }
      })
      .catch((error: unknown) => {
        throw new Error(`${where(base, file)}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      });
    promise = loading;
    cache.set(key, loading);
    loading.catch(() => cache.get(key) === loading && cache.delete(key));
  }
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener("abort", abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", abort));
  });
}

/** Reads the place index (the `index` that `ph-index.js` exports); throws when it is not one. */
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

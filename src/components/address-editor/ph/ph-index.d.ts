// Types of ph-index.js, which `npm run build:data` (.ci/build-ph-data.mjs) writes next to this file
// with the ph-barangays-<n>.js modules it loads. The shapes are checked when read (ph-data.ts).

/** Regions, provinces and cities, in the compact shape .ci/build-ph-data.mjs describes. */
export declare const index: unknown;
/** One loader per barangay module: `{ default: { <psgc>: string[] } }`. */
export declare const barangays: readonly (() => Promise<{ default: unknown }>)[];

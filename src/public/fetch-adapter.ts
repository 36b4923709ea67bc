/**
 * `createFetchAdapter` for the `.` export, bound here rather than re-exported, for the reason given
 * in ./schemas.ts: elements build a fetch adapter for `base-url`, so with a plain re-export esbuild
 * would add it to an app that imports only `createMemoryAdapter`.
 */
import * as fetchAdapter from "../api/fetch-adapter.js";

export const createFetchAdapter: typeof fetchAdapter.createFetchAdapter = fetchAdapter.createFetchAdapter;

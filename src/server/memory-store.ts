/**
 * A `PayrexStore` held in memory: the reference implementation of the store interface, and a store
 * for runtimes without a database (tests, a Worker's short-lived sandbox). Nothing survives a restart.
 */
import type { PayrexStore, StoredRecord, StoreListQuery } from "./types.js";

/** Newest first: by `created`, then by `id`. */
export const newestFirst = (a: StoredRecord, b: StoredRecord): number =>
  b.created - a.created || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** Applies PayRex's cursor paging to `owner`'s records, already sorted newest first. */
export function pageRecords(all: StoredRecord[], q: StoreListQuery): { data: StoredRecord[]; has_more: boolean } | null {
  const at = (id: string) => all.findIndex((r) => r.id === id);
  if (q.before !== undefined) {
    const end = at(q.before);
    if (end < 0) return null;
    const start = Math.max(0, end - q.limit);
    return { data: all.slice(start, end), has_more: start > 0 };
  }
  const start = q.after === undefined ? 0 : at(q.after) + 1;
  if (start === 0 && q.after !== undefined) return null;
  return { data: all.slice(start, start + q.limit), has_more: start + q.limit < all.length };
}

export function createMemoryStore(): PayrexStore {
  const collections = new Map<string, Map<string, StoredRecord>>();
  const of = (name: string) => {
    let c = collections.get(name);
    if (!c) collections.set(name, (c = new Map()));
    return c;
  };
  // Records are copied in and out, as a database would, so callers never share objects with the store.
  const copy = (r: StoredRecord): StoredRecord => structuredClone(r);
  return {
    async get(collection, id) {
      const r = of(collection).get(id);
      return r ? copy(r) : null;
    },
    async insert(collection, record) {
      const c = of(collection);
      if (c.has(record.id)) return false;
      c.set(record.id, copy(record));
      return true;
    },
    async put(collection, record) {
      of(collection).set(record.id, copy(record));
    },
    async delete(collection, id) {
      of(collection).delete(id);
    },
    async list(collection, q) {
      const all = [...of(collection).values()].filter((r) => r.owner === q.owner).sort(newestFirst);
      const page = pageRecords(all, q);
      return page && { data: page.data.map(copy), has_more: page.has_more };
    },
  };
}

/**
 * The default `PayrexStore`: one table in a libSQL / SQLite database (`file:` on this machine,
 * `:memory:`, or a libSQL server). Loaded only when the handler's `store` option is a URL, so
 * runtimes that bring their own store never load the database client.
 */
import { openSql, type Sql, type SqlRow } from "./sql.js";
import type { JsonLister, JsonPage } from "./records.js";
import type { PayrexStore, StoreListQuery, StoredRecord } from "./types.js";

/** Applied in order at start; the applied versions are kept in `schema_migrations`. Append, never edit. */
const MIGRATIONS: string[][] = [
  [
    `CREATE TABLE IF NOT EXISTS records (
      collection TEXT NOT NULL,
      id TEXT NOT NULL,
      owner TEXT,
      created INTEGER NOT NULL,
      data TEXT NOT NULL,
      PRIMARY KEY (collection, id)
    )`,
    `CREATE INDEX IF NOT EXISTS records_by_owner ON records (collection, owner, created DESC, id DESC)`,
  ],
];

const COLUMNS = "id, owner, created, data";
const toRecord = (row: SqlRow): StoredRecord => ({
  id: String(row[0]),
  owner: row[1] == null ? null : String(row[1]),
  created: Number(row[2]),
  data: JSON.parse(String(row[3])),
});

async function migrate(db: Sql): Promise<void> {
  await db.run("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)");
  const applied = new Set((await db.all("SELECT version FROM schema_migrations")).map((r) => Number(r[0])));
  for (const [i, statements] of MIGRATIONS.entries()) {
    const version = i + 1;
    if (applied.has(version)) continue;
    await db.transaction([
      ...statements.map((sql) => ({ sql })),
      // OR IGNORE: another process starting at the same moment may have applied it first.
      { sql: "INSERT OR IGNORE INTO schema_migrations (version, applied_at) VALUES (?, ?)", args: [version, Math.floor(Date.now() / 1000)] },
    ]);
  }
}

export interface LibsqlStoreOptions {
  /** Auth token for a `libsql://` server. */
  authToken?: string;
  /** Use @libsql/client for local files too, instead of its engine directly. */
  client?: boolean;
}

/** Opens (and migrates) a libSQL store: `file:.data/payrex.db`, `:memory:` or `libsql://…`. */
export async function createLibsqlStore(url: string, options: LibsqlStoreOptions = {}): Promise<PayrexStore & JsonLister> {
  const db = await openSql(url, options);
  await migrate(db);
  const rows = (sql: string, args: (string | number | null)[]) => db.all(sql, args);
  // `owner IS ?` matches a null owner too (the index serves it like `=`).
  const cursor = async (collection: string, owner: string | null, id: string) =>
    (await rows("SELECT created, id FROM records WHERE collection = ? AND owner IS ? AND id = ?", [collection, owner, id]))[0];

  const cell = (c: unknown) => c as string | number;
  return {
    async get(collection, id) {
      const [row] = await rows(`SELECT ${COLUMNS} FROM records WHERE collection = ? AND id = ?`, [collection, id]);
      return row ? toRecord(row) : null;
    },
    async insert(collection, r) {
      const changed = await db.run("INSERT INTO records (collection, id, owner, created, data) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", [
        collection,
        r.id,
        r.owner,
        r.created,
        JSON.stringify(r.data),
      ]);
      return changed === 1;
    },
    async put(collection, r) {
      await db.run(
        `INSERT INTO records (collection, id, owner, created, data) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (collection, id) DO UPDATE SET owner = excluded.owner, created = excluded.created, data = excluded.data`,
        [collection, r.id, r.owner, r.created, JSON.stringify(r.data)],
      );
    },
    async delete(collection, id) {
      await db.run("DELETE FROM records WHERE collection = ? AND id = ?", [collection, id]);
    },
    async list(collection, q) {
      const base = `SELECT ${COLUMNS} FROM records WHERE collection = ? AND owner IS ?`;
      const take = q.limit + 1;
      const from = q.before ?? q.after;
      const c = from === undefined ? undefined : await cursor(collection, q.owner, from);
      if (from !== undefined && !c) return null;
      if (q.before !== undefined) {
        const found = await rows(`${base} AND (created > ? OR (created = ? AND id > ?)) ORDER BY created ASC, id ASC LIMIT ?`, [
          collection,
          q.owner,
          cell(c![0]),
          cell(c![0]),
          cell(c![1]),
          take,
        ]);
        return { data: found.slice(0, q.limit).reverse().map(toRecord), has_more: found.length > q.limit };
      }
      const found = c
        ? await rows(`${base} AND (created < ? OR (created = ? AND id < ?)) ORDER BY created DESC, id DESC LIMIT ?`, [
            collection,
            q.owner,
            cell(c[0]),
            cell(c[0]),
            cell(c[1]),
            take,
          ])
        : await rows(`${base} ORDER BY created DESC, id DESC LIMIT ?`, [collection, q.owner, take]);
      return { data: found.slice(0, q.limit).map(toRecord), has_more: found.length > q.limit };
    },
    /**
     * `list`, already as JSON text: SQLite joins the stored JSON (written by this store with
     * `JSON.stringify`, so trusted) into one string, which saves a JSON.parse per row here and a
     * JSON.stringify per row in the response. One row crosses into JS instead of `limit + 1`.
     */
    async listJson(collection: string, q: StoreListQuery): Promise<JsonPage | null> {
      const from = q.before ?? q.after;
      const c = from === undefined ? undefined : await cursor(collection, q.owner, from);
      if (from !== undefined && !c) return null;
      const back = q.before !== undefined;
      const dir = back ? "ASC" : "DESC";
      const after = !c ? "" : back ? " AND (created > ? OR (created = ? AND id > ?))" : " AND (created < ? OR (created = ? AND id < ?))";
      const page = `FROM records WHERE collection = ? AND owner IS ?${after} ORDER BY created ${dir}, id ${dir}`;
      const args = [collection, q.owner, ...(c ? [cell(c[0]), cell(c[0]), cell(c[1])] : [])];
      const [row] = await rows(
        // The first `limit` records joined newest first; one more record after them means has_more.
        `SELECT (SELECT group_concat(data, ',' ORDER BY created DESC, id DESC) FROM (SELECT data, created, id ${page} LIMIT ?)),
                EXISTS (SELECT 1 ${page} LIMIT 1 OFFSET ?)`,
        [...args, q.limit, ...args, q.limit],
      );
      return { json: `[${row?.[0] ?? ""}]`, has_more: Number(row?.[1] ?? 0) === 1 };
    },
    close() {
      db.close();
    },
  } satisfies PayrexStore & JsonLister;
}

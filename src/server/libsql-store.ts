/**
 * The default `PayrexStore`: one table in a libSQL / SQLite database (`file:` on this machine,
 * `:memory:`, or a libSQL server). Loaded only when the handler's `store` option is a URL, so
 * runtimes that bring their own store never load the database client.
 */
import type { Client, InStatement, Row } from "@libsql/client";
import type { PayrexStore, StoredRecord } from "./types.js";

/** Applied in order at start; the applied versions are kept in `schema_migrations`. Append, never edit. */
const MIGRATIONS: string[][] = [
  [
    `CREATE TABLE records (
      collection TEXT NOT NULL,
      id TEXT NOT NULL,
      owner TEXT,
      created INTEGER NOT NULL,
      data TEXT NOT NULL,
      PRIMARY KEY (collection, id)
    )`,
    `CREATE INDEX records_by_owner ON records (collection, owner, created DESC, id DESC)`,
  ],
];

const COLUMNS = "id, owner, created, data";
const toRecord = (row: Row): StoredRecord => ({
  id: String(row.id),
  owner: row.owner == null ? null : String(row.owner),
  created: Number(row.created),
  data: JSON.parse(String(row.data)),
});

/** Creates the folder of a `file:` database (SQLite does not). */
async function ensureFolder(url: string): Promise<void> {
  const path = url.replace(/^file:(\/\/)?/, "").split("?")[0]!;
  const slash = path.lastIndexOf("/");
  if (slash <= 0 || path === ":memory:") return;
  // A variable specifier keeps this Node-only module out of bundlers' graphs for other runtimes.
  const specifier = "node:fs/promises";
  const fs = (await import(specifier)) as { mkdir(p: string, o: { recursive: boolean }): Promise<unknown> };
  await fs.mkdir(path.slice(0, slash), { recursive: true });
}

async function migrate(db: Client): Promise<void> {
  await db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)");
  const applied = new Set((await db.execute("SELECT version FROM schema_migrations")).rows.map((r) => Number(r.version)));
  for (const [i, statements] of MIGRATIONS.entries()) {
    const version = i + 1;
    if (applied.has(version)) continue;
    await db.batch(
      [
        ...statements,
        { sql: "INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)", args: [version, Math.floor(Date.now() / 1000)] },
      ],
      "write",
    );
  }
}

export interface LibsqlStoreOptions {
  /** Auth token for a `libsql://` server. */
  authToken?: string;
}

/** Opens (and migrates) a libSQL store: `file:.data/payrex.db`, `:memory:` or `libsql://…`. */
export async function createLibsqlStore(url: string, options: LibsqlStoreOptions = {}): Promise<PayrexStore> {
  const { createClient } = await import("@libsql/client");
  if (url.startsWith("file:")) await ensureFolder(url);
  const db = createClient({ url, authToken: options.authToken });
  if (url.startsWith("file:")) {
    // Readers do not wait for the writer; a second process on the same file waits instead of failing.
    await db.execute("PRAGMA journal_mode = WAL");
    await db.execute("PRAGMA busy_timeout = 5000");
  }
  await migrate(db);

  const rows = async (statement: InStatement) => (await db.execute(statement)).rows;
  const cursor = async (collection: string, owner: string, id: string) =>
    (await rows({ sql: "SELECT created, id FROM records WHERE collection = ? AND owner = ? AND id = ?", args: [collection, owner, id] }))[0];

  return {
    async get(collection, id) {
      const [row] = await rows({ sql: `SELECT ${COLUMNS} FROM records WHERE collection = ? AND id = ?`, args: [collection, id] });
      return row ? toRecord(row) : null;
    },
    async insert(collection, r) {
      const result = await db.execute({
        sql: "INSERT INTO records (collection, id, owner, created, data) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        args: [collection, r.id, r.owner, r.created, JSON.stringify(r.data)],
      });
      return result.rowsAffected === 1;
    },
    async put(collection, r) {
      await db.execute({
        sql: `INSERT INTO records (collection, id, owner, created, data) VALUES (?, ?, ?, ?, ?)
              ON CONFLICT (collection, id) DO UPDATE SET owner = excluded.owner, created = excluded.created, data = excluded.data`,
        args: [collection, r.id, r.owner, r.created, JSON.stringify(r.data)],
      });
    },
    async delete(collection, id) {
      await db.execute({ sql: "DELETE FROM records WHERE collection = ? AND id = ?", args: [collection, id] });
    },
    async list(collection, q) {
      const base = `SELECT ${COLUMNS} FROM records WHERE collection = ? AND owner = ?`;
      const take = q.limit + 1;
      if (q.before !== undefined) {
        const c = await cursor(collection, q.owner, q.before);
        if (!c) return null;
        const found = await rows({
          sql: `${base} AND (created > ? OR (created = ? AND id > ?)) ORDER BY created ASC, id ASC LIMIT ?`,
          args: [collection, q.owner, c.created, c.created, c.id, take],
        });
        return { data: found.slice(0, q.limit).reverse().map(toRecord), has_more: found.length > q.limit };
      }
      let found: Row[];
      if (q.after !== undefined) {
        const c = await cursor(collection, q.owner, q.after);
        if (!c) return null;
        found = await rows({
          sql: `${base} AND (created < ? OR (created = ? AND id < ?)) ORDER BY created DESC, id DESC LIMIT ?`,
          args: [collection, q.owner, c.created, c.created, c.id, take],
        });
      } else {
        found = await rows({ sql: `${base} ORDER BY created DESC, id DESC LIMIT ?`, args: [collection, q.owner, take] });
      }
      return { data: found.slice(0, q.limit).map(toRecord), has_more: found.length > q.limit };
    },
    close() {
      db.close();
    },
  };
}

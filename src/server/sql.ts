/**
 * The SQL connection under the libSQL store. For `file:` and `:memory:` it uses the `libsql` engine
 * that @libsql/client itself runs on, directly, with prepared statements kept (several times faster
 * per query than the client's prepare-per-call); for a libSQL server (`libsql://`, `https://`,
 * `wss://`), and wherever the engine cannot be imported, it uses @libsql/client.
 */
export type SqlValue = string | number | null;
/** A result row: its columns in the order selected. */
export type SqlRow = ArrayLike<unknown>;

export interface Sql {
  all(sql: string, args?: SqlValue[]): Promise<SqlRow[]>;
  /** Resolves to the number of rows changed. */
  run(sql: string, args?: SqlValue[]): Promise<number>;
  /** Runs the statements in one transaction. */
  transaction(statements: { sql: string; args?: SqlValue[] }[]): Promise<void>;
  close(): void;
}

/** The part of the `libsql` engine's (better-sqlite3 style) API used here. */
interface NativeStatement {
  raw(on: boolean): NativeStatement;
  reader: boolean;
  all(...args: SqlValue[]): SqlRow[];
  run(...args: SqlValue[]): { changes: number };
}
interface NativeDatabase {
  prepare(sql: string): NativeStatement;
  exec(sql: string): void;
  transaction(fn: () => void): () => void;
  close(): void;
}

const isLocal = (url: string) => url === ":memory:" || url.startsWith("file:");
/** The path of a `file:` URL (`file:.data/x.db`, `file:///srv/x.db`, percent-encoded or not). */
const filePath = (url: string) => decodeURIComponent(url.replace(/^file:(\/\/)?/, "").split("?")[0]!);

/** Creates the folder of a `file:` database (SQLite does not). */
async function ensureFolder(path: string): Promise<void> {
  const slash = path.lastIndexOf("/");
  if (slash <= 0) return;
  // Variable specifiers keep Node-only modules out of bundlers' graphs for other runtimes.
  const specifier = "node:fs/promises";
  const fs = (await import(specifier)) as { mkdir(p: string, o: { recursive: boolean }): Promise<unknown> };
  await fs.mkdir(path.slice(0, slash), { recursive: true });
}

async function openNative(url: string): Promise<Sql | undefined> {
  let Database: new (path: string) => NativeDatabase;
  try {
    const specifier = "libsql";
    Database = ((await import(specifier)) as { default: typeof Database }).default;
  } catch {
    return undefined;
  }
  const path = url === ":memory:" ? ":memory:" : filePath(url);
  if (path !== ":memory:") await ensureFolder(path);
  const db = new Database(path);
  if (path !== ":memory:") {
    // WAL: readers never wait for the writer. NORMAL sync is safe with WAL (no corruption; a power
    // cut may lose the last commits) and makes each write a memory operation instead of an fsync.
    db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000");
  }
  const prepared = new Map<string, NativeStatement>();
  const statement = (sql: string) => {
    let s = prepared.get(sql);
    if (!s) {
      s = db.prepare(sql);
      // Rows as arrays: cheaper than objects, and what the client's rows also are.
      if (s.reader) s.raw(true);
      prepared.set(sql, s);
    }
    return s;
  };
  return {
    all: async (sql, args = []) => statement(sql).all(...args),
    run: async (sql, args = []) => statement(sql).run(...args).changes,
    async transaction(statements) {
      db.transaction(() => {
        for (const s of statements) statement(s.sql).run(...(s.args ?? []));
      })();
    },
    close: () => db.close(),
  };
}

async function openClient(url: string, authToken?: string): Promise<Sql> {
  const { createClient } = await import("@libsql/client");
  if (url.startsWith("file:")) await ensureFolder(filePath(url));
  const db = createClient({ url, authToken });
  if (url.startsWith("file:")) {
    await db.execute("PRAGMA journal_mode = WAL");
    await db.execute("PRAGMA synchronous = NORMAL");
    await db.execute("PRAGMA busy_timeout = 5000");
  }
  return {
    all: async (sql, args = []) => (await db.execute({ sql, args })).rows,
    run: async (sql, args = []) => (await db.execute({ sql, args })).rowsAffected,
    async transaction(statements) {
      await db.batch(statements.map((s) => ({ sql: s.sql, args: s.args ?? [] })), "write");
    },
    close: () => db.close(),
  };
}

/** Opens a connection for a libSQL URL. */
export async function openSql(url: string, o: { authToken?: string; client?: boolean } = {}): Promise<Sql> {
  return (isLocal(url) && !o.client && (await openNative(url))) || openClient(url, o.authToken);
}

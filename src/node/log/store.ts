// Opens the log's database: PGlite in a folder by default (nothing to install or run), or a PostgreSQL server
// through postgres.js for a `postgres://` URL. Both get the same migrations and the same queries.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { ConsentRecord } from "../../core/record";
import { maskPassword, recordKey } from "./keys";
import { migrate } from "./migrations";
import * as queries from "./queries";
import { importPeer, type Sql } from "./sql";

export type { DayCount, StoredRecord, TimeRange } from "./queries";
export { recordKey } from "./keys";

/** Where `consentry log-server` keeps its PGlite data when no `--database` is given. */
export const DEFAULT_DATA_DIR = "consentry-log-data";
/** A PGlite database that lives in memory only (tests, demos). */
export const IN_MEMORY = "memory://";

export interface LogStore {
  /** `"pglite"` or `"postgres"`. */
  readonly kind: Sql["kind"];
  /** Where the data is, for a start-up line (a URL's password is masked). */
  readonly location: string;
  /** Appends a decision; `false` when the same record was stored before. */
  insert(record: ConsentRecord): Promise<boolean>;
  history(consentId: string): Promise<queries.StoredRecord[]>;
  export(range: queries.TimeRange): AsyncIterable<queries.StoredRecord>;
  countByDay(range: queries.TimeRange): Promise<queries.DayCount[]>;
  purge(before: Date): Promise<number>;
  count(): Promise<number>;
  /** The database itself, for tests and tools that need a statement the store does not offer. */
  readonly sql: Sql;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres.js pool size for a server; the handler is stateless, so this bounds one replica's share. */
  readonly maxConnections?: number;
}

/**
 * `database`: a folder for PGlite (default `consentry-log-data`), `memory://` for an in-memory PGlite, or a
 * `postgres://` / `postgresql://` URL. Runs pending migrations before it returns.
 */
export async function openLogStore(database: string = DEFAULT_DATA_DIR, options: OpenOptions = {}): Promise<LogStore> {
  const isServer = /^postgres(ql)?:\/\//.test(database);
  const sql = isServer ? await openPostgres(database, options) : await openPglite(database);
  try {
    await migrate(sql);
  } catch (error) {
    await sql.close();
    throw error;
  }
  return {
    kind: sql.kind,
    location: isServer ? maskPassword(database) : database === IN_MEMORY ? "memory" : resolve(database),
    sql,
    insert: async (record) => queries.insertRecord(sql, record, await recordKey(record)),
    history: (consentId) => queries.history(sql, consentId),
    export: (range) => queries.exportRecords(sql, range),
    countByDay: (range) => queries.countByDay(sql, range),
    purge: (before) => queries.purge(sql, before),
    count: () => queries.countAll(sql),
    close: () => sql.close(),
  };
}

async function openPostgres(url: string, options: OpenOptions): Promise<Sql> {
  const { default: postgres } = await importPeer("postgres", () => import("postgres"));
  // `onnotice` off: CREATE ... IF NOT EXISTS notices are not news on every start.
  const client = postgres(url, { max: options.maxConnections ?? 10, onnotice: () => undefined });
  type Client = Pick<typeof client, "unsafe">;
  const wrap = (run: Client, transaction: Sql["transaction"]): Sql => ({
    kind: "postgres",
    query: async <Row>(text: string, params: readonly unknown[] = []) =>
      (await run.unsafe(text, params as never[])) as unknown as Row[],
    transaction,
    close: () => client.end({ timeout: 5 }),
  });
  const sql: Sql = wrap(client, (work) =>
    client.begin((tx) => work(wrap(tx, () => Promise.reject(new Error("nested transaction"))))) as never,
  );
  return sql;
}

async function openPglite(dataDir: string): Promise<Sql> {
  const { PGlite } = await importPeer("@electric-sql/pglite", () => import("@electric-sql/pglite"));
  const inMemory = dataDir === IN_MEMORY;
  const release = inMemory ? () => undefined : lockFolder(resolve(dataDir));
  let db: InstanceType<typeof PGlite>;
  try {
    db = await PGlite.create(inMemory ? undefined : resolve(dataDir));
  } catch (error) {
    release();
    throw error;
  }
  type Client = typeof db | Parameters<Parameters<typeof db.transaction>[0]>[0];
  const wrap = (run: Client, transaction: Sql["transaction"]): Sql => ({
    kind: "pglite",
    query: async <Row>(text: string, params: readonly unknown[] = []) =>
      (await run.query<Row>(text, params as unknown[])).rows,
    transaction,
    close: async () => {
      await db.close();
      release();
    },
  });
  return wrap(db, (work) => db.transaction((tx) => work(wrap(tx, () => Promise.reject(new Error("nested transaction"))))));
}

/**
 * PGlite is one process's database: two processes on one folder would corrupt it. A lock file beside the folder
 * says who has it; a lock left by a process that is gone (kill -9) is taken over.
 */
function lockFolder(dataDir: string): () => void {
  const lockPath = `${dataDir}.lock`;
  mkdirSync(dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      return () => rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as { code?: string }).code !== "EEXIST") throw error;
      const holder = Number(readFileSync(lockPath, "utf8"));
      if (holder && isAlive(holder)) {
        throw new Error(
          `${dataDir} is in use by process ${holder}; stop it first, or run a PostgreSQL server and pass --database postgres://…`,
        );
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`could not lock ${dataDir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === "EPERM";
  }
}

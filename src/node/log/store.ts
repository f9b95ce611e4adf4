// Opens the log's database: PGlite in a folder by default (nothing to install or run), or a PostgreSQL server
// through postgres.js for a `postgres://` URL. Both get the same migrations and the same queries.
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { lockFolder } from "./folder-lock";
import type { LogRecord } from "./log-record";
import { maskPassword, recordKey } from "./keys";
import { migrate } from "./migrations";
import * as chain from "./chain";
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
  insert(record: LogRecord): Promise<boolean>;
  history(consentId: string): Promise<queries.StoredRecord[]>;
  export(range: queries.TimeRange): AsyncIterable<queries.StoredRecord>;
  countByDay(range: queries.TimeRange): Promise<queries.DayCount[]>;
  purge(before: Date): Promise<number>;
  count(): Promise<number>;
  /** Recomputes the hash chain; names the first altered, deleted, inserted or reordered row. */
  verify(checkpoint?: chain.Checkpoint): Promise<chain.VerifyResult>;
  /** The database itself, for tests and tools that need a statement the store does not offer. */
  readonly sql: Sql;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres.js pool size for a server; the handler is stateless, so this bounds one replica's share. */
  readonly maxConnections?: number;
  /**
   * `false` for a reader (history, export, stats, purge): a PGlite folder that holds no log is an error, and nothing
   * is created. Default `true` (the receiver creates its database on first start).
   */
  readonly create?: boolean;
  /** Stores without the hash chain: only for `npm run log:load`'s baseline on a throwaway database (verify flags such rows). */
  readonly unchained?: boolean;
}

/** A reader pointed at a PGlite folder that holds no consent log (a typo, or the wrong working directory). */
export class NoLogError extends Error {
  constructor(readonly folder: string) {
    super(
      `no consent log at ${folder} (${existsSync(folder) ? "the folder holds no database" : "no such folder"}); ` +
        "pass --database with the folder or postgres:// URL the log-server writes to",
    );
    this.name = "NoLogError";
  }
}

/**
 * `database`: a folder for PGlite (default `consentry-log-data`), `memory://` for an in-memory PGlite, or a
 * `postgres://` / `postgresql://` URL. Runs pending migrations before it returns.
 */
export async function openLogStore(database: string = DEFAULT_DATA_DIR, options: OpenOptions = {}): Promise<LogStore> {
  const isServer = /^postgres(ql)?:\/\//.test(database);
  if (!isServer && database !== IN_MEMORY && options.create === false && !existsSync(join(resolve(database), "PG_VERSION"))) {
    throw new NoLogError(resolve(database));
  }
  const sql = isServer ? await openPostgres(database, options) : await openPglite(database);
  // Only for measuring what the chain costs (`npm run log:load`): rows stored this way are outside the chain.
  const unchained = options.unchained === true;
  const append = queries.appender(sql);
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
    insert: async (record) => (unchained ? queries.insertUnchained(sql, record, await recordKey(record)) : append(record, await recordKey(record))),
    history: (consentId) => queries.history(sql, consentId),
    export: (range) => queries.exportRecords(sql, range),
    countByDay: (range) => queries.countByDay(sql, range),
    purge: (before) => queries.purge(sql, before),
    count: () => queries.countAll(sql),
    verify: (checkpoint) => chain.verifyChain(sql, checkpoint),
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
  if (!inMemory) {
    mkdirSync(dirname(resolve(dataDir)), { recursive: true });
    // The log is personal data (consent ids and their decisions): only the server's own user may read the folder.
    // PGlite would create it with the umask's mode (0755, world-readable); a folder that exists is left as it is.
    try {
      mkdirSync(resolve(dataDir), { mode: 0o700 });
    } catch (error) {
      if ((error as { code?: string }).code !== "EEXIST") throw error;
    }
  }
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

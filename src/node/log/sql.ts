// The one database surface the log needs, so PGlite (embedded) and postgres.js (a real server) run the same SQL.
import { isNotFound, missingPeerLine, type OptionalPeer } from "../peers";

export interface Sql {
  /** `"pglite"` (embedded, in-process) or `"postgres"` (a server through postgres.js). */
  readonly kind: "pglite" | "postgres";
  /** One statement with `$1`-style parameters. */
  query<Row>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs `work` in one transaction: all of it commits, or none of it does. */
  transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Thrown when an optional peer (a database client) is not installed; the CLI prints its install line and exits 2. */
export class MissingPeerError extends Error {
  constructor(readonly packages: readonly OptionalPeer[]) {
    super(packages.map((name) => missingPeerLine("the consent log", name)).join("; "));
    this.name = "MissingPeerError";
  }
}

/** Imports an optional peer, turning "not installed" into a MissingPeerError naming what to install. */
export async function importPeer<Module>(name: OptionalPeer, load: () => Promise<Module>): Promise<Module> {
  try {
    return await load();
  } catch (error) {
    if (isNotFound(error)) throw new MissingPeerError([name]);
    throw error;
  }
}

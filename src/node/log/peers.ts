// The log commands' one optional peer: the database client, checked before anything starts so a missing one is one
// line and exit 2 (src/node/peers.ts has the lines). hono and zod are bundled into dist/node, so they are never missing.
import { isNotFound } from "../peers";
import { MissingPeerError } from "./sql";

const LOADERS: Record<"@electric-sql/pglite" | "postgres", () => Promise<unknown>> = {
  "@electric-sql/pglite": () => import("@electric-sql/pglite"),
  postgres: () => import("postgres"),
};

/** The database client `database` needs: postgres.js for a URL, PGlite for a folder. */
export function clientFor(database: string | undefined): "@electric-sql/pglite" | "postgres" {
  return database && /^postgres(ql)?:\/\//.test(database) ? "postgres" : "@electric-sql/pglite";
}

/** Throws a MissingPeerError when the database client `database` needs is not installed. */
export async function requireClient(database: string | undefined): Promise<void> {
  const name = clientFor(database);
  try {
    await LOADERS[name]();
  } catch (error) {
    if (!isNotFound(error)) throw error;
    throw new MissingPeerError([name]);
  }
}

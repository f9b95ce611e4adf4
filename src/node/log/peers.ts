// The optional peers each log command needs, checked together so a missing one is named in one line (exit 2).
import { MissingPeerError } from "./sql";

const LOADERS: Record<string, () => Promise<unknown>> = {
  hono: () => import("hono"),
  "@hono/node-server": () => import("@hono/node-server"),
  zod: () => import("zod"),
  "@electric-sql/pglite": () => import("@electric-sql/pglite"),
  postgres: () => import("postgres"),
};

/** The database client `database` needs: postgres.js for a URL, PGlite for a folder. */
export function clientFor(database: string | undefined): string {
  return database && /^postgres(ql)?:\/\//.test(database) ? "postgres" : "@electric-sql/pglite";
}

export async function requirePeers(names: readonly string[]): Promise<void> {
  const missing: string[] = [];
  for (const name of names) {
    try {
      await LOADERS[name]!();
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== "ERR_MODULE_NOT_FOUND" && code !== "MODULE_NOT_FOUND") throw error;
      missing.push(name);
    }
  }
  if (missing.length) throw new MissingPeerError(missing);
}

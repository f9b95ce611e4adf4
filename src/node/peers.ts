// The Node wing's optional peers: what is large, native or a site's own choice stays out of `npm i consentry`, so a
// browser app's install carries none of it. zod, hono and @hono/node-server are not peers: rollup bundles them into
// dist/node (rollup.config.ts), so `npx consentry check` needs nothing else. Each peer has one install line, the one
// the README's install table gives, and a command that misses it prints exactly that line and exits 2.

export const INSTALL_LINES = {
  /** The log's embedded database (the default: a folder, no server). */
  "@electric-sql/pglite": "npm i consentry @electric-sql/pglite",
  /** The log on a PostgreSQL server (`--database postgres://…`). */
  postgres: "npm i consentry postgres",
  /** The audit's browser driver: a dev tool, so -D (it also needs a Chromium: see docs/audit.md). */
  "playwright-core": "npm i -D consentry playwright-core",
} as const;

export type OptionalPeer = keyof typeof INSTALL_LINES;

/** `<what> needs <peer>, an optional peer of consentry: <install line>`: the one line a missing peer prints. */
export function missingPeerLine(what: string, peer: OptionalPeer): string {
  return `${what} needs ${peer}, an optional peer of consentry: ${INSTALL_LINES[peer]}`;
}

/** Whether an import failed because the package is not installed (not because it threw while loading). */
export function isNotFound(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND";
}

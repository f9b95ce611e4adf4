// The two databases the consent-log receiver runs on, so each log test runs against both: PGlite (embedded, the
// default) and a real PostgreSQL server on a throwaway cluster (scripts/pg-temp.mjs).
import { randomUUID } from "node:crypto";
import type { ConsentRecord } from "../../src/core/record";
import { IN_MEMORY, openLogStore, type LogStore } from "../../src/node/log/store";
// @ts-expect-error: a plain .mjs script shared with `npm run log:load`
import { startTempPostgres } from "../../scripts/pg-temp.mjs";

export interface Backend {
  readonly name: string;
  /** A database URL or folder for `--database`, and a way to remove it. */
  start(): Promise<{ database: string; stop(): Promise<void> }>;
}

const ALL_BACKENDS: Backend[] = [
  {
    name: "PGlite",
    start: async () => ({ database: IN_MEMORY, stop: async () => undefined }),
  },
  {
    name: "PostgreSQL",
    start: async () => {
      const cluster = await startTempPostgres();
      return { database: cluster.url, stop: cluster.stop };
    },
  },
];

/** CONSENTRY_LOG_BACKENDS=PGlite narrows the list (mutation testing runs on PGlite alone); unset, both run. */
const wanted = process.env.CONSENTRY_LOG_BACKENDS?.split(",");
export const BACKENDS = ALL_BACKENDS.filter((backend) => !wanted || wanted.includes(backend.name));

export async function openBackend(backend: Backend): Promise<{ store: LogStore; database: string; stop(): Promise<void> }> {
  const started = await backend.start();
  const store = await openLogStore(started.database);
  return {
    store,
    database: started.database,
    stop: async () => {
      await store.close().catch(() => undefined);
      await started.stop();
    },
  };
}

/** A record as the drop-in sends it: a decision made `at`, with the site's three optional categories. */
export function decision(overrides: Partial<ConsentRecord> = {}, at = new Date()): ConsentRecord {
  const when = at.toISOString();
  return {
    v: 1,
    id: randomUUID(),
    revision: 1,
    decidedAt: when,
    updatedAt: when,
    categories: { preferences: true, analytics: true, marketing: true },
    method: "accept-all",
    gpc: false,
    ...overrides,
  };
}

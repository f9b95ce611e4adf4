// The log's schema as numbered migrations: each runs once, in order, in a transaction, under a lock so replicas
// starting together never apply one twice. Add a migration; never edit one that has shipped.
import type { Sql } from "./sql";

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly statements: readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "consent_records",
    statements: [
      // One row per decision, never updated (append-only): a consent id's history is its rows in time order.
      // The key holds consent_id first (history, and Citus's distribution column) and updated_at (the time
      // partitioning column), so the same key works sharded or partitioned (docs/consent-log.md); record_key, a
      // digest of the whole record, makes a retried record the same row (idempotent writes).
      `CREATE TABLE consent_records (
        consent_id uuid NOT NULL,
        updated_at timestamptz NOT NULL,
        record_key text NOT NULL,
        decided_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        v smallint NOT NULL,
        revision integer NOT NULL,
        method text NOT NULL,
        gpc boolean NOT NULL,
        categories jsonb NOT NULL,
        PRIMARY KEY (consent_id, updated_at, record_key)
      )`,
      // Export, counts per day and retention all read by decision time.
      `CREATE INDEX consent_records_by_time ON consent_records (updated_at, record_key)`,
      `CREATE FUNCTION consent_records_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'consent_records is append-only: a decision is never changed, only followed by another'; END
      $$`,
      `CREATE TRIGGER consent_records_no_update BEFORE UPDATE ON consent_records
        FOR EACH ROW EXECUTE FUNCTION consent_records_append_only()`,
    ],
  },
];

/** An arbitrary constant: the advisory lock every replica takes while migrating. */
const MIGRATION_LOCK = 0x636f6e73;

/** Brings the schema up to the newest migration; returns the versions it applied. */
export async function migrate(sql: Sql, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return sql.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await tx.query(`CREATE TABLE IF NOT EXISTS consentry_log_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = new Set(
      (await tx.query<{ version: number }>("SELECT version FROM consentry_log_migrations")).map((row) => row.version),
    );
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query("INSERT INTO consentry_log_migrations (version, name) VALUES ($1, $2)", [migration.version, migration.name]);
      applied.push(migration.version);
    }
    return applied;
  });
}

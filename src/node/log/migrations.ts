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
  {
    version: 2,
    name: "hash_chain",
    statements: [
      // Tamper evidence (issue 28 item 1): each row carries its place (seq), the hash of the row before it and its
      // own hash, SHA-256 over "<previous hash>|<canonical row>". The canonical row is text the database prints the
      // same way every time; `consentry log verify` rebuilds it in JavaScript from the columns, so a verifier does not
      // have to trust this function (src/node/log/chain.ts).
      `CREATE FUNCTION consent_record_canon(consent_id uuid, updated_at timestamptz, record_key text, decided_at timestamptz,
          received_at timestamptz, v smallint, revision integer, method text, gpc boolean, categories jsonb)
        RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT concat_ws('|', consent_id::text,
          to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), record_key,
          to_char(decided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
          to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
          v::text, revision::text, method, gpc::text, categories::text)
      $$`,
      `CREATE FUNCTION consent_chain_hash(previous text, canon text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT encode(sha256(convert_to(previous || '|' || canon, 'UTF8')), 'hex')
      $$`,
      `ALTER TABLE consent_records ADD COLUMN seq bigint, ADD COLUMN prev_hash text, ADD COLUMN row_hash text`,
      // Appends a batch of records (a JSON array of {id, updatedAt, key, decidedAt, v, revision, method, gpc,
      // categories}) at the end of the chain, in order, under the head row's lock: one statement and one commit for
      // the batch, so a receiver under load groups the records that arrive together instead of queueing one commit
      // each behind the lock. Returns, per record, whether it was stored (false: that very record was there).
      `CREATE FUNCTION consent_append(records jsonb) RETURNS boolean[] LANGUAGE plpgsql AS $$
        DECLARE
          r jsonb;
          n bigint;
          h text;
          next_hash text;
          added integer;
          at timestamptz := now();
          stored boolean[] := '{}';
        BEGIN
          SELECT seq, hash INTO n, h FROM consent_chain_head WHERE id = 1 FOR UPDATE;
          FOR r IN SELECT value FROM jsonb_array_elements(records) LOOP
            next_hash := consent_chain_hash(h, consent_record_canon((r->>'id')::uuid, (r->>'updatedAt')::timestamptz,
              r->>'key', (r->>'decidedAt')::timestamptz, at, (r->>'v')::smallint, (r->>'revision')::integer, r->>'method',
              (r->>'gpc')::boolean, r->'categories'));
            INSERT INTO consent_records (consent_id, updated_at, record_key, decided_at, received_at, v, revision, method, gpc,
                categories, seq, prev_hash, row_hash)
              VALUES ((r->>'id')::uuid, (r->>'updatedAt')::timestamptz, r->>'key', (r->>'decidedAt')::timestamptz, at,
                (r->>'v')::smallint, (r->>'revision')::integer, r->>'method', (r->>'gpc')::boolean, r->'categories', n + 1, h,
                next_hash)
              ON CONFLICT DO NOTHING;
            GET DIAGNOSTICS added = ROW_COUNT;
            IF added = 1 THEN
              n := n + 1;
              h := next_hash;
            END IF;
            stored := stored || (added = 1);
          END LOOP;
          UPDATE consent_chain_head SET seq = n, hash = h WHERE id = 1;
          RETURN stored;
        END
      $$`,
      // The chain's end: one row, locked by each insert, so concurrent inserts take turns and the chain never forks.
      `CREATE TABLE consent_chain_head (id smallint PRIMARY KEY CHECK (id = 1), seq bigint NOT NULL, hash text NOT NULL)`,
      // What each retention purge removed: rows up to cut_seq are gone and the chain resumes from cut_hash; rows it
      // removed past the cut (decided long ago, received late) keep their hash in consent_chain_gaps.
      `CREATE TABLE consent_chain_purges (
        purged_at timestamptz NOT NULL DEFAULT now(),
        before timestamptz NOT NULL,
        count bigint NOT NULL,
        first_seq bigint,
        last_seq bigint,
        cut_seq bigint NOT NULL,
        cut_hash text NOT NULL
      )`,
      `CREATE TABLE consent_chain_gaps (seq bigint PRIMARY KEY, row_hash text NOT NULL)`,
      // Rows stored before the chain are chained now, in the order they arrived.
      `ALTER TABLE consent_records DISABLE TRIGGER consent_records_no_update`,
      `DO $$
        DECLARE
          r record;
          h text := repeat('0', 64);
          n bigint := 0;
        BEGIN
          FOR r IN SELECT ctid AS at, * FROM consent_records ORDER BY received_at, updated_at, record_key LOOP
            n := n + 1;
            UPDATE consent_records SET seq = n, prev_hash = h,
              row_hash = consent_chain_hash(h, consent_record_canon(r.consent_id, r.updated_at, r.record_key, r.decided_at,
                r.received_at, r.v, r.revision, r.method, r.gpc, r.categories))
              WHERE ctid = r.at RETURNING row_hash INTO h;
          END LOOP;
          INSERT INTO consent_chain_head (id, seq, hash) VALUES (1, n, h);
        END
      $$`,
      `ALTER TABLE consent_records ENABLE TRIGGER consent_records_no_update`,
      `CREATE UNIQUE INDEX consent_records_by_seq ON consent_records (seq)`,
    ],
  },
  {
    version: 3,
    name: "region_mode_language",
    statements: [
      // Issue 29: the region and mode a decision was made under, and the banner's language (issue 28 item 3's
      // dashboard splits by all three). Null for rows from before, and for drop-ins that do not send them.
      `ALTER TABLE consent_records ADD COLUMN region text, ADD COLUMN mode text, ADD COLUMN language text`,
      // In the chain only for rows that have them, so every row chained before still verifies: a row's canonical text
      // gains "|region=FR|mode=opt-in|language=fr", each part present only when not null ('x=' || NULL is NULL, and
      // concat_ws skips it), so a null and an empty string never read the same.
      `CREATE FUNCTION consent_record_extra(region text, mode text, language text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT concat_ws('|', 'region=' || region, 'mode=' || mode, 'language=' || language)
      $$`,
      `CREATE FUNCTION consent_record_canon(consent_id uuid, updated_at timestamptz, record_key text, decided_at timestamptz,
          received_at timestamptz, v smallint, revision integer, method text, gpc boolean, categories jsonb,
          region text, mode text, language text)
        RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT consent_record_canon(consent_id, updated_at, record_key, decided_at, received_at, v, revision, method, gpc, categories)
          || coalesce(nullif('|' || consent_record_extra(region, mode, language), '|'), '')
      $$`,
      // Migration 2's append, with the three columns.
      `CREATE OR REPLACE FUNCTION consent_append(records jsonb) RETURNS boolean[] LANGUAGE plpgsql AS $$
        DECLARE
          r jsonb;
          n bigint;
          h text;
          next_hash text;
          added integer;
          at timestamptz := now();
          stored boolean[] := '{}';
        BEGIN
          SELECT seq, hash INTO n, h FROM consent_chain_head WHERE id = 1 FOR UPDATE;
          FOR r IN SELECT value FROM jsonb_array_elements(records) LOOP
            next_hash := consent_chain_hash(h, consent_record_canon((r->>'id')::uuid, (r->>'updatedAt')::timestamptz,
              r->>'key', (r->>'decidedAt')::timestamptz, at, (r->>'v')::smallint, (r->>'revision')::integer, r->>'method',
              (r->>'gpc')::boolean, r->'categories', r->>'region', r->>'mode', r->>'language'));
            INSERT INTO consent_records (consent_id, updated_at, record_key, decided_at, received_at, v, revision, method, gpc,
                categories, region, mode, language, seq, prev_hash, row_hash)
              VALUES ((r->>'id')::uuid, (r->>'updatedAt')::timestamptz, r->>'key', (r->>'decidedAt')::timestamptz, at,
                (r->>'v')::smallint, (r->>'revision')::integer, r->>'method', (r->>'gpc')::boolean, r->'categories',
                r->>'region', r->>'mode', r->>'language', n + 1, h, next_hash)
              ON CONFLICT DO NOTHING;
            GET DIAGNOSTICS added = ROW_COUNT;
            IF added = 1 THEN
              n := n + 1;
              h := next_hash;
            END IF;
            stored := stored || (added = 1);
          END LOOP;
          UPDATE consent_chain_head SET seq = n, hash = h WHERE id = 1;
          RETURN stored;
        END
      $$`,
    ],
  },
  {
    version: 4,
    name: "partition_by_month",
    statements: [
      // Issue 28 item 5: one partition per calendar month (UTC) of the decision (updated_at), so the retention purge
      // drops whole months instead of deleting row by row (no dead rows, no vacuum, no WAL per row). The same on
      // PGlite (PostgreSQL 17 in WebAssembly: partitioning works there too), so there is one schema and one purge.
      // An existing table is converted: renamed aside with its indexes, its rows copied into the partitioned table
      // unchanged (seq, hashes, received_at: the chain verifies as before), then dropped.
      `ALTER TABLE consent_records RENAME TO consent_records_unpartitioned`,
      `ALTER INDEX consent_records_pkey RENAME TO consent_records_unpartitioned_pkey`,
      `ALTER INDEX consent_records_by_time RENAME TO consent_records_unpartitioned_by_time`,
      `ALTER INDEX consent_records_by_seq RENAME TO consent_records_unpartitioned_by_seq`,
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
        seq bigint,
        prev_hash text,
        row_hash text,
        region text,
        mode text,
        language text,
        PRIMARY KEY (consent_id, updated_at, record_key)
      ) PARTITION BY RANGE (updated_at)`,
      `CREATE INDEX consent_records_by_time ON consent_records (updated_at, record_key)`,
      // A unique index on a partitioned table must hold the partition key, so seq's is a plain one now: consent_append
      // hands each seq out once under the head's lock, and verify names a row whose seq was repeated (inserted).
      `CREATE INDEX consent_records_by_seq ON consent_records (seq)`,
      `CREATE TRIGGER consent_records_no_update BEFORE UPDATE ON consent_records
        FOR EACH ROW EXECUTE FUNCTION consent_records_append_only()`,
      // The month's partition, created when its first decision arrives (a late record may open an old month).
      // Month bounds are computed in UTC whatever the session's time zone.
      `CREATE FUNCTION consent_records_partition(at timestamptz) RETURNS void LANGUAGE plpgsql AS $$
        DECLARE
          first timestamp := date_trunc('month', at AT TIME ZONE 'UTC');
          name text := 'consent_records_p' || to_char(first, 'YYYYMM');
        BEGIN
          IF to_regclass(name) IS NULL THEN
            EXECUTE format('CREATE TABLE %I PARTITION OF consent_records FOR VALUES FROM (%L) TO (%L)', name,
              first AT TIME ZONE 'UTC', (first + interval '1 month') AT TIME ZONE 'UTC');
          END IF;
        END
      $$`,
      `SELECT consent_records_partition(month) FROM (
        SELECT DISTINCT date_trunc('month', updated_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS month FROM consent_records_unpartitioned
      ) AS months`,
      `INSERT INTO consent_records SELECT consent_id, updated_at, record_key, decided_at, received_at, v, revision, method, gpc,
        categories, seq, prev_hash, row_hash, region, mode, language FROM consent_records_unpartitioned`,
      `DROP TABLE consent_records_unpartitioned`,
      // Migration 3's append, opening the month's partition before a record goes into it (once per month per batch).
      `CREATE OR REPLACE FUNCTION consent_append(records jsonb) RETURNS boolean[] LANGUAGE plpgsql AS $$
        DECLARE
          r jsonb;
          n bigint;
          h text;
          next_hash text;
          added integer;
          at timestamptz := now();
          stored boolean[] := '{}';
          month text;
          opened text[] := '{}';
        BEGIN
          SELECT seq, hash INTO n, h FROM consent_chain_head WHERE id = 1 FOR UPDATE;
          FOR r IN SELECT value FROM jsonb_array_elements(records) LOOP
            month := left(r->>'updatedAt', 7);
            IF NOT month = ANY (opened) THEN
              PERFORM consent_records_partition((r->>'updatedAt')::timestamptz);
              opened := opened || month;
            END IF;
            next_hash := consent_chain_hash(h, consent_record_canon((r->>'id')::uuid, (r->>'updatedAt')::timestamptz,
              r->>'key', (r->>'decidedAt')::timestamptz, at, (r->>'v')::smallint, (r->>'revision')::integer, r->>'method',
              (r->>'gpc')::boolean, r->'categories', r->>'region', r->>'mode', r->>'language'));
            INSERT INTO consent_records (consent_id, updated_at, record_key, decided_at, received_at, v, revision, method, gpc,
                categories, region, mode, language, seq, prev_hash, row_hash)
              VALUES ((r->>'id')::uuid, (r->>'updatedAt')::timestamptz, r->>'key', (r->>'decidedAt')::timestamptz, at,
                (r->>'v')::smallint, (r->>'revision')::integer, r->>'method', (r->>'gpc')::boolean, r->'categories',
                r->>'region', r->>'mode', r->>'language', n + 1, h, next_hash)
              ON CONFLICT DO NOTHING;
            GET DIAGNOSTICS added = ROW_COUNT;
            IF added = 1 THEN
              n := n + 1;
              h := next_hash;
            END IF;
            stored := stored || (added = 1);
          END LOOP;
          UPDATE consent_chain_head SET seq = n, hash = h WHERE id = 1;
          RETURN stored;
        END
      $$`,
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

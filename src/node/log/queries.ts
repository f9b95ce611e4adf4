// Every statement the log runs, one function each; the index that serves each read is named beside it
// (docs/consent-log.md, "Past one machine").
import type { LogRecord } from "./log-record";
import type { Sql } from "./sql";

/** A record as stored: the decision as the drop-in sent it, and when the receiver took it. */
export interface StoredRecord extends LogRecord {
  readonly receivedAt: string;
}

export interface DayCount {
  /** UTC day of the decision, `YYYY-MM-DD`. */
  readonly day: string;
  readonly method: string;
  readonly count: number;
}

interface Row {
  consent_id: string;
  updated_at: Date;
  record_key: string;
  decided_at: Date;
  received_at: Date;
  v: number;
  revision: number;
  method: string;
  gpc: boolean;
  categories: Record<string, boolean>;
  region: string | null;
  mode: string | null;
  language: string | null;
}

const COLUMNS = "consent_id, updated_at, record_key, decided_at, received_at, v, revision, method, gpc, categories, region, mode, language";

function toRecord(row: Row): StoredRecord {
  return {
    v: row.v as LogRecord["v"],
    id: row.consent_id,
    revision: row.revision,
    decidedAt: row.decided_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    categories: row.categories,
    method: row.method as LogRecord["method"],
    gpc: row.gpc,
    // Rows from before issue 29 (or from a drop-in that does not send them) have none: absent, not null.
    ...(row.region !== null && { region: row.region }),
    ...(row.mode !== null && { mode: row.mode as LogRecord["mode"] }),
    ...(row.language !== null && { language: row.language }),
    receivedAt: row.received_at.toISOString(),
  };
}

export interface Keyed {
  readonly record: LogRecord;
  readonly key: string;
}

/**
 * Appends decisions at the end of the hash chain, in order, in one statement (consent_append, migration 2) that locks
 * the chain's head row: concurrent appends take turns and the chain never forks. Per record, `false` when that very
 * record is already there (a retry).
 */
export async function appendRecords(sql: Sql, items: readonly Keyed[]): Promise<boolean[]> {
  const batch = items.map(({ record, key }) => ({
    id: record.id,
    updatedAt: record.updatedAt,
    key,
    decidedAt: record.decidedAt,
    v: record.v,
    revision: record.revision,
    method: record.method,
    gpc: record.gpc,
    categories: record.categories,
    region: record.region ?? null,
    mode: record.mode ?? null,
    language: record.language ?? null,
  }));
  const rows = await sql.query<{ stored: boolean[] }>("SELECT consent_append($1::text::jsonb) AS stored", [JSON.stringify(batch)]);
  return rows[0]!.stored;
}

/**
 * Appends one decision through a queue: the records that arrive while an append is running go together in the next
 * one (up to 256), one commit for all of them (the chain's lock serialises appends, so one commit each would make
 * every sender wait for every other's disk flush). A failed batch is retried one record at a time, so one bad record
 * fails alone.
 */
export function appender(sql: Sql): (record: LogRecord, key: string) => Promise<boolean> {
  type Waiting = Keyed & { done: (stored: boolean) => void; fail: (error: unknown) => void };
  const queue: Waiting[] = [];
  let running = false;
  const pump = async () => {
    running = true;
    try {
      while (queue.length) {
        const batch = queue.splice(0, 256);
        try {
          const stored = await appendRecords(sql, batch);
          batch.forEach((item, index) => item.done(stored[index] === true));
        } catch (error) {
          if (batch.length === 1) batch[0]!.fail(error);
          else {
            for (const item of batch) {
              await appendRecords(sql, [item]).then(([stored]) => item.done(stored === true), item.fail);
            }
          }
        }
      }
    } finally {
      running = false;
    }
  };
  return (record, key) =>
    new Promise<boolean>((done, fail) => {
      queue.push({ record, key, done, fail });
      if (!running) void pump();
    });
}

/**
 * The insert before the chain, kept only so `npm run log:load` can measure what the chain costs in the same run
 * (CONSENTRY_LOG_UNCHAINED=1 on a throwaway database). Its rows have no place in the chain, and verify says so.
 */
export async function insertUnchained(sql: Sql, record: LogRecord, recordKey: string): Promise<boolean> {
  await sql.query("SELECT consent_records_partition($1)", [record.updatedAt]);
  const rows = await sql.query(
    `INSERT INTO consent_records (consent_id, updated_at, record_key, decided_at, v, revision, method, gpc, categories, region, mode, language)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text::jsonb, $10, $11, $12)
     ON CONFLICT DO NOTHING
     RETURNING 1 AS stored`,
    [
      record.id,
      record.updatedAt,
      recordKey,
      record.decidedAt,
      record.v,
      record.revision,
      record.method,
      record.gpc,
      JSON.stringify(record.categories),
      record.region ?? null,
      record.mode ?? null,
      record.language ?? null,
    ],
  );
  return rows.length === 1;
}

/** One consent id's decisions, oldest first. Index: the primary key (consent_id, updated_at, record_key). */
export async function history(sql: Sql, consentId: string): Promise<StoredRecord[]> {
  const rows = await sql.query<Row>(
    `SELECT ${COLUMNS} FROM consent_records WHERE consent_id = $1 ORDER BY updated_at, received_at, record_key`,
    [consentId],
  );
  return rows.map(toRecord);
}

export interface TimeRange {
  /** Inclusive. */
  readonly from: Date;
  /** Exclusive. */
  readonly to: Date;
}

/**
 * Decisions made in `range`, a page at a time in (updated_at, record_key) order, so an export of any size streams
 * in constant memory and a page boundary never drops or repeats a row. Index: consent_records_by_time.
 */
export async function* exportRecords(sql: Sql, range: TimeRange, pageSize = 1000): AsyncGenerator<StoredRecord> {
  let after: { updatedAt: Date; key: string } | undefined;
  for (;;) {
    const rows = await sql.query<Row>(
      after
        ? `SELECT ${COLUMNS} FROM consent_records
           WHERE (updated_at, record_key) > ($2, $3) AND updated_at < $1
           ORDER BY updated_at, record_key LIMIT ${pageSize}`
        : `SELECT ${COLUMNS} FROM consent_records
           WHERE updated_at >= $1 AND updated_at < $2
           ORDER BY updated_at, record_key LIMIT ${pageSize}`,
      after
        ? [range.to.toISOString(), after.updatedAt.toISOString(), after.key]
        : [range.from.toISOString(), range.to.toISOString()],
    );
    for (const row of rows) yield toRecord(row);
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return;
    after = { updatedAt: last.updated_at, key: last.record_key };
  }
}

/** Decisions per UTC day and method, for a dashboard. Index: consent_records_by_time (range scan). */
export async function countByDay(sql: Sql, range: TimeRange): Promise<DayCount[]> {
  return sql.query<DayCount>(
    `SELECT to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, method, count(*)::int AS count
     FROM consent_records WHERE updated_at >= $1 AND updated_at < $2
     GROUP BY 1, 2 ORDER BY 1, 2`,
    [range.from.toISOString(), range.to.toISOString()],
  );
}

/**
 * Retention: removes decisions made before `before`; returns how many. Whole months before it go as whole partitions
 * (DROP TABLE: no row-by-row delete, no dead rows to vacuum); the month `before` falls in is deleted from, by
 * consent_records_by_time. The chain stays verifiable: under the head's lock, the unbroken run of removed rows from the
 * chain's start moves the cut (consent_chain_purges: count, seq range, the seq and hash it cut at), and a removed row
 * past it (decided long ago, received after newer ones) leaves its hash in consent_chain_gaps. Both are read before
 * anything is removed, so dropping a partition loses nothing the chain needs.
 */
export async function purge(sql: Sql, before: Date): Promise<number> {
  return sql.transaction(async (tx) => {
    const at = before.toISOString();
    const [head] = await tx.query<{ seq: string }>("SELECT seq::text AS seq FROM consent_chain_head WHERE id = 1 FOR UPDATE");
    const [kept] = await tx.query<{ seq: string }>(
      "SELECT seq::text AS seq FROM consent_records WHERE updated_at >= $1 AND seq IS NOT NULL ORDER BY consent_records.seq LIMIT 1",
      [at],
    );
    // Every chained row at or below `cut` is removed by this purge (or was by an earlier one).
    const cut = kept ? (BigInt(kept.seq) - 1n).toString() : head!.seq;
    await tx.query(
      "INSERT INTO consent_chain_gaps (seq, row_hash) SELECT seq, row_hash FROM consent_records WHERE updated_at < $1 AND seq > $2",
      [at, cut],
    );
    const [cutHash] = await tx.query<{ hash: string }>(
      `SELECT row_hash AS hash FROM consent_records WHERE seq = $1
       UNION ALL SELECT row_hash FROM consent_chain_gaps WHERE seq = $1
       UNION ALL (SELECT cut_hash FROM consent_chain_purges WHERE cut_seq = $1 LIMIT 1)
       UNION ALL SELECT repeat('0', 64) WHERE $1::bigint = 0
       LIMIT 1`,
      [cut],
    );
    const removed: { count: number; first: string | null; last: string | null }[] = [];
    // The months to drop are counted first (the purge record says what it removed), the month cut through is deleted
    // from, and the drops come last: a DROP locks the whole table until commit, so it should hold that lock for
    // milliseconds, not while a month is scanned. The names come from pg_inherits and match consent_records_pYYYYMM,
    // so they are safe to put in a statement.
    const months = await wholeMonthsBefore(tx, before);
    for (const partition of months) {
      const [figures] = await tx.query<{ count: number; first: string | null; last: string | null }>(
        `SELECT count(*)::int AS count, min(seq)::text AS first, max(seq)::text AS last FROM ${partition}`,
      );
      removed.push(figures!);
    }
    const [rest] = await tx.query<{ count: number; first: string | null; last: string | null }>(
      `WITH gone AS (DELETE FROM consent_records WHERE updated_at < $1 AND updated_at >= $2 RETURNING seq)
       SELECT count(*)::int AS count, min(seq)::text AS first, max(seq)::text AS last FROM gone`,
      [at, monthStart(before).toISOString()],
    );
    removed.push(rest!);
    for (const partition of months) await tx.query(`DROP TABLE ${partition}`);
    const count = removed.reduce((sum, part) => sum + part.count, 0);
    if (count > 0) {
      const seqs = removed.flatMap((part) => (part.count > 0 ? [BigInt(part.first!), BigInt(part.last!)] : []));
      const first = seqs.reduce((a, b) => (b < a ? b : a)).toString();
      const last = seqs.reduce((a, b) => (b > a ? b : a)).toString();
      await tx.query("DELETE FROM consent_chain_gaps WHERE seq <= $1", [cut]);
      await tx.query(
        `INSERT INTO consent_chain_purges (before, count, first_seq, last_seq, cut_seq, cut_hash) VALUES ($1, $2, $3, $4, $5, $6)`,
        [at, count, first, last, cut, cutHash!.hash],
      );
    }
    return count;
  });
}

/** The first instant of the UTC month `at` is in. */
function monthStart(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
}

/** The month partitions that end at or before `before` (consent_records_pYYYYMM covers that UTC month). */
async function wholeMonthsBefore(sql: Sql, before: Date): Promise<string[]> {
  const rows = await sql.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
     WHERE i.inhparent = 'consent_records'::regclass ORDER BY 1`,
  );
  return rows
    .map((row) => row.name)
    .filter((name) => {
      const match = /^consent_records_p(\d{4})(\d{2})$/.exec(name);
      return match !== null && Date.UTC(Number(match[1]), Number(match[2]), 1) <= before.getTime();
    });
}

/** How many decisions the log holds (tests and the load script compare it with what was acknowledged). */
export async function countAll(sql: Sql): Promise<number> {
  const rows = await sql.query<{ count: number }>("SELECT count(*)::int AS count FROM consent_records");
  return rows[0]!.count;
}

// Every statement the log runs, one function each; the index that serves each read is named beside it
// (docs/consent-log.md, "Past one machine").
import type { ConsentRecord } from "../../core/record";
import type { Sql } from "./sql";

/** A record as stored: the decision as the drop-in sent it, and when the receiver took it. */
export interface StoredRecord extends ConsentRecord {
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
}

const COLUMNS = "consent_id, updated_at, record_key, decided_at, received_at, v, revision, method, gpc, categories";

function toRecord(row: Row): StoredRecord {
  return {
    v: row.v as ConsentRecord["v"],
    id: row.consent_id,
    revision: row.revision,
    decidedAt: row.decided_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    categories: row.categories,
    method: row.method as ConsentRecord["method"],
    gpc: row.gpc,
    receivedAt: row.received_at.toISOString(),
  };
}

/** Appends one decision; `false` when that very record is already there (a retry). */
export async function insertRecord(sql: Sql, record: ConsentRecord, recordKey: string): Promise<boolean> {
  const rows = await sql.query(
    `INSERT INTO consent_records (consent_id, updated_at, record_key, decided_at, v, revision, method, gpc, categories)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text::jsonb)
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

/** Retention: deletes decisions made before `before`; returns how many. Index: consent_records_by_time. */
export async function purge(sql: Sql, before: Date): Promise<number> {
  const rows = await sql.query<{ count: number }>(
    `WITH gone AS (DELETE FROM consent_records WHERE updated_at < $1 RETURNING 1) SELECT count(*)::int AS count FROM gone`,
    [before.toISOString()],
  );
  // count(*) without GROUP BY always returns one row.
  return rows[0]!.count;
}

/** How many decisions the log holds (tests and the load script compare it with what was acknowledged). */
export async function countAll(sql: Sql): Promise<number> {
  const rows = await sql.query<{ count: number }>("SELECT count(*)::int AS count FROM consent_records");
  return rows[0]!.count;
}

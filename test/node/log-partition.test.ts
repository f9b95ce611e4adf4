// The record table partitioned by month (issue 28 item 5), on PGlite and a real PostgreSQL: a log written before is
// converted in place and still verifies; a month's decisions land in that month's partition whatever the session's
// time zone; the retention purge drops whole months and records what it removed, so the chain still verifies.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GENESIS } from "../../src/node/log/chain";
import { MIGRATIONS, migrate } from "../../src/node/log/migrations";
import type { Sql } from "../../src/node/log/sql";
import { IN_MEMORY, openLogStore, recordKey, type LogStore } from "../../src/node/log/store";
import { BACKENDS, decision, openBackend } from "../support/log-backends";

const at = (iso: string) => new Date(iso);
const partitions = async (sql: Sql) =>
  (
    await sql.query<{ name: string }>(
      "SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'consent_records'::regclass ORDER BY 1",
    )
  ).map((row) => row.name);
const partitionOf = async (sql: Sql, id: string) =>
  (await sql.query<{ name: string }>("SELECT tableoid::regclass::text AS name FROM consent_records WHERE consent_id = $1", [id]))[0]?.name;

describe.each(BACKENDS)("the record table by month on $name (issue 28 item 5)", (backend) => {
  let store: LogStore;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    ({ store, stop } = await openBackend(backend));
  });
  afterAll(() => stop());
  beforeEach(async () => {
    for (const name of await partitions(store.sql)) await store.sql.query(`DROP TABLE ${name}`);
    await store.sql.query("TRUNCATE consent_chain_gaps, consent_chain_purges");
    await store.sql.query(`UPDATE consent_chain_head SET seq = 0, hash = '${GENESIS}'`);
  });

  it("a decision goes into its UTC month's partition, opened when the month's first decision arrives, whatever the session's time zone", async () => {
    const late = decision({}, at("2024-03-31T23:30:00.000Z"));
    const early = decision({}, at("2024-04-01T00:00:00.000Z"));
    // Auckland is 13 hours ahead: there, the first is already April. Bounds are UTC all the same.
    await store.sql.transaction(async (tx) => {
      await tx.query("SET LOCAL TIME ZONE 'Pacific/Auckland'");
      const batch = await Promise.all([late, early].map(async (record) => ({ ...record, key: await recordKey(record) })));
      await tx.query("SELECT consent_append($1::text::jsonb)", [JSON.stringify(batch)]);
    });
    expect(await partitions(store.sql)).toEqual(["consent_records_p202403", "consent_records_p202404"]);
    expect(await partitionOf(store.sql, late.id)).toBe("consent_records_p202403");
    expect(await partitionOf(store.sql, early.id)).toBe("consent_records_p202404");
    const [{ kind }] = (await store.sql.query<{ kind: string }>("SELECT relkind::text AS kind FROM pg_class WHERE relname = 'consent_records'")) as [{ kind: string }];
    expect(kind).toBe("p");
    expect(await store.verify()).toMatchObject({ ok: true, rows: 2 });
  });

  it("the retention purge drops whole months, deletes only in the month it cuts through, records what it removed, and the chain verifies", async () => {
    const january = Array.from({ length: 4 }, (_, index) => decision({}, at(`2024-01-1${index}T10:00:00.000Z`)));
    const february = Array.from({ length: 3 }, (_, index) => decision({}, at(`2024-02-1${index}T10:00:00.000Z`)));
    const march = [decision({}, at("2024-03-05T10:00:00.000Z")), decision({}, at("2024-03-20T10:00:00.000Z"))];
    for (const record of [...january, ...february, ...march]) await store.insert(record);
    // Decided in January, received after the rest (a queued record): its hash goes to the gaps, not the cut.
    const queued = decision({}, at("2024-01-31T23:59:59.999Z"));
    const after = decision({}, at("2024-04-02T10:00:00.000Z"));
    await store.insert(after);
    await store.insert(queued);

    expect(await partitions(store.sql)).toEqual(["consent_records_p202401", "consent_records_p202402", "consent_records_p202403", "consent_records_p202404"]);
    expect(await store.purge(at("2024-03-10T00:00:00.000Z"))).toBe(4 + 3 + 1 + 1);
    // January and February are gone as tables (dropped, not emptied); March was cut through, row by row.
    expect(await partitions(store.sql)).toEqual(["consent_records_p202403", "consent_records_p202404"]);
    expect(await store.history(march[0]!.id)).toEqual([]);
    expect(await store.history(march[1]!.id)).toHaveLength(1);
    const [purge] = await store.sql.query<{ count: string; first_seq: string; last_seq: string }>(
      "SELECT count::text AS count, first_seq::text AS first_seq, last_seq::text AS last_seq FROM consent_chain_purges",
    );
    expect(purge).toEqual({ count: "9", first_seq: "1", last_seq: "11" });
    expect(await store.verify()).toMatchObject({ ok: true, rows: 2, seq: 11, purges: 1 });

    // A late decision for a dropped month opens the month again, and the chain goes on.
    const stray = decision({}, at("2024-02-20T10:00:00.000Z"));
    expect(await store.insert(stray)).toBe(true);
    expect(await partitionOf(store.sql, stray.id)).toBe("consent_records_p202402");
    expect(await store.verify()).toMatchObject({ ok: true, rows: 3, seq: 12 });
    // A purge that removes nothing records nothing.
    expect(await store.purge(at("2023-01-01T00:00:00.000Z"))).toBe(0);
    expect(await store.sql.query("SELECT 1 FROM consent_chain_purges")).toHaveLength(1);
  });
});

describe("a log from before partitioning", () => {
  it("is converted in place by migration 4: every row kept with its chain, in month partitions, and it verifies", async () => {
    const store = await openLogStore(IN_MEMORY);
    try {
      await store.sql.query("DROP SCHEMA public CASCADE");
      await store.sql.query("CREATE SCHEMA public");
      await migrate(store.sql, MIGRATIONS.slice(0, 3));
      const records = [
        decision({}, at("2023-11-30T23:59:59.999Z")),
        decision({}, at("2023-12-01T00:00:00.000Z")),
        { ...decision({}, at("2024-01-15T12:00:00.000Z")), region: "FR", mode: "opt-in" as const },
      ];
      const batch = await Promise.all(records.map(async (record) => ({ ...record, key: await recordKey(record) })));
      await store.sql.query("SELECT consent_append($1::text::jsonb)", [JSON.stringify(batch)]);
      const before = await store.sql.query("SELECT seq, prev_hash, row_hash, received_at FROM consent_records ORDER BY seq");

      expect(await migrate(store.sql)).toEqual([4]);
      expect(await partitions(store.sql)).toEqual(["consent_records_p202311", "consent_records_p202312", "consent_records_p202401"]);
      expect(await store.sql.query("SELECT seq, prev_hash, row_hash, received_at FROM consent_records ORDER BY seq")).toEqual(before);
      expect(await store.verify()).toMatchObject({ ok: true, rows: 3, seq: 3 });
      expect(await store.sql.query("SELECT 1 FROM pg_class WHERE relname LIKE 'consent_records_unpartitioned%'")).toEqual([]);
      // Still append-only, and the chain goes on.
      await expect(store.sql.query("UPDATE consent_records SET gpc = true")).rejects.toThrow(/append-only/);
      expect(await store.insert(decision({}, at("2024-01-20T00:00:00.000Z")))).toBe(true);
      expect(await store.verify()).toMatchObject({ ok: true, rows: 4 });
    } finally {
      await store.close();
    }
  });
});

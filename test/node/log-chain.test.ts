// The tamper-evident log (issue 28 item 1) on PGlite and a real PostgreSQL: rows edited, deleted, swapped and
// inserted straight in the database (as someone with the database's password would), and the chain names each.
import { generateKeyPairSync } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GENESIS, readCheckpoint, takeCheckpoint, verifyChain, type SignedCheckpoint } from "../../src/node/log/chain";
import type { LogRecord } from "../../src/node/log/log-record";
import { MIGRATIONS, migrate } from "../../src/node/log/migrations";
import { IN_MEMORY, openLogStore, recordKey, type LogStore } from "../../src/node/log/store";
import { BACKENDS, decision, openBackend } from "../support/log-backends";

const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000);

describe.each(BACKENDS)("the hash chain on $name", (backend) => {
  let store: LogStore;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    ({ store, stop } = await openBackend(backend));
  });
  afterAll(() => stop());
  beforeEach(async () => {
    await store.sql.query("TRUNCATE consent_records, consent_chain_gaps, consent_chain_purges");
    await store.sql.query(`UPDATE consent_chain_head SET seq = 0, hash = '${GENESIS}'`);
  });

  /** What someone with write access does first: the append-only trigger is only in the way. */
  const tamper = async (statement: string, params: unknown[] = []) => {
    await store.sql.query("ALTER TABLE consent_records DISABLE TRIGGER consent_records_no_update");
    try {
      await store.sql.query(statement, params);
    } finally {
      await store.sql.query("ALTER TABLE consent_records ENABLE TRIGGER consent_records_no_update");
    }
  };
  const fill = async (count: number) => {
    for (let index = 0; index < count; index++) await store.insert(decision({}, day(index)));
  };

  it("concurrent inserts take turns: one unbroken chain, each row once, a retry adds nothing", async () => {
    const records = Array.from({ length: 40 }, (_, index) => decision({}, day(index)));
    const results = await Promise.all([...records, ...records.slice(0, 10)].map((record) => store.insert(record)));
    expect(results.filter(Boolean)).toHaveLength(40);
    const rows = await store.sql.query<{ seq: string }>("SELECT seq::text AS seq FROM consent_records ORDER BY consent_records.seq");
    expect(rows.map((row) => Number(row.seq))).toEqual(Array.from({ length: 40 }, (_, index) => index + 1));
    expect(await store.verify()).toMatchObject({ ok: true, rows: 40, seq: 40 });
  });

  it("names a row whose content was edited", async () => {
    await fill(6);
    await tamper("UPDATE consent_records SET method = 'accept-all', categories = '{\"analytics\":true}' WHERE seq = 4");
    expect(await store.verify()).toMatchObject({ ok: false, seq: 4, problem: expect.stringMatching(/^row 4 .* was altered/) });
  });

  it("names a row edited with its own hash recomputed (the next row remembers the old one)", async () => {
    await fill(6);
    await tamper(`UPDATE consent_records SET revision = 9,
      row_hash = consent_chain_hash(prev_hash, consent_record_canon(consent_id, updated_at, record_key, decided_at, received_at, v, 9, method, gpc, categories))
      WHERE seq = 3`);
    expect(await store.verify()).toMatchObject({ ok: false, seq: 3, problem: expect.stringMatching(/^row 3 was altered/) });
  });

  it("names a deleted row, and rows deleted from the end", async () => {
    await fill(6);
    await store.sql.query("DELETE FROM consent_records WHERE seq = 2");
    expect(await store.verify()).toMatchObject({ ok: false, seq: 2, problem: expect.stringMatching(/^row 2 was deleted/) });
    await store.sql.query("DELETE FROM consent_records WHERE seq <> 1");
    await store.sql.query("DELETE FROM consent_records WHERE seq >= 5");
    expect(await store.verify()).toMatchObject({ ok: false, seq: 2 });
  });

  it("names the tail deleted", async () => {
    await fill(6);
    await store.sql.query("DELETE FROM consent_records WHERE seq >= 5");
    expect(await store.verify()).toMatchObject({ ok: false, seq: 5, problem: "rows 5 to 6 were deleted (the chain's head is row 6)" });
  });

  it("names two rows swapped", async () => {
    await fill(6);
    await tamper("UPDATE consent_records SET seq = -3 WHERE seq = 3");
    await tamper("UPDATE consent_records SET seq = 3 WHERE seq = 4");
    await tamper("UPDATE consent_records SET seq = 4 WHERE seq = -3");
    expect(await store.verify()).toMatchObject({ ok: false, seq: 3, problem: expect.stringMatching(/^rows 3 and 4 were reordered/) });
  });

  it("gives the same verdict wherever its pages end: a swap, a deletion or an edit across a page boundary", async () => {
    // verify reads the chain a page at a time and looks one row into the next page; pages of 2 and 3 put every
    // tampered row at a page's end or start.
    const verdicts = async () => Promise.all([2, 3, 2000].map((pageSize) => verifyChain(store.sql, undefined, pageSize)));
    await fill(8);
    for (const verdict of await verdicts()) expect(verdict).toMatchObject({ ok: true, rows: 8 });
    await tamper("UPDATE consent_records SET seq = -4 WHERE seq = 4");
    await tamper("UPDATE consent_records SET seq = 4 WHERE seq = 5");
    await tamper("UPDATE consent_records SET seq = 5 WHERE seq = -4");
    for (const verdict of await verdicts()) expect(verdict).toMatchObject({ ok: false, seq: 4, problem: expect.stringMatching(/^rows 4 and 5 were reordered/) });
    await tamper("UPDATE consent_records SET seq = -4 WHERE seq = 5");
    await tamper("UPDATE consent_records SET seq = 5 WHERE seq = 4");
    await tamper("UPDATE consent_records SET seq = 4 WHERE seq = -4");
    await store.sql.query("DELETE FROM consent_records WHERE seq = 7");
    for (const verdict of await verdicts()) expect(verdict).toMatchObject({ ok: false, seq: 7, problem: expect.stringMatching(/^row 7 was deleted/) });
    await tamper("UPDATE consent_records SET gpc = NOT gpc WHERE seq = 6");
    for (const verdict of await verdicts()) expect(verdict).toMatchObject({ ok: false, seq: 6, problem: expect.stringMatching(/^row 6 .* was altered/) });
  });

  it("names a row inserted outside the chain, inside it, or after its head", async () => {
    await fill(4);
    const forged = decision({}, day(9));
    await store.sql.query(
      `INSERT INTO consent_records (consent_id, updated_at, record_key, decided_at, v, revision, method, gpc, categories)
       VALUES ($1, $2, $3, $4, 1, 1, 'accept-all', false, '{}')`,
      [forged.id, forged.updatedAt, await recordKey(forged), forged.decidedAt],
    );
    expect(await store.verify()).toMatchObject({ ok: false, problem: expect.stringContaining(`a row outside the chain was inserted (consent id ${forged.id}`) });
    // Given a place in the chain with a correct hash after row 2: rows 3 and 4 moved up by one.
    await tamper("UPDATE consent_records SET seq = seq + 10 WHERE seq >= 3");
    await tamper("UPDATE consent_records SET seq = seq - 9 WHERE seq >= 13");
    await tamper(`UPDATE consent_records SET seq = 3, prev_hash = (SELECT row_hash FROM consent_records WHERE seq = 2),
      row_hash = consent_chain_hash((SELECT row_hash FROM consent_records WHERE seq = 2), consent_record_canon(consent_id, updated_at, record_key, decided_at, received_at, v, revision, method, gpc, categories))
      WHERE seq IS NULL`);
    await store.sql.query("UPDATE consent_chain_head SET seq = 5");
    expect(await store.verify()).toMatchObject({ ok: false, seq: 3, problem: expect.stringMatching(/^row 3 was inserted: row 4 .* follows row 2 in the chain/) });
    // Appended after the head with a correct hash, the head left where it was.
    await store.sql.query("TRUNCATE consent_records");
    await store.sql.query(`UPDATE consent_chain_head SET seq = 0, hash = '${GENESIS}'`);
    await fill(4);
    await store.sql.query("UPDATE consent_chain_head SET seq = 3, hash = (SELECT row_hash FROM consent_records WHERE seq = 3)");
    expect(await store.verify()).toMatchObject({ ok: false, seq: 4, problem: "rows after 3 (the chain's head) were inserted" });
  });

  it("a retention purge keeps the chain verifiable, late-received old rows included, and records what it removed", async () => {
    // Received in this order; the fourth was decided long ago and arrived late (queued offline).
    for (const at of [day(0), day(1), day(40), day(2), day(41)]) await store.insert(decision({}, at));
    expect(await store.purge(day(10))).toBe(3);
    expect(await store.verify()).toMatchObject({ ok: true, rows: 2, seq: 5, purges: 1 });
    const [purge] = await store.sql.query<{ count: string; cut_seq: string; first_seq: string; last_seq: string }>(
      "SELECT count::text, cut_seq::text, first_seq::text, last_seq::text FROM consent_chain_purges",
    );
    expect(purge).toEqual({ count: "3", cut_seq: "2", first_seq: "1", last_seq: "4" });
    await store.insert(decision({}, day(42)));
    expect(await store.purge(day(100))).toBe(3);
    expect(await store.verify()).toMatchObject({ ok: true, rows: 0, seq: 6, purges: 2 });
    await store.insert(decision({}, day(43)));
    expect(await store.verify()).toMatchObject({ ok: true, rows: 1, seq: 7 });
    // A forged purge record (a row deleted and passed off as purged) breaks the link.
    await fill(3);
    await store.sql.query("DELETE FROM consent_records WHERE seq = 9");
    await store.sql.query("INSERT INTO consent_chain_gaps (seq, row_hash) VALUES (9, $1)", ["f".repeat(64)]);
    expect(await store.verify()).toMatchObject({ ok: false, seq: 10 });
  });

  it("a signed checkpoint proves the rows before it even when the whole chain after an edit was recomputed", async () => {
    const { privateKey, publicKey } = generateKeyPairSync("ed25519");
    await fill(5);
    const signed = (await takeCheckpoint(store.sql, privateKey)) as SignedCheckpoint;
    expect(signed).toMatchObject({ log: "consentry", seq: 5, rows: 5 });
    const checkpoint = readCheckpoint(JSON.stringify(signed), publicKey);
    await fill(2);
    expect(await store.verify(checkpoint)).toMatchObject({ ok: true, rows: 7, checkpoint: { seq: 5 } });
    // A forger with the database rewrites row 2 and recomputes every hash after it, and the head.
    await tamper("UPDATE consent_records SET method = 'reject-all' WHERE seq = 2");
    await tamper(`DO $$ DECLARE r record; h text; BEGIN
      SELECT row_hash INTO h FROM consent_records WHERE seq = 1;
      FOR r IN SELECT * FROM consent_records WHERE seq >= 2 ORDER BY seq LOOP
        UPDATE consent_records SET prev_hash = h, row_hash = consent_chain_hash(h, consent_record_canon(r.consent_id, r.updated_at,
          r.record_key, r.decided_at, r.received_at, r.v, r.revision, r.method, r.gpc, r.categories)) WHERE seq = r.seq RETURNING row_hash INTO h;
      END LOOP;
      UPDATE consent_chain_head SET hash = h; END $$`);
    expect(await store.verify()).toMatchObject({ ok: true, rows: 7 });
    expect(await store.verify(checkpoint)).toMatchObject({ ok: false, seq: 5, problem: expect.stringContaining("differs from the checkpoint") });
    // A checkpoint edited after signing, or checked with another key, is refused.
    expect(() => readCheckpoint(JSON.stringify({ ...signed, seq: 4 }), publicKey)).toThrow(/signature does not match/);
    expect(() => readCheckpoint(JSON.stringify(signed), generateKeyPairSync("ed25519").publicKey)).toThrow(/signature does not match/);
  });
});

/** Empties the database, as before any release wrote to it. */
const startOver = async (store: LogStore) => {
  await store.sql.query("DROP SCHEMA public CASCADE");
  await store.sql.query("CREATE SCHEMA public");
};

describe("a log from before the chain", () => {
  it("is chained in arrival order by the migration, and verifies", async () => {
    const store = await openLogStore(IN_MEMORY);
    try {
      // Start over at migration 1, as a log written by the previous release.
      await startOver(store);
      await migrate(store.sql, MIGRATIONS.slice(0, 1));
      for (let index = 0; index < 3; index++) {
        const record = decision({}, day(index));
        await store.sql.query(
          `INSERT INTO consent_records (consent_id, updated_at, record_key, decided_at, v, revision, method, gpc, categories)
           VALUES ($1, $2, $3, $4, 1, 1, 'custom', false, '{"analytics":true}')`,
          [record.id, record.updatedAt, await recordKey(record), record.decidedAt],
        );
      }
      expect((await migrate(store.sql))[0]).toBe(2);
      expect(await store.verify()).toMatchObject({ ok: true, rows: 3, seq: 3 });
    } finally {
      await store.close();
    }
  });
});

describe("a log from before region and mode (issue 29)", () => {
  it("verifies after migration 3, new rows carry region, mode and language in the chain, and an edit of one is named", async () => {
    const store = await openLogStore(IN_MEMORY);
    try {
      await startOver(store);
      await migrate(store.sql, MIGRATIONS.slice(0, 2));
      // Rows appended by the previous release's consent_append, which knew no region.
      const old = Array.from({ length: 3 }, (_, index) => decision({}, day(index)));
      const batch = await Promise.all(old.map(async (record) => ({ ...record, key: await recordKey(record) })));
      await store.sql.query("SELECT consent_append($1::text::jsonb)", [JSON.stringify(batch)]);
      expect((await migrate(store.sql))[0]).toBe(3);
      expect(await store.verify()).toMatchObject({ ok: true, rows: 3 });

      const placed: LogRecord = { ...decision({}, day(5)), region: "US-CA", mode: "opt-out", language: "en" };
      const partial: LogRecord = { ...decision({}, day(6)), region: "EEA" };
      expect(await store.insert(placed)).toBe(true);
      expect(await store.insert(partial)).toBe(true);
      expect(await store.verify()).toMatchObject({ ok: true, rows: 5 });
      expect(await store.history(placed.id)).toEqual([expect.objectContaining({ region: "US-CA", mode: "opt-out", language: "en" })]);
      expect(await store.history(old[0]!.id)).toEqual([expect.not.objectContaining({ region: expect.anything() })]);

      // Someone moves a decision to a looser region, or clears it: the chain names the row.
      const tamper = async (statement: string) => {
        await store.sql.query("ALTER TABLE consent_records DISABLE TRIGGER consent_records_no_update");
        await store.sql.query(statement);
        await store.sql.query("ALTER TABLE consent_records ENABLE TRIGGER consent_records_no_update");
      };
      await tamper(`UPDATE consent_records SET region = 'US-TX' WHERE consent_id = '${placed.id}'`);
      expect(await store.verify()).toMatchObject({ ok: false, seq: 4, problem: expect.stringMatching(/^row 4 .* was altered/) });
      await tamper(`UPDATE consent_records SET region = 'US-CA' WHERE consent_id = '${placed.id}'`);
      expect(await store.verify()).toMatchObject({ ok: true });
      // A null and an empty string do not read the same in the chain.
      await tamper(`UPDATE consent_records SET mode = '' WHERE consent_id = '${partial.id}'`);
      expect(await store.verify()).toMatchObject({ ok: false, seq: 5 });
    } finally {
      await store.close();
    }
  });
});

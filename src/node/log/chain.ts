// The log's hash chain, checked from outside the database (issue 28 item 1): `verify` rebuilds each row's canonical
// text from its columns and hashes it here, in JavaScript, so a verifier trusts neither the database's functions nor
// the hashes it stored; `checkpoint` signs the chain's head with Ed25519 for the owner to keep elsewhere.
import { createHash, createPrivateKey, createPublicKey, sign, verify as verifySignature, type KeyObject } from "node:crypto";
import type { Sql } from "./sql";

/** The hash before the first row. */
export const GENESIS = "0".repeat(64);

interface ChainRow {
  seq: string;
  prev_hash: string;
  row_hash: string;
  canon: string;
  consent_id: string;
  updated_at: string;
}

const TIME = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * Each column as text, one by one; joined in JavaScript in the order consent_record_canon (migration 2) joins them.
 * Deliberately not a call of that function, so replacing it in the database hides nothing.
 */
const CANON_COLUMNS = [
  "consent_id::text",
  TIME("updated_at"),
  "record_key",
  TIME("decided_at"),
  TIME("received_at"),
  "v::text",
  "revision::text",
  "method",
  "gpc::text",
  "categories::text",
];

export function chainHash(previous: string, canon: string): string {
  return createHash("sha256").update(`${previous}|${canon}`, "utf8").digest("hex");
}

export interface Checkpoint {
  readonly log: "consentry";
  /** The chain's last row when the checkpoint was taken, and its hash. */
  readonly seq: number;
  readonly hash: string;
  /** Rows in the table then (purges remove rows; the chain still verifies). */
  readonly rows: number;
  readonly at: string;
}

export interface SignedCheckpoint extends Checkpoint {
  /** Ed25519 over the canonical JSON of the fields above, base64. */
  readonly signature: string;
  /** SHA-256 of the public key (SPKI DER), hex: which key signed it. */
  readonly key: string;
}

export type VerifyResult =
  | { ok: true; rows: number; seq: number; hash: string; purges: number; checkpoint?: Checkpoint }
  | { ok: false; seq: number | null; problem: string };

const describe = (row: ChainRow) => `row ${row.seq} (consent id ${row.consent_id}, updated ${row.updated_at})`;

/**
 * Walks the chain from the last purge's cut (or the start) in seq order and names the first row that was altered,
 * deleted, inserted or reordered. With `checkpoint`, the chain must also pass through its (seq, hash).
 */
export async function verifyChain(sql: Sql, checkpoint?: Checkpoint, pageSize = 2000): Promise<VerifyResult> {
  const [head] = await sql.query<{ seq: string; hash: string }>("SELECT seq::text AS seq, hash FROM consent_chain_head WHERE id = 1");
  const [cut] = await sql.query<{ seq: string; hash: string }>(
    "SELECT cut_seq::text AS seq, cut_hash AS hash FROM consent_chain_purges ORDER BY cut_seq DESC, purged_at DESC LIMIT 1",
  );
  const [{ purges }] = (await sql.query<{ purges: number }>("SELECT count(*)::int AS purges FROM consent_chain_purges")) as [{ purges: number }];
  const [outside] = await sql.query<{ consent_id: string; updated_at: string }>(
    `SELECT consent_id::text AS consent_id, ${TIME("updated_at")} AS updated_at FROM consent_records WHERE seq IS NULL OR row_hash IS NULL LIMIT 1`,
  );
  if (outside) {
    return { ok: false, seq: null, problem: `a row outside the chain was inserted (consent id ${outside.consent_id}, updated ${outside.updated_at})` };
  }
  if (!head) return { ok: false, seq: null, problem: "the chain's head row is missing" };
  const gaps = new Map(
    (await sql.query<{ seq: string; row_hash: string }>("SELECT seq::text AS seq, row_hash FROM consent_chain_gaps WHERE seq > $1", [cut?.seq ?? "0"])).map(
      (gap) => [BigInt(gap.seq), gap.row_hash],
    ),
  );

  let expected = BigInt(cut?.seq ?? 0) + 1n;
  let previous = cut?.hash ?? GENESIS;
  let beforePrevious: string | undefined;
  let rows = 0;
  let checkpointSeen = false;
  const cpSeq = checkpoint ? BigInt(checkpoint.seq) : undefined;
  if (checkpoint && cpSeq! < expected) {
    // The checkpoint's row is at or before the last cut: the cut's hash is all that is left of it.
    if (cpSeq === expected - 1n && previous === checkpoint.hash) checkpointSeen = true;
    else if (cpSeq! < expected - 1n) {
      return { ok: false, seq: checkpoint.seq, problem: `the checkpoint (row ${checkpoint.seq}) is before the last purge's cut (row ${expected - 1n}): the rows it covered were purged` };
    } else return { ok: false, seq: checkpoint.seq, problem: `the purge cut at row ${checkpoint.seq} does not match the checkpoint's hash: rows before it were changed` };
  }
  const passCheckpoint = (seq: bigint): VerifyResult | undefined => {
    if (cpSeq !== undefined && seq === cpSeq) {
      checkpointSeen = true;
      if (previous !== checkpoint!.hash) {
        return { ok: false, seq: checkpoint!.seq, problem: `the chain at row ${seq} differs from the checkpoint's hash: rows up to it were rewritten` };
      }
    }
    return undefined;
  };

  let page: ChainRow[] = await nextPage(sql, (expected - 1n).toString(), pageSize);
  while (page.length) {
    // The next page is asked for now and awaited only at this page's last row, so on a server the database reads it
    // while this process hashes (at ten million rows, the difference between minutes). A verdict before then leaves
    // it unread: its failure, if any, is nobody's business.
    const pending = page.length === pageSize ? nextPage(sql, page.at(-1)!.seq, pageSize) : Promise.resolve<ChainRow[]>([]);
    pending.catch(() => undefined);
    let more: ChainRow[] | undefined;
    for (let index = 0; index < page.length; index++) {
      const row = page[index]!;
      let next = page[index + 1];
      if (next === undefined) {
        more = await pending;
        next = more[0];
      }
      const seq = BigInt(row.seq);
      while (expected < seq) {
        const gap = gaps.get(expected);
        if (gap === undefined) {
          return { ok: false, seq: Number(expected), problem: `row ${expected} was deleted (the chain goes from row ${expected - 1n} to ${describe(row)})` };
        }
        beforePrevious = previous;
        previous = gap;
        const failed = passCheckpoint(expected);
        if (failed) return failed;
        expected++;
      }
      if (chainHash(row.prev_hash, row.canon) !== row.row_hash) {
        return { ok: false, seq: Number(seq), problem: `${describe(row)} was altered: its content no longer gives its hash` };
      }
      if (row.prev_hash !== previous) {
        if (next && row.prev_hash === next.row_hash) {
          return { ok: false, seq: Number(seq), problem: `rows ${seq} and ${next.seq} were reordered (${describe(row)} belongs after row ${next.seq})` };
        }
        if (next && next.prev_hash === previous) {
          return { ok: false, seq: Number(seq), problem: `${describe(row)} was inserted: row ${next.seq} follows row ${seq - 1n} in the chain` };
        }
        if (row.prev_hash === beforePrevious) {
          return { ok: false, seq: Number(seq - 1n), problem: `row ${seq - 1n} was inserted: ${describe(row)} follows row ${seq - 2n} in the chain` };
        }
        if (gaps.has(seq - 1n) || seq - 1n === BigInt(cut?.seq ?? 0)) {
          return { ok: false, seq: Number(seq), problem: `${describe(row)} does not follow the purge record before it: the purge record was changed` };
        }
        return {
          ok: false,
          seq: Number(seq - 1n),
          problem: `row ${seq - 1n} was altered, or rows were inserted, deleted or reordered before ${describe(row)}: it recorded another hash for the row before it`,
        };
      }
      beforePrevious = previous;
      previous = row.row_hash;
      const failed = passCheckpoint(seq);
      if (failed) return failed;
      expected = seq + 1n;
      rows++;
    }
    page = more ?? (await pending);
  }
  const headSeq = BigInt(head.seq);
  while (expected <= headSeq && gaps.has(expected)) {
    previous = gaps.get(expected)!;
    const failed = passCheckpoint(expected);
    if (failed) return failed;
    expected++;
  }
  const last = expected - 1n;
  if (last < headSeq) return { ok: false, seq: Number(last + 1n), problem: `rows ${last + 1n} to ${headSeq} were deleted (the chain's head is row ${headSeq})` };
  if (last > headSeq) return { ok: false, seq: Number(headSeq + 1n), problem: `rows after ${headSeq} (the chain's head) were inserted` };
  if (previous !== head.hash) return { ok: false, seq: Number(headSeq), problem: `the chain's head does not match row ${headSeq}: the head or that row was changed` };
  if (checkpoint && !checkpointSeen) {
    return { ok: false, seq: checkpoint.seq, problem: `the chain does not reach the checkpoint's row ${checkpoint.seq}: rows were deleted` };
  }
  return { ok: true, rows, seq: Number(headSeq), hash: previous, purges, ...(checkpoint && { checkpoint }) };
}

type Extras = { region: string | null; mode: string | null; language: string | null };

/**
 * Issue 29's columns (migration 3), as consent_record_extra joins them: `|region=FR|mode=opt-in|language=fr`, each part
 * only when not null, nothing at all for a row that has none (every row stored before them).
 */
export function extrasCanon({ region, mode, language }: Extras): string {
  const parts = Object.entries({ region, mode, language }).filter(([, value]) => value !== null);
  return parts.map(([name, value]) => `|${name}=${value}`).join("");
}

function nextPage(sql: Sql, after: string, pageSize: number): Promise<ChainRow[]> {
  return sql
    .query<ChainRow & Extras & { parts: string[] }>(
      `SELECT seq::text AS seq, prev_hash, row_hash, consent_id::text AS consent_id, ${TIME("updated_at")} AS updated_at,
         ARRAY[${CANON_COLUMNS.join(", ")}] AS parts, region, mode, language
       FROM consent_records WHERE seq > $1 ORDER BY consent_records.seq LIMIT ${pageSize}`,
      [after],
    )
    .then((rows) => rows.map((row) => ({ ...row, canon: row.parts.join("|") + extrasCanon(row) })));
}

/** The checkpoint's signed bytes: its fields in a fixed order. */
function payload(checkpoint: Checkpoint): Buffer {
  const { log, seq, hash, rows, at } = checkpoint;
  return Buffer.from(JSON.stringify({ log, seq, hash, rows, at }), "utf8");
}

/**
 * A key as `signingKey` or `checkingKey` made it: node:crypto's KeyObject, named opaquely so that the published
 * declarations of `consentry/log-server` (which reach this file through the store's types) need no @types/node.
 */
export type LogKey = object & { readonly asymmetricKeyType?: string };

function keyId(key: KeyObject): string {
  return createHash("sha256").update(createPublicKey(key).export({ type: "spki", format: "der" })).digest("hex");
}

/** An Ed25519 private key from PEM text; refuses any other kind of key. */
export function signingKey(pem: string): LogKey {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== "ed25519") throw new Error(`expected an Ed25519 private key, got ${key.asymmetricKeyType ?? "another kind"}`);
  return key;
}

/** A public key (or a private one, whose public half is used) from PEM text, to check checkpoints with. */
export function checkingKey(pem: string): LogKey {
  const key = /PRIVATE KEY/.test(pem) ? createPublicKey(createPrivateKey(pem)) : createPublicKey(pem);
  if (key.asymmetricKeyType !== "ed25519") throw new Error(`expected an Ed25519 key, got ${key.asymmetricKeyType ?? "another kind"}`);
  return key;
}

/** Signs the chain's head as it is now (the chain is verified first: a checkpoint of a broken chain proves nothing). */
export async function takeCheckpoint(sql: Sql, logKey: LogKey, now = new Date()): Promise<SignedCheckpoint | VerifyResult> {
  const key = logKey as KeyObject;
  const result = await verifyChain(sql);
  if (!result.ok) return result;
  const [{ rows }] = (await sql.query<{ rows: number }>("SELECT count(*)::int AS rows FROM consent_records")) as [{ rows: number }];
  const checkpoint: Checkpoint = { log: "consentry", seq: result.seq, hash: result.hash, rows, at: now.toISOString() };
  return { ...checkpoint, signature: sign(null, payload(checkpoint), key).toString("base64"), key: keyId(key) };
}

/** The checkpoint in `text` if `key` signed it; throws naming what is wrong. */
export function readCheckpoint(text: string, logKey: LogKey): Checkpoint {
  const key = logKey as KeyObject;
  const value = JSON.parse(text) as SignedCheckpoint;
  if (value.log !== "consentry" || !Number.isInteger(value.seq) || typeof value.hash !== "string" || typeof value.signature !== "string") {
    throw new Error("not a consentry log checkpoint");
  }
  if (!verifySignature(null, payload(value), key, Buffer.from(value.signature, "base64"))) {
    throw new Error("the checkpoint's signature does not match this key: it was changed, or another key signed it");
  }
  return { log: value.log, seq: value.seq, hash: value.hash, rows: value.rows, at: value.at };
}

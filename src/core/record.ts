// The consent record (DESIGN 6): its schema, compact encoding, and a decoder that fails closed.
import { CATEGORY_ID } from "./category-id";
import * as s from "./schema";

export const RECORD_VERSION = 1;
/** S-03: the encoded cookie value never exceeds this. */
export const MAX_ENCODED_BYTES = 1024;
/** anything longer is not even parsed. */
export const MAX_RAW_LENGTH = 4096;
const EARLIEST = Date.UTC(2020, 0, 1);
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

/**
 * How a decision was given (L-12); the one list the record decoder and the consent-log receiver both check against.
 * `dismiss`: the first layer's "Continue without accepting" (L-05, CNIL). `withdraw`: `reset()`, a record that goes to
 * the consent log and is never stored.
 */
export const CONSENT_METHODS = ["accept-all", "reject-all", "custom", "api", "gpc", "dismiss", "withdraw"] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** Issue 29: the rules a decision was made under, strictest first; a region's rule set picks one (src/regions). */
export const DECISION_MODES = ["opt-in", "opt-out", "notice", "none"] as const;
export type DecisionMode = (typeof DECISION_MODES)[number];

export interface ConsentRecord {
  readonly v: typeof RECORD_VERSION;
  /** Random, never derived from a user identifier; kept across updates until `reset()`. */
  readonly id: string;
  readonly revision: number;
  /** ISO-8601 UTC: when this id first decided. */
  readonly decidedAt: string;
  /** ISO-8601 UTC: the latest decision; expiry counts from here. */
  readonly updatedAt: string;
  readonly categories: Readonly<Record<string, boolean>>;
  readonly method: ConsentMethod;
  /** Whether a Global Privacy Control signal was present when this decision was made. */
  readonly gpc: boolean;
  /** Issue 29: the visitor's region (ISO 3166 code) and the mode of the rules this decision was made under. */
  readonly region?: string;
  readonly mode?: DecisionMode;
}

const optionalText = s.optional(s.string());
const isoInstant = s.string(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z$/);

const recordSchema = s.object({
  v: s.oneOf([RECORD_VERSION] as const),
  id: s.string(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
  revision: s.number(0, 1e9, true),
  decidedAt: isoInstant,
  updatedAt: isoInstant,
  categories: s.record(s.string(CATEGORY_ID), s.boolean(), 64),
  method: s.oneOf(CONSENT_METHODS),
  gpc: s.boolean(),
  // Not security fields: nothing reads them to grant anything, so plain strings (bytes, issue 29); the receiver checks them.
  region: optionalText,
  mode: optionalText as s.Schema<DecisionMode | undefined>,
});

/** JSON, the form servers can read too (S-09): `JSON.parse(decodeURIComponent(cookie))`. */
export function encodeRecord(record: ConsentRecord): string {
  // Records are only ever built by the store or by decodeRecord, field by field, so their own keys are exactly these.
  const json = JSON.stringify(record);
  if (encodeURIComponent(json).length > MAX_ENCODED_BYTES) {
    throw new RangeError(`consentry: the consent record exceeds ${MAX_ENCODED_BYTES} bytes`);
  }
  return json;
}

/**
 * Untrusted text (a cookie, a localStorage value, a message from another tab) to a record,
 * or `undefined` for anything that is not a valid record of this version. Never throws.
 */
export function decodeRecord(raw: unknown, now: number = Date.now()): ConsentRecord | undefined {
  if (typeof raw !== "string" || raw.length > MAX_RAW_LENGTH) return undefined;
  let parsed: unknown;
  try {
    // No reviver needed for `__proto__` and friends: JSON.parse makes them plain own keys, and the schema copies only
    // its own keys (a category id must match /^[a-z]/), so nothing reaches a prototype.
    parsed = JSON.parse(raw);
  } catch {
    // Not JSON (the empty string included): `parsed` stays undefined, which the schema refuses below.
  }
  const result = s.safeParse(recordSchema, parsed);
  if (!result.ok) return undefined;
  const data = result.value;
  const decidedAt = Date.parse(data.decidedAt);
  const updatedAt = Date.parse(data.updatedAt);
  const latest = now + CLOCK_SKEW_MS;
  if (!(decidedAt >= EARLIEST && decidedAt <= updatedAt && updatedAt <= latest)) return undefined;
  // The parser builds fresh objects holding only the schema's keys, so nothing parsed is merged into anything else
  // (X-07 step 4) and no extra field survives.
  return data;
}

/** The newer of two records by `updatedAt`; on a tie, the one that grants less (S-01). */
export function newerRecord(a: ConsentRecord | undefined, b: ConsentRecord | undefined): ConsentRecord | undefined {
  if (!a || !b) return a ?? b;
  const diff = Date.parse(a.updatedAt) - Date.parse(b.updatedAt);
  return diff > 0 || (!diff && countGranted(a) <= countGranted(b)) ? a : b;
}

function countGranted(record: ConsentRecord): number {
  return Object.values(record.categories).filter(Boolean).length;
}

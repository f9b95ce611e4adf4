// The consent record (DESIGN 6): its schema, compact encoding, and a decoder that fails closed.
import { CATEGORY_ID } from "./category-id";
import { CLOCK_SKEW_MS, CONSENT_METHODS, EARLIEST, ISO_INSTANT, MAX_ENCODED_BYTES, MAX_RAW_LENGTH, RECORD_ID, RECORD_VERSION, type ConsentRecord, type DecisionMode } from "./record-rules";
import * as s from "./schema";

export * from "./record-rules";

const optionalText = s.optional(s.string());
const isoInstant = s.string(ISO_INSTANT);

const recordSchema = s.object({
  v: s.oneOf([RECORD_VERSION] as const),
  id: s.string(RECORD_ID),
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

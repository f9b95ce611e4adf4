// What a consent record may hold and which of two wins (DESIGN 6, S-01), apart from the schema that decodes one
// (record.ts): the drop-in's first layer reads records by these rules without the schema's bytes (issue 27).
export const RECORD_VERSION = 1;
/** S-03: the encoded cookie value never exceeds this. */
export const MAX_ENCODED_BYTES = 1024;
/** anything longer is not even parsed. */
export const MAX_RAW_LENGTH = 4096;
/** No decision is older than this. */
export const EARLIEST = Date.UTC(2020, 0, 1);
/** How far ahead of this clock a record's `updatedAt` may be (another device's clock). */
export const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;
/** A record's id: a random UUID (crypto.randomUUID's form, lowercase). */
export const RECORD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** ISO-8601 UTC as `Date#toISOString` writes it, milliseconds optional. */
export const ISO_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z$/;

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

/** The newer of two records by `updatedAt`; on a tie, the one that grants less (S-01). */
export function newerRecord(a: ConsentRecord | undefined, b: ConsentRecord | undefined): ConsentRecord | undefined {
  if (!a || !b) return a ?? b;
  const diff = Date.parse(a.updatedAt) - Date.parse(b.updatedAt);
  return diff > 0 || (!diff && countGranted(a) <= countGranted(b)) ? a : b;
}

function countGranted(record: ConsentRecord): number {
  return Object.values(record.categories).filter(Boolean).length;
}

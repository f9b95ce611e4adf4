// Generated consent records for property tests: valid ones, and valid ones with one field broken.
import fc from "fast-check";
import type { ConsentRecord } from "../../src/core/record";

export const NOW = Date.parse("2026-06-01T12:00:00.000Z");
export const FIELDS = ["v", "id", "revision", "decidedAt", "updatedAt", "categories", "method", "gpc"];
/** Issue 29's optional fields: any text when present (the regions part gives them meaning, not the decoder). */
export const OPTIONAL_FIELDS = ["region", "mode"];
export const METHODS = ["accept-all", "reject-all", "custom", "api", "gpc", "dismiss", "withdraw"];

export const iso = fc
  .integer({ min: Date.UTC(2020, 0, 1), max: NOW })
  .map((ms) => new Date(ms).toISOString());

export const arbitraryRecord: fc.Arbitrary<ConsentRecord> = fc
  .record({
    id: fc.uuid({ version: 4 }),
    revision: fc.integer({ min: 0, max: 1e6 }),
    times: fc.tuple(iso, iso).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
    categories: fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9_-]{0,31}$/), fc.boolean(), { maxKeys: 8 }),
    method: fc.constantFrom("accept-all", "reject-all", "custom", "api", "gpc" as const),
    gpc: fc.boolean(),
    rules: fc.record({ region: fc.oneof(fc.constantFrom("DE", "US-CA", "BR"), fc.string({ maxLength: 6 })), mode: fc.oneof(fc.constantFrom("opt-in", "opt-out", "notice", "none"), fc.string({ maxLength: 8 })) }, { requiredKeys: [] }),
  })
  // Any text is a mode to the decoder (the regions part treats one it does not know as the loosest).
  .map(({ rules, ...rest }) => ({ ...rest, ...(rules as Pick<ConsentRecord, "region" | "mode">) }))
  .map(({ times: [decidedAt, updatedAt], ...rest }) => ({ v: 1 as const, decidedAt: decidedAt!, updatedAt: updatedAt!, ...rest }));

/** A field and a value for it: often a near miss of a valid one, sometimes anything at all, sometimes a new key. */
export const fieldBreaker: fc.Arbitrary<[string, unknown]> = fc.oneof(
  fc.tuple(fc.constantFrom(...FIELDS), fc.jsonValue({ maxDepth: 2 })),
  fc.tuple(fc.constant("id"), fc.uuid().map((id) => id.toUpperCase())),
  fc.tuple(fc.constant("id"), fc.tuple(fc.uuid({ version: 4 }), fc.string({ minLength: 1, maxLength: 2 }), fc.boolean()).map(([id, extra, before]) => (before ? extra + id : id + extra))),
  fc.tuple(fc.constantFrom("decidedAt", "updatedAt"), fc.tuple(iso, fc.string({ minLength: 1, maxLength: 2 }), fc.boolean()).map(([at, extra, before]) => (before ? extra + at : at + extra))),
  fc.tuple(fc.constantFrom("decidedAt", "updatedAt"), fc.integer({ min: Date.UTC(2000, 0, 1), max: NOW + 10 * 86_400_000 }).map((ms) => new Date(ms).toISOString())),
  fc.tuple(fc.constant("revision"), fc.oneof(fc.integer(), fc.double())),
  fc.tuple(fc.constant("categories"), fc.dictionary(fc.string({ maxLength: 34 }), fc.oneof(fc.boolean(), fc.jsonValue({ maxDepth: 0 })), { maxKeys: 4 })),
  fc.tuple(fc.constant("categories"), fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9]{0,3}$/), fc.boolean(), { minKeys: 60, maxKeys: 70 })),
  fc.tuple(fc.constant("method"), fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...METHODS.map((method) => method.toUpperCase())))),
  fc.tuple(fc.constantFrom(...OPTIONAL_FIELDS), fc.jsonValue({ maxDepth: 1 })),
  fc.tuple(fc.string({ maxLength: 10 }).filter((key) => !FIELDS.includes(key) && !OPTIONAL_FIELDS.includes(key) && key !== "__proto__"), fc.jsonValue({ maxDepth: 1 })),
);

/** A valid record's text with one field swapped for a near miss or anything at all: a valid record some of the time. */
export const damagedRecordText: fc.Arbitrary<string> = fc
  .tuple(arbitraryRecord, fieldBreaker)
  .map(([record, [key, value]]) => JSON.stringify({ ...record, [key]: value }));

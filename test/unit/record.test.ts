// The consent record: compact encoding, and a decoder that fails closed on anything invalid (S-03, X-07).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeRecord, encodeRecord, MAX_ENCODED_BYTES, newerRecord, type ConsentRecord } from "../../src/core/record";

const NOW = Date.parse("2026-06-01T12:00:00.000Z");

const valid: ConsentRecord = {
  v: 1,
  id: "0b6c4f1e-8a8e-4f5a-9c1d-2b3e4f5a6b7c",
  revision: 3,
  decidedAt: "2026-05-01T10:00:00.000Z",
  updatedAt: "2026-05-02T10:00:00.000Z",
  categories: { preferences: false, analytics: true, marketing: false },
  method: "custom",
  gpc: false,
};

const iso = fc
  .integer({ min: Date.UTC(2020, 0, 1), max: NOW })
  .map((ms) => new Date(ms).toISOString());

const arbitraryRecord: fc.Arbitrary<ConsentRecord> = fc
  .record({
    id: fc.uuid({ version: 4 }),
    revision: fc.integer({ min: 0, max: 1e6 }),
    times: fc.tuple(iso, iso).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
    categories: fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9_-]{0,31}$/), fc.boolean(), { maxKeys: 8 }),
    method: fc.constantFrom("accept-all", "reject-all", "custom", "api", "gpc" as const),
    gpc: fc.boolean(),
  })
  .map(({ times: [decidedAt, updatedAt], ...rest }) => ({ v: 1 as const, decidedAt: decidedAt!, updatedAt: updatedAt!, ...rest }));

describe("consent record", () => {
  it("encode then decode is the identity (property)", () => {
    fc.assert(fc.property(arbitraryRecord, (record) => {
      expect(decodeRecord(encodeRecord(record), NOW)).toEqual(record);
    }));
  });

  it("the encoded cookie value stays within 1 KB for the built-ins and a few custom categories (S-03)", () => {
    const many = { ...valid, categories: Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`custom-category-${i}`, true])) };
    expect(encodeURIComponent(encodeRecord(many)).length).toBeLessThanOrEqual(MAX_ENCODED_BYTES);
    const tooMany = { ...valid, categories: Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`custom-category-name-${i}`, true])) };
    expect(() => encodeRecord(tooMany)).toThrow(RangeError);
  });

  it("decoding never throws, whatever the input (property)", () => {
    fc.assert(fc.property(fc.anything(), (input) => {
      expect(() => decodeRecord(input, NOW)).not.toThrow();
    }));
    fc.assert(fc.property(fc.string(), (input) => {
      expect(() => decodeRecord(input, NOW)).not.toThrow();
    }));
    fc.assert(fc.property(fc.json(), (input) => {
      expect(() => decodeRecord(input, NOW)).not.toThrow();
    }));
  });

  it("no arbitrary string decodes to a grant unless it is a valid record (property, X-07)", () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (input) => {
      const record = decodeRecord(input, NOW);
      if (record) expect(decodeRecord(encodeRecord(record), NOW)).toEqual(record);
    }), { numRuns: 2000 });
  });

  it("a valid record with one field broken decodes to nothing (property, X-07)", () => {
    const breakers: [string, unknown][] = [
      ["v", 2], ["v", "1"], ["id", "not-a-uuid"], ["id", 1], ["revision", -1], ["revision", 1.5], ["revision", "3"],
      ["decidedAt", "yesterday"], ["updatedAt", "2019-12-31T23:59:59.000Z"], ["categories", { analytics: "yes" }],
      ["categories", []], ["categories", null], ["method", "implied"], ["gpc", "false"], ["extra", true],
    ];
    for (const [key, value] of breakers) {
      expect(decodeRecord(JSON.stringify({ ...valid, [key]: value }), NOW), `${key}=${JSON.stringify(value)}`).toBeUndefined();
    }
  });

  it("a __proto__ payload pollutes nothing and grants nothing (X-07)", () => {
    const raw = '{"__proto__":{"polluted":true},"choices":{"analytics":"yes"}}';
    expect(decodeRecord(raw, NOW)).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const sneaky = JSON.stringify(valid).replace('"categories":{', '"categories":{"__proto__":{"marketing":true},');
    // Tampered (DESIGN 6): no decision at all, and no prototype touched on the way.
    expect(decodeRecord(sneaky, NOW)).toBeUndefined();
    expect(({} as Record<string, unknown>).marketing).toBeUndefined();
  });

  it("rejects oversized input before parsing it (X-07)", () => {
    const padded = JSON.stringify(valid) + " ".repeat(5000);
    expect(decodeRecord(padded, NOW)).toBeUndefined();
  });

  it("rejects timestamps in the future, before 2020, or out of order (X-07)", () => {
    expect(decodeRecord(JSON.stringify({ ...valid, updatedAt: "2026-06-03T12:00:00.000Z" }), NOW)).toBeUndefined();
    expect(decodeRecord(JSON.stringify({ ...valid, decidedAt: "2019-01-01T00:00:00.000Z" }), NOW)).toBeUndefined();
    expect(decodeRecord(JSON.stringify({ ...valid, decidedAt: "2026-05-03T00:00:00.000Z" }), NOW)).toBeUndefined();
    // A day of clock skew is tolerated.
    expect(decodeRecord(JSON.stringify({ ...valid, updatedAt: "2026-06-01T18:00:00.000Z" }), NOW)).toBeDefined();
  });

  it("the newer record wins; on a tie the one that grants less (S-01)", () => {
    const later = { ...valid, updatedAt: "2026-05-03T10:00:00.000Z" };
    expect(newerRecord(valid, later)).toBe(later);
    expect(newerRecord(later, valid)).toBe(later);
    const stricter = { ...valid, categories: { preferences: false, analytics: false, marketing: false } };
    expect(newerRecord(valid, stricter)).toBe(stricter);
    expect(newerRecord(stricter, valid)).toBe(stricter);
    expect(newerRecord(undefined, valid)).toBe(valid);
    expect(newerRecord(undefined, undefined)).toBeUndefined();
  });
});

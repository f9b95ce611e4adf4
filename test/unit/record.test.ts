// The consent record: compact encoding, and a decoder that fails closed on anything invalid (S-03, X-07).
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { decodeRecord, encodeRecord, MAX_ENCODED_BYTES, newerRecord, type ConsentRecord } from "../../src/core/record";
import { arbitraryRecord, damagedRecordText, FIELDS, fieldBreaker, METHODS, NOW, OPTIONAL_FIELDS } from "./record-arbitraries";

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

  it("no arbitrary string decodes to a grant unless it is a valid record (property, X-07)", async () => {
    // Imported afresh inside the test, so mutation testing charges the stored-record patterns (built at import) to it.
    const { decodeRecord: decode } = await freshRecordModule();
    let decoded = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), arbitraryRecord.map(encodeRecord), damagedRecordText), (input) => {
        const record = decode(input, NOW);
        // The oracle below is written apart from the decoder: a grant comes out exactly when the text is a valid record.
        const expected = isValidRecordText(input, NOW);
        expect(record !== undefined, input).toBe(expected);
        if (record) {
          decoded++;
          expect(record).toEqual(JSON.parse(input));
        } else refused++;
      }),
      { numRuns: 2000 },
    );
    // Both outcomes are reached many times over, so neither branch above is a check that never runs.
    expect(decoded).toBeGreaterThan(200);
    expect(refused).toBeGreaterThan(200);
  });

  it("a valid record with any one field broken decodes to nothing (property, X-07)", async () => {
    const { decodeRecord: decode } = await freshRecordModule();
    fc.assert(
      fc.property(arbitraryRecord, fieldBreaker, (record, [key, value]) => {
        const broken = { ...record, [key]: value };
        fc.pre(!isValidRecordText(JSON.stringify(broken), NOW));
        expect(decode(JSON.stringify(broken), NOW), `${key}=${JSON.stringify(value)}`).toBeUndefined();
      }),
      {
        numRuns: 1500,
        // The shapes a stored record is most often broken in, always tried first.
        examples: [
          ["v", 2], ["v", "1"], ["id", "not-a-uuid"], ["id", 1], ["revision", -1], ["revision", 1.5], ["revision", "3"],
          ["decidedAt", "yesterday"], ["updatedAt", "2019-12-31T23:59:59.000Z"], ["categories", { analytics: "yes" }],
          ["categories", []], ["categories", null], ["method", "implied"], ["gpc", "false"], ["extra", true],
        ].map((breaker) => [valid, breaker as [string, unknown]]),
      },
    );
  });

  it("the id and timestamp patterns are anchored at both ends (X-07)", async () => {
    const { decodeRecord: decode } = await freshRecordModule();
    const withField = (key: keyof ConsentRecord, value: unknown) => decode(JSON.stringify({ ...valid, [key]: value }), NOW);
    expect(withField("id", valid.id)).toBeDefined();
    for (const id of [`x${valid.id}`, `${valid.id}x`, `${valid.id}\n`, valid.id.toUpperCase(), valid.id.replace(/-/g, "")]) {
      expect(withField("id", id), id).toBeUndefined();
    }
    for (const key of ["decidedAt", "updatedAt"] as const) {
      for (const at of [`x${valid[key]}`, `${valid[key]}x`, `1${valid[key]}`, valid[key].replace("Z", ""), valid[key].replace(".000", ".0000")]) {
        expect(withField(key, at), `${key}=${at}`).toBeUndefined();
      }
    }
    // Another device's clock may run up to a day ahead of this one, not more.
    const ahead = (ms: number) => new Date(NOW + ms).toISOString();
    expect(decode(JSON.stringify({ ...valid, updatedAt: ahead(23 * 3_600_000) }), NOW)).toBeDefined();
    expect(decode(JSON.stringify({ ...valid, updatedAt: ahead(24 * 3_600_000 + 1) }), NOW)).toBeUndefined();
    // Milliseconds are optional, one to three digits.
    expect(withField("updatedAt", "2026-05-02T10:00:00Z")).toBeDefined();
    expect(withField("updatedAt", "2026-05-02T10:00:00.5Z")).toBeDefined();
    expect(withField("categories", { "a-b_1": true, ["x" + "y".repeat(31)]: false })).toBeDefined();
    for (const name of ["1a", "-a", "a b", "x" + "y".repeat(32), "Analytics", "a.b", "éa"]) {
      expect(withField("categories", { [name]: true }), name).toBeUndefined();
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

/** The record module evaluated again, inside the calling test (see docs/testing.md, static mutants). */
async function freshRecordModule(): Promise<typeof import("../../src/core/record")> {
  vi.resetModules();
  return import("../../src/core/record");
}

const EARLIEST = Date.UTC(2020, 0, 1);

/** An oracle written from DESIGN 6 and X-07, not from the decoder: is this text a record the SDK may act on? */
function isValidRecordText(text: string, now: number): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  // Every field, and issue 29's region and mode only as text.
  if (!FIELDS.every((key) => keys.includes(key))) return false;
  if (!keys.every((key) => FIELDS.includes(key) || (OPTIONAL_FIELDS.includes(key) && typeof record[key] === "string"))) return false;
  const instant = (at: unknown) =>
    typeof at === "string" && /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,3})?Z$/.test(at) ? Date.parse(at) : NaN;
  const decided = instant(record.decidedAt);
  const updated = instant(record.updatedAt);
  const categories = record.categories;
  return (
    text.length <= 4096 &&
    record.v === 1 &&
    typeof record.id === "string" &&
    /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/.test(record.id) &&
    Number.isInteger(record.revision) &&
    (record.revision as number) >= 0 &&
    (record.revision as number) <= 1e9 &&
    decided >= EARLIEST &&
    decided <= updated &&
    updated <= now + 86_400_000 &&
    typeof categories === "object" &&
    categories !== null &&
    !Array.isArray(categories) &&
    Object.keys(categories).length <= 64 &&
    Object.entries(categories).every(([name, granted]) => /^[a-z][a-zA-Z0-9_-]{0,31}$/.test(name) && typeof granted === "boolean") &&
    typeof record.method === "string" &&
    METHODS.includes(record.method) &&
    typeof record.gpc === "boolean"
  );
}


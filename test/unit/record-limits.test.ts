// The consent record's limits, exactly at the edge (S-03, X-07): the largest record that is stored, the longest text
// that is parsed, and the latest timestamp a clock that runs ahead may write.
import { describe, expect, it } from "vitest";
import { decodeRecord, encodeRecord, MAX_ENCODED_BYTES, MAX_RAW_LENGTH, type ConsentRecord } from "../../src/core/record";

const NOW = Date.parse("2026-06-01T12:00:00.000Z");
const DAY = 24 * 60 * 60 * 1000;

const base: ConsentRecord = {
  v: 1,
  id: "0b6c4f1e-8a8e-4f5a-9c1d-2b3e4f5a6b7c",
  revision: 3,
  decidedAt: "2026-05-01T10:00:00.000Z",
  updatedAt: "2026-05-02T10:00:00.000Z",
  categories: {},
  method: "custom",
  gpc: false,
};

const encodedLength = (record: ConsentRecord) => encodeURIComponent(JSON.stringify(record)).length;

/** A valid record whose encoded form is exactly `bytes` long: short categories, the last one's id padded to fit. */
function recordOf(bytes: number): ConsentRecord {
  const categories: Record<string, boolean> = {};
  for (let i = 0; encodedLength({ ...base, categories: { ...categories, [`c${i}`]: false } }) <= bytes; i++) {
    categories[`c${i}`] = false;
  }
  const names = Object.keys(categories);
  const last = names.at(-1)!;
  const gap = bytes - encodedLength({ ...base, categories });
  const padded = Object.fromEntries(names.map((name) => [name === last ? `${name}${"x".repeat(gap)}` : name, false]));
  const record = { ...base, categories: padded };
  expect(encodedLength(record)).toBe(bytes);
  return record;
}

describe("the record's size limits (S-03, X-07)", () => {
  it("S-03: a record of exactly 1024 encoded bytes is stored and read back; one byte more is refused", () => {
    const largest = recordOf(MAX_ENCODED_BYTES);
    expect(decodeRecord(encodeRecord(largest), NOW)).toEqual(largest);
    expect(() => encodeRecord(recordOf(MAX_ENCODED_BYTES + 1))).toThrow(RangeError);
  });

  it("X-07: stored text of exactly 4096 characters is still parsed; one more and it is not even read", () => {
    const json = JSON.stringify({ ...base, categories: { analytics: true } });
    const padded = (length: number) => json + " ".repeat(length - json.length);
    expect(decodeRecord(padded(MAX_RAW_LENGTH), NOW)?.categories).toEqual({ analytics: true });
    expect(decodeRecord(padded(MAX_RAW_LENGTH + 1), NOW)).toBeUndefined();
  });

  it("X-07: a record up to a day ahead of this clock is accepted (clock skew), one millisecond more is not", () => {
    const at = (ms: number) => JSON.stringify({ ...base, updatedAt: new Date(ms).toISOString() });
    expect(decodeRecord(at(NOW + DAY), NOW)).toBeDefined();
    expect(decodeRecord(at(NOW + DAY + 1), NOW)).toBeUndefined();
  });
});

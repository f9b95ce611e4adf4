// Issue 27 item 3: the drop-in's first layer reads the consent cookie by the store's rules written out by hand
// (src/page/returning.ts), without the schema and registry the SDK carries. These properties hold the two readings to
// one verdict, so a returning visit never grants what the store would not (X-07, L-13, L-17, S-01).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRegistry } from "../../src/core/categories";
import { ConfigError, parseConfig } from "../../src/core/config";
import { decodeRecord, type ConsentRecord } from "../../src/core/record";
import { gpcOverrides, isCurrent, stateOf } from "../../src/core/store";
import { decisionFrom, plainConfig, readRecord, type PlainConfig } from "../../src/page/returning";
import { arbitraryRecord, damagedRecordText, NOW } from "./record-arbitraries";

const CUSTOM = ["functional", "ads-measure", "constructor", "chat"];
const DAY_MS = 86_400_000;

/** Near misses the shared arbitraries rarely reach: the optional fields, and `updatedAt` around the clock-skew edge. */
const edgeRecordText = fc.oneof(
  fc
    .tuple(arbitraryRecord, fc.constantFrom("region", "mode"), fc.oneof(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 1 })))
    .map(([record, key, value]) => JSON.stringify({ ...record, [key]: value })),
  fc
    .tuple(arbitraryRecord, fc.integer({ min: -3 * DAY_MS, max: 3 * DAY_MS }))
    .map(([record, offset]) => JSON.stringify({ ...record, updatedAt: new Date(NOW + offset).toISOString() })),
);

const arbitraryConfig: fc.Arbitrary<PlainConfig> = fc.record({
  revision: fc.integer({ min: 0, max: 5 }),
  mode: fc.constantFrom("opt-in" as const, "opt-out" as const),
  gpc: fc.boolean(),
  cookie: fc.record({ name: fc.constant("consent"), expiresDays: fc.integer({ min: 1, max: 400 }) }),
  categories: fc.dictionary(
    fc.constantFrom("necessary", "preferences", "analytics", "marketing", ...CUSTOM),
    fc.record({ exempt: fc.option(fc.boolean(), { nil: undefined }) }, { requiredKeys: [] }),
    { maxKeys: 5 },
  ),
});

/** Records whose categories are drawn from the config's ids, so that many are current, and some not quite. */
const recordFor = (config: PlainConfig): fc.Arbitrary<ConsentRecord> =>
  fc
    .tuple(
      arbitraryRecord,
      fc.dictionary(fc.constantFrom("preferences", "analytics", "marketing", ...Object.keys(config.categories), "stray"), fc.boolean()),
      fc.integer({ min: 0, max: 5 }),
      fc.integer({ min: 0, max: 500 }),
    )
    .map(([record, categories, revision, daysAgo]) => {
      const updatedAt = new Date(NOW - daysAgo * DAY_MS).toISOString();
      return { ...record, categories, revision, decidedAt: updatedAt < record.decidedAt ? updatedAt : record.decidedAt, updatedAt };
    });

/** What the store makes of the same cookie: core/record's decoder and core/store's rules. */
function storeReading(config: PlainConfig, raw: string | undefined, signal: boolean) {
  const registry = createRegistry(config as never);
  const gpc = config.gpc && signal;
  let record = decodeRecord(raw, NOW);
  if (record && (!isCurrent(record, config as never, registry, NOW) || gpcOverrides(record, registry, gpc))) record = undefined;
  return { state: stateOf(record, config as never, registry, gpc), stored: record && raw, record, optional: registry.optional };
}

describe("the first layer reads a cookie as the store does (issue 27, X-07)", () => {
  it("X-07: any text decodes to the same record or to none (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), arbitraryRecord.map((record) => JSON.stringify(record)), damagedRecordText, edgeRecordText), (raw) => {
        expect(readRecord(raw, NOW)).toEqual(decodeRecord(raw, NOW));
      }),
      { numRuns: 3000 },
    );
  });

  it("X-07: a value that is not text, or a valid record padded past 4 KB, is no record", () => {
    const text = JSON.stringify(fc.sample(arbitraryRecord, { numRuns: 1, seed: 27 })[0]);
    expect(readRecord(text, NOW)).toEqual(JSON.parse(text));
    for (const raw of [undefined, null, 1, {}, [text], text.padEnd(4097)]) expect(readRecord(raw, NOW)).toBeUndefined();
  });

  it("S-01, L-13, L-17: the same state, decision and stored value for any config, cookie and GPC signal (property)", () => {
    fc.assert(
      fc.property(
        arbitraryConfig.chain((config) =>
          fc.tuple(fc.constant(config), fc.oneof(recordFor(config).map((record) => JSON.stringify(record)), damagedRecordText, fc.constant(undefined)), fc.boolean()),
        ),
        ([config, raw, signal]) => {
          const expected = storeReading(config, raw, signal);
          const actual = decisionFrom(config, raw, signal, NOW);
          expect(actual.state).toEqual(expected.state);
          expect(actual.stored).toBe(expected.stored);
          expect(actual.record).toEqual(expected.record);
          // The same categories, in the registry's order (built-ins first): what the first layer's tags are judged by.
          expect(Object.keys(actual.state.categories)).toEqual(["necessary", ...expected.optional]);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("X-07: a date that is an object with no text form (`{\"toString\":\"\"}`) is no record to either reader, and neither throws", () => {
    const record = fc.sample(arbitraryRecord, { numRuns: 1, seed: 27 })[0]!;
    expect(readRecord(JSON.stringify(record), NOW)).toEqual(record);
    for (const key of ["decidedAt", "updatedAt"]) {
      const raw = JSON.stringify({ ...record, [key]: { toString: "" } });
      expect(() => readRecord(raw, NOW), key).not.toThrow();
      expect(readRecord(raw, NOW), key).toBeUndefined();
      expect(decodeRecord(raw, NOW), key).toBeUndefined();
    }
  });

  it("L-13: a custom category named like an Object.prototype member that the record lacks is asked again, by both", () => {
    const config = { revision: 1, mode: "opt-in", gpc: true, cookie: { name: "consent", expiresDays: 365 }, categories: { constructor: {} } } as PlainConfig;
    const record = fc.sample(arbitraryRecord, { numRuns: 1, seed: 13 })[0]!;
    const raw = (categories: Record<string, boolean>) => JSON.stringify({ ...record, revision: 1, decidedAt: new Date(NOW - DAY_MS).toISOString(), updatedAt: new Date(NOW - DAY_MS).toISOString(), categories: { preferences: false, analytics: true, marketing: false, ...categories } });
    expect(storeReading(config, raw({}), false).state.decided).toBe(false);
    expect(decisionFrom(config, raw({}), false, NOW).state.decided).toBe(false);
    expect(decisionFrom(config, raw({ constructor: true }), false, NOW).state.categories).toMatchObject({ constructor: true, analytics: true });
  });

  it("the generated cases reach every verdict: current decisions, stale ones and GPC overrides all occur", () => {
    const verdicts = new Set<string>();
    fc.assert(
      fc.property(arbitraryConfig.chain((config) => fc.tuple(fc.constant(config), recordFor(config), fc.boolean())), ([config, record, signal]) => {
        const raw = JSON.stringify(record);
        const registry = createRegistry(config as never);
        const gpc = config.gpc && signal;
        if (decisionFrom(config, raw, signal, NOW).state.decided) verdicts.add("current");
        else if (gpcOverrides(record, registry, gpc)) verdicts.add("gpc");
        else verdicts.add("stale");
      }),
      { numRuns: 500 },
    );
    expect([...verdicts].sort()).toEqual(["current", "gpc", "stale"]);
  });
});

describe("the first layer reads the config fields it needs as the schema does (issue 27, DESIGN 5)", () => {
  /** Values for each field the first layer reads: mostly valid ones and edges, sometimes a near miss. */
  const field = <T, U>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<U>) =>
    fc.oneof({ arbitrary: valid, weight: 6 }, { arbitrary: invalid, weight: 1 });
  const configInput = fc.record(
    {
      revision: field(fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constant(1e9)), fc.constantFrom(-1, 1e9 + 1, 1.5, "1", null)),
      mode: field(fc.constantFrom("opt-in", "opt-out"), fc.constantFrom("optin", "", 1)),
      gpc: field(fc.boolean(), fc.constantFrom("true", 0)),
      cookie: field(
        fc.record(
          {
            name: field(fc.stringMatching(/^[\w.-]{1,64}$/), fc.oneof(fc.stringMatching(/^[\w.-]{65,66}$/), fc.constantFrom("", "a b", "a;b", "é", 7))),
            expiresDays: field(fc.oneof(fc.integer({ min: 1, max: 400 }), fc.constant(399.5)), fc.constantFrom(0, 0.5, 401, "30")),
          },
          { requiredKeys: [] },
        ),
        fc.constantFrom(null, [], "consent"),
      ),
      categories: field(
        fc.dictionary(
          field(fc.stringMatching(/^[a-z][\w-]{0,31}$/), fc.oneof(fc.stringMatching(/^[a-z][\w-]{32,33}$/), fc.constantFrom("Analytics", "1st", "a b", ""))),
          field(fc.oneof(fc.constant({}), fc.record({ exempt: fc.boolean() })), fc.constantFrom(null, [], true)),
          { maxKeys: 3 },
        ),
        fc.constantFrom(null, [], "all"),
      ),
    },
    { requiredKeys: [] },
  );

  it("DESIGN 5: plainConfig accepts exactly what parseConfig accepts, with the same defaults (property)", () => {
    let accepted = 0;
    fc.assert(
      fc.property(configInput, (input) => {
        let parsed: ReturnType<typeof parseConfig> | undefined;
        try {
          parsed = parseConfig(input);
        } catch (error) {
          if (!(error instanceof ConfigError)) throw error;
        }
        const plain = plainConfig(input);
        expect(!!plain).toBe(!!parsed);
        if (!plain || !parsed) return;
        accepted += 1;
        expect([plain.revision, plain.mode, plain.gpc, plain.cookie.name, plain.cookie.expiresDays, plain.cookie.domain]).toEqual([
          parsed.revision,
          parsed.mode,
          parsed.gpc,
          parsed.cookie.name,
          parsed.cookie.expiresDays,
          parsed.cookie.domain,
        ]);
        expect(Object.keys(plain.categories)).toEqual(Object.keys(parsed.categories));
      }),
      { numRuns: 3000 },
    );
    // The property means something only if both verdicts occur often.
    expect(accepted).toBeGreaterThan(500);
  });
});

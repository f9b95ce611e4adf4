// The two validators of one config format must give one verdict: the drop-in's compact one (src/core/config.ts) and
// the zod schema behind `consentry check` and dist/consentry.schema.json (src/node/schema.ts). fast-check builds
// configs that are mostly right with a wrong value here and there, so both the accept and the reject side are explored.
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/integrations";
import { applyRegion, parseRegions } from "../../src/regions/rules";
import { configJsonSchema, configSchema } from "../../src/node/schema";
import { CATALOG } from "../../src/services/all";
import { servicesSection } from "../../src/services/section";
import { VENDORS } from "../e2e/support/vendors";

// The published JSON Schema is the third reader of the format (editors): it must agree too.
const jsonSchemaAccepts = new Ajv2020({ strict: false, allErrors: false }).compile(configJsonSchema());

/** Either a value from `good` or one from `bad`, mostly good so whole configs are often valid. */
const mostly = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) =>
  fc.oneof({ arbitrary: good, weight: 30 }, { arbitrary: bad, weight: 1 });

/** A key that may be absent: `fc.record` with `requiredKeys: []` leaves it out. */
const junk = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.string({ maxLength: 4 }), fc.constant([]), fc.constant({}));
const text = mostly(fc.string({ maxLength: 12 }), junk);
const categoryId = mostly(fc.constantFrom("necessary", "preferences", "analytics", "marketing", "support", "ads-2"), fc.constantFrom("Bad Id", "9x", "", "a".repeat(40), "UPPER"));
const cookieName = mostly(fc.constantFrom("ph_*_posthog", "_ga", "sid", "*"), fc.constantFrom("a b", "x;y", "", "k=v", 42));
const path = mostly(fc.constantFrom("/", "/app", "/a/b"), fc.constantFrom("app", "", 3));
const globs = mostly(fc.array(fc.constantFrom("ph_*", "token", "*"), { maxLength: 3 }), fc.oneof(fc.constant("ph_*"), fc.constant([1]), fc.constant({})));
const unknownKey = mostly(fc.constant(undefined), fc.constantFrom("typo", "cookies2", "labels"));

const withUnknownKey = <T extends object>(shape: fc.Arbitrary<T>) =>
  fc.tuple(shape, unknownKey).map(([value, extra]) => (extra ? { ...value, [extra]: 1 } : value));

const described = { provider: text, purpose: text, duration: text, thirdParty: mostly(fc.boolean(), junk) };

// Issue 9: a declaration is a bare glob or an object.
const cookie = fc.oneof(
  cookieName,
  withUnknownKey(
    fc.record({ name: cookieName, ...described, paths: mostly(fc.array(path, { maxLength: 2 }), junk) }, { requiredKeys: ["name"] }),
  ),
);

const storageName = mostly(fc.constantFrom("ph_*", "token", "*", ""), fc.constantFrom(1, null, true));
const storageEntry = fc.oneof(storageName, withUnknownKey(fc.record({ name: storageName, ...described }, { requiredKeys: [] })));
const storageEntries = mostly(fc.array(storageEntry, { maxLength: 3 }), junk);

const category = mostly(
  withUnknownKey(
    fc.record(
      {
        label: text,
        description: text,
        cookies: mostly(fc.array(cookie, { maxLength: 3 }), junk),
        storage: mostly(globs, storageEntries),
        sessionStorage: storageEntries,
        indexedDB: storageEntries,
        exempt: mostly(fc.boolean(), junk),
      },
      { requiredKeys: [] },
    ),
  ),
  junk,
);

const categories = mostly(fc.dictionary(categoryId.filter((id): id is string => typeof id === "string"), category, { maxKeys: 4 }), junk);

const posthog = mostly(
  withUnknownKey(
    fc.record(
      {
        apiKey: mostly(fc.constantFrom("phc_test", "k"), fc.constantFrom("has space", "", 7)),
        apiHost: mostly(fc.constantFrom("https://eu.i.posthog.com", "http://127.0.0.1:8080"), fc.constantFrom("eu.i.posthog.com", "ftp://x")),
        scriptUrl: text,
        integrity: text,
        category: text,
        options: mostly(fc.dictionary(fc.constantFrom("persistence", "autocapture"), fc.anything({ maxDepth: 1 }), { maxKeys: 2 }), junk),
      },
      { requiredKeys: ["apiKey"] },
    ),
  ),
  junk,
);

const consentModeType = mostly(fc.constantFrom("ad_storage", "analytics_storage", "security_storage"), fc.constantFrom("ads", "analytics"));
const googleConsentMode = mostly(
  withUnknownKey(
    fc.record(
      {
        mapping: mostly(fc.dictionary(mostly(fc.constantFrom("analytics", "marketing"), fc.constant("Bad Id")), mostly(fc.array(consentModeType, { maxLength: 2 }), junk), { maxKeys: 2 }), junk),
        waitForUpdate: mostly(fc.integer({ min: 0, max: 60_000 }), fc.oneof(fc.constant(-1), fc.constant(60_001), fc.constant(1.5))),
        regions: mostly(fc.array(fc.constantFrom("FR", "DE"), { maxLength: 2 }), junk),
        adsDataRedaction: mostly(fc.boolean(), junk),
        urlPassthrough: mostly(fc.boolean(), junk),
        advanced: mostly(fc.boolean(), junk),
        tagId: text,
        tagUrl: text,
        category: text,
      },
      { requiredKeys: [] },
    ),
  ),
  junk,
);

// Issue 26: a catalog service's settings are its params (a valid value from the e2e stand-in's settings, or a wrong
// shape), the common keys, and `beforeConsent` where the vendor documents it; names are the catalog's, or not.
const serviceSettings = (name: string) => {
  const service = CATALOG.find((entry) => entry.definition.name == name)!.definition;
  const valid = VENDORS[name]!.settings as Record<string, string>;
  const params = Object.fromEntries(
    Object.keys(service.params ?? {}).map((key) => [key, mostly(fc.constant(valid[key]), fc.constantFrom("has space", "", 7, "x"))]),
  );
  return withUnknownKey(
    fc.record(
      {
        ...params,
        category: mostly(categoryId, junk),
        src: mostly(fc.constantFrom("https://cdn.example.com/v.js", "/js/v.js"), fc.constantFrom("http://x.test/v.js", "javascript:alert(1)", 3)),
        beforeConsent: service.deny ? mostly(fc.boolean(), junk) : mostly(fc.constant(undefined), fc.constant(true)),
      },
      { requiredKeys: Object.keys(service.params ?? {}) as never },
    ),
  );
};
const serviceName = mostly(fc.constantFrom(...CATALOG.map((entry) => entry.definition.name)), fc.constantFrom("nosuchservice", "Bad-Name"));
const services = mostly(
  fc
    .uniqueArray(serviceName, { maxLength: 3 })
    .chain((names) =>
      fc
        .tuple(...names.map((name): fc.Arbitrary<unknown> => (VENDORS[name] ? mostly(serviceSettings(name), junk) : fc.constant({}))))
        .map((values) => Object.fromEntries(names.map((name, index) => [name, values[index]]))),
    ),
  junk,
);

const translation = mostly(
  fc.record(
    {
      title: text,
      acceptAll: text,
      categories: mostly(fc.dictionary(mostly(fc.constant("analytics"), fc.constant("Bad Id")), mostly(fc.record({ label: text, description: text }, { requiredKeys: [] }), junk), { maxKeys: 2 }), junk),
    },
    { requiredKeys: [] },
  ),
  junk,
);

// Issue 29: rule sets by region. Keys are codes, groups, "*", or not; `on` names built-in categories only and the
// groups never share a code, since what `on` may name and which codes two groups share depend on the rest of the
// config, which JSON Schema cannot say (checked apart, below, by the runtime and zod only).
/** Rarer mistakes than `mostly`: a rule set has several fields, and whole configs must still often be valid. */
const rarely = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) => fc.oneof({ arbitrary: good, weight: 300 }, { arbitrary: bad, weight: 1 });
const ruleSet = rarely(
  fc.tuple(
    fc.record(
      {
        mode: rarely(fc.constantFrom("opt-in", "opt-out", "notice", "none"), fc.constantFrom("opt_out", "", 1)),
        on: rarely(fc.uniqueArray(fc.constantFrom("preferences", "analytics", "marketing"), { maxLength: 3 }), fc.constantFrom("analytics", [3], ["Bad Id"])),
        gpc: rarely(fc.boolean(), junk),
        optOutLink: rarely(fc.boolean(), junk),
        texts: rarely(fc.dictionary(fc.constantFrom("en", "fr"), rarely(fc.dictionary(fc.constantFrom("title", "description"), fc.string({ maxLength: 8 }), { maxKeys: 2 }), junk), { maxKeys: 2 }), junk),
      },
      { requiredKeys: ["mode"] },
    ),
    rarely(fc.constant(undefined), fc.constant("banner")),
  ).map(([rule, extra]) => (extra ? { ...rule, [extra]: 1 } : rule)),
  junk,
);
const regionKey = rarely(fc.constantFrom("EEA", "UK", "CH", "US-PRIVACY-STATES", "US", "US-CA", "FR", "GB", "CA-QC", "*"), fc.constantFrom("ZZ", "us-ca", "FR-IDF", "EUROPE", ""));
const regions = rarely(fc.dictionary(regionKey, ruleSet, { maxKeys: 3 }), junk);

const config = withUnknownKey(
  fc.record(
    {
      $schema: text,
      revision: mostly(fc.integer({ min: 0, max: 1e9 }), fc.oneof(fc.constant(-1), fc.constant(1.5), fc.constant(2e9), fc.constant("1"))),
      policyUrl: text,
      mode: mostly(fc.constantFrom("opt-in", "opt-out"), fc.constantFrom("sometimes", 1)),
      cookie: mostly(
        withUnknownKey(
          fc.record(
            {
              name: mostly(fc.constantFrom("consent", "my.consent-1"), fc.constantFrom("a b", "", "x".repeat(65))),
              domain: text,
              path,
              expiresDays: mostly(fc.double({ min: 1, max: 400, noNaN: true }), fc.constantFrom(0, 401, -3)),
              sameSite: mostly(fc.constantFrom("Lax", "Strict"), fc.constantFrom("None", "lax")),
            },
            { requiredKeys: [] },
          ),
        ),
        junk,
      ),
      gpc: mostly(fc.boolean(), junk),
      categories,
      posthog,
      googleConsentMode,
      services,
      language: text,
      translations: mostly(fc.dictionary(fc.constantFrom("en", "fr", "zh-Hant"), translation, { maxKeys: 2 }), junk),
      log: mostly(fc.record({ endpoint: mostly(fc.constantFrom("/consent-log", "https://x.test/log"), fc.constantFrom("", 5)) }), junk),
      nonce: text,
      focusAfterDecision: text,
      headingLevel: mostly(fc.integer({ min: 1, max: 6 }), fc.constantFrom(0, 7, 2.5)),
      closeButton: mostly(fc.boolean(), junk),
      banner: mostly(fc.constantFrom("auto", "always", "never"), fc.constantFrom("sometimes", true)),
      regions,
      regionFromTimeZone: rarely(fc.boolean(), junk),
    },
    { requiredKeys: [] },
  ),
);

/**
 * What the runtime does with a config: with `regions`, the drop-in's regions part checks them and applies the rules
 * of the visitor's region (here an unknown one: the strictest), and the store starts with what that gives.
 */
const runtimeAccepts = (input: unknown) => {
  try {
    let config = input;
    if (input && typeof input == "object" && !Array.isArray(input) && ("regions" in input || "regionFromTimeZone" in input)) {
      const raw = input as Record<string, unknown>;
      const checked = parseRegions(raw);
      if (!checked.ok || (raw.regionFromTimeZone !== undefined && typeof raw.regionFromTimeZone != "boolean")) return false;
      config = applyRegion(raw, checked.value, undefined).config;
    }
    parseConfig(config, [servicesSection(CATALOG.map((entry) => entry.definition))]);
    return true;
  } catch {
    return false;
  }
};

describe("one config format, three readers", () => {
  it("the drop-in's validator, `consentry check` and dist/consentry.schema.json accept and reject the same configs", () => {
    let accepted = 0;
    fc.assert(
      fc.property(config, (input) => {
        const runtime = runtimeAccepts(input);
        const zod = configSchema.safeParse(input).success;
        const jsonSchema = jsonSchemaAccepts(input);
        if (runtime) accepted += 1;
        expect({ input, zod, jsonSchema }).toEqual({ input, zod: runtime, jsonSchema: runtime });
      }),
      { numRuns: 2000 },
    );
    // A generator that only ever produced invalid configs would prove nothing about the accept side.
    expect(accepted).toBeGreaterThan(100);
  });

  // `null` and `undefined` are "no config" to both (the drop-in without ConsentConfig; `check` on a `null` file).
  it("agree on inputs that are not objects at all", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.string(), fc.boolean(), fc.array(fc.integer())), (input) => {
        expect(configSchema.safeParse(input).success).toBe(runtimeAccepts(input));
        expect(jsonSchemaAccepts(input)).toBe(runtimeAccepts(input));
      }),
    );
  });

  it("accept the seed example configs and a `$schema` key (editor completion)", () => {
    const example = {
      $schema: "./node_modules/consentry/dist/consentry.schema.json",
      revision: 2,
      policyUrl: "/cookie-policy",
      categories: { analytics: { cookies: [{ name: "ph_*_posthog", provider: "PostHog", duration: "1 year" }], storage: ["ph_*"] } },
      posthog: { apiKey: "phc_x", apiHost: "https://eu.i.posthog.com" },
    };
    expect(runtimeAccepts(example)).toBe(true);
    expect(configSchema.safeParse(example).success).toBe(true);
    expect(jsonSchemaAccepts(example)).toBe(true);
  });

  // Issue 29: what JSON Schema cannot say (it depends on the rest of the config) the runtime and `consentry check` still
  // say alike, each naming the path.
  it("`regions`: an unknown category in a rule set, or two groups for one code, is refused by the runtime and zod alike", () => {
    const bad = [
      { regions: { "US-CA": { mode: "opt-out", on: ["support"] } } },
      { regions: { FR: { mode: "opt-in", on: ["necessary"] } } },
      { regions: { EEA: { mode: "opt-in" }, EU: { mode: "opt-in" } } },
    ];
    for (const input of bad) {
      expect(runtimeAccepts(input)).toBe(false);
      const zod = configSchema.safeParse(input);
      expect(zod.success).toBe(false);
      expect(zod.error!.issues[0]!.path[0]).toBe("regions");
    }
    const good = { categories: { support: { label: "Chat", description: "Support chat" } }, regions: { EEA: { mode: "opt-in" }, FR: { mode: "opt-in", on: ["analytics"] }, "US-CA": { mode: "opt-out", on: ["support"] } } };
    expect([runtimeAccepts(good), configSchema.safeParse(good).success, jsonSchemaAccepts(good)]).toEqual([true, true, true]);
  });
});

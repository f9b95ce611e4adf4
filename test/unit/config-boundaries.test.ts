// The config boundary at its edges (DESIGN 5): what is just allowed, what is just refused, and that each refusal names
// the path and the expectation, so a site owner's typo fails loudly at start instead of quietly changing behaviour.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type * as Config from "../../src/core/config";
import type * as Integrations from "../../src/integrations";
import type * as Schema from "../../src/core/schema";

// The config schema is built when its module is imported. Each test imports it afresh (a beforeEach belongs to the test),
// so mutation testing charges the schema to the tests that pin it instead of leaving it out as static (docs/testing.md).
let ConfigError: typeof Config.ConfigError;
let parseConfig: typeof Integrations.parseConfig;
let s: typeof Schema;
beforeEach(async () => {
  vi.resetModules();
  ({ ConfigError } = await import("../../src/core/config"));
  ({ parseConfig } = await import("../../src/integrations"));
  s = await import("../../src/core/schema");
});

/** The issue lines of the error `parseConfig(input)` throws (none when it parses). */
function issuesOf(input: unknown): string[] {
  try {
    parseConfig(input);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Config.ConfigError).issues;
  }
}

describe("patterns are anchored: a value must match as a whole (DESIGN 5, S-02)", () => {
  it("a cookie name with a space, a semicolon or an equals sign is refused (it would corrupt the cookie string)", () => {
    for (const name of ["a b", "consent;", "a=b", " consent", "consent "]) {
      expect(issuesOf({ cookie: { name } }), name).toEqual([`cookie.name: expected a string matching ${/^[\w.-]{1,64}$/}`]);
    }
    expect(issuesOf({ cookie: { name: "a".repeat(65) } })).toHaveLength(1);
    expect(parseConfig({ cookie: { name: "my.site-consent_v2" } }).cookie.name).toBe("my.site-consent_v2");
  });

  it("a cookie path must start with / (a relative path would scope the cookie to nothing)", () => {
    expect(issuesOf({ cookie: { path: "x/" } })).toEqual(["cookie.path: expected a path starting with /"]);
    expect(issuesOf({ cookie: { path: "shop" } })).toHaveLength(1);
    expect(parseConfig({ cookie: { path: "/shop" } }).cookie.path).toBe("/shop");
  });

  it("the PostHog host must be an http(s) URL from its first character (no javascript:, no data:)", () => {
    for (const apiHost of ["javascript:fetch('https://x')", "data:text/html,https://", " https://eu.i.posthog.com", "ftp://x"]) {
      expect(issuesOf({ posthog: { apiKey: "phc_x", apiHost } }), apiHost).toEqual(["posthog.apiHost: expected an http(s) URL"]);
    }
    expect(parseConfig({ posthog: { apiKey: "phc_x", apiHost: "http://localhost:8000" } }).posthog?.apiHost).toBe("http://localhost:8000");
  });

  it("a PostHog key with white space anywhere is refused", () => {
    for (const apiKey of ["phc x", " phc_x", "phc_x ", ""]) expect(issuesOf({ posthog: { apiKey } }), apiKey).toHaveLength(1);
  });

  it("a consent-log endpoint must not be empty", () => {
    expect(issuesOf({ log: { endpoint: "" } })).toEqual([`log.endpoint: expected a string matching ${/./}`]);
    expect(parseConfig({ log: { endpoint: "/consent" } }).log).toEqual({ endpoint: "/consent" });
  });
});

describe("numbers at their limits (L-13, S-10, A-14)", () => {
  it("revision 0 and the cookie lifetime's ends 1 and 400 days are allowed; one step outside is refused", () => {
    expect(parseConfig({ revision: 0 }).revision).toBe(0);
    expect(parseConfig({ cookie: { expiresDays: 1 } }).cookie.expiresDays).toBe(1);
    expect(parseConfig({ cookie: { expiresDays: 400 } }).cookie.expiresDays).toBe(400);
    expect(issuesOf({ cookie: { expiresDays: 0.99 } })).toEqual(["cookie.expiresDays: expected a number from 1 to 400"]);
    expect(issuesOf({ revision: 1e9 + 1 })).toEqual(["revision: expected an integer from 0 to 1000000000"]);
  });

  it("an integer field refuses a fraction, a numeric string, NaN and Infinity", () => {
    for (const headingLevel of [2.5, "2", Number.NaN, Number.POSITIVE_INFINITY, 0, 7]) {
      expect(issuesOf({ headingLevel }), String(headingLevel)).toEqual(["headingLevel: expected an integer from 1 to 6"]);
    }
    expect(parseConfig({ headingLevel: 6 }).headingLevel).toBe(6);
    expect(parseConfig({ cookie: { expiresDays: 30.5 } }).cookie.expiresDays).toBe(30.5);
  });

  it("booleans are booleans: 'false' as a string does not switch GPC off (L-17)", () => {
    expect(issuesOf({ gpc: "false" })).toEqual(["gpc: expected boolean"]);
    expect(issuesOf({ gpc: 0 })).toEqual(["gpc: expected boolean"]);
    expect(parseConfig({ gpc: false }).gpc).toBe(false);
  });
});

describe("shapes (DESIGN 5)", () => {
  it("a list given as a single string is refused with the path, not half-parsed", () => {
    expect(issuesOf({ googleConsentMode: { regions: "ES" } })).toEqual(["googleConsentMode.regions: expected array"]);
    expect(issuesOf({ googleConsentMode: { regions: { length: 1, 0: "ES" } } })).toEqual(["googleConsentMode.regions: expected array"]);
    expect(issuesOf({ googleConsentMode: { mapping: { analytics: "analytics_storage" } } })).toEqual([
      "googleConsentMode.mapping.analytics: expected array",
    ]);
  });

  it("each bad item of a list is named by its index, the good ones pass", () => {
    expect(issuesOf({ googleConsentMode: { regions: ["ES", 3, "FR", null] } })).toEqual([
      "googleConsentMode.regions[1]: expected string",
      "googleConsentMode.regions[3]: expected string",
    ]);
    expect(parseConfig({ googleConsentMode: { regions: ["ES", "FR"] } }).googleConsentMode?.regions).toEqual(["ES", "FR"]);
  });

  it("a section given as null, an array or a string is refused as not an object", () => {
    expect(issuesOf({ cookie: null })).toEqual(["cookie: expected object"]);
    expect(issuesOf({ cookie: ["consent"] })).toEqual(["cookie: expected object"]);
    expect(issuesOf({ translations: ["fr"] })).toEqual(["translations: expected object"]);
    expect(issuesOf({ translations: null })).toEqual(["translations: expected object"]);
  });

  it("an optional section left out is simply absent; given, it is checked", () => {
    const config = parseConfig({});
    expect(config.posthog).toBeUndefined();
    expect("posthog" in config).toBe(false);
    expect(issuesOf({ posthog: {} })).toEqual(["posthog.apiKey: expected a string matching /^\\S+$/"]);
  });

  it("PostHog options pass through untouched, whatever their values", () => {
    const options = { persistence: "memory", autocapture: false, session_recording: { maskAllInputs: true } };
    expect(parseConfig({ posthog: { apiKey: "phc_x", options } }).posthog?.options).toEqual(options);
  });

  it("a category id that is not a lowercase identifier is refused in translations as well", () => {
    expect(issuesOf({ translations: { fr: { categories: { Analytics: { label: "x" } } } } })).toEqual([
      `translations.fr.categories.Analytics: expected a string matching ${/^[a-z][\w-]{0,31}$/}`,
    ]);
  });
});

describe("the combinators' limits (X-07: untrusted input is bounded)", () => {
  it("a list holds at most its limit", () => {
    const list = s.array(s.string(), 3);
    expect(s.safeParse(list, ["a", "b", "c"])).toEqual({ ok: true, value: ["a", "b", "c"] });
    expect(s.safeParse(list, ["a", "b", "c", "d"])).toEqual({ ok: false, issues: [{ path: [], expected: "at most 3 items" }] });
    expect(s.safeParse(s.array(s.string()), Array.from({ length: 100 }, () => "x")).ok).toBe(true);
    expect(s.safeParse(s.array(s.string()), Array.from({ length: 101 }, () => "x")).ok).toBe(false);
  });

  it("a map holds at most its limit of entries, and has no prototype to pollute", () => {
    const map = s.record(s.string(), s.boolean(), 2);
    expect(s.safeParse(map, { a: true, b: false })).toEqual({ ok: true, value: { a: true, b: false } });
    expect(s.safeParse(map, { a: true, b: false, c: true })).toEqual({ ok: false, issues: [{ path: [], expected: "at most 2 entries" }] });
    expect(s.safeParse(s.record(s.string(), s.boolean()), Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, true]))).ok).toBe(true);
    expect(s.safeParse(s.record(s.string(), s.boolean()), Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`k${i}`, true]))).ok).toBe(false);
  });

  it("a site may declare 32 categories, not 33", () => {
    const categories = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`c${i}`, {}]));
    expect(Object.keys(parseConfig({ categories: categories(32) }).categories)).toHaveLength(32);
    expect(issuesOf({ categories: categories(33) })).toEqual(["categories: expected at most 32 entries"]);
  });

  it("a bad key and a bad value in one map are both named, and nothing of it is kept", () => {
    const map = s.record(s.string(/^[a-z]+$/), s.boolean());
    expect(s.safeParse(map, { ok: true, "Bad Key": true, other: "yes" })).toEqual({
      ok: false,
      issues: [
        { path: ["Bad Key"], expected: `a string matching ${/^[a-z]+$/}` },
        { path: ["other"], expected: "boolean" },
      ],
    });
  });

  it("issue paths read like the config: dots for keys, brackets for indexes, (root) for the whole", () => {
    expect(s.formatIssue({ path: ["categories", "analytics", "cookies", 0, "name"], expected: "x" })).toBe(
      "categories.analytics.cookies[0].name: expected x",
    );
    expect(s.formatIssue({ path: [0, "a"], expected: "x" })).toBe("[0].a: expected x");
    expect(s.formatIssue({ path: [], expected: "object" })).toBe("(root): expected object");
  });
});

describe("what a site owner reads when the config is wrong (DESIGN 5)", () => {
  it("the error is a ConfigError listing each bad path on its own line", () => {
    let thrown: unknown;
    try {
      parseConfig({ language: 5, cookie: { expiresDays: "30" } });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect(String(thrown)).toBe(
      "ConfigError: consentry: invalid config\n  cookie.expiresDays: expected a number from 1 to 400\n  language: expected string",
    );
  });

  it("each kind of value names what it expected: a string, a number or integer and its range, one of the allowed values", () => {
    const issues = (schema: Schema.Schema<unknown, unknown>, value: unknown) => {
      const result = s.safeParse(schema, value);
      return result.ok ? [] : result.issues.map((issue) => issue.expected);
    };
    expect(issues(s.string(), 5)).toEqual(["string"]);
    expect(issues(s.string(/^a/), "b")).toEqual([`a string matching ${/^a/}`]);
    expect(issues(s.number(0, 10, true), 0.5)).toEqual(["an integer from 0 to 10"]);
    expect(issues(s.number(0, 1), 2)).toEqual(["a number from 0 to 1"]);
    expect(issues(s.oneOf(["ad_storage", "analytics_storage"]), "x")).toEqual(['one of "ad_storage", "analytics_storage"']);
    expect(s.safeParse(s.oneOf(["a", "b"]), "b")).toEqual({ ok: true, value: "b" });
  });

  it("a field left out takes its default, and the default is checked like any value", () => {
    expect(s.safeParse(s.withDefault(s.number(0, 10, true), 5), undefined)).toEqual({ ok: true, value: 5 });
    expect(s.safeParse(s.withDefault(s.number(0, 10, true), 5), 7)).toEqual({ ok: true, value: 7 });
    expect(issuesOf({ googleConsentMode: { waitForUpdate: 60_001 } })).toEqual([
      "googleConsentMode.waitForUpdate: expected an integer from 0 to 60000",
    ]);
  });

  it("googleConsentMode: {} means basic mode, 500 ms wait for an update, no redaction or passthrough, gated by analytics (G-06, G-07)", () => {
    expect(parseConfig({ googleConsentMode: {} }).googleConsentMode).toEqual({
      waitForUpdate: 500,
      adsDataRedaction: false,
      urlPassthrough: false,
      advanced: false,
      category: "analytics",
    });
  });

  it("S-10: a lifetime given as a string of digits is refused, not read as a number", () => {
    expect(issuesOf({ cookie: { expiresDays: "30" } })).toEqual(["cookie.expiresDays: expected a number from 1 to 400"]);
    expect(issuesOf({ revision: "2" })).toEqual(["revision: expected an integer from 0 to 1000000000"]);
  });
});

describe("a key named like an Object method is an unknown key, not a known one (X-07, DESIGN 5)", () => {
  it("a stored record with an extra `valueOf` or `toString` decodes to nothing, and a config with one names it", async () => {
    const { decodeRecord } = await import("../../src/core/record");
    const { parseConfig } = await import("../../src/core/config");
    const record = { v: 1, id: "00000000-0000-4000-8000-000000000000", revision: 0, decidedAt: "2020-01-01T00:00:00.000Z", updatedAt: "2020-01-01T00:00:00.000Z", categories: {}, method: "accept-all", gpc: false };
    expect(decodeRecord(JSON.stringify(record), Date.UTC(2026, 0, 1))).toBeDefined();
    for (const key of ["valueOf", "toString", "constructor", "hasOwnProperty"]) {
      expect(decodeRecord(JSON.stringify({ ...record, [key]: "" }), Date.UTC(2026, 0, 1)), key).toBeUndefined();
      expect(() => parseConfig({ [key]: 1 }), key).toThrow(new RegExp(`${key}: expected a known key`));
    }
  });
});

// Issue 29: the region rule sets as pure functions (src/regions): checking `regions`, picking a region's rule set and
// applying it to the config the store starts with; and core's part, the record's region and mode.
import { describe, expect, it, vi } from "vitest";
import { decodeRecord, encodeRecord } from "../../src/core/record";
import { parseConfig } from "../../src/integrations/config";
import { knownRegion } from "../../src/regions/codes";
import { REGION_GROUPS } from "../../src/regions/groups";
import { parseRegion, readRegion } from "../../src/regions/hint";
import { applyRegion, consentModeRegions, looserThan, parseRegions, ruleSetKey, showsOptOutLink, type Regions } from "../../src/regions/rules";
import { regionFromTimeZone } from "../../src/regions/timezones";
import { REGIONS } from "../support/regions";
import { harness, START } from "./helpers";

const regionsOf = (config: Record<string, unknown>): Regions => {
  const result = parseRegions(config);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
};

const issuesOf = (config: Record<string, unknown>) => {
  const result = parseRegions(config);
  return result.ok ? [] : result.issues.map((issue) => `${issue.path.join(".")}: ${issue.expected}`);
};

describe("region codes and groups (issue 29)", () => {
  it("reads ISO 3166 countries and the US and Canadian subdivisions; another country's subdivision is its country", () => {
    expect(knownRegion("FR")).toBe("FR");
    expect(knownRegion("US-CA")).toBe("US-CA");
    expect(knownRegion("CA-QC")).toBe("CA-QC");
    expect(knownRegion("FR-IDF")).toBe("FR");
    expect([knownRegion("ZZ"), knownRegion("US-ZZ"), knownRegion("fr"), knownRegion("FRA"), knownRegion("")]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it("every group is data with a checked date and a source, and holds only known codes", () => {
    for (const [name, group] of Object.entries(REGION_GROUPS)) {
      expect(group.checked, name).toMatch(/^\d{4}-\d\d-\d\d$/);
      expect(group.source, name).toMatch(/\S/);
      for (const code of group.codes) expect(knownRegion(code), `${name}: ${code}`).toBe(code);
    }
    expect(REGION_GROUPS.EEA!.codes).toHaveLength(30);
    expect(REGION_GROUPS.EU!.codes).toHaveLength(27);
    expect(REGION_GROUPS["US-PRIVACY-STATES"]!.codes).toContain("US-CA");
  });
});

describe("checking `regions`: a config error naming the path (issue 29)", () => {
  it("accepts codes, groups and * with known categories", () => {
    expect(issuesOf({ regions: REGIONS })).toEqual([]);
    expect(issuesOf({ regions: { FR: { mode: "opt-in", on: ["support"] } }, categories: { support: {} } })).toEqual([]);
  });

  it("an unknown region code or group", () => {
    expect(issuesOf({ regions: { ZZ: { mode: "opt-in" } } })).toEqual([expect.stringMatching(/^regions\.ZZ: an ISO 3166 code \(FR, US-CA\), a group \(EU, EEA, UK, CH, US-PRIVACY-STATES\)/)]);
    expect(issuesOf({ regions: { EUROPE: { mode: "opt-in" }, "FR-IDF": { mode: "opt-in" } } })).toHaveLength(2);
  });

  it("a rule set that names an unknown category, or necessary", () => {
    expect(issuesOf({ regions: { "US-CA": { mode: "opt-out", on: ["analytics", "support"] } } })).toEqual([
      "regions.US-CA.on.1: an optional category of this config (preferences, analytics, marketing)",
    ]);
    expect(issuesOf({ regions: { FR: { mode: "opt-in", on: ["necessary"] } } })).toHaveLength(1);
  });

  it("two rule sets for one code: two groups that share it; a code's own key refines its group", () => {
    expect(issuesOf({ regions: { EEA: { mode: "opt-in" }, EU: { mode: "opt-in" } } })).toEqual(["regions.EU: one rule set per code (AT is in EEA too)"]);
    expect(issuesOf({ regions: { EEA: { mode: "opt-in" }, FR: { mode: "opt-in", on: ["analytics"] } } })).toEqual([]);
  });

  it("a bad mode, a bad key in a rule set", () => {
    expect(issuesOf({ regions: { FR: { mode: "maybe" } } })).toEqual([expect.stringMatching(/^regions\.FR\.mode: one of "opt-in"/)]);
    expect(issuesOf({ regions: { FR: { mode: "opt-in", banner: false } } })).toEqual(["regions.FR.banner: a known key (this one is unknown)"]);
    expect(issuesOf({ regions: [] })).toEqual(["regions: object"]);
  });
});

describe("picking a region's rule set (issue 29)", () => {
  const regions = regionsOf({ regions: { ...REGIONS, FR: { mode: "opt-in", on: ["analytics"] } } });
  it("most specific first: the code, its group, its country, that country's group, then *", () => {
    expect(ruleSetKey(regions, "FR")).toBe("FR");
    expect(ruleSetKey(regions, "DE")).toBe("EEA");
    expect(ruleSetKey(regions, "GB")).toBe("UK");
    expect(ruleSetKey(regions, "US-CA")).toBe("US-PRIVACY-STATES");
    expect(ruleSetKey(regions, "US-NY")).toBe("US");
    expect(ruleSetKey(regions, "JP")).toBe("*");
    expect(ruleSetKey({ EEA: { mode: "opt-in" } }, "JP")).toBeNull();
  });
});

describe("applying a rule set: (config, region) -> the config the store starts with (issue 29)", () => {
  const config = { revision: 3, mode: "opt-out", categories: { analytics: { label: "Stats", exempt: true } }, regions: REGIONS, regionFromTimeZone: false };
  const regions = regionsOf(config);

  it("an unknown region gets the strictest rules: opt-in, nothing on, never the loosest", () => {
    const { config: applied, stamp, key } = applyRegion(config, regions, undefined);
    expect(key).toBeUndefined();
    expect(stamp).toEqual({ mode: "opt-in" });
    expect(applied.mode).toBe("opt-in");
    expect(applied.categories).toMatchObject({ analytics: { label: "Stats", exempt: false }, marketing: { exempt: false } });
    expect(applied).not.toHaveProperty("regions");
    expect(applied).not.toHaveProperty("regionFromTimeZone");
    // What the store makes of it: nothing optional before a decision.
    const parsed = parseConfig(applied);
    expect(parsed.mode).toBe("opt-in");
  });

  it("EEA: opt-in, nothing on; UK: opt-in with its exemption on until the visitor objects (L-20)", () => {
    expect(applyRegion(config, regions, "DE").config).toMatchObject({ mode: "opt-in", categories: { analytics: { exempt: false } } });
    const uk = applyRegion(config, regions, "GB");
    expect(uk.config).toMatchObject({ mode: "opt-in", categories: { analytics: { exempt: true }, marketing: { exempt: false } } });
    expect(uk.stamp).toEqual({ region: "GB", mode: "opt-in" });
  });

  it("US-CA: opt-out, every optional category on, the opt-out link shown", () => {
    const ca = applyRegion(config, regions, "US-CA");
    expect(ca.config).toMatchObject({ mode: "opt-out", categories: { analytics: { exempt: false } } });
    expect(ca.stamp).toEqual({ region: "US-CA", mode: "opt-out" });
    expect(showsOptOutLink(ca.rule)).toBe(true);
    expect(showsOptOutLink(applyRegion(config, regions, "DE").rule)).toBe(false);
  });

  it("opt-out with only some categories on: those are on until refused, the rest off", () => {
    const some = applyRegion({ regions: { US: { mode: "opt-out", on: ["analytics"] } } }, { US: { mode: "opt-out", on: ["analytics"] } }, "US");
    expect(some.config).toMatchObject({ mode: "opt-in", categories: { analytics: { exempt: true }, marketing: { exempt: false } } });
    expect(some.stamp.mode).toBe("opt-out");
  });

  it("none: no banner by itself; notice: the banner, categories on", () => {
    expect(applyRegion(config, regions, "JP").config).toMatchObject({ mode: "opt-out", banner: "never" });
    expect(applyRegion(config, regions, "JP").stamp).toEqual({ region: "JP", mode: "none" });
    const notice = applyRegion(config, regions, "US-NY").config;
    expect(notice.mode).toBe("opt-out");
    expect(notice).not.toHaveProperty("banner");
  });

  it("a known region no rule set names keeps the config's own rules", () => {
    const own = applyRegion({ mode: "opt-out", regions: { EEA: { mode: "opt-in" } } }, { EEA: { mode: "opt-in" } }, "JP");
    expect(own.key).toBeNull();
    expect(own.config).toEqual({ mode: "opt-out" });
    expect(own.stamp).toEqual({ region: "JP", mode: "opt-out" });
  });

  it("a rule set's texts and gpc reach the config", () => {
    const rules = { US: { mode: "opt-out" as const, gpc: true, texts: { en: { title: "Your privacy choices" } } } };
    const applied = applyRegion({ translations: { en: { manage: "Settings" } }, gpc: false }, rules, "US").config;
    expect(applied).toMatchObject({ gpc: true, translations: { en: { title: "Your privacy choices", manage: "Settings" } } });
  });

  it("Consent Mode gets a default per rule set that lets something run, with the codes it covers (G-02)", () => {
    const defaults = consentModeRegions(config, regions);
    expect(defaults.map(({ codes, on }) => [codes.length > 3 ? codes.slice(0, 2) : codes, on])).toEqual([
      [["GB"], ["analytics"]],
      [["US-CA", "US-CO"], ["preferences", "analytics", "marketing"]],
      [["US"], ["preferences", "analytics", "marketing"]],
    ]);
  });
});

describe("the region hint (issue 29)", () => {
  const page = (html?: string, script?: string, cookie = "") => {
    const attribute = (value?: string) => ({ getAttribute: (name: string) => (name == "data-consent-region" ? (value ?? null) : null) });
    return { document: { documentElement: attribute(html), cookie } as unknown as Document, script: attribute(script) as unknown as Element };
  };

  it("<html data-consent-region>, then the script tag, then the consentry-region cookie", () => {
    expect(readRegion(page("FR", "US-CA", "consentry-region=DE"))).toBe("FR");
    expect(readRegion(page(undefined, "US-CA", "consentry-region=DE"))).toBe("US-CA");
    expect(readRegion(page(undefined, undefined, "a=1; consentry-region=us-ca; b=2"))).toBe("US-CA");
    expect(readRegion(page())).toBeUndefined();
  });

  it("a malformed or unknown hint is ignored with a console warning: the strictest rules apply", () => {
    const warn = vi.fn();
    expect(readRegion(page("France"), warn)).toBeUndefined();
    expect(readRegion(page(undefined, undefined, "consentry-region=%E0%A4%A"), warn)).toBeUndefined();
    expect(parseRegion(42, "Consent.setRegion", warn)).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(3);
    expect(warn.mock.calls[0]![0]).toBe('consentry: <html data-consent-region>: "France" is not an ISO 3166 region code (FR, US-CA); the strictest rules apply');
  });

  it("regionFromTimeZone is off unless asked for, and then only without a hint; it never names a US state (weak)", () => {
    expect(regionFromTimeZone("Europe/Paris")).toBe("FR");
    expect(regionFromTimeZone("America/Los_Angeles")).toBe("US");
    expect(regionFromTimeZone("Mars/Olympus")).toBeUndefined();
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(readRegion({ ...page(), timeZone: true })).toBe(regionFromTimeZone(zone));
    expect(readRegion({ ...page("DE"), timeZone: true })).toBe("DE");
  });
});

describe("the record knows its region and mode (issue 29)", () => {
  it("a decision made under a region's rules is stamped with both, and they survive encoding", () => {
    const h = harness({}, { stamp: { region: "US-CA", mode: "opt-out" } });
    h.store.rejectAll();
    const stored = decodeRecord(h.cookie.value!, START)!;
    expect(stored).toMatchObject({ region: "US-CA", mode: "opt-out", method: "reject-all" });
    expect(decodeRecord(encodeRecord(stored), START)).toEqual(stored);
  });

  it("without regions a record carries neither", () => {
    const h = harness();
    h.store.acceptAll();
    expect(JSON.parse(h.cookie.value!)).not.toHaveProperty("mode");
  });

  it("the decoder refuses a region or mode that is not a string (X-07); a mode it does not know is stale under any rules", () => {
    const h = harness({}, { stamp: { region: "US-CA", mode: "opt-out" } });
    h.store.acceptAll();
    const good = JSON.parse(h.cookie.value!);
    expect(decodeRecord(JSON.stringify({ ...good, region: 6 }), START)).toBeUndefined();
    expect(decodeRecord(JSON.stringify({ ...good, region: null }), START)).toBeUndefined();
    expect(decodeRecord(JSON.stringify({ ...good, mode: 1 }), START)).toBeUndefined();
    // Core keeps `mode` a plain string (bytes, issue 27); the rules ask again under a mode they cannot place.
    const unknown = decodeRecord(JSON.stringify({ ...good, mode: "sometimes" }), START)!;
    for (const mode of ["opt-in", "opt-out", "notice", "none"] as const) expect(looserThan(mode)(unknown)).toBe(true);
    expect(looserThan("opt-in")({})).toBe(false);
  });

  it("a decision made under looser rules is asked again under stricter ones; under the same or looser it stands", () => {
    const under = (region: string, mode: "opt-in" | "opt-out" | "notice" | "none") => ({ stamp: { region, mode }, stale: looserThan(mode) });
    const h = harness({}, under("US-CA", "opt-out"));
    h.store.acceptAll();
    const eea = h.reopen({}, under("FR", "opt-in"));
    expect(eea.state().decided).toBe(false);
    // The old choices pre-fill the dialog, and grant nothing (L-13).
    expect(eea.previousChoices()).toMatchObject({ analytics: true });
    expect(eea.granted("analytics")).toBe(false);
    expect(h.reopen({}, under("US-VA", "opt-out")).state().decided).toBe(true);
    expect(h.reopen({}, under("JP", "none")).state().decided).toBe(true);
    // A record from before the site had regions says nothing of its mode: it stands.
    const plain = harness();
    plain.store.acceptAll();
    expect(plain.reopen({}, under("FR", "opt-in")).state().decided).toBe(true);
    expect([looserThan("opt-out")({ mode: "notice" }), looserThan("notice")({ mode: "opt-out" })]).toEqual([true, false]);
  });
});

// Issue 29: `consentry check` on a config with `regions` says what the drop-in's regions part would refuse, each
// problem at its path, and warns about region texts no UI string has.
import { describe, expect, it } from "vitest";
import { configProblems } from "../../src/node/config-problems";

describe("consentry check: regions (issue 29)", () => {
  it("a valid config with regions has no problem", async () => {
    const config = { regions: { EEA: { mode: "opt-in" }, FR: { mode: "opt-in", on: ["analytics"] }, "US-PRIVACY-STATES": { mode: "opt-out" }, "*": { mode: "none" } }, regionFromTimeZone: false };
    expect(await configProblems(config)).toEqual({ errors: [], warnings: [] });
  });

  it("an unknown code or group, an unknown category, two groups for one code: errors naming the path", async () => {
    const unknownKey = await configProblems({ regions: { ZZ: { mode: "opt-in" } } });
    expect(unknownKey.errors).toEqual([expect.stringMatching(/^regions\.ZZ: an ISO 3166 code \(FR, US-CA\), a group/)]);
    const category = await configProblems({ regions: { "US-CA": { mode: "opt-out", on: ["support"] } } });
    expect(category.errors).toEqual(["regions.US-CA.on[0]: an optional category of this config (preferences, analytics, marketing)"]);
    const overlap = await configProblems({ regions: { EEA: { mode: "opt-in" }, EU: { mode: "opt-in" } } });
    expect(overlap.errors).toEqual(["regions.EU: one rule set per code (AT is in EEA too)"]);
    const mode = await configProblems({ regions: { FR: { mode: "strict" } } });
    expect(mode.errors).toEqual([expect.stringMatching(/^regions\.FR\.mode: /)]);
  });

  it("a region's text under a key no UI string has is a warning, as in translations", async () => {
    const problems = await configProblems({ regions: { "US-CA": { mode: "opt-out", texts: { en: { title: "Your privacy choices", titel: "typo" } } } } });
    expect(problems).toEqual({ errors: [], warnings: ["regions.US-CA.texts.en.titel: not a UI string key, so it is never shown"] });
  });
});

// Suggestions for undeclared items (issue 11 item 5): the shipped Open Cookie Database plus consentry's own additions,
// and the draft declaration built from them. Pure: no browser.
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/integrations/config";
import { draftConfig } from "../../src/node/audit/draft-config";
import { loadKnowledge, parseCsv } from "../../src/node/audit/knowledge";
import type { InventoryItem } from "../../src/node/audit/types";

const suggest = loadKnowledge();

describe("audit knowledge", () => {
  it("knows _ga from the Open Cookie Database, shipped in the package", () => {
    expect(suggest("cookie", "_ga")).toEqual({
      provider: "Google Analytics",
      purpose: "ID used to identify users",
      retention: "2 years",
      category: "analytics",
      source: "open-cookie-database",
      pattern: "_ga",
    });
  });

  it("knows PostHog's ph_<token>_posthog, which the database lacks (P-04)", () => {
    expect(suggest("cookie", "ph_phc_abc123_posthog")).toMatchObject({ provider: "PostHog", category: "analytics", source: "consentry", pattern: "ph_*_posthog" });
    expect(suggest("sessionStorage", "ph_phc_abc123_window_id")).toMatchObject({ provider: "PostHog", retention: "Session" });
  });

  it("matches the database's prefix entries (_gac_ for _gac_UA-1234)", () => {
    expect(suggest("cookie", "_gac_UA-1234")).toMatchObject({ provider: "Google Analytics", category: "marketing", pattern: "_gac_*" });
    // The longer prefix wins where two match.
    expect(suggest("cookie", "_gac_gb_1234")).toMatchObject({ provider: "Google Ads", pattern: "_gac_gb_*" });
  });

  it("suggests nothing for a name nobody knows", () => {
    expect(suggest("cookie", "zz_unknown_4711")).toBeUndefined();
  });

  it("reads quoted CSV fields with commas, doubled quotes and line breaks", () => {
    expect(parseCsv('a,"b, ""c""\nd",e\r\nf,,g\n')).toEqual([
      ["a", 'b, "c"\nd', "e"],
      ["f", "", "g"],
    ]);
  });

  it("drafts one glob for a PostHog project's keys and a path for a sub-path cookie, in a shape the runtime accepts", () => {
    const item = (over: Partial<InventoryItem>): InventoryItem => ({ type: "cookie", name: "", domain: "shop.example", path: "/", declared: null, seen: { accept: ["/"] }, thirdParty: false, ...over });
    const draft = draftConfig([
      item({ name: "ph_phc_a_posthog", expires: -1, suggestion: suggest("cookie", "ph_phc_a_posthog") }),
      item({ name: "ph_phc_b_posthog", expires: -1, suggestion: suggest("cookie", "ph_phc_b_posthog") }),
      item({ name: "basket", path: "/shop/", expires: -1 }),
      item({ name: "consent", declared: { category: "necessary", pattern: "consent" } }),
    ]);
    expect(draft).toEqual({
      categories: {
        analytics: { cookies: [{ name: "ph_*_posthog", provider: "PostHog", purpose: expect.stringMatching(/^Product analytics/), duration: "Session" }] },
        marketing: { cookies: [{ name: "basket", purpose: expect.stringMatching(/^Unknown/), duration: "Session", paths: ["/shop/"] }] },
      },
    });
    expect(() => parseConfig(draft)).not.toThrow();
  });
});

// consentry/core checks a vendor section (`posthog`, `googleConsentMode`) with the schema its integration carries, so
// a headless bundle ships only the schemas of the vendors it uses (DESIGN 5: bad config names the path).
import { describe, expect, it } from "vitest";
import { ConfigError, createConsent } from "../../src/entries/core";
import { googleConsentMode } from "../../src/entries/google-consent-mode";
import { posthogFromConfig } from "../../src/entries/posthog";

const badPosthog = { posthog: { apiKey: "phc x", apiHost: "javascript:alert(1)" } };

function issuesOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.issues.map((issue) => issue.slice(0, issue.indexOf(":")));
    throw error;
  }
  return [];
}

describe("consentry/core: a vendor section is checked with the integration that reads it", () => {
  it("with posthogFromConfig, a bad posthog section is refused naming each path", () => {
    expect(issuesOf(() => createConsent(badPosthog, { integrations: [posthogFromConfig] }))).toEqual([
      "posthog.apiKey",
      "posthog.apiHost",
    ]);
  });

  it("with googleConsentMode(), a bad googleConsentMode section is refused naming its path", () => {
    const config = { googleConsentMode: { regions: "ES" } } as never;
    expect(issuesOf(() => createConsent(config, { integrations: [googleConsentMode()] }))).toEqual([
      "googleConsentMode.regions",
    ]);
  });

  it("without the integration the section is inert, so it is not checked and nothing reads it", () => {
    expect(issuesOf(() => createConsent(badPosthog).destroy())).toEqual([]);
  });

  it("a section that is not an object is refused even without its integration", () => {
    expect(issuesOf(() => createConsent({ posthog: "phc_x" } as never))).toEqual(["posthog"]);
  });
});

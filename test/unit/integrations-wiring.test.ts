// Which integrations `createConsent` wires, in which order, and which config sections it checks with them (DESIGN 4,
// G-02). The list is built when src/integrations is imported, so each test imports it afresh: mutation testing then
// charges that code to these tests (docs/testing.md, static mutants).
import { beforeEach, describe, expect, it, vi } from "vitest";
import type * as Integrations from "../../src/integrations";

let wiring: typeof Integrations;
let consentLogIntegration: unknown;
beforeEach(async () => {
  vi.resetModules();
  wiring = await import("../../src/integrations");
  ({ consentLogIntegration } = await import("../../src/integrations/consent-log"));
});

describe("the built-in integrations (DESIGN 4)", () => {
  it("G-02: Consent Mode runs first, then PostHog, then the consent log; each vendor carries its config section", () => {
    expect(wiring.builtInIntegrations.map((integration) => integration.configSection?.key)).toEqual(["googleConsentMode", "posthog", undefined]);
    expect(wiring.builtInIntegrations[2]).toBe(consentLogIntegration);
    for (const integration of wiring.builtInIntegrations.slice(0, 2)) expect(integration.configSection!.schema.run).toBeTypeOf("function");
  });

  it("parseConfig checks both vendor sections with the rest of the config, naming each bad path", () => {
    expect(() => wiring.parseConfig({ posthog: { apiKey: "has space" } })).toThrow(/posthog\.apiKey/);
    expect(() => wiring.parseConfig({ googleConsentMode: { waitForUpdate: -1 } })).toThrow(/googleConsentMode\.waitForUpdate/);
    expect(wiring.parseConfig({ posthog: { apiKey: "phc_x" } }).posthog).toMatchObject({ apiKey: "phc_x", category: "analytics" });
  });
});

// Which integrations `createConsent` wires, in which order, and which config sections it checks with them (DESIGN 4,
// G-02). The list is built when src/integrations is imported, so each test imports it afresh: mutation testing then
// charges that code to these tests (docs/testing.md, static mutants).
import { beforeEach, describe, expect, it, vi } from "vitest";
import type * as Integrations from "../../src/integrations";

let wiring: typeof Integrations;
let consentLogIntegration: typeof import("../../src/integrations/consent-log").consentLogIntegration;
let consentMode: typeof import("../../src/integrations/google-consent-mode");
let posthog: typeof import("../../src/integrations/posthog");
beforeEach(async () => {
  vi.resetModules();
  wiring = await import("../../src/integrations");
  ({ consentLogIntegration } = await import("../../src/integrations/consent-log"));
  consentMode = await import("../../src/integrations/google-consent-mode");
  posthog = await import("../../src/integrations/posthog");
});

describe("the built-in integrations (DESIGN 4)", () => {
  it("G-02: Consent Mode runs first of the vendors, then PostHog, then the consent log; each carries its config section (services: refused until services(...) is passed, issue 26)", () => {
    expect(wiring.builtInIntegrations.map((integration) => integration.configSection?.key)).toEqual(["services", "googleConsentMode", "posthog", undefined]);
    expect(wiring.builtInIntegrations[3]).toBe(consentLogIntegration);
    for (const integration of wiring.builtInIntegrations.slice(0, 3)) expect(integration.configSection!.schema.run).toBeTypeOf("function");
  });

  it("parseConfig checks both vendor sections with the rest of the config, naming each bad path", () => {
    expect(() => wiring.parseConfig({ posthog: { apiKey: "has space" } })).toThrow(/posthog\.apiKey/);
    expect(() => wiring.parseConfig({ googleConsentMode: { waitForUpdate: -1 } })).toThrow(/googleConsentMode\.waitForUpdate/);
    expect(wiring.parseConfig({ posthog: { apiKey: "phc_x" } }).posthog).toMatchObject({ apiKey: "phc_x", category: "analytics" });
  });
});

describe("what the integrations fix at import (G-05, P-04, L-12)", () => {
  it("G-05: the default mapping grants security with necessary, and each category exactly its own types", () => {
    const values = (categories: Record<string, boolean>) => Object.entries(consentMode.consentModeValues(categories)).filter(([, value]) => value == "granted").map(([type]) => type);
    expect(values({})).toEqual([]);
    expect(values({ necessary: true })).toEqual(["security_storage"]);
    expect(values({ preferences: true })).toEqual(["functionality_storage", "personalization_storage"]);
    expect(values({ analytics: true })).toEqual(["analytics_storage"]);
    expect(values({ marketing: true })).toEqual(["ad_storage", "ad_user_data", "ad_personalization"]);
    expect(typeof consentMode.consentModeIntegration()).toBe("function");
  });

  it("P-04: PostHog's keys are recognised by name", () => {
    for (const name of ["ph_phc_x_posthog", "__ph_opt_in_out_phc_x", "seenSurvey_1", "inProgressSurvey_2", "lastSeenSurveyDate"]) expect(posthog.isPosthogKey(name), name).toBe(true);
    for (const name of ["consent", "graph_x", "x_ph_", "_ph_x"]) expect(posthog.isPosthogKey(name), name).toBe(false);
  });

  it("L-12: unconfirmed records are queued under consentry-log in localStorage", async () => {
    const items = new Map<string, string>();
    const win = {
      localStorage: { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), removeItem: (key: string) => void items.delete(key) },
      fetch: () => Promise.reject(new Error("offline")),
      location: { protocol: "https:", hostname: "shop.example", pathname: "/" },
      navigator: {},
      document: { cookie: "" },
    };
    const { createConsentApi } = await import("../../src/api");
    const { createMemoryStorage } = await import("../../src/core/storage");
    const api = createConsentApi({ log: { endpoint: "/consent-log" } }, { window: win as never, integrations: [consentLogIntegration], environment: { storage: createMemoryStorage() } });
    api.acceptAll();
    expect([...items.keys()]).toEqual(["consentry-log"]);
    expect(JSON.parse(items.get("consentry-log")!)).toHaveLength(1);
  });
});

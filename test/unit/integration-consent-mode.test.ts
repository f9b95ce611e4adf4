// Consent Mode values and order with a stand-in window: `default` first, `update` from a stored record at once,
// one full `update` per decision (G-02..G-05).
import { describe, expect, it } from "vitest";
import type { ConsentApi, ConsentContext, Integration } from "../../src/api";
import { parseConfig, type ConsentConfig } from "../../src/integrations/config";
import { createMemoryStorage, type ConsentStorage, type PageWindow } from "../../src/core/storage";
import { createStore } from "../../src/core/store";
import { consentModeValues, DEFAULT_CONSENT_MODE_MAPPING, googleConsentMode } from "../../src/entries/google-consent-mode";
import { builtInIntegrations } from "../../src/integrations/index";

type Page = { dataLayer?: ArrayLike<unknown>[]; gtag?: unknown };

/** The integrations alone, on a stand-in page: no document, so no gate and no tag. */
function start(config: ConsentConfig, storage: ConsentStorage = createMemoryStorage(), page: Page = {}, integrations: readonly Integration[] = builtInIntegrations) {
  const parsed = parseConfig(config);
  const store = createStore(parsed, { storage });
  const api = { register: () => () => {} } as unknown as ConsentApi;
  const context: ConsentContext = { store, config: parsed, api, window: page as unknown as PageWindow, signal: new AbortController().signal, nonce: undefined };
  for (const integration of integrations) integration(context);
  store.start();
  const entries = () => (page.dataLayer ?? []).map((entry) => Array.from(entry));
  return { store, entries, page };
}

describe("consentModeValues (G-05)", () => {
  it("sets all seven types, granted only through a granted category", () => {
    expect(consentModeValues({ necessary: true, analytics: true })).toEqual({
      ad_storage: "denied",
      ad_user_data: "denied",
      ad_personalization: "denied",
      analytics_storage: "granted",
      functionality_storage: "denied",
      personalization_storage: "denied",
      security_storage: "granted",
    });
    expect(Object.values(consentModeValues({}))).toEqual(Array(7).fill("denied"));
  });

  it("the default mapping is the one in REQUIREMENTS G-05", () => {
    expect(DEFAULT_CONSENT_MODE_MAPPING).toEqual({
      necessary: ["security_storage"],
      preferences: ["functionality_storage", "personalization_storage"],
      analytics: ["analytics_storage"],
      marketing: ["ad_storage", "ad_user_data", "ad_personalization"],
    });
  });
});

describe("the Consent Mode integration", () => {
  it("pushes `default` synchronously at start, and nothing else without a decision (G-02)", () => {
    const { entries } = start({ googleConsentMode: {} });
    expect(entries()).toHaveLength(1);
    expect(entries()[0]!.slice(0, 2)).toEqual(["consent", "default"]);
  });

  it("a stored record gives one `update` right after `default` (G-03), then one per decision (G-04)", () => {
    const storage = createMemoryStorage();
    start({ googleConsentMode: {} }, storage).store.set({ marketing: true });
    const { store, entries } = start({ googleConsentMode: {} }, storage);
    expect(entries().map((entry) => entry[1])).toEqual(["default", "update"]);
    expect((entries()[1]![2] as Record<string, string>).ad_storage).toBe("granted");
    store.rejectAll();
    store.reset();
    expect(entries().map((entry) => entry[1])).toEqual(["default", "update", "update", "update"]);
    expect(entries()[3]![2]).toEqual(consentModeValues({ necessary: true }));
  });

  it("opt-out mode: the defaults that are on are sent as an `update` at once", () => {
    const { entries } = start({ mode: "opt-out", googleConsentMode: {} });
    expect(entries().map((entry) => entry[1])).toEqual(["default", "update"]);
    expect((entries()[1]![2] as Record<string, string>).analytics_storage).toBe("granted");
  });

  it("reuses the page's own gtag (G-01)", () => {
    const calls: unknown[][] = [];
    const page: Page = { gtag: (...args: unknown[]) => void calls.push(args) };
    start({ googleConsentMode: {} }, createMemoryStorage(), page);
    expect(calls.map((call) => call[1])).toEqual(["default"]);
  });

  it("googleConsentMode(options) works as an explicit integration", () => {
    const page: Page = {};
    start({}, createMemoryStorage(), page, [googleConsentMode({ waitForUpdate: 0 })]);
    expect(Array.from(page.dataLayer![0]!)).toEqual(["consent", "default", consentModeValues({ necessary: true })]);
  });

  it("googleConsentMode() without options reads the config, and does nothing without it", () => {
    const configured: Page = {};
    start({ googleConsentMode: { waitForUpdate: 0 } }, createMemoryStorage(), configured, [googleConsentMode()]);
    expect(Array.from(configured.dataLayer![0]!)).toEqual(["consent", "default", consentModeValues({ necessary: true })]);
    const bare: Page = {};
    start({}, createMemoryStorage(), bare, [googleConsentMode()]);
    expect(bare).toEqual({});
  });

  it("does nothing unless googleConsentMode is configured", () => {
    const { page } = start({});
    expect(page).toEqual({});
  });
});

// The config boundary (DESIGN 5): defaults, and one error that names every bad path.
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/core/config";
import { parseConfig } from "../../src/integrations";

describe("config", () => {
  it("fills every default from an empty config", () => {
    const config = parseConfig(undefined);
    expect(config).toMatchObject({
      revision: 1,
      mode: "opt-in",
      gpc: true,
      language: "en",
      cookie: { name: "consent", path: "/", expiresDays: 365, sameSite: "Lax" },
      categories: {},
    });
  });

  it("keeps declared cookies and storage globs of a category, each as { name } (issue 9)", () => {
    const config = parseConfig({
      categories: { analytics: { cookies: [{ name: "ph_*_posthog", provider: "PostHog" }], storage: ["ph_*"] } },
    });
    expect(config.categories.analytics).toEqual({
      cookies: [{ name: "ph_*_posthog", provider: "PostHog" }],
      storage: [{ name: "ph_*" }],
      sessionStorage: [],
      indexedDB: [],
    });
  });

  it("declares every storage technology alike: a glob or { name, provider, purpose, duration, thirdParty } (issue 9)", () => {
    const token = { name: "token", provider: "Klystrr", purpose: "Keeps you signed in", duration: "Until logout", thirdParty: false };
    const config = parseConfig({
      categories: {
        necessary: {
          cookies: ["sidebar_state", { name: "ph_*_posthog", thirdParty: true, paths: ["/app"] }],
          storage: [token],
          sessionStorage: ["wizard_*", { name: "git_link_provider", duration: "Current session (tab)" }],
          indexedDB: ["offline-cache", { name: "keyval-store", purpose: "Offline drafts" }],
        },
      },
    });
    expect(config.categories.necessary).toEqual({
      cookies: [{ name: "sidebar_state" }, { name: "ph_*_posthog", thirdParty: true, paths: ["/app"] }],
      storage: [token],
      sessionStorage: [{ name: "wizard_*" }, { name: "git_link_provider", duration: "Current session (tab)" }],
      indexedDB: [{ name: "offline-cache" }, { name: "keyval-store", purpose: "Offline drafts" }],
    });
  });

  it("names the path of a bad declaration of any storage technology (issue 9)", () => {
    let error: unknown;
    try {
      parseConfig({
        categories: {
          analytics: {
            cookies: ["bad name", { name: "ok", thirdParty: "yes" }],
            storage: [{ purpose: "no name" }],
            sessionStorage: [7],
            indexedDB: [null, { name: "db", colour: "red" }],
          },
        },
      });
    } catch (caught) {
      error = caught;
    }
    expect((error as ConfigError).issues).toEqual([
      "categories.analytics.cookies[0].name: expected a cookie name (glob)",
      "categories.analytics.cookies[1].thirdParty: expected boolean",
      "categories.analytics.storage[0].name: expected string",
      "categories.analytics.sessionStorage[0].name: expected string",
      "categories.analytics.indexedDB[0].name: expected string",
      "categories.analytics.indexedDB[1].colour: expected a known key (this one is unknown)",
    ]);
  });

  it('shows the banner only where consent is needed unless `banner: "always"` (issue 9), or never by itself (issue 29)', () => {
    expect(parseConfig({}).banner).toBe("auto");
    expect(parseConfig({ banner: "always" }).banner).toBe("always");
    expect(parseConfig({ banner: "never" }).banner).toBe("never");
    expect(() => parseConfig({ banner: "sometimes" })).toThrow('banner: expected one of "auto", "always", "never"');
  });

  it("names the path and what was expected for a wrong type", () => {
    expect(() => parseConfig({ categories: { analytics: { cookies: [{ name: 42 }] } } })).toThrow(
      "categories.analytics.cookies[0].name: expected a cookie name (glob)",
    );
  });

  it("reports every bad path in one error", () => {
    let error: unknown;
    try {
      parseConfig({ revision: -1, mode: "sometimes", cookie: { expiresDays: 1000 }, categories: { "Bad Id": {} }, typo: 1 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const issues = (error as ConfigError).issues;
    expect(issues).toEqual(
      expect.arrayContaining([
        "revision: expected an integer from 0 to 1000000000",
        'mode: expected one of "opt-in", "opt-out"',
        "cookie.expiresDays: expected a number from 1 to 400",
        expect.stringMatching(/^categories\.Bad Id: expected a string matching/),
        "typo: expected a known key (this one is unknown)",
      ]),
    );
    expect(issues).toHaveLength(5);
  });

  it("rejects a config that is not an object", () => {
    expect(() => parseConfig("analytics")).toThrow("(root): expected object");
    expect(() => parseConfig([])).toThrow(ConfigError);
  });

  it("caps the cookie lifetime at 400 days, as browsers do (S-10)", () => {
    expect(parseConfig({ cookie: { expiresDays: 400 } }).cookie.expiresDays).toBe(400);
    expect(() => parseConfig({ cookie: { expiresDays: 401 } })).toThrow("cookie.expiresDays");
  });

  it("accepts translations with category labels and any text key", () => {
    const config = parseConfig({ translations: { fr: { acceptAll: "Tout accepter", categories: { analytics: { label: "Mesure" } } } } });
    expect(config.translations.fr).toEqual({ acceptAll: "Tout accepter", categories: { analytics: { label: "Mesure" } } });
    expect(() => parseConfig({ translations: { fr: { acceptAll: 1 } } })).toThrow("translations.fr.acceptAll: expected string");
  });

  it("validates the PostHog and Consent Mode sections", () => {
    expect(parseConfig({ posthog: { apiKey: "phc_x" } }).posthog).toMatchObject({ apiHost: "https://eu.i.posthog.com", category: "analytics" });
    expect(() => parseConfig({ posthog: { apiKey: "phc_x", apiHost: "javascript:alert(1)" } })).toThrow("posthog.apiHost: expected an http(s) URL");
    expect(() => parseConfig({ googleConsentMode: { mapping: { marketing: ["ad_storage", "ads"] } } })).toThrow(
      "googleConsentMode.mapping.marketing[1]: expected one of",
    );
  });
});

describe("config types", () => {
  it("accept an imported locale and single overrides in translations (TypeScript users)", async () => {
    const { default: fr } = await import("../../src/ui/locales/fr");
    // Compile-time check: this must type-check as a ConsentConfig.
    const config: import("../../src/integrations/config").ConsentConfig = {
      language: "auto",
      translations: { fr, en: { title: "Cookies?", categories: { analytics: { label: "Stats" } } } },
    };
    const parsed = parseConfig(config);
    expect(parsed.translations.en?.title).toBe("Cookies?");
    expect(parsed.translations.fr?.acceptAll).toBe(fr.acceptAll);
  });
});

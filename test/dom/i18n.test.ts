// Languages: English built in, locales importable, `language: "auto"`, right-to-left, overrides key by key (L-21).
import { afterEach, describe, expect, it } from "vitest";
import type { ResolvedConfig } from "../../src/integrations/config";
import { parseConfig } from "../../src/core/config";
import { pickLanguage } from "../../src/ui/i18n";
import en from "../../src/ui/locales/en";
import de from "../../src/ui/locales/de";
import es from "../../src/ui/locales/es";
import fr from "../../src/ui/locales/fr";
import pt from "../../src/ui/locales/pt";
import ptBR from "../../src/ui/locales/pt-BR";
import zhHans from "../../src/ui/locales/zh-Hans";
import zhHant from "../../src/ui/locales/zh-Hant";
import { mount, unmountAll } from "./ui-support";

afterEach(unmountAll);

const withLocales = (language: string): ResolvedConfig =>
  parseConfig({ language, translations: { fr, de, es, "zh-Hant": zhHant, ar: { title: "نحن نحترم خصوصيتك" } } });

describe("languages", () => {
  it("English is built in with the contract's button names", () => {
    expect([en.acceptAll, en.rejectAll, en.manage, en.save]).toEqual(["Accept all", "Reject all", "Manage preferences", "Save preferences"]);
  });

  it("translations: { fr } with language fr renders the banner in French, lang=fr", () => {
    const { ui, host } = mount({ language: "fr", translations: { fr } });
    expect(host.getAttribute("lang")).toBe("fr");
    expect(ui.getByRole("region", { name: "Votre vie privée compte" })).toBeTruthy();
    expect(ui.getAllByRole("button").map((button) => button.textContent)).toEqual(["Tout accepter", "Tout refuser", "Gérer les préférences"]);
  });

  it('language "auto" follows <html lang> first, by primary subtag', () => {
    expect(pickLanguage(withLocales("auto"), { documentLang: "de-AT", languages: ["fr-FR"] })).toBe("de");
    expect(pickLanguage(withLocales("auto"), { documentLang: "zh-Hant", languages: [] })).toBe("zh-Hant");
  });

  it('language "auto" falls back to navigator.languages, then English', () => {
    expect(pickLanguage(withLocales("auto"), { documentLang: "", languages: ["it-IT", "es-MX"] })).toBe("es");
    expect(pickLanguage(withLocales("auto"), { documentLang: "pt", languages: ["it"] })).toBe("en");
  });

  it("Chinese by script: zh, zh-CN, zh-SG read Simplified; zh-TW, zh-HK, zh-MO read Traditional (issue 10)", () => {
    const config = parseConfig({ language: "auto", translations: { "zh-Hans": zhHans, "zh-Hant": zhHant } });
    for (const code of ["zh", "zh-CN", "zh-SG", "zh-Hans", "zh-Hans-CN"])
      expect(pickLanguage(config, { documentLang: code }), code).toBe("zh-Hans");
    for (const code of ["zh-TW", "zh-HK", "zh-MO", "zh-Hant", "zh-Hant-TW", "ZH-tw"])
      expect(pickLanguage(config, { documentLang: code }), code).toBe("zh-Hant");
    // A site's own region code still wins when it matches exactly.
    expect(pickLanguage(parseConfig({ language: "auto", translations: { "zh-Hant": zhHant, "zh-HK": { title: "港" } } }), { documentLang: "zh-HK" })).toBe("zh-HK");
  });

  it("Portuguese: pt-BR reads Brazilian, pt-PT and pt read European, whichever order the config lists them", () => {
    const config = parseConfig({ language: "auto", translations: { "pt-BR": ptBR, pt } });
    expect(pickLanguage(config, { documentLang: "pt-BR" })).toBe("pt-BR");
    expect(pickLanguage(config, { documentLang: "pt-PT" })).toBe("pt");
    expect(pickLanguage(config, { documentLang: "pt" })).toBe("pt");
    expect(pickLanguage(parseConfig({ language: "auto", translations: { pt } }), { documentLang: "pt-BR" })).toBe("pt");
  });

  it("a fixed language without a translation falls back to English", () => {
    expect(pickLanguage(withLocales("ja"), { documentLang: "fr" })).toBe("en");
    expect(pickLanguage(withLocales("fr"), { documentLang: "de" })).toBe("fr");
  });

  it('mounted with language "auto", the UI reads <html lang>', () => {
    document.documentElement.lang = "es-ES";
    const { ui } = mount({ language: "auto", translations: { es } });
    expect(ui.getByRole("button", { name: "Rechazar todo" })).toBeTruthy();
  });

  it("right-to-left languages get dir=rtl; missing keys fall back to English one by one", () => {
    const { host, ui } = mount({ language: "ar", translations: { ar: { title: "نحن نحترم خصوصيتك" } } });
    expect(host.getAttribute("dir")).toBe("rtl");
    expect(host.getAttribute("lang")).toBe("ar");
    expect(ui.getByRole("heading", { name: "نحن نحترم خصوصيتك" })).toBeTruthy();
    expect(ui.getByRole("button", { name: "Accept all" })).toBeTruthy();
  });

  it("category labels: the visitor's translation, then config, then the built-in default (L-21)", () => {
    const { ui, api } = mount({
      language: "fr",
      categories: { analytics: { label: "Stats" }, preferences: { label: "Settings" }, support: { label: "Support" } },
      translations: { fr: { ...fr, categories: { ...fr.categories, analytics: { ...fr.categories!.analytics, label: "Statistiques" } } } },
    });
    api.open();
    expect(ui.getByRole("switch", { name: "Statistiques", description: fr.categories!.analytics!.description! })).toBeTruthy();
    expect(ui.getByRole("switch", { name: "Préférences" })).toBeTruthy();
    expect(ui.getByRole("switch", { name: "Support" })).toBeTruthy();
    api.set({ analytics: true });
    expect(api.state().categories.analytics).toBe(true);
  });

  it("a site can override one English string and keep the rest", () => {
    const { ui } = mount({ translations: { en: { title: "Cookies on example.com" } } });
    expect(ui.getByRole("region", { name: "Cookies on example.com" })).toBeTruthy();
    expect(ui.getByRole("button", { name: "Accept all" })).toBeTruthy();
  });
});

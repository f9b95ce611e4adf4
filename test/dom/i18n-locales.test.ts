// The bundled locales: every English string in every language, nothing lost or invented, placeholders intact.
// English is the reference: a key added to strings-banner.ts or strings-dialog.ts fails here for every locale until
// it is translated, and a key removed there fails for every locale that still carries it.
import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BUNDLED_LANGUAGES } from "../../src/page/locale";
import type { BundledLocale } from "../../src/ui/i18n";
import en from "../../src/ui/locales/en";
import { mount, unmountAll } from "./ui-support";

afterEach(unmountAll);

/** The 24 official languages of the EU, then the four Chinese, Japanese, Korean and Brazilian ones (issue 10). */
const EXPECTED = [
  ...["bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv"],
  ...["ja", "ko", "pt-BR", "zh-Hans", "zh-Hant"],
];

// The project root is vitest's working directory (happy-dom gives import.meta.url an http: scheme).
const directory = resolve("src/ui/locales");
const codes = readdirSync(directory).map((file) => file.replace(/\.ts$/, ""));
const locales: [string, BundledLocale][] = await Promise.all(
  codes.filter((code) => code != "en").map(async (code) => [code, (await import(`../../src/ui/locales/${code}.ts`)).default] as [string, BundledLocale]),
);

const { categories: englishCategories, ...englishStrings } = en;
const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
/** The controls a visitor decides with: they must fit a button on a phone. */
const BUTTONS = ["acceptAll", "rejectAll", "manage", "save", "dismiss", "close"] as const;

describe("bundled locales", () => {
  it("ship exactly the 24 EU languages plus zh-Hans, zh-Hant, ja, ko and pt-BR", () => {
    expect(codes.sort()).toEqual([...EXPECTED].sort());
  });

  it("the drop-in knows every bundled language it can fetch (all but the built-in English)", () => {
    expect([...BUNDLED_LANGUAGES].sort()).toEqual(codes.filter((code) => code != "en").sort());
  });

  describe.each(locales)("%s", (code, locale) => {
    it("has every English string, and no key English lacks", () => {
      const { categories, ...strings } = locale;
      expect(Object.keys(strings).sort(), "missing or extra keys").toEqual(Object.keys(englishStrings).sort());
      for (const [key, text] of Object.entries(strings)) expect(text.trim(), key).not.toBe("");
      expect(Object.keys(categories).sort()).toEqual(Object.keys(englishCategories).sort());
      for (const [id, { label, description, ...extra }] of Object.entries(categories)) {
        expect(label.trim() && description.trim(), id).toBeTruthy();
        expect(extra, id).toEqual({});
      }
    });

    it("keeps every placeholder ({policy}, {name}, {categories}) verbatim, each once", () => {
      for (const [key, english] of Object.entries(englishStrings))
        expect(placeholders(locale[key as keyof typeof englishStrings]), key).toEqual(placeholders(english));
    });

    it("is a translation: the first layer's words are not the English ones, and its buttons stay short", () => {
      for (const key of ["title", "description", "acceptAll", "rejectAll", "manage", "save"] as const)
        expect(locale[key], key).not.toBe(en[key]);
      for (const key of BUTTONS) expect(locale[key].length, key).toBeLessThanOrEqual(30);
      // strings render as text, but a stray tag in a translation would still show as garbage.
      expect(JSON.stringify(locale)).not.toMatch(/[<>]/);
    });

    it("renders the banner in that language, lang set, three equal buttons (L-03, A-12)", () => {
      const { ui, host } = mount({ language: code, policyUrl: "/cookies", translations: { [code]: locale } });
      expect(host.getAttribute("lang")).toBe(code);
      expect(ui.getByRole("region", { name: locale.title })).toBeTruthy();
      expect(ui.getAllByRole("button").map((button) => button.textContent)).toEqual([locale.acceptAll, locale.rejectAll, locale.manage]);
      expect(ui.getByRole("link", { name: locale.policy })).toBeTruthy();
    });
  });
});

// Which language the UI speaks and where each string comes from: config translations, else built-in English (key by key).
import type { ResolvedConfig } from "../core/config";
import type en from "./locales/en";
import bannerStrings from "./strings-banner";

export type UiStrings = typeof en;
export type StringKey = Exclude<keyof UiStrings, "categories">;
/** A locale module's shape (`consentry/locales/fr`): any subset of the English keys. */
export type Locale = Partial<Omit<UiStrings, "categories">> & {
  categories?: Record<string, { label?: string; description?: string }>;
};
/** A locale that ships with consentry: every string and every built-in category, nothing else (test/dom/i18n-locales.test.ts). */
export type BundledLocale = Record<StringKey, string> & {
  categories: Record<keyof UiStrings["categories"], { label: string; description: string }>;
};

export interface Texts {
  readonly lang: string;
  readonly dir: "ltr" | "rtl";
  text(key: StringKey): string;
  category(id: string): { label: string; description: string };
  /** Adds English defaults that arrive later (the second layer brings its own). */
  learn(defaults: Partial<UiStrings>): void;
}

const RTL = /^(ar|he|fa|ur|ps|yi|dv|ckb|sd|ug)\b/i;

/** `language: "auto"` tries `<html lang>`, then the browser's languages; a code matches exactly, else by its first part. */
export function pickLanguage(config: ResolvedConfig, page: { documentLang?: string; languages?: readonly string[] }): string {
  const available = ["en", ...Object.keys(config.translations)];
  const wanted = config.language == "auto" ? [page.documentLang, ...(page.languages ?? [])] : [config.language];
  const primary = (code: string) => code.toLowerCase().split(/[-_]/)[0];
  for (const code of wanted.filter((code): code is string => Boolean(code))) {
    const found =
      available.find((lang) => lang.toLowerCase() == code.toLowerCase()) ??
      available.find((lang) => primary(lang) == primary(code));
    if (found) return found;
  }
  return "en";
}

export function createTexts(config: ResolvedConfig, lang: string): Texts {
  const chosen = (config.translations[lang] ?? {}) as Locale;
  const english: Partial<UiStrings> = { ...bannerStrings };
  return {
    lang,
    dir: RTL.test(lang) ? "rtl" : "ltr",
    text: (key) => chosen[key] ?? english[key] ?? key,
    // The visitor's language first, then the site's own labels, then the English defaults (L-21: ids stay stable).
    // Parsed config and translations carry no undefined values, so a later spread only adds what it has.
    category: (id) => ({
      label: id,
      description: "",
      ...(english.categories as Record<string, object> | undefined)?.[id],
      ...config.categories[id],
      ...chosen.categories?.[id],
    }),
    learn: (defaults) => void Object.assign(english, defaults),
  };
}

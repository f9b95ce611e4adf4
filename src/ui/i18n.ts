// Which language the UI speaks and where each string comes from: config translations, else built-in English (key by key).
import type { CoreResolvedConfig } from "../core/config";
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

/**
 * `language: "auto"` tries `<html lang>`, then the browser's languages. A code matches exactly, then by script for
 * Chinese (zh, zh-CN, zh-SG -> zh-Hans; zh-TW, zh-HK, zh-MO -> zh-Hant), then the bare language (pt-PT -> pt, not pt-BR), then by first part
 * (de-AT -> de-DE).
 */
export function pickLanguage(
  config: CoreResolvedConfig,
  page: { documentLang?: string; languages?: readonly string[] },
  /** The languages the drop-in can load (page/locale.ts), after the config's own. */
  bundled: readonly string[] = [],
): string {
  const available = ["en", ...Object.keys(config.translations), ...bundled];
  const wanted = config.language == "auto" ? [page.documentLang, ...(page.languages ?? [])] : [config.language];
  /** A code as compared: itself, its Chinese script (else itself), its first part. */
  const keys = (code: string) => {
    code = code.toLowerCase();
    return [code, /^zh\b/.test(code) ? (/hant|^zh.(tw|hk|mo)/.test(code) ? "zh-hant" : "zh-hans") : code, code.split(/[-_]/)[0]!];
  };
  for (const code of wanted) {
    if (!code) continue;
    const [exact, script, primary] = keys(code);
    const found =
      available.find((lang) => keys(lang)[0] == exact) ??
      available.find((lang) => keys(lang)[1] == script) ??
      // The bare language before its regional variants: pt-PT reads pt rather than pt-BR.
      available.find((lang) => keys(lang)[0] == primary) ??
      available.find((lang) => keys(lang)[2] == primary);
    if (found) return found;
  }
  return "en";
}

export function createTexts(config: CoreResolvedConfig, lang: string): Texts {
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

// The consent UI's controls by role and accessible name (L-03, L-06): the names the banner and dialog use in every
// shipped language, plus any the page's own config translates, so a localised site is driven like an English one.
import de from "../../ui/locales/de";
import en from "../../ui/locales/en";
import es from "../../ui/locales/es";
import fr from "../../ui/locales/fr";
import zhHant from "../../ui/locales/zh-Hant";

export type ControlKey = "acceptAll" | "rejectAll" | "manage" | "save";

const LOCALES: readonly Partial<Record<ControlKey, string>>[] = [en, fr, de, es, zhHant];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A whole-name matcher for `key`, from the shipped locales and the page config's `translations`. */
export function controlName(key: ControlKey, config?: unknown): RegExp {
  const translations = (config as { translations?: Record<string, Partial<Record<ControlKey, unknown>>> } | undefined)?.translations;
  const names = [...LOCALES, ...Object.values(translations ?? {})]
    .map((strings) => strings?.[key])
    .filter((name): name is string => typeof name === "string" && name.trim() !== "");
  return new RegExp(`^\\s*(${[...new Set(names)].map(escape).join("|")})\\s*$`, "i");
}

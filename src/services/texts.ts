// The embed placeholder's words in the visitor's language: the config's translation of that language (a bundled
// locale the drop-in loaded, or the site's own), key by key over English.
import type { ConsentContext } from "../api";
import { pickLanguage } from "../ui/i18n";
import english from "../ui/strings-embed";
import type { EmbedTexts } from "./embeds";

export const pickEmbedLanguage = ({ config, window: win }: ConsentContext, bundled?: readonly string[]): string =>
  pickLanguage(config, { documentLang: win!.document.documentElement.lang, languages: win!.navigator.languages }, bundled);

export function embedTexts({ config }: ConsentContext, lang: string): EmbedTexts & { lang: string } {
  const chosen = (config.translations[lang] ?? {}) as Partial<EmbedTexts>;
  const texts = { lang, ...english };
  for (const key of Object.keys(english) as (keyof EmbedTexts)[]) texts[key] = chosen[key] || english[key];
  return texts;
}

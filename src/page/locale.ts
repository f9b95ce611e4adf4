// The drop-in's bundled languages: dist/consentry.locale.<code>.mjs beside it, loaded before the UI draws (issue 10),
// so a visitor never sees the banner in English first. English is built in; a language the config carries inline
// is used as it is.
import type { ConsentContext } from "../api";
import { BUNDLED_LANGUAGES } from "../ui/bundled-languages";
import { pickLanguage, type Locale } from "../ui/i18n";
import { addonUrl } from "./addons";

export { BUNDLED_LANGUAGES };

/**
 * What the UI waits for: the visitor's language when it is bundled and not in the config. It becomes part of this
 * instance's translations, so the UI then picks it like an inline one. A failed load is an `error` event and English.
 */
export const loadLocale =
  (load: (url: string) => Promise<{ default: Locale }>, scriptSrc: string | undefined) =>
  ({ config, store, window: win }: ConsentContext): Promise<unknown> | void => {
    const doc = win!.document;
    const lang = pickLanguage(config, { documentLang: doc.documentElement.lang, languages: win!.navigator.languages }, BUNDLED_LANGUAGES);
    if (lang != "en" && !config.translations[lang])
      return load(addonUrl(`locale.${lang}`, scriptSrc, doc.baseURI)).then(
        (module) => void (config.translations[lang] = module.default),
        (error) => store.bus.emit("error", { source: `locale:${lang}`, error }),
      );
  };

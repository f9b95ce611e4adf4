// The gated iframe's placeholder (issue 13): says what is blocked and offers to allow it, in the page's language.
// Plain page content (no shadow root), styled by dist/consentry.css and readable unstyled.
import type { ConsentContext } from "../api";
import type { Placeholder } from "../gate/index";
import { pickLanguage, type Locale } from "./i18n";
import english from "./strings-placeholder";

/**
 * `ready` is what the language waits for (the drop-in's bundled locale file); until it settles the placeholder is
 * drawn without words rather than in English first. `data-consent-text` / `data-consent-button` on the iframe win.
 */
export const iframePlaceholder = (
  { config, window: win }: ConsentContext,
  ready?: () => Promise<unknown> | void,
): Placeholder => {
  let language: Promise<string> | undefined;
  return (iframe, wanted, allow) => {
    const doc = iframe.ownerDocument;
    const note = doc.createElement("div");
    const text = doc.createElement("p");
    const button = doc.createElement("button");
    note.className = "consentry-placeholder";
    button.type = "button";
    button.onclick = allow;
    note.append(text, button);
    sizeLikeEmbed(note, iframe);
    language ??= Promise.resolve(ready?.()).then(() =>
      // After `ready` a loaded language is one of the config's translations; one that failed to load is English.
      pickLanguage(config, { documentLang: doc.documentElement.lang, languages: win!.navigator.languages }),
    );
    void language.then((lang) => {
      const chosen: Locale = config.translations[lang] ?? {};
      const name = iframe.title || new URL(iframe.dataset.src!, doc.baseURI).host;
      // The visitor's language, then the site's own label, then the id (L-21: ids stay stable).
      const needs = wanted.map((id) => chosen.categories?.[id]?.label ?? config.categories[id]?.label ?? id).join(" + ");
      // Text, never markup: an override is filled like a template, so it may use {name} and {categories} too.
      const fill = (given: string | undefined, key: keyof typeof english) =>
        (given ?? chosen[key] ?? english[key]).replace("{name}", name).replace("{categories}", needs);
      text.textContent = fill(iframe.dataset.consentText, "blocked");
      button.textContent = fill(iframe.dataset.consentButton, "allow");
      note.lang = lang;
      // The browser reads the direction from the words, so a right-to-left language reads right to left.
      note.dir = "auto";
    });
    return note;
  };
};

/** The size the embed will have, so loading it shifts nothing (CLS). CSSOM, which a strict style-src allows. */
export function sizeLikeEmbed(note: HTMLElement, { width, height }: HTMLIFrameElement): void {
  if (+width && +height) Object.assign(note.style, { width: `${width}px`, maxWidth: "100%", aspectRatio: `${width}/${height}` });
}

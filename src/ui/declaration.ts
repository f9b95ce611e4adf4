// The cookie declaration for the policy page (DESIGN 7): every category, what it stores (every type, issue 9) and the
// visitor's current choice. Page content, so it lives in the light DOM with plain classes (dist/consentry.css), and
// reads fine unstyled.
import type { Registry } from "../core/categories";
import type { CoreResolvedConfig } from "../core/config";
import type { ConsentState } from "../core/store";
import { cookieTable, declaredItems, type DeclaredItem } from "./cookie-table";
import { h } from "./dom";
import type { Texts } from "./i18n";

/** Something the second layer renders into a page element and keeps current. */
export interface Panel {
  readonly element: HTMLElement;
  /** Rewrites the choices in place, so the button that opened the dialog keeps its identity for focus return. */
  update(state: ConsentState): void;
}

/**
 * The SDK's own record, under necessary (issue 9): the cookie and its localStorage mirror, both named `cookie.name`.
 * A row the site declared itself (same name and type, anywhere) stands instead.
 */
export function recordRows(texts: Texts, registry: Registry, cookie: CoreResolvedConfig["cookie"]): DeclaredItem[] {
  const declared = registry.all.flatMap(declaredItems);
  // The browser's own words for "365 days", in the visitor's language.
  const duration = new Intl.NumberFormat(texts.lang, { style: "unit", unit: "day", unitDisplay: "long" }).format(cookie.expiresDays);
  return (["typeCookie", "typeLocalStorage"] as const)
    .filter((type) => !declared.some((item) => item.name == cookie.name && item.type == type))
    // Issue 30: first party, and what it is, in the visitor's language (not the necessary category's description).
    .map((type) => ({ name: cookie.name, type, provider: texts.text("recordProvider"), purpose: texts.text("recordPurpose"), duration }));
}

export function createDeclaration(
  texts: Texts,
  registry: Registry,
  openPreferences: () => void,
  cookie?: CoreResolvedConfig["cookie"],
): Panel {
  const { text } = texts;
  const choices = new Map<string, HTMLElement>();
  const element = h(
    "div",
    { class: "consentry-declaration", lang: texts.lang, dir: texts.dir },
    ...registry.all.map((category) => {
      const { label, description } = texts.category(category.id);
      const choice = h("p", { class: "consentry-choice" });
      choices.set(category.id, choice);
      const items = declaredItems(category);
      if (category.required && cookie) items.push(...recordRows(texts, registry, cookie));
      return h(
        "section",
        { class: "consentry-category" },
        h("h3", {}, label),
        h("p", {}, description),
        choice,
        cookieTable(texts, items, "consentry-cookies"),
      );
    }),
    h("button", { type: "button", class: "consentry-change", onclick: openPreferences }, text("change")),
  );
  return {
    element,
    update(state) {
      for (const [id, choice] of choices) {
        const key = id == "necessary" ? "alwaysActive" : state.categories[id] ? "allowed" : "notAllowed";
        choice.textContent = `${text("choice")}: ${text(key)}`;
      }
    },
  };
}

// The cookie declaration for the policy page (DESIGN 7): every category, its cookies and the visitor's current choice.
// Page content, so it lives in the light DOM with plain classes (dist/consentry.css), and reads fine unstyled.
import type { Registry } from "../core/categories";
import type { ConsentState } from "../core/store";
import { cookieTable } from "./cookie-table";
import { h } from "./dom";
import type { Texts } from "./i18n";

export interface Declaration {
  readonly element: HTMLElement;
  /** Rewrites the choices in place, so the button that opened the dialog keeps its identity for focus return. */
  update(state: ConsentState): void;
}

export function createDeclaration(texts: Texts, registry: Registry, openPreferences: () => void): Declaration {
  const { text } = texts;
  const choices = new Map<string, HTMLElement>();
  const element = h(
    "div",
    { class: "consentry-declaration", lang: texts.lang, dir: texts.dir },
    ...registry.all.map((category) => {
      const { label, description } = texts.category(category.id);
      const choice = h("p", { class: "consentry-choice" });
      choices.set(category.id, choice);
      return h(
        "section",
        { class: "consentry-category" },
        h("h3", {}, label),
        h("p", {}, description),
        choice,
        cookieTable(texts, category.cookies, "consentry-cookies"),
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

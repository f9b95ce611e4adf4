// The table of what a category stores (Planet49: name, provider, purpose, lifetime; issue 9: and its type), shared by
// the dialog, the policy page and the inline preferences. Every storage technology is listed alike, in config order.
import { STORAGE_KINDS, type Category } from "../core/categories";
import type { CookieDeclaration } from "../core/config";
import { h, safeUrl } from "./dom";
import type { StringKey, Texts } from "./i18n";

const TYPE_KEYS = {
  cookies: "typeCookie",
  storage: "typeLocalStorage",
  sessionStorage: "typeSessionStorage",
  indexedDB: "typeIndexedDB",
} as const satisfies Record<(typeof STORAGE_KINDS)[number], StringKey>;

/** One row: a declared item and the string key of its type. */
export type DeclaredItem = Omit<CookieDeclaration, "paths"> & { type: StringKey };

/** Cookies first, then localStorage, sessionStorage and IndexedDB, each in the order the config gives them. */
export const declaredItems = (category: Category): DeclaredItem[] =>
  STORAGE_KINDS.flatMap((kind) => category[kind].map((item) => ({ ...item, type: TYPE_KEYS[kind] })));

const COLUMNS = ["name", "type", "provider", "purpose", "duration"] as const;

export function cookieTable({ text, lang }: Texts, items: readonly DeclaredItem[], className?: string): HTMLElement {
  if (!items.length) return h("p", { class: className }, text("noCookies"));
  // A catalog service's items (issue 26) also say where the provider's privacy policy is and where data goes to,
  // the country named in the visitor's language.
  const provider = ({ provider = "", policy, country }: DeclaredItem & { policy?: string; country?: string }) => {
    const named = country ? `${provider} (${new Intl.DisplayNames([lang], { type: "region" }).of(country)})` : provider;
    const href = safeUrl(policy, document.baseURI);
    return href ? h("a", { href }, named) : named;
  };
  const cell = (item: DeclaredItem, key: (typeof COLUMNS)[number]) =>
    key == "type" ? text(item.type) + (item.thirdParty ? ` · ${text("thirdParty")}` : "") : key == "provider" ? provider(item) : (item[key] ?? "");
  return h(
    "table",
    { class: className },
    h("thead", {}, h("tr", {}, ...COLUMNS.map((key) => h("th", { scope: "col" }, text(key))))),
    h("tbody", {}, ...items.map((item) => h("tr", {}, ...COLUMNS.map((key) => h("td", {}, cell(item, key)))))),
  );
}

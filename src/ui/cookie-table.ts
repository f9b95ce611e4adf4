// The table of a category's declared cookies (Planet49: name, provider, purpose, lifetime), shared by the dialog and the policy page.
import type { CookieDeclaration } from "../core/config";
import { h } from "./dom";
import type { Texts } from "./i18n";

const COLUMNS = ["name", "provider", "purpose", "duration"] as const;

export function cookieTable({ text }: Texts, cookies: readonly CookieDeclaration[], className?: string): HTMLElement {
  if (!cookies.length) return h("p", { class: className }, text("noCookies"));
  return h(
    "table",
    { class: className },
    h("thead", {}, h("tr", {}, ...COLUMNS.map((key) => h("th", { scope: "col" }, text(key))))),
    h("tbody", {}, ...cookies.map((cookie) => h("tr", {}, ...COLUMNS.map((key) => h("td", {}, cookie[key] ?? ""))))),
  );
}

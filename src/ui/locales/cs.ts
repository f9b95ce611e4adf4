// Czech UI strings: `import cs from "consentry/locales/cs"`, then `translations: { cs }` (the drop-in loads them itself).
import type { BundledLocale } from "../i18n";

const cs: BundledLocale = {
  title: "Vážíme si vašeho soukromí",
  description:
    "S vaším souhlasem používáme cookies pro analytiku a marketing. Svou volbu můžete kdykoli změnit pomocí odkazu „Nastavení cookies“ na každé stránce. Přečtěte si naše {policy}.",
  policy: "zásady používání cookies",
  acceptAll: "Přijmout vše",
  rejectAll: "Odmítnout vše",
  manage: "Spravovat předvolby",
  saved: "Vaše volba byla uložena.",
  dismiss: "Pokračovat bez souhlasu",
  dialogTitle: "Nastavení soukromí",
  save: "Uložit předvolby",
  close: "Zavřít",
  alwaysActive: "Vždy aktivní",
  allowed: "Povoleno",
  notAllowed: "Nepovoleno",
  cookies: "Cookies",
  noCookies: "Nic neuvedeno.",
  name: "Název",
  provider: "Poskytovatel",
  purpose: "Účel",
  duration: "Doba uložení",
  choice: "Vaše volba",
  type: "Typ",
  typeCookie: "Cookie",
  typeLocalStorage: "Místní úložiště",
  typeSessionStorage: "Úložiště relace",
  typeIndexedDB: "IndexedDB",
  thirdParty: "Třetí strana",
  exempt: "Aktivní, pokud nevznesete námitku",
  otherTab: "Vaše volba byla změněna na jiné kartě.",
  blocked: "Obsah {name} je blokován, dokud nepovolíte: {categories}.",
  allow: "Povolit: {categories}",
  consentId: "ID souhlasu",
  gpc: "Respektujeme signál odmítnutí: marketing zůstává vypnutý, pokud jej zde nezapnete.",
  change: "Změnit nastavení cookies",
  categories: {
    necessary: { label: "Nezbytné", description: "Potřebné pro fungování webu a zapamatování této volby." },
    preferences: { label: "Předvolby", description: "Pamatují si nastavení, například váš jazyk." },
    analytics: { label: "Analytika", description: "Pomáhají nám zjistit, jak se web používá, abychom jej mohli zlepšovat." },
    marketing: { label: "Marketing", description: "Měří reklamy a zobrazují vám relevantní nabídky jinde." },
  },
};

export default cs;

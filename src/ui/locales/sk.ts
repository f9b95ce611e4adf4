// Slovak UI strings: `import sk from "consentry/locales/sk"`, then `translations: { sk }` (the drop-in loads them itself).
import type { BundledLocale } from "../i18n";

const sk: BundledLocale = {
  title: "Vážime si vaše súkromie",
  description:
    "S vaším súhlasom používame súbory cookie na analytiku a marketing. Svoju voľbu môžete kedykoľvek zmeniť pomocou odkazu „Nastavenia súborov cookie“ na každej stránke. Prečítajte si naše {policy}.",
  policy: "zásady používania súborov cookie",
  acceptAll: "Prijať všetko",
  rejectAll: "Odmietnuť všetko",
  manage: "Spravovať predvoľby",
  saved: "Vaša voľba bola uložená.",
  dismiss: "Pokračovať bez súhlasu",
  dialogTitle: "Nastavenia súkromia",
  save: "Uložiť predvoľby",
  close: "Zavrieť",
  alwaysActive: "Vždy aktívne",
  allowed: "Povolené",
  notAllowed: "Nepovolené",
  cookies: "Súbory cookie",
  noCookies: "Nič neuvedené.",
  name: "Názov",
  provider: "Poskytovateľ",
  purpose: "Účel",
  duration: "Doba uloženia",
  choice: "Vaša voľba",
  type: "Typ",
  typeCookie: "Súbor cookie",
  typeLocalStorage: "Lokálne úložisko",
  typeSessionStorage: "Úložisko relácie",
  typeIndexedDB: "IndexedDB",
  thirdParty: "Tretia strana",
  exempt: "Aktívne, ak nevznesiete námietku",
  otherTab: "Vaša voľba bola zmenená na inej karte.",
  blocked: "Obsah {name} je zablokovaný, kým nepovolíte: {categories}.",
  allow: "Povoliť: {categories}",
  consentId: "ID súhlasu",
  gpc: "Rešpektujeme signál odmietnutia: marketing zostáva vypnutý, pokiaľ ho tu nezapnete.",
  change: "Zmeniť nastavenia súborov cookie",
  categories: {
    necessary: { label: "Nevyhnutné", description: "Potrebné na fungovanie webu a zapamätanie tejto voľby." },
    preferences: { label: "Predvoľby", description: "Pamätajú si nastavenia, napríklad váš jazyk." },
    analytics: { label: "Analytika", description: "Pomáhajú nám zistiť, ako sa web používa, aby sme ho mohli zlepšovať." },
    marketing: { label: "Marketing", description: "Merajú reklamy a zobrazujú vám relevantné ponuky inde." },
  },
};

export default sk;

// German UI strings: `import de from "consentry/locales/de"`, then `translations: { de }` (the drop-in loads them itself).
import type { BundledLocale } from "../i18n";

const de: BundledLocale = {
  title: "Ihre Privatsphäre ist uns wichtig",
  description:
    "Mit Ihrer Einwilligung verwenden wir Cookies für Analyse und Marketing. Sie können Ihre Wahl jederzeit über den Link „Cookie-Einstellungen“ auf jeder Seite ändern. Lesen Sie unsere {policy}.",
  policy: "Cookie-Richtlinie",
  acceptAll: "Alle akzeptieren",
  rejectAll: "Alle ablehnen",
  manage: "Einstellungen verwalten",
  saved: "Ihre Auswahl wurde gespeichert.",
  dismiss: "Ohne Einwilligung fortfahren",
  dialogTitle: "Datenschutzeinstellungen",
  save: "Einstellungen speichern",
  close: "Schließen",
  alwaysActive: "Immer aktiv",
  allowed: "Erlaubt",
  notAllowed: "Nicht erlaubt",
  cookies: "Cookies",
  noCookies: "Keine angegeben.",
  name: "Name",
  provider: "Anbieter",
  purpose: "Zweck",
  duration: "Dauer",
  choice: "Ihre Wahl",
  type: "Typ",
  typeCookie: "Cookie",
  typeLocalStorage: "Lokaler Speicher",
  typeSessionStorage: "Sitzungsspeicher",
  typeIndexedDB: "IndexedDB",
  thirdParty: "Drittanbieter",
  exempt: "Aktiv, sofern Sie nicht widersprechen",
  otherTab: "Ihre Auswahl wurde in einem anderen Tab geändert.",
  blocked: "{name} ist blockiert, bis Sie {categories} erlauben.",
  allow: "{categories} erlauben",
  consentId: "Einwilligungs-ID",
  gpc: "Opt-out-Signal berücksichtigt: Marketing bleibt aus, außer Sie schalten es hier ein.",
  change: "Cookie-Einstellungen ändern",
  categories: {
    necessary: { label: "Notwendig", description: "Für den Betrieb der Website nötig und um diese Wahl zu speichern." },
    preferences: { label: "Präferenzen", description: "Speichern Einstellungen wie Ihre Sprache." },
    analytics: { label: "Analyse", description: "Helfen uns zu verstehen, wie die Website genutzt wird, damit wir sie verbessern können." },
    marketing: { label: "Marketing", description: "Messen Werbung und zeigen Ihnen passende Angebote auf anderen Websites." },
  },
};

export default de;

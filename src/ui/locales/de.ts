// German UI strings: `import de from "consentry/locales/de"`, then `translations: { de }`.
import type { Locale } from "../i18n";

const de: Locale = {
  title: "Ihre Privatsphäre ist uns wichtig",
  description:
    "Mit Ihrer Einwilligung verwenden wir Cookies für Analyse und Marketing. Sie können Ihre Wahl jederzeit über den Link „Cookie-Einstellungen“ am Ende jeder Seite ändern. Lesen Sie unsere {policy}.",
  policy: "Cookie-Richtlinie",
  acceptAll: "Alle akzeptieren",
  rejectAll: "Alle ablehnen",
  manage: "Einstellungen verwalten",
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
  gpc: "Opt-out-Signal (Global Privacy Control) berücksichtigt: Marketing bleibt aus, außer Sie schalten es hier ein.",
  saved: "Ihre Auswahl wurde gespeichert.",
  change: "Cookie-Einstellungen ändern",
  categories: {
    necessary: { label: "Notwendig", description: "Für den Betrieb der Website nötig, etwa für Sicherheit und um diese Wahl zu speichern." },
    preferences: { label: "Präferenzen", description: "Speichern Einstellungen wie Sprache oder Region." },
    analytics: { label: "Analyse", description: "Helfen uns zu verstehen, wie die Website genutzt wird, damit wir sie verbessern können." },
    marketing: { label: "Marketing", description: "Messen Werbung und zeigen Ihnen passende Angebote auf anderen Websites." },
  },
};

export default de;

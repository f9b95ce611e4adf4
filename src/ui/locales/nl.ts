// Dutch UI strings: `import nl from "consentry/locales/nl"`, then `translations: { nl }` (the drop-in loads them itself).
import type { BundledLocale } from "../i18n";

const nl: BundledLocale = {
  title: "Wij hechten waarde aan uw privacy",
  description:
    "Met uw toestemming gebruiken we cookies voor analyse en marketing. U kunt uw keuze altijd wijzigen via de link ‘Cookie-instellingen’ op elke pagina. Lees ons {policy}.",
  policy: "cookiebeleid",
  acceptAll: "Alles accepteren",
  rejectAll: "Alles weigeren",
  manage: "Voorkeuren beheren",
  saved: "Uw keuzes zijn opgeslagen.",
  dismiss: "Doorgaan zonder te accepteren",
  dialogTitle: "Privacyvoorkeuren",
  save: "Voorkeuren opslaan",
  close: "Sluiten",
  alwaysActive: "Altijd actief",
  allowed: "Toegestaan",
  notAllowed: "Niet toegestaan",
  cookies: "Cookies",
  noCookies: "Geen opgegeven.",
  name: "Naam",
  provider: "Aanbieder",
  purpose: "Doel",
  duration: "Bewaartermijn",
  choice: "Uw keuze",
  type: "Type",
  typeCookie: "Cookie",
  typeLocalStorage: "Lokale opslag",
  typeSessionStorage: "Sessieopslag",
  typeIndexedDB: "IndexedDB",
  thirdParty: "Derde partij",
  exempt: "Actief, tenzij u bezwaar maakt",
  otherTab: "Uw keuzes zijn in een ander tabblad gewijzigd.",
  blocked: "{name} is geblokkeerd totdat u {categories} toestaat.",
  allow: "{categories} toestaan",
  consentId: "Toestemmings-ID",
  gpc: "Opt-outsignaal gerespecteerd: marketing blijft uit, tenzij u het hier inschakelt.",
  change: "Cookie-instellingen wijzigen",
  categories: {
    necessary: { label: "Noodzakelijk", description: "Nodig om de site te laten werken en deze keuze te onthouden." },
    preferences: { label: "Voorkeuren", description: "Onthouden instellingen zoals uw taal." },
    analytics: { label: "Analyse", description: "Helpen ons te zien hoe de site wordt gebruikt, om die te verbeteren." },
    marketing: { label: "Marketing", description: "Meten advertenties en tonen u elders relevante aanbiedingen." },
  },
};

export default nl;

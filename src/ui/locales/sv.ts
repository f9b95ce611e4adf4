// Swedish UI strings: `import sv from "consentry/locales/sv"`, then `translations: { sv }` (the drop-in loads them itself).
import type { BundledLocale } from "../i18n";

const sv: BundledLocale = {
  title: "Vi värnar om din integritet",
  description:
    "Med ditt samtycke använder vi cookies för analys och marknadsföring. Du kan när som helst ändra ditt val via länken ”Cookieinställningar” på varje sida. Läs vår {policy}.",
  policy: "cookiepolicy",
  acceptAll: "Acceptera alla",
  rejectAll: "Avvisa alla",
  manage: "Hantera inställningar",
  saved: "Dina val har sparats.",
  dismiss: "Fortsätt utan att acceptera",
  dialogTitle: "Integritetsinställningar",
  save: "Spara inställningar",
  close: "Stäng",
  alwaysActive: "Alltid aktiva",
  allowed: "Tillåtna",
  notAllowed: "Inte tillåtna",
  cookies: "Cookies",
  noCookies: "Inga angivna.",
  name: "Namn",
  provider: "Leverantör",
  purpose: "Syfte",
  duration: "Lagringstid",
  choice: "Ditt val",
  type: "Typ",
  typeCookie: "Cookie",
  typeLocalStorage: "Lokal lagring",
  typeSessionStorage: "Sessionslagring",
  typeIndexedDB: "IndexedDB",
  thirdParty: "Tredje part",
  exempt: "Aktiva om du inte invänder",
  otherTab: "Dina val ändrades i en annan flik.",
  blocked: "{name} är blockerat tills du tillåter {categories}.",
  allow: "Tillåt {categories}",
  consentId: "Samtyckes-ID",
  gpc: "Signal om avböjande respekteras: marknadsföring förblir avstängd om du inte slår på den här.",
  change: "Ändra cookieinställningar",
  categories: {
    necessary: { label: "Nödvändiga", description: "Behövs för att webbplatsen ska fungera och för att komma ihåg det här valet." },
    preferences: { label: "Preferenser", description: "Kommer ihåg inställningar som ditt språk." },
    analytics: { label: "Analys", description: "Hjälper oss att se hur webbplatsen används, så att vi kan förbättra den." },
    marketing: { label: "Marknadsföring", description: "Mäter annonser och visar dig relevanta erbjudanden på andra webbplatser." },
  },
};

export default sv;

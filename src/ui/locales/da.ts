// Danish UI strings: `import da from "consentry/locales/da"`, then `translations: { da }` (the drop-in loads them itself).
import type { BundledLocale } from "../i18n";

const da: BundledLocale = {
  title: "Vi værner om dit privatliv",
  description:
    "Med dit samtykke bruger vi cookies til statistik og marketing. Du kan til enhver tid ændre dit valg via linket “Cookieindstillinger” på alle sider. Læs vores {policy}.",
  policy: "cookiepolitik",
  acceptAll: "Accepter alle",
  rejectAll: "Afvis alle",
  manage: "Administrer præferencer",
  saved: "Dine valg er gemt.",
  dismiss: "Fortsæt uden at acceptere",
  dialogTitle: "Privatlivsindstillinger",
  save: "Gem præferencer",
  close: "Luk",
  alwaysActive: "Altid aktiv",
  allowed: "Tilladt",
  notAllowed: "Ikke tilladt",
  cookies: "Cookies",
  noCookies: "Ingen angivet.",
  name: "Navn",
  provider: "Udbyder",
  purpose: "Formål",
  duration: "Varighed",
  choice: "Dit valg",
  type: "Type",
  typeCookie: "Cookie",
  typeLocalStorage: "Lokal lagring",
  typeSessionStorage: "Sessionslagring",
  typeIndexedDB: "IndexedDB",
  thirdParty: "Tredjepart",
  exempt: "Aktiv, medmindre du gør indsigelse",
  otherTab: "Dine valg blev ændret i en anden fane.",
  blocked: "{name} er blokeret, indtil du tillader {categories}.",
  allow: "Tillad {categories}",
  consentId: "Samtykke-ID",
  gpc: "Signal om fravalg respekteres: marketing forbliver slået fra, medmindre du slår det til her.",
  change: "Skift cookieindstillinger",
  categories: {
    necessary: { label: "Nødvendige", description: "Kræves for at sitet fungerer og for at huske dette valg." },
    preferences: { label: "Præferencer", description: "Husker indstillinger som dit sprog." },
    analytics: { label: "Statistik", description: "Hjælper os med at se, hvordan sitet bruges, så vi kan forbedre det." },
    marketing: { label: "Marketing", description: "Måler annoncer og viser dig relevante tilbud andre steder." },
  },
};

export default da;

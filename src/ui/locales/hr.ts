// Croatian UI strings: `import hr from "consentry/locales/hr"`, then `translations: { hr }` (the drop-in loads them itself).
import type { BundledLocale } from "../i18n";

const hr: BundledLocale = {
  title: "Cijenimo vašu privatnost",
  description:
    "Uz vašu privolu upotrebljavamo kolačiće za analitiku i marketing. Svoj izbor možete promijeniti u bilo kojem trenutku putem poveznice „Postavke kolačića” na svakoj stranici. Pročitajte naša {policy}.",
  policy: "pravila o kolačićima",
  acceptAll: "Prihvati sve",
  rejectAll: "Odbij sve",
  manage: "Upravljaj postavkama",
  saved: "Vaš je izbor spremljen.",
  dismiss: "Nastavi bez prihvaćanja",
  dialogTitle: "Postavke privatnosti",
  save: "Spremi postavke",
  close: "Zatvori",
  alwaysActive: "Uvijek aktivno",
  allowed: "Dopušteno",
  notAllowed: "Nije dopušteno",
  cookies: "Kolačići",
  noCookies: "Ništa nije navedeno.",
  name: "Naziv",
  provider: "Pružatelj",
  purpose: "Svrha",
  duration: "Trajanje",
  choice: "Vaš izbor",
  type: "Vrsta",
  typeCookie: "Kolačić",
  typeLocalStorage: "Lokalna pohrana",
  typeSessionStorage: "Pohrana sesije",
  typeIndexedDB: "IndexedDB",
  thirdParty: "Treća strana",
  exempt: "Aktivno, osim ako se usprotivite",
  otherTab: "Vaš je izbor promijenjen u drugoj kartici.",
  blocked: "Sadržaj {name} blokiran je dok ne dopustite: {categories}.",
  allow: "Dopusti: {categories}",
  consentId: "ID privole",
  gpc: "Poštujemo signal odbijanja: marketing ostaje isključen osim ako ga ovdje ne uključite.",
  change: "Promijeni postavke kolačića",
  categories: {
    necessary: { label: "Nužni", description: "Potrebni za rad web-mjesta i pamćenje ovog izbora." },
    preferences: { label: "Postavke", description: "Pamte postavke poput vašeg jezika." },
    analytics: { label: "Analitika", description: "Pomažu nam vidjeti kako se web-mjesto upotrebljava kako bismo ga poboljšali." },
    marketing: { label: "Marketing", description: "Mjere oglase i prikazuju vam relevantne ponude drugdje." },
  },
};

export default hr;

// Romanian UI strings: `import ro from "consentry/locales/ro"`, then `translations: { ro }` (the drop-in loads them itself).
import type { BundledLocale } from "../i18n";

const ro: BundledLocale = {
  title: "Respectăm confidențialitatea dumneavoastră",
  description:
    "Cu acordul dumneavoastră, folosim cookie-uri pentru analiză și marketing. Vă puteți modifica oricând alegerea prin linkul „Setări cookie-uri” de pe fiecare pagină. Citiți {policy}.",
  policy: "politica noastră privind cookie-urile",
  acceptAll: "Acceptă toate",
  rejectAll: "Respinge toate",
  manage: "Gestionează preferințele",
  saved: "Alegerile dumneavoastră au fost salvate.",
  dismiss: "Continuă fără a accepta",
  dialogTitle: "Preferințe de confidențialitate",
  save: "Salvează preferințele",
  close: "Închide",
  alwaysActive: "Întotdeauna active",
  allowed: "Permise",
  notAllowed: "Nepermise",
  cookies: "Cookie-uri",
  noCookies: "Niciunul declarat.",
  name: "Nume",
  provider: "Furnizor",
  purpose: "Scop",
  duration: "Durată",
  choice: "Alegerea dumneavoastră",
  type: "Tip",
  typeCookie: "Cookie",
  typeLocalStorage: "Stocare locală",
  typeSessionStorage: "Stocare de sesiune",
  typeIndexedDB: "IndexedDB",
  thirdParty: "Terță parte",
  exempt: "Active, dacă nu vă opuneți",
  otherTab: "Alegerile dumneavoastră au fost modificate în altă filă.",
  blocked: "{name} este blocat până când permiteți: {categories}.",
  allow: "Permite: {categories}",
  consentId: "ID-ul consimțământului",
  gpc: "Semnalul de refuz este respectat: marketingul rămâne dezactivat, cu excepția cazului în care îl activați aici.",
  change: "Modifică setările cookie-urilor",
  categories: {
    necessary: { label: "Necesare", description: "Necesare pentru funcționarea site-ului și pentru a reține această alegere." },
    preferences: { label: "Preferințe", description: "Rețin setări precum limba dumneavoastră." },
    analytics: { label: "Analiză", description: "Ne ajută să vedem cum este folosit site-ul, pentru a-l îmbunătăți." },
    marketing: { label: "Marketing", description: "Măsoară reclamele și vă arată oferte relevante în alte locuri." },
  },
};

export default ro;

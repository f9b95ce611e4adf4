// Italian UI strings: `import it from "consentry/locales/it"`, then `translations: { it }` (the drop-in loads them itself).
import type { BundledLocale } from "../i18n";

const it: BundledLocale = {
  title: "Rispettiamo la tua privacy",
  description:
    "Con il tuo consenso usiamo i cookie per statistiche e marketing. Puoi modificare la tua scelta in qualsiasi momento con il link «Impostazioni cookie» presente in ogni pagina. Leggi la nostra {policy}.",
  policy: "informativa sui cookie",
  acceptAll: "Accetta tutto",
  rejectAll: "Rifiuta tutto",
  manage: "Gestisci preferenze",
  saved: "Le tue scelte sono state salvate.",
  dismiss: "Continua senza accettare",
  dialogTitle: "Preferenze sulla privacy",
  save: "Salva preferenze",
  close: "Chiudi",
  alwaysActive: "Sempre attivi",
  allowed: "Consentiti",
  notAllowed: "Non consentiti",
  cookies: "Cookie",
  noCookies: "Nessuno dichiarato.",
  name: "Nome",
  provider: "Fornitore",
  purpose: "Finalità",
  duration: "Durata",
  choice: "La tua scelta",
  type: "Tipo",
  typeCookie: "Cookie",
  typeLocalStorage: "Archiviazione locale",
  typeSessionStorage: "Archiviazione di sessione",
  typeIndexedDB: "IndexedDB",
  thirdParty: "Terze parti",
  exempt: "Attivi salvo tua opposizione",
  otherTab: "Le tue scelte sono state modificate in un’altra scheda.",
  blocked: "{name} è bloccato finché non consenti: {categories}.",
  allow: "Consenti {categories}",
  consentId: "ID del consenso",
  gpc: "Segnale di opposizione rispettato: il marketing resta disattivato, a meno che tu non lo attivi qui.",
  change: "Modifica le impostazioni dei cookie",
  categories: {
    necessary: { label: "Necessari", description: "Servono al funzionamento del sito e a ricordare questa scelta." },
    preferences: { label: "Preferenze", description: "Ricordano impostazioni come la lingua." },
    analytics: { label: "Statistiche", description: "Ci aiutano a capire come viene usato il sito, per migliorarlo." },
    marketing: { label: "Marketing", description: "Misurano gli annunci e ti mostrano offerte pertinenti altrove." },
  },
};

export default it;

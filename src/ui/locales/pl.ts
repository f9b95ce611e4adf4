// Polish UI strings: `import pl from "consentry/locales/pl"`, then `translations: { pl }` (the drop-in loads them itself).
import type { BundledLocale } from "../i18n";

const pl: BundledLocale = {
  title: "Dbamy o Twoją prywatność",
  description:
    "Za Twoją zgodą używamy plików cookie do celów analitycznych i marketingowych. Możesz w każdej chwili zmienić swój wybór za pomocą linku „Ustawienia plików cookie” na każdej stronie. Przeczytaj naszą {policy}.",
  policy: "politykę plików cookie",
  acceptAll: "Zaakceptuj wszystkie",
  rejectAll: "Odrzuć wszystkie",
  manage: "Zarządzaj preferencjami",
  saved: "Twój wybór został zapisany.",
  dismiss: "Kontynuuj bez akceptacji",
  dialogTitle: "Ustawienia prywatności",
  save: "Zapisz preferencje",
  close: "Zamknij",
  alwaysActive: "Zawsze aktywne",
  allowed: "Dozwolone",
  notAllowed: "Niedozwolone",
  cookies: "Pliki cookie",
  noCookies: "Brak zadeklarowanych.",
  name: "Nazwa",
  provider: "Dostawca",
  purpose: "Cel",
  duration: "Czas przechowywania",
  choice: "Twój wybór",
  type: "Typ",
  typeCookie: "Plik cookie",
  typeLocalStorage: "Pamięć lokalna",
  typeSessionStorage: "Pamięć sesji",
  typeIndexedDB: "IndexedDB",
  thirdParty: "Podmiot zewnętrzny",
  exempt: "Aktywne, chyba że wyrazisz sprzeciw",
  otherTab: "Twój wybór został zmieniony w innej karcie.",
  blocked: "Treść {name} jest zablokowana, dopóki nie zezwolisz na: {categories}.",
  allow: "Zezwól na: {categories}",
  consentId: "Identyfikator zgody",
  gpc: "Uwzględniono sygnał sprzeciwu: marketing pozostaje wyłączony, chyba że włączysz go tutaj.",
  change: "Zmień ustawienia plików cookie",
  categories: {
    necessary: { label: "Niezbędne", description: "Potrzebne do działania strony i zapamiętania tego wyboru." },
    preferences: { label: "Preferencje", description: "Zapamiętują ustawienia, takie jak język." },
    analytics: { label: "Analityka", description: "Pomagają nam zobaczyć, jak strona jest używana, aby ją ulepszać." },
    marketing: { label: "Marketing", description: "Mierzą skuteczność reklam i pokazują Ci trafne oferty w innych miejscach." },
  },
};

export default pl;

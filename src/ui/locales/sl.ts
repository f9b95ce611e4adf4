// Slovenian UI strings: `import sl from "consentry/locales/sl"`, then `translations: { sl }` (the drop-in loads them itself).
import type { BundledLocale } from "../i18n";

const sl: BundledLocale = {
  title: "Cenimo vašo zasebnost",
  description:
    "Z vašo privolitvijo uporabljamo piškotke za analitiko in trženje. Svojo izbiro lahko kadar koli spremenite prek povezave »Nastavitve piškotkov« na vsaki strani. Preberite naš {policy}.",
  policy: "pravilnik o piškotkih",
  acceptAll: "Sprejmi vse",
  rejectAll: "Zavrni vse",
  manage: "Upravljaj nastavitve",
  saved: "Vaša izbira je shranjena.",
  dismiss: "Nadaljuj brez sprejetja",
  dialogTitle: "Nastavitve zasebnosti",
  save: "Shrani nastavitve",
  close: "Zapri",
  alwaysActive: "Vedno aktivno",
  allowed: "Dovoljeno",
  notAllowed: "Ni dovoljeno",
  cookies: "Piškotki",
  noCookies: "Ni navedenih.",
  name: "Ime",
  provider: "Ponudnik",
  purpose: "Namen",
  duration: "Trajanje",
  choice: "Vaša izbira",
  type: "Vrsta",
  typeCookie: "Piškotek",
  typeLocalStorage: "Lokalna shramba",
  typeSessionStorage: "Shramba seje",
  typeIndexedDB: "IndexedDB",
  thirdParty: "Tretja oseba",
  exempt: "Aktivno, razen če ugovarjate",
  otherTab: "Vaša izbira je bila spremenjena v drugem zavihku.",
  blocked: "Vsebina {name} je blokirana, dokler ne dovolite: {categories}.",
  allow: "Dovoli: {categories}",
  consentId: "ID privolitve",
  gpc: "Upoštevamo signal zavrnitve: trženje ostane izklopljeno, razen če ga vklopite tukaj.",
  change: "Spremeni nastavitve piškotkov",
  categories: {
    necessary: { label: "Nujni", description: "Potrebni za delovanje spletnega mesta in za shranjevanje te izbire." },
    preferences: { label: "Nastavitve", description: "Zapomnijo si nastavitve, na primer vaš jezik." },
    analytics: { label: "Analitika", description: "Pomagajo nam videti, kako se spletno mesto uporablja, da ga lahko izboljšamo." },
    marketing: { label: "Trženje", description: "Merijo oglase in vam drugje prikazujejo ustrezne ponudbe." },
  },
};

export default sl;

// Estonian UI strings: `import et from "consentry/locales/et"`, then `translations: { et }` (the drop-in loads them itself).
import type { BundledLocale } from "../i18n";

const et: BundledLocale = {
  title: "Hindame teie privaatsust",
  description:
    "Teie nõusolekul kasutame küpsiseid analüütikaks ja turunduseks. Saate oma valikut igal ajal muuta iga lehe lingi „Küpsiste seaded“ kaudu. Lugege meie {policy}.",
  policy: "küpsiste kasutamise põhimõtteid",
  acceptAll: "Nõustu kõigiga",
  rejectAll: "Keeldu kõigist",
  manage: "Halda eelistusi",
  saved: "Teie valikud on salvestatud.",
  dismiss: "Jätka nõustumata",
  dialogTitle: "Privaatsuseelistused",
  save: "Salvesta eelistused",
  close: "Sulge",
  alwaysActive: "Alati aktiivne",
  allowed: "Lubatud",
  notAllowed: "Pole lubatud",
  cookies: "Küpsised",
  noCookies: "Ühtegi pole märgitud.",
  name: "Nimi",
  provider: "Pakkuja",
  purpose: "Eesmärk",
  duration: "Kestus",
  choice: "Teie valik",
  type: "Tüüp",
  typeCookie: "Küpsis",
  typeLocalStorage: "Kohalik salvestusruum",
  typeSessionStorage: "Seansi salvestusruum",
  typeIndexedDB: "IndexedDB",
  thirdParty: "Kolmas osapool",
  exempt: "Aktiivne, kui te ei vaidle vastu",
  otherTab: "Teie valikuid muudeti teisel vahekaardil.",
  blocked: "{name} on blokeeritud, kuni lubate: {categories}.",
  allow: "Luba {categories}",
  consentId: "Nõusoleku ID",
  gpc: "Loobumissignaali järgitakse: turundus jääb välja lülitatuks, kui te seda siin sisse ei lülita.",
  change: "Muuda küpsiste seadeid",
  categories: {
    necessary: { label: "Vajalikud", description: "Vajalikud saidi toimimiseks ja selle valiku meelespidamiseks." },
    preferences: { label: "Eelistused", description: "Jätavad meelde seaded, näiteks teie keele." },
    analytics: { label: "Analüütika", description: "Aitavad meil näha, kuidas saiti kasutatakse, et seda parandada." },
    marketing: { label: "Turundus", description: "Mõõdavad reklaame ja näitavad teile mujal asjakohaseid pakkumisi." },
  },
};

export default et;

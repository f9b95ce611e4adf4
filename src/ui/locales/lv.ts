// Latvian UI strings: `import lv from "consentry/locales/lv"`, then `translations: { lv }` (the drop-in loads them itself).
import type { BundledLocale } from "../i18n";

const lv: BundledLocale = {
  title: "Mēs novērtējam jūsu privātumu",
  description:
    "Ar jūsu piekrišanu mēs izmantojam sīkdatnes analītikai un mārketingam. Savu izvēli jebkurā laikā varat mainīt, izmantojot saiti “Sīkdatņu iestatījumi” katrā lapā. Izlasiet mūsu {policy}.",
  policy: "sīkdatņu politiku",
  acceptAll: "Pieņemt visas",
  rejectAll: "Noraidīt visas",
  manage: "Pārvaldīt preferences",
  saved: "Jūsu izvēle ir saglabāta.",
  dismiss: "Turpināt, nepiekrītot",
  dialogTitle: "Privātuma preferences",
  save: "Saglabāt preferences",
  close: "Aizvērt",
  alwaysActive: "Vienmēr aktīvas",
  allowed: "Atļautas",
  notAllowed: "Nav atļautas",
  cookies: "Sīkdatnes",
  noCookies: "Nav norādītas.",
  name: "Nosaukums",
  provider: "Nodrošinātājs",
  purpose: "Nolūks",
  duration: "Ilgums",
  choice: "Jūsu izvēle",
  type: "Veids",
  typeCookie: "Sīkdatne",
  typeLocalStorage: "Lokālā krātuve",
  typeSessionStorage: "Sesijas krātuve",
  typeIndexedDB: "IndexedDB",
  thirdParty: "Trešā puse",
  exempt: "Aktīvas, ja vien neiebilstat",
  otherTab: "Jūsu izvēle tika mainīta citā cilnē.",
  blocked: "{name} ir bloķēts, līdz atļausiet: {categories}.",
  allow: "Atļaut: {categories}",
  consentId: "Piekrišanas ID",
  gpc: "Atteikšanās signāls tiek ievērots: mārketings paliek izslēgts, ja vien to šeit neieslēdzat.",
  change: "Mainīt sīkdatņu iestatījumus",
  categories: {
    necessary: { label: "Nepieciešamās", description: "Vajadzīgas vietnes darbībai un šīs izvēles atcerēšanai." },
    preferences: { label: "Preferences", description: "Atceras iestatījumus, piemēram, jūsu valodu." },
    analytics: { label: "Analītika", description: "Palīdz mums redzēt, kā vietne tiek izmantota, lai to uzlabotu." },
    marketing: { label: "Mārketings", description: "Mēra reklāmas un rāda jums atbilstošus piedāvājumus citur." },
  },
};

export default lv;

// Lithuanian UI strings: `import lt from "consentry/locales/lt"`, then `translations: { lt }` (the drop-in loads them itself).
import type { BundledLocale } from "../i18n";

const lt: BundledLocale = {
  title: "Mums rūpi jūsų privatumas",
  description:
    "Gavę jūsų sutikimą naudojame slapukus analitikai ir rinkodarai. Savo pasirinkimą bet kada galite pakeisti kiekviename puslapyje esančia nuoroda „Slapukų nustatymai“. Perskaitykite mūsų {policy}.",
  policy: "slapukų politiką",
  acceptAll: "Priimti visus",
  rejectAll: "Atmesti visus",
  manage: "Tvarkyti nuostatas",
  saved: "Jūsų pasirinkimai išsaugoti.",
  dismiss: "Tęsti nesutikus",
  dialogTitle: "Privatumo nuostatos",
  save: "Išsaugoti nuostatas",
  close: "Uždaryti",
  alwaysActive: "Visada aktyvūs",
  allowed: "Leidžiama",
  notAllowed: "Neleidžiama",
  cookies: "Slapukai",
  noCookies: "Nenurodyta.",
  name: "Pavadinimas",
  provider: "Teikėjas",
  purpose: "Paskirtis",
  duration: "Trukmė",
  choice: "Jūsų pasirinkimas",
  type: "Tipas",
  typeCookie: "Slapukas",
  typeLocalStorage: "Vietinė saugykla",
  typeSessionStorage: "Seanso saugykla",
  typeIndexedDB: "IndexedDB",
  thirdParty: "Trečioji šalis",
  exempt: "Aktyvūs, jei neprieštaraujate",
  otherTab: "Jūsų pasirinkimai buvo pakeisti kitame skirtuke.",
  blocked: "{name} užblokuotas, kol neleisite: {categories}.",
  allow: "Leisti: {categories}",
  consentId: "Sutikimo ID",
  gpc: "Atsižvelgiama į atsisakymo signalą: rinkodara lieka išjungta, nebent ją įjungsite čia.",
  change: "Keisti slapukų nustatymus",
  categories: {
    necessary: { label: "Būtini", description: "Reikalingi, kad svetainė veiktų ir įsimintų šį pasirinkimą." },
    preferences: { label: "Nuostatos", description: "Įsimena nustatymus, pavyzdžiui, jūsų kalbą." },
    analytics: { label: "Analitika", description: "Padeda mums matyti, kaip naudojamasi svetaine, kad galėtume ją tobulinti." },
    marketing: { label: "Rinkodara", description: "Matuoja reklamą ir rodo jums aktualius pasiūlymus kitur." },
  },
};

export default lt;

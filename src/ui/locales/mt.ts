// Maltese UI strings: `import mt from "consentry/locales/mt"`, then `translations: { mt }` (the drop-in loads them itself).
import type { BundledLocale } from "../i18n";

const mt: BundledLocale = {
  title: "Nirrispettaw il-privatezza tiegħek",
  description:
    "Bil-kunsens tiegħek nużaw il-cookies għall-analitika u l-marketing. Tista’ tibdel l-għażla tiegħek fi kwalunkwe ħin permezz tal-link “Issettjar tal-cookies” f’kull paġna. Aqra {policy}.",
  policy: "il-politika tagħna dwar il-cookies",
  acceptAll: "Aċċetta kollox",
  rejectAll: "Irrifjuta kollox",
  manage: "Immaniġġja l-preferenzi",
  saved: "L-għażliet tiegħek ġew salvati.",
  dismiss: "Kompli mingħajr ma taċċetta",
  dialogTitle: "Preferenzi tal-privatezza",
  save: "Salva l-preferenzi",
  close: "Agħlaq",
  alwaysActive: "Dejjem attivi",
  allowed: "Permessi",
  notAllowed: "Mhux permessi",
  cookies: "Cookies",
  noCookies: "Xejn iddikjarat.",
  name: "Isem",
  provider: "Fornitur",
  purpose: "Għan",
  duration: "Tul ta’ żmien",
  choice: "L-għażla tiegħek",
  type: "Tip",
  typeCookie: "Cookie",
  typeLocalStorage: "Ħażna lokali",
  typeSessionStorage: "Ħażna tas-sessjoni",
  typeIndexedDB: "IndexedDB",
  thirdParty: "Parti terza",
  exempt: "Attivi sakemm ma toġġezzjonax",
  otherTab: "L-għażliet tiegħek inbidlu f’tab oħra.",
  blocked: "{name} huwa mblukkat sakemm tippermetti: {categories}.",
  allow: "Ippermetti: {categories}",
  consentId: "ID tal-kunsens",
  gpc: "Is-sinjal ta’ rifjut huwa rispettat: il-marketing jibqa’ mitfi sakemm ma tixgħelx hawn.",
  change: "Ibdel l-issettjar tal-cookies",
  categories: {
    necessary: { label: "Meħtieġa", description: "Meħtieġa biex is-sit jaħdem u biex tiġi mfakkra din l-għażla." },
    preferences: { label: "Preferenzi", description: "Jiftakru l-issettjar bħall-lingwa tiegħek." },
    analytics: { label: "Analitika", description: "Jgħinuna naraw kif jintuża s-sit, biex intejbuh." },
    marketing: { label: "Marketing", description: "Ikejlu r-reklami u juruk offerti rilevanti x’imkien ieħor." },
  },
};

export default mt;

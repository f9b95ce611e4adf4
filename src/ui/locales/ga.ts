// Irish UI strings: `import ga from "consentry/locales/ga"`, then `translations: { ga }` (the drop-in loads them itself).
import type { BundledLocale } from "../i18n";

const ga: BundledLocale = {
  title: "Tá meas againn ar do phríobháideachas",
  description:
    "Le do thoiliú, úsáidimid fianáin le haghaidh anailíse agus margaíochta. Is féidir leat do rogha a athrú am ar bith leis an nasc ‘Socruithe fianán’ ar gach leathanach. Léigh an {policy}.",
  policy: "beartas fianán",
  acceptAll: "Glac le gach ceann",
  rejectAll: "Diúltaigh do gach ceann",
  manage: "Bainistigh sainroghanna",
  saved: "Sábháladh do roghanna.",
  dismiss: "Lean ar aghaidh gan glacadh",
  dialogTitle: "Sainroghanna príobháideachta",
  save: "Sábháil sainroghanna",
  close: "Dún",
  alwaysActive: "Gníomhach i gcónaí",
  allowed: "Ceadaithe",
  notAllowed: "Gan cheadú",
  cookies: "Fianáin",
  noCookies: "Níor fógraíodh aon cheann.",
  name: "Ainm",
  provider: "Soláthraí",
  purpose: "Cuspóir",
  duration: "Fad",
  choice: "Do rogha",
  type: "Cineál",
  typeCookie: "Fianán",
  typeLocalStorage: "Stóráil áitiúil",
  typeSessionStorage: "Stóráil seisiúin",
  typeIndexedDB: "IndexedDB",
  thirdParty: "Tríú páirtí",
  exempt: "Gníomhach mura ndéanann tú agóid",
  otherTab: "Athraíodh do roghanna i gcluaisín eile.",
  blocked: "Tá {name} blocáilte go dtí go gceadaíonn tú: {categories}.",
  allow: "Ceadaigh: {categories}",
  consentId: "Aitheantas toilithe",
  gpc: "Urramaítear an comhartha diúltaithe: fanann an mhargaíocht múchta mura gcuireann tú ar siúl anseo í.",
  change: "Athraigh socruithe fianán",
  categories: {
    necessary: { label: "Riachtanach", description: "Teastaíonn siad chun go n-oibreoidh an suíomh agus chun an rogha seo a mheabhrú." },
    preferences: { label: "Sainroghanna", description: "Meabhraíonn siad socruithe ar nós do theanga." },
    analytics: { label: "Anailísíocht", description: "Cabhraíonn siad linn a fheiceáil conas a úsáidtear an suíomh, chun é a fheabhsú." },
    marketing: { label: "Margaíocht", description: "Tomhaiseann siad fógraí agus taispeánann siad tairiscintí ábhartha duit in áiteanna eile." },
  },
};

export default ga;

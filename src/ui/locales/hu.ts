// Hungarian UI strings: `import hu from "consentry/locales/hu"`, then `translations: { hu }` (the drop-in loads them itself).
import type { BundledLocale } from "../i18n";

const hu: BundledLocale = {
  title: "Tiszteletben tartjuk az Ön magánszféráját",
  description:
    "Az Ön hozzájárulásával sütiket használunk elemzési és marketingcélokra. Döntését bármikor módosíthatja a minden oldalon megtalálható „Süti-beállítások” hivatkozással. Olvassa el {policy}.",
  policy: "a sütikre vonatkozó szabályzatunkat",
  acceptAll: "Összes elfogadása",
  rejectAll: "Összes elutasítása",
  manage: "Beállítások kezelése",
  saved: "Döntését elmentettük.",
  dismiss: "Folytatás elfogadás nélkül",
  dialogTitle: "Adatvédelmi beállítások",
  save: "Beállítások mentése",
  close: "Bezárás",
  alwaysActive: "Mindig aktív",
  allowed: "Engedélyezve",
  notAllowed: "Nincs engedélyezve",
  cookies: "Sütik",
  noCookies: "Nincs megadva.",
  name: "Név",
  provider: "Szolgáltató",
  purpose: "Cél",
  duration: "Időtartam",
  choice: "Az Ön döntése",
  type: "Típus",
  typeCookie: "Süti",
  typeLocalStorage: "Helyi tárhely",
  typeSessionStorage: "Munkamenet-tárhely",
  typeIndexedDB: "IndexedDB",
  thirdParty: "Harmadik fél",
  exempt: "Aktív, hacsak nem tiltakozik",
  otherTab: "Döntését egy másik lapon módosították.",
  blocked: "{name} letiltva, amíg nem engedélyezi: {categories}.",
  allow: "Engedélyezés: {categories}",
  consentId: "Hozzájárulás-azonosító",
  gpc: "Tiszteletben tartjuk az elutasítási jelzést: a marketing kikapcsolva marad, hacsak itt be nem kapcsolja.",
  change: "Süti-beállítások módosítása",
  categories: {
    necessary: { label: "Szükséges", description: "A webhely működéséhez és e döntés megjegyzéséhez szükségesek." },
    preferences: { label: "Preferenciák", description: "Megjegyzik a beállításokat, például az Ön nyelvét." },
    analytics: { label: "Elemzés", description: "Segítenek megérteni, hogyan használják a webhelyet, hogy fejleszthessük." },
    marketing: { label: "Marketing", description: "Mérik a hirdetéseket, és máshol releváns ajánlatokat mutatnak Önnek." },
  },
};

export default hu;

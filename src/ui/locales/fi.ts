// Finnish UI strings: `import fi from "consentry/locales/fi"`, then `translations: { fi }` (the drop-in loads them itself).
import type { BundledLocale } from "../i18n";

const fi: BundledLocale = {
  title: "Arvostamme yksityisyyttäsi",
  description:
    "Käytämme suostumuksellasi evästeitä analytiikkaan ja markkinointiin. Voit muuttaa valintaasi milloin tahansa jokaisella sivulla olevasta Evästeasetukset-linkistä. Lue {policy}.",
  policy: "evästekäytäntömme",
  acceptAll: "Hyväksy kaikki",
  rejectAll: "Hylkää kaikki",
  manage: "Hallitse asetuksia",
  saved: "Valintasi on tallennettu.",
  dismiss: "Jatka hyväksymättä",
  dialogTitle: "Tietosuoja-asetukset",
  save: "Tallenna asetukset",
  close: "Sulje",
  alwaysActive: "Aina käytössä",
  allowed: "Sallittu",
  notAllowed: "Ei sallittu",
  cookies: "Evästeet",
  noCookies: "Ei ilmoitettuja.",
  name: "Nimi",
  provider: "Palveluntarjoaja",
  purpose: "Käyttötarkoitus",
  duration: "Kesto",
  choice: "Valintasi",
  type: "Tyyppi",
  typeCookie: "Eväste",
  typeLocalStorage: "Paikallinen tallennustila",
  typeSessionStorage: "Istuntotallennustila",
  typeIndexedDB: "IndexedDB",
  thirdParty: "Kolmas osapuoli",
  exempt: "Käytössä, ellet vastusta",
  otherTab: "Valintojasi muutettiin toisessa välilehdessä.",
  blocked: "{name} on estetty, kunnes sallit seuraavat: {categories}.",
  allow: "Salli {categories}",
  consentId: "Suostumustunnus",
  gpc: "Kieltäytymissignaalia noudatetaan: markkinointi pysyy pois päältä, ellet kytke sitä tästä päälle.",
  change: "Muuta evästeasetuksia",
  categories: {
    necessary: { label: "Välttämättömät", description: "Tarvitaan sivuston toimintaan ja tämän valinnan muistamiseen." },
    preferences: { label: "Mieltymykset", description: "Muistavat asetukset, kuten kielesi." },
    analytics: { label: "Analytiikka", description: "Auttavat meitä näkemään, miten sivustoa käytetään, jotta voimme parantaa sitä." },
    marketing: { label: "Markkinointi", description: "Mittaavat mainontaa ja näyttävät sinulle osuvia tarjouksia muualla." },
  },
};

export default fi;

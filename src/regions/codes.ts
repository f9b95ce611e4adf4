// Which region codes exist (issue 29): ISO 3166-1 alpha-2 countries, and the ISO 3166-2 subdivisions a rule set may
// name on its own (US states and Canadian provinces, where privacy law differs by subdivision). Another country's
// subdivision (FR-IDF, DE-BY) is read as its country.

const COUNTRIES = new Set(
  (
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA " +
    "CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA " +
    "GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP " +
    "KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS " +
    "MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS " +
    "RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW " +
    "TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW"
  ).split(" "),
);

const SUBDIVISIONS: Readonly<Record<string, readonly string[]>> = {
  US: (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA " +
    "RI SC SD TN TX UT VT VA WA WV WI WY DC AS GU MP PR UM VI"
  ).split(" "),
  CA: "AB BC MB NB NL NS NT NU ON PE QC SK YT".split(" "),
};

/** What a hint or a rule-set key may look like: `FR`, `US-CA`, `GB-ENG` (ISO 3166-2 allows 1 to 3 characters). */
export const REGION_CODE = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;

/**
 * The code as rules see it, or undefined for a code no country has: `US-CA` stays, `FR-IDF` becomes `FR`, `US-ZZ`
 * and `ZZ` are unknown.
 */
export function knownRegion(code: string): string | undefined {
  if (!REGION_CODE.test(code)) return undefined;
  const [country = "", subdivision] = code.split("-");
  if (!COUNTRIES.has(country)) return undefined;
  if (!subdivision) return country;
  const listed = SUBDIVISIONS[country];
  if (!listed) return country;
  return listed.includes(subdivision) ? code : undefined;
}

/** Every code a rule-set key may be (countries, then the listed subdivisions), for the JSON Schema's key list. */
export const allRegionCodes = (): string[] => [
  ...COUNTRIES,
  ...Object.entries(SUBDIVISIONS).flatMap(([country, codes]) => codes.map((code) => `${country}-${code}`)),
];

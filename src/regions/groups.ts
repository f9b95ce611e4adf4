// Named region groups (issue 29): which ISO 3166 codes each one holds, when the list was last checked and where from.
// Data, not logic: the rule sets that use them are the site's (docs/regions.md), and a list that changes (a US state
// passing a privacy law) is a one-line change here with a new `checked` date.

export interface RegionGroup {
  readonly codes: readonly string[];
  /** ISO date this list was last compared with `source`. */
  readonly checked: string;
  readonly source: string;
  /** What the list means, for docs/regions.md and `consentry check`'s messages. */
  readonly about: string;
}

const EU = "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split(" ");

export const REGION_GROUPS: Readonly<Record<string, RegionGroup>> = {
  EU: {
    codes: EU,
    checked: "2026-12-07",
    source: "https://european-union.europa.eu/principles-countries-history/eu-countries_en",
    about: "the 27 member states of the European Union (GDPR, ePrivacy Directive Art. 5(3))",
  },
  EEA: {
    codes: [...EU, "IS", "LI", "NO"],
    checked: "2026-12-07",
    source: "https://www.efta.int/eea (EU member states plus Iceland, Liechtenstein, Norway)",
    about: "the European Economic Area: the EU plus Iceland, Liechtenstein and Norway (GDPR applies through the EEA Agreement)",
  },
  UK: {
    codes: ["GB"],
    checked: "2026-12-07",
    source: "ISO 3166-1 (the United Kingdom is GB); UK GDPR and PECR as amended by the Data (Use and Access) Act 2025",
    about: "the United Kingdom (UK GDPR, PECR)",
  },
  CH: {
    codes: ["CH"],
    checked: "2026-12-07",
    source: "ISO 3166-1; Swiss Federal Act on Data Protection (revFADP, in force 1 Sep 2023)",
    about: "Switzerland (revFADP)",
  },
  "US-PRIVACY-STATES": {
    // Comprehensive consumer privacy laws in force with a right to opt out of sale/sharing or targeted advertising.
    codes: "CA CO CT DE IA IN KY MD MN MT NE NH NJ OR RI TN TX UT VA".split(" ").map((state) => `US-${state}`),
    checked: "2026-12-07",
    source:
      "IAPP US State Privacy Legislation Tracker (https://iapp.org/resources/article/us-state-privacy-legislation-tracker/) and each statute's effective date",
    about: "US states with a comprehensive consumer privacy law in force (California's CCPA/CPRA and the states that followed)",
  },
};

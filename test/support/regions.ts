// One rule set per kind of region, as a site would write `regions` (issue 29): the unit and Chromium tests share it.
export const REGIONS = {
  EEA: { mode: "opt-in" },
  UK: { mode: "opt-in", on: ["analytics"] },
  "US-PRIVACY-STATES": { mode: "opt-out" },
  US: { mode: "notice" },
  "*": { mode: "none" },
};

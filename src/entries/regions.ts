// `consentry/regions` (issue 29): the rule set for the visitor's region on npm and in React, as the drop-in's part
// applies it: `createConsent(regional.config, regional)` or `<ConsentProvider {...regional}>`, where
// `const regional = withRegion(config, code)`. Nothing happens at import.
import type { Integration } from "../api";
import { optOutLinks } from "../addons/regions";
import { ConfigError } from "../core/config";
import * as s from "../core/schema";
import type { StoreEnvironment } from "../core/store";
import type { ConsentConfig } from "../integrations/config";
import { parseRegion, readRegion } from "../regions/hint";
import { applyRegion, looserThan, parseRegions, type RuleSetInput } from "../regions/rules";

export { REGION_GROUPS, type RegionGroup } from "../regions/groups";
export type { RuleSet, RuleSetInput } from "../regions/rules";

/** A config with `regions` (docs/regions.md). */
export type RegionalConfigInput = ConsentConfig & {
  regions?: Readonly<Record<string, RuleSetInput>>;
  regionFromTimeZone?: boolean;
};

export interface Regional {
  /** The config for the region, for `createConsent` or `<ConsentProvider config>`. */
  readonly config: ConsentConfig;
  /** The opt-out link's wiring (`[data-consent-opt-out]`). */
  readonly integrations: readonly Integration[];
  /** The record's region and mode, and asking again when a stored decision was made under looser rules. */
  readonly environment: Partial<StoreEnvironment>;
}

/**
 * The config with the rule set of `region` applied (an ISO 3166 code your server knows: `FR`, `US-CA`). Without a
 * `region`, in a browser, the page's hint (`data-consent-region` on <html>, the `consentry-region` cookie) is read;
 * on a server, or with no hint, or an unknown code (warned about), the strictest rules apply. Throws a ConfigError
 * naming the path for bad `regions`.
 */
export function withRegion(input: RegionalConfigInput, region?: string): Regional {
  const checked = parseRegions(input);
  if (!checked.ok) throw new ConfigError(checked.issues.map(s.formatIssue));
  const code =
    region !== undefined
      ? parseRegion(region, "withRegion")
      : typeof document == "undefined"
        ? undefined
        : readRegion({ document, timeZone: input.regionFromTimeZone === true });
  const applied = applyRegion(input as Record<string, unknown>, checked.value, code);
  return {
    config: applied.config as ConsentConfig,
    integrations: [optOutLinks(applied.rule, (name) => Promise.reject(new Error(`consentry: ${name} is for the drop-in; pass translations`)))],
    environment: { stamp: applied.stamp, stale: looserThan(applied.stamp.mode) },
  };
}

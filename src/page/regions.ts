// Issue 29: the drop-in's few lines for a config with `regions`. The region's rule set is applied to the config by the
// regions part (dist/consentry.regions.mjs, src/addons/regions.ts) before the store starts, so the store, the gate and
// the UI only ever see a plain config. A config with `regions` always brings the SDK (issue 27): the first layer
// cannot tell whether a stored decision still holds under the visitor's rules; until the SDK starts, calls wait.
import type { ConsentApi, PartLoader, Parts } from "../api";
import { ConfigError } from "../core/config";
import type RegionalStart from "../addons/regions";

type Start = Parameters<typeof RegionalStart>[0]["start"];

export const hasRegions = (config: unknown): config is Record<string, unknown> =>
  !!config && typeof config == "object" && ("regions" in config || "regionFromTimeZone" in config);

/**
 * Starts the SDK under the visitor's rules: the regions part (dist/consentry.regions.mjs) checks `regions`, reads the
 * region the server gave, applies its rule set and starts the store with the result. The first layer pushed Consent
 * Mode's default already (G-02); the part adds the region-specific ones.
 */
export function startInRegion(
  config: Record<string, unknown>,
  script: Element | null | undefined,
  load: PartLoader,
  parts: Parts,
  startWith: (config: unknown, parts: Parts) => ConsentApi,
): Promise<ConsentApi> {
  const start: Start = (input, environment, integration, issues) =>
    startWith(issues ? new ConfigError(issues) : input, { ...parts, environment, integrations: [...parts.integrations!, integration] });
  return load("regions").then(
    (part) => (part as typeof RegionalStart)({ config, script: script ?? null, start, load }),
    // Without its rules the page cannot know what may run: safe mode, which says why (the part's file name).
    (error: Error) => start(new ConfigError([`regions: ${error.message}`]), {}, () => {}),
  );
}

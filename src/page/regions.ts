// Issue 29: the drop-in's few lines for a config with `regions`. The region's rule set is applied to the config by the
// regions part (dist/consentry.regions.mjs, src/addons/regions.ts) before the store starts, so the store, the gate and
// the UI only ever see a plain config. Meanwhile `window.Consent` stays the page's queue (calls wait, as under a
// `defer`red drop-in), and Consent Mode's general default, all denied, is pushed now: before any Google tag (G-02).
import type { ConsentApi, PartLoader, Parts } from "../api";
import { ConfigError } from "../core/config";
import { consentModeDefault, DEFAULT_CONSENT_MODE_MAPPING } from "../integrations/google-consent-mode";
import type RegionalStart from "../addons/regions";

type Start = Parameters<typeof RegionalStart>[0]["start"];

export const hasRegions = (config: unknown): config is Record<string, unknown> =>
  !!config && typeof config == "object" && ("regions" in config || "regionFromTimeZone" in config);

export function startInRegion(
  config: Record<string, unknown>,
  script: Element | null,
  load: PartLoader,
  parts: Parts,
  startWith: (config: unknown, parts: Parts) => ConsentApi,
  install: (api: ConsentApi) => void,
): void {
  const start: Start = (input, environment, integration, issues) =>
    startWith(issues ? new ConfigError(issues) : input, { ...parts, environment, integrations: [...parts.integrations!, integration] });
  // The usual default (its settings are checked when the store starts; one that differs then follows this one).
  if (config.googleConsentMode) consentModeDefault(window, {}, DEFAULT_CONSENT_MODE_MAPPING);
  (window as { Consent?: unknown }).Consent ??= [];
  load("regions").then(
    (part) => install((part as typeof RegionalStart)({ config, script, start, load })),
    // Without its rules the page cannot know what may run: safe mode, which says why (the part's file name).
    (error: Error) => install(start(new ConfigError([`regions: ${error.message}`]), {}, () => {})),
  );
}

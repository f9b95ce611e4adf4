// The config as a site writes it: core's keys plus the vendor sections the integrations read (DESIGN 5). Core knows
// categories, not vendors; this file is where the two meet, for the types and for `parseConfig` of `consentry`.
import type { BaseConfig, BaseResolvedConfig } from "../core/config";
import { parseConfig as parseWith } from "../core/config";
import { consentModeSection, type GoogleConsentModeConfig, type GoogleConsentModeInput } from "./consent-mode-config";
import { posthogSection, type PostHogConfig, type PostHogInput } from "./posthog-config";

/** What a page may pass: every key optional, defaults filled in by `parseConfig`. */
export type ConsentConfig = BaseConfig & {
  posthog?: PostHogInput;
  googleConsentMode?: GoogleConsentModeInput;
};
export type ResolvedConfig = BaseResolvedConfig & {
  posthog?: PostHogConfig;
  googleConsentMode?: GoogleConsentModeConfig;
};

/** `parseConfig` of `consentry`: every vendor section checked with its own schema, as `createConsent` does. */
export const parseConfig = (input: unknown): ResolvedConfig => parseWith(input, [posthogSection, consentModeSection]) as ResolvedConfig;

export type { GoogleConsentModeConfig, ConsentModeType } from "./consent-mode-config";
export type { PostHogConfig } from "./posthog-config";

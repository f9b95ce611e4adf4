// The config as a site writes it: core's keys plus the vendor sections the integrations read (DESIGN 5). Core knows
// categories, not vendors; this file is where the two meet, for the types and for `parseConfig` of `consentry`.
import type { BaseConfig, BaseResolvedConfig, ConfigSection } from "../core/config";
import { parseConfig as parseWith } from "../core/config";
import { consentModeSection, type GoogleConsentModeConfig, type GoogleConsentModeInput } from "./consent-mode-config";
import { posthogSection, type PostHogConfig, type PostHogInput } from "./posthog-config";
import { unclaimedServices } from "./unclaimed-services";

/** What a page may pass: every key optional, defaults filled in by `parseConfig`. */
export type ConsentConfig = BaseConfig & {
  posthog?: PostHogInput;
  googleConsentMode?: GoogleConsentModeInput;
  services?: ServicesInput;
};
export type ResolvedConfig = BaseResolvedConfig & {
  posthog?: PostHogConfig;
  googleConsentMode?: GoogleConsentModeConfig;
  services?: ServicesInput;
};

/**
 * `services: { clarity: { id: "..." }, youtube: {} }` (issue 26): each catalog service's own settings (its ids), and
 * what every service takes. Checked by the services runtime (src/services), against each service's schema.
 */
export type ServicesInput = Readonly<
  Record<
    string,
    {
      /** Moves the service to another category than its default. */
      readonly category?: string;
      /** Its script from elsewhere: self-hosted, or through a first-party proxy. */
      readonly src?: string;
      /** Only for vendors that document "load denied, then update" (Google tags, Clarity): a request before consent. */
      readonly beforeConsent?: boolean;
      readonly [param: string]: unknown;
    }
  >
>;

/**
 * `parseConfig` of `consentry`: every vendor section checked with its own schema, as `createConsent` does; `services`
 * only with the sections passed (`servicesSection(catalog)`), as `createConsent` with `services(...)` does.
 */
export const parseConfig = (input: unknown, sections: readonly ConfigSection[] = []): ResolvedConfig =>
  parseWith(input, [unclaimedServices, posthogSection, consentModeSection, ...sections]) as ResolvedConfig;

export type { GoogleConsentModeConfig, ConsentModeType } from "./consent-mode-config";
export type { PostHogConfig } from "./posthog-config";

// `googleConsentMode: {...}` in the config (REQUIREMENTS 3), checked by the integration that reads it: a headless
// bundle without Consent Mode carries none of this.
import { CATEGORY_ID } from "../core/category-id";
import type { ConfigSection } from "../core/config";
import * as s from "../core/schema";

const optionalText = s.optional(s.string());

/** Google's Consent Mode v2 types; `consentry check`'s schema reads the same list (src/node/schema.ts). */
export const CONSENT_MODE_TYPES = [
  "ad_storage",
  "ad_user_data",
  "ad_personalization",
  "analytics_storage",
  "functionality_storage",
  "personalization_storage",
  "security_storage",
] as const;

const googleConsentModeConfig = s.object({
  /** Category id -> Consent Mode types it grants (G-05). */
  mapping: s.optional(s.record(s.string(CATEGORY_ID), s.array(s.oneOf(CONSENT_MODE_TYPES)))),
  waitForUpdate: s.withDefault(s.number(0, 60_000, true), 500),
  regions: s.optional(s.array(s.string())),
  adsDataRedaction: s.withDefault(s.boolean(), false),
  urlPassthrough: s.withDefault(s.boolean(), false),
  /** G-07: load Google's tag before consent (cookieless pings). Off by default. */
  advanced: s.withDefault(s.boolean(), false),
  /** A gtag.js measurement id; the tag is loaded through a gated loader (basic mode). */
  tagId: optionalText,
  tagUrl: optionalText,
  category: s.withDefault(s.string(), "analytics"),
});

export type GoogleConsentModeConfig = s.Output<typeof googleConsentModeConfig>;
export type GoogleConsentModeInput = s.Input<typeof googleConsentModeConfig>;
export type ConsentModeType = (typeof CONSENT_MODE_TYPES)[number];

export const consentModeSection: ConfigSection<GoogleConsentModeConfig> = { key: "googleConsentMode", schema: googleConsentModeConfig };

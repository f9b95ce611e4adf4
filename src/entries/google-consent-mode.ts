// `consentry/google-consent-mode`: Google Consent Mode v2 for the npm package (REQUIREMENTS 3). Nothing happens at import.
import type { Integration } from "../api";
import { consentModeSection, type GoogleConsentModeConfig } from "../integrations/consent-mode-config";
import { consentModeIntegration } from "../integrations/google-consent-mode";
import { withSection } from "../integrations/section";

export {
  consentModeValues,
  DEFAULT_CONSENT_MODE_MAPPING,
  type ConsentModeMapping,
  type ConsentModeValues,
} from "../integrations/google-consent-mode";
export type { ConsentModeType, GoogleConsentModeConfig } from "../integrations/consent-mode-config";

/**
 * The integration, for `createConsent(config, { integrations: [googleConsentMode({ tagId: "G-XXXX" })] })`:
 * `default` at start, `update` per decision, Google's tag gated (basic mode). Without options it reads
 * `googleConsentMode` from the config, and does nothing when that is absent.
 */
export function googleConsentMode(options?: Partial<GoogleConsentModeConfig>): Integration {
  return withSection(consentModeIntegration(options), consentModeSection);
}

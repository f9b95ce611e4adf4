// The integrations the drop-in and `createConsent` wire from config keys (`posthog`, `googleConsentMode`, `log`);
// each does nothing unless its key is set.
import type { Integration } from "../api";
import { consentLogIntegration } from "./consent-log";
import { consentModeSection } from "./consent-mode-config";
import { posthogSection } from "./posthog-config";
import { consentModeIntegration } from "./google-consent-mode";
import { posthogIntegration } from "./posthog";
import { withSection } from "./section";
import { unclaimedServicesIntegration } from "./unclaimed-services";

// Consent Mode first: its `default` must precede anything that could push to the dataLayer (G-02).
// `services` is refused until `services(...)` from consentry/services is passed after these (the last section wins).
export const builtInIntegrations: readonly Integration[] = [
  unclaimedServicesIntegration,
  withSection(consentModeIntegration(), consentModeSection),
  withSection(posthogIntegration, posthogSection),
  consentLogIntegration,
];
export { parseConfig } from "./config";

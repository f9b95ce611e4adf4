// The integrations the drop-in and `createConsent` wire from config keys (`posthog`, `googleConsentMode`, `log`);
// each does nothing unless its key is set.
import type { Integration } from "../api";
import { consentLogIntegration } from "./consent-log";
import { consentModeIntegration } from "./google-consent-mode";
import { posthogIntegration } from "./posthog";

// Consent Mode first: its `default` must precede anything that could push to the dataLayer (G-02).
export const builtInIntegrations: readonly Integration[] = [consentModeIntegration(), posthogIntegration, consentLogIntegration];

// The integrations the drop-in and `createConsent` wire from config keys (`posthog`, `googleConsentMode`, `log`).
import type { Integration } from "../api";

export const builtInIntegrations: readonly Integration[] = [];

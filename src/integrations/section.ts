// Pairs an integration with the config section it reads, so `createConsent` checks that section with its schema.
import type { Integration } from "../api";
import type { ConfigSection } from "../core/config";

export const withSection = (integration: Integration, configSection: ConfigSection): Integration =>
  Object.assign((context: Parameters<Integration>[0]) => integration(context), { configSection });

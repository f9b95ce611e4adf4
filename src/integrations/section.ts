// Pairs an integration with the config section it reads, so `createConsent` checks that section with its schema.
// A configured vendor needs consent, so the banner (`banner: "auto"`) shows at start, before the vendor's own part
// has loaded (issue 9); core's demand check knows categories only.
import type { Integration } from "../api";
import type { ConfigSection } from "../core/config";
import { needConsent } from "../gate/demand";

export const withSection = (integration: Integration, configSection: ConfigSection): Integration =>
  Object.assign(
    (context: Parameters<Integration>[0]) => {
      if (context.config[configSection.key]) needConsent(context.store);
      return integration(context);
    },
    { configSection },
  );

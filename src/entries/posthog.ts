// `consentry/posthog`: PostHog behind consent for the npm package (REQUIREMENTS 4). Nothing happens at import.
import type { Integration, Loader } from "../api";
import { posthogSection } from "../integrations/posthog-config";
import { createPosthogLoader, posthogIntegration, type PosthogLoaderOptions } from "../integrations/posthog";
import { withSection } from "../integrations/section";

export { isPosthogKey, sweepPosthog, type PostHogLike, type PosthogLoaderOptions } from "../integrations/posthog";

/**
 * The integration that reads `posthog: {...}` from the config, as the drop-in does:
 * `createConsent(config, { integrations: [posthogFromConfig] })` from `consentry/core`.
 */
export const posthogFromConfig: Integration = /* @__PURE__ */ withSection(posthogIntegration, posthogSection);

/**
 * P-02: the settings an app that calls `posthog.init` itself must pass, so that init neither captures nor stores
 * anything until the loader opts in: `posthog.init(key, { ...posthogConfigDefaults(), api_host })`.
 */
export function posthogConfigDefaults(): { opt_out_capturing_by_default: true; opt_out_persistence_by_default: true } {
  return { opt_out_capturing_by_default: true, opt_out_persistence_by_default: true };
}

/**
 * A loader for `Consent.register()`: on grant it initialises PostHog (or takes `options.instance`, the npm
 * `posthog` object) opted out, then opts in; on withdrawal it opts out, resets, stops recordings and sweeps
 * every `ph_*` / `__ph_*` key. A re-grant on the same page opts in again without a second init.
 */
export function posthogLoader(options: PosthogLoaderOptions): Loader {
  const loader = createPosthogLoader(options);
  let instance = options.instance;
  return {
    ...loader,
    load() {
      // P-02: an instance the app initialised itself must have started opted out, or it captured before consent.
      // Checked on the first load only: after that the loader has initialised it itself.
      const config = instance?.__loaded ? instance.config : undefined;
      instance = undefined;
      if (config && !(config.opt_out_capturing_by_default && config.opt_out_persistence_by_default)) {
        console.warn("consentry: posthog.init ran without posthogConfigDefaults(); it may have captured or stored before consent");
      }
      return loader.load();
    },
  };
}

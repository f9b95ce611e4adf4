// `posthog: {...}` in the config (REQUIREMENTS 4), checked by the integration that reads it: a headless bundle
// without PostHog carries none of this.
import type { ConfigSection } from "../core/config";
import * as s from "../core/schema";

const optionalText = s.optional(s.string());

const posthogConfig = s.object({
  apiKey: s.string(/^\S+$/),
  apiHost: s.withDefault(s.string(/^https?:\/\//, "an http(s) URL"), "https://eu.i.posthog.com"),
  /** Where `array.js` is served from; defaults to PostHog's asset host for `apiHost`. */
  scriptUrl: optionalText,
  integrity: optionalText,
  category: s.withDefault(s.string(), "analytics"),
  /** Passed to `posthog.init` after the SDK's privacy defaults. */
  options: s.withDefault(s.record(s.string(), s.unknown()), {}),
});

export type PostHogConfig = s.Output<typeof posthogConfig>;
export type PostHogInput = s.Input<typeof posthogConfig>;

export const posthogSection: ConfigSection<PostHogConfig> = { key: "posthog", schema: posthogConfig };

// PostHog behind consent (REQUIREMENTS 4): nothing before the grant (P-01), opt in on grant (P-03),
// opt out, reset and sweep its keys on withdrawal (P-04).
import type { Integration, Loader } from "../api";
import type { PageWindow } from "../core/storage";
import { eraseCookies, eraseKeys } from "../gate/cleanup";
import { sectionOf } from "../core/config";
import { report } from "../gate/report";
import { posthogSection } from "./posthog-config";
import { injectScript } from "./script";

/** The part of a PostHog instance (`posthog-js`) the loader uses. */
export interface PostHogLike {
  init(token: string, config: Record<string, unknown>): PostHogLike | void;
  opt_in_capturing(): void;
  opt_out_capturing(): void;
  reset(): void;
  stopSessionRecording?(): void;
  set_config?(config: Record<string, unknown>): void;
  __loaded?: boolean;
  config?: Record<string, unknown>;
}

export interface PosthogLoaderOptions {
  apiKey: string;
  /** Default `https://eu.i.posthog.com`. */
  apiHost?: string;
  /** The category (default `analytics`) whose grant starts PostHog. */
  category?: string;
  /** Where `array.js` comes from; default PostHog's asset host for `apiHost`. */
  scriptUrl?: string;
  integrity?: string;
  /** Passed to `posthog.init` after the privacy defaults (P-03). */
  options?: Record<string, unknown>;
  /** CSP nonce for `array.js` and the scripts PostHog loads itself. */
  nonce?: string;
  /** An instance from `import posthog from "posthog-js"`; without it `array.js` is injected on grant. */
  instance?: PostHogLike;
  window?: PageWindow;
}

/** PostHog's keys in cookies, localStorage and sessionStorage: `ph_*`, `__ph_*` and its survey keys (P-04). */
export const isPosthogKey = (name: string): boolean => /^(__)?ph_|^seenSurvey_|^inProgressSurvey_|^lastSeenSurveyDate/.test(name);

export function sweepPosthog(win: PageWindow): void {
  eraseCookies(win, isPosthogKey);
  eraseKeys(() => win.localStorage, isPosthogKey);
  eraseKeys(() => win.sessionStorage, isPosthogKey);
}

export function createPosthogLoader(options: PosthogLoaderOptions): Loader {
  const win = options.window ?? window;
  const apiHost = options.apiHost ?? "https://eu.i.posthog.com";
  let posthog: PostHogLike | undefined;
  let loading: Promise<void> | undefined;
  let wanted = false;

  /** Makes PostHog follow the latest decision, whichever came while `array.js` was still loading. */
  const follow = () => {
    // `reset()` reloads feature flags, a request after withdrawal (L-11): remote requests stay off until a re-grant.
    posthog?.set_config?.({ advanced_disable_flags: !wanted || Boolean(options.options?.advanced_disable_flags) });
    if (wanted) return posthog?.opt_in_capturing();
    if (posthog) {
      posthog.opt_out_capturing();
      posthog.stopSessionRecording?.();
      // After opting out, so the consent key goes back to "pending" and the distinct id is forgotten (P-04, P-06).
      posthog.reset();
    }
    sweepPosthog(win);
  };

  const start = async () => {
    let instance = options.instance;
    if (!instance) {
      await injectScript(win, options.scriptUrl ?? `${apiHost.replace(".i.posthog.com", "-assets.i.posthog.com")}/static/array.js`, options);
      instance = (win as { posthog?: PostHogLike }).posthog!;
    }
    const nonce = options.nonce;
    // P-03: opted out and without persistence until `opt_in_capturing`, so init writes nothing and sends nothing.
    posthog = instance.__loaded
      ? instance
      : instance.init(options.apiKey, {
          api_host: apiHost,
          persistence: "localStorage+cookie",
          opt_out_capturing_by_default: true,
          opt_out_persistence_by_default: true,
          ...(nonce && { prepare_external_dependency_script: (script: HTMLScriptElement) => ((script.nonce = nonce), script) }),
          ...options.options,
        }) || instance;
  };

  return {
    id: "posthog",
    category: options.category ?? "analytics",
    load() {
      wanted = true;
      // A re-grant on the same page only opts in again: PostHog is never initialised twice (P-03).
      loading ??= start().catch((error) => {
        loading = undefined;
        throw error;
      });
      return loading.then(follow);
    },
    unload() {
      wanted = false;
      follow();
    },
  };
}

/** `posthog: {...}` in the config: registers the loader, and sweeps leftovers while the category is denied (P-05). */
export const posthogIntegration: Integration = ({ config, api, store, window: win, nonce }) => {
  const settings = sectionOf(config, posthogSection);
  if (!settings || !win) return;
  // L-09: PostHog is never strictly necessary.
  if (settings.category == "necessary") return report(store, "posthog", "PostHog cannot be in the necessary category");
  api.register(
    createPosthogLoader({
      ...settings,
      nonce,
      window: win,
      options: { cross_subdomain_cookie: Boolean(config.cookie.domain), ...settings.options },
    }),
  );
  store.bus.on("ready", () => store.granted(settings.category) || sweepPosthog(win), { early: true });
};

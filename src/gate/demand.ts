// Issue 9: does anything on this page need consent? With `banner: "auto"` the first layer waits for the answer "yes",
// which the gate gives as a sticky `optional` event on the store's bus: at start when an optional category declares
// something or a vendor integration is configured, later when a gated tag or a loader for an optional category appears.
import type { ResolvedConfig } from "../core/config";
import { NECESSARY, STORAGE_KINDS } from "../core/categories";
import type { ConsentStore } from "../core/store";

export const needConsent = (store: ConsentStore): void => store.bus.emit("optional", undefined);

/** Category ids other than `necessary`: what a loader must name to need consent. */
export const namesOptional = (ids: readonly string[]): boolean => ids.some((id) => id != NECESSARY);

/** An optional category that declares anything, or PostHog or Google Consent Mode configured. */
export const configNeedsConsent = (store: ConsentStore, config: ResolvedConfig): unknown =>
  config.posthog ||
  config.googleConsentMode ||
  store.registry.all.some((category) => !category.required && STORAGE_KINDS.some((kind) => category[kind][0]));

// `consentry/core`: the headless store and gate, no UI code. `open()`/`close()` emit events for a UI of your own.
import { createConsentApi, type ConsentApi, type Parts } from "../api";
import { createGate } from "../gate/index";
import { parseConfig as parseWith } from "../core/config";
import type { ConsentConfig, ResolvedConfig } from "../integrations/config";
import { inertIntegrations, inertSections } from "../integrations/vendor-keys";

export function createConsent(config?: ConsentConfig, options: Omit<Parts, "ui" | "gate"> = {}): ConsentApi {
  return createConsentApi(config, {
    ...options,
    // Headless means nothing wired from config: pass integrations from consentry/posthog or
    // consentry/google-consent-mode here, so a bundle carries only the vendors it uses.
    integrations: [...inertIntegrations, ...(options.integrations ?? [])],
    gate: createGate,
  });
}

export type { ConsentApi, ConsentContext, Integration, Loader } from "../api";
export { ConfigError } from "../core/config";
export type { ConsentConfig, ResolvedConfig } from "../integrations/config";

/** `parseConfig` of `consentry/core`: vendor sections are checked only to be objects, as `createConsent` here does. */
export const parseConfig = (input: unknown): ResolvedConfig => parseWith(input, inertSections) as ResolvedConfig;
export { decodeRecord, encodeRecord, type ConsentMethod, type ConsentRecord } from "../core/record";
export type { ChangeEvent, ConsentErrorEvent, ConsentEvents, ConsentState } from "../core/store";

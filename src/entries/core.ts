// `consentry/core`: the headless store and gate, no UI code. `open()`/`close()` emit events for a UI of your own.
import { createConsentApi, type ConsentApi, type Parts } from "../api";
import type { ConsentConfig } from "../core/config";
import { createGate } from "../gate/index";

export function createConsent(config?: ConsentConfig, options: Omit<Parts, "ui" | "gate"> = {}): ConsentApi {
  return createConsentApi(config, {
    ...options,
    // Headless means nothing wired from config: pass integrations from consentry/posthog or
    // consentry/google-consent-mode here, so a bundle carries only the vendors it uses.
    integrations: options.integrations ?? [],
    gate: createGate,
  });
}

export type { ConsentApi, ConsentContext, Integration, Loader } from "../api";
export { ConfigError, parseConfig, type ConsentConfig, type ResolvedConfig } from "../core/config";
export { decodeRecord, encodeRecord, type ConsentMethod, type ConsentRecord } from "../core/record";
export type { ChangeEvent, ConsentErrorEvent, ConsentEvents, ConsentState } from "../core/store";

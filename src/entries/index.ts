// The npm entry: `createConsent(config)` with UI, gate and integrations; nothing happens at import.
import { createConsentApi, type ConsentApi, type Parts } from "../api";
import type { ConsentConfig } from "../core/config";
import { createGate } from "../gate/index";
import { builtInIntegrations } from "../integrations/index";
import { mountWhenBodyExists } from "../page/when-body";
import { wirePage } from "../page/wiring";
import { mountUi } from "../ui/index";
import { iframePlaceholder } from "../ui/placeholder";

export function createConsent(config?: ConsentConfig, options: Omit<Parts, "ui" | "gate"> = {}): ConsentApi {
  return createConsentApi(config, {
    ...options,
    integrations: [...builtInIntegrations, wirePage, ...(options.integrations ?? [])],
    ui: mountWhenBodyExists(mountUi),
    gate: (context) => createGate(context, iframePlaceholder(context)),
  });
}

export type { ConsentApi, ConsentContext, Integration, Loader } from "../api";
export { ConfigError, type ConsentConfig, type ResolvedConfig } from "../core/config";
export { parseConfig } from "../integrations/index";
export type { ChangeEvent, ConsentErrorEvent, ConsentEvents, ConsentState } from "../core/store";
export type { ConsentMethod, ConsentRecord } from "../core/record";

// `createConsent(config)` of `consentry`: UI, gate and the built-in integrations, nothing done at import. Below the
// entries so the React binding can build the same instance without reaching up to an entry (DESIGN 1).
import { createConsentApi, type ConsentApi, type Parts } from "../api";
import { createGate } from "../gate/index";
import type { ConsentConfig } from "../integrations/config";
import { builtInIntegrations } from "../integrations/index";
import { mountUi } from "../ui/index";
import { iframePlaceholder } from "../ui/placeholder";
import { mountWhenBodyExists } from "./when-body";
import { wirePage } from "./wiring";

export function createConsent(config?: ConsentConfig, options: Omit<Parts, "ui" | "gate"> = {}): ConsentApi {
  return createConsentApi(config, {
    ...options,
    integrations: [...builtInIntegrations, wirePage, ...(options.integrations ?? [])],
    ui: mountWhenBodyExists(mountUi),
    gate: (context) => createGate(context, iframePlaceholder(context)),
  });
}

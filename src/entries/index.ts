// The npm entry: `createConsent(config)` with UI, gate and integrations; nothing happens at import.
export { createConsent } from "../page/create-consent";
export type { ConsentApi, ConsentContext, Integration, Loader } from "../api";
export { ConfigError } from "../core/config";
export { parseConfig, type ConsentConfig, type ResolvedConfig } from "../integrations/config";
export type { ChangeEvent, ConsentErrorEvent, ConsentEvents, ConsentState } from "../core/store";
export type { ConsentMethod, ConsentRecord } from "../core/record";

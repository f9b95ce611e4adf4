// `consentry/react`: a provider, two hooks and <Gated>; nothing happens at import, react stays the app's own.
export { ConsentProvider, type ConsentProviderProps } from "../react/provider";
export { useConsent, useGranted, type ConsentValue } from "../react/hooks";
export { Gated, type GatedProps } from "../react/gated";
export type { ConsentApi } from "../api";
export type { ConsentConfig } from "../integrations/config";
export type { ChangeEvent, ConsentState } from "../core/store";

// `consentry/react`: a provider, two hooks and <Gated>; nothing happens at import, react stays the app's own.
export { ConsentProvider, type ConsentProviderProps } from "../react/provider";
export { useConsent, useGranted, type ConsentValue } from "../react/hooks";
export { Gated, type GatedProps } from "../react/gated";
export type { ConsentApi, ConsentConfig, ConsentState, ChangeEvent } from "./index";

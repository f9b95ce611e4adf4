// The drop-in (IIFE): reads config from the page and installs `window.Consent` once.
import { createConsentApi, type ConsentApi } from "../api";
import { createGate } from "../gate/index";
import { builtInIntegrations } from "../integrations/index";
import { mountUi } from "../ui/index";

declare global {
  interface Window {
    Consent?: ConsentApi | unknown[];
    ConsentConfig?: unknown;
  }
}

if (window.Consent && !Array.isArray(window.Consent)) {
  console.warn("consentry: loaded twice; keeping the first instance");
} else {
  const nonce = (document.currentScript as HTMLScriptElement | null)?.nonce || undefined;
  window.Consent = createConsentApi(window.ConsentConfig as never, {
    ui: mountUi,
    gate: createGate,
    integrations: builtInIntegrations,
    nonce,
  });
}

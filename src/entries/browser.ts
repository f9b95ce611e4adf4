// The drop-in (IIFE): reads config from the page and installs `window.Consent` once.
import { createConsentApi, type ConsentApi } from "../api";
import { createGate } from "../gate/index";
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
  const api = createConsentApi(window.ConsentConfig as never, { ui: mountUi, gate: createGate });
  window.Consent = api;
}

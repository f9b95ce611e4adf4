// dist/consentry.head.js: the synchronous part of a `defer`red drop-in (issue 12), a few hundred bytes to inline in
// <head> (or load without `defer`) after the config and before any Google tag. It does only what cannot wait for
// the parser to finish: the pre-load queue, and Consent Mode's `default` (G-02) when the config has
// `googleConsentMode`. consentry.js, deferred, then checks the config, applies a stored decision (`update`, G-03,
// within `wait_for_update`) and does everything else; it recognises this `default` and does not push it again.
import type { GoogleConsentModeConfig } from "../integrations/consent-mode-config";
import { consentModeDefault, DEFAULT_CONSENT_MODE_MAPPING } from "../integrations/google-consent-mode";
import { readConfig } from "../page/read-config";

const page = window as { Consent?: unknown };
// Calls queued here (`Consent.push(["on", "change", fn])`) run in order once the drop-in has started.
page.Consent ||= [];
try {
  const settings = (readConfig(() => undefined) as { googleConsentMode?: Partial<GoogleConsentModeConfig> } | undefined)
    ?.googleConsentMode;
  // A section the drop-in will refuse still gets Google's all-denied default here; the drop-in then says what is wrong.
  if (settings) consentModeDefault(window, settings, { ...DEFAULT_CONSENT_MODE_MAPPING, ...settings.mapping });
} catch {
  // Never throws at the page (STYLE 9): a config this cannot read is the drop-in's to report.
}

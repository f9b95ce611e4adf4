// Google Consent Mode v2 (REQUIREMENTS 3): `default` all denied but security at start (G-02), `update` from a stored
// record at once (G-03), one full `update` per decision (G-04), and Google's tag as a gated loader (basic mode, G-07).
import type { Integration } from "../api";
import { sectionOf } from "../core/config";
import { consentModeSection, type ConsentModeType, type GoogleConsentModeConfig } from "./consent-mode-config";
import { injectScript } from "./script";

export type ConsentModeMapping = Readonly<Record<string, readonly ConsentModeType[]>>;
export type ConsentModeValues = Record<ConsentModeType, "granted" | "denied">;

/** G-05: which Consent Mode types each category grants. */
export const DEFAULT_CONSENT_MODE_MAPPING: ConsentModeMapping = {
  necessary: ["security_storage"],
  preferences: ["functionality_storage", "personalization_storage"],
  analytics: ["analytics_storage"],
  marketing: ["ad_storage", "ad_user_data", "ad_personalization"],
};

/** All seven types, every one set explicitly: unset is not the same as denied for every reader (G-02). */
export function consentModeValues(
  categories: Readonly<Record<string, boolean>>,
  mapping: ConsentModeMapping = DEFAULT_CONSENT_MODE_MAPPING,
): ConsentModeValues {
  const values = {} as ConsentModeValues;
  for (const type of Object.values(DEFAULT_CONSENT_MODE_MAPPING).flat()) values[type] = "denied";
  for (const [id, types] of Object.entries(mapping)) for (const type of types) if (categories[id]) values[type] = "granted";
  return values;
}

type Gtag = (...args: unknown[]) => void;
type ConsentModePage = { dataLayer?: unknown[]; gtag?: Gtag };

/**
 * G-01, G-02: the page's gtag (else one that pushes `arguments` exactly as Google's snippet does), and Consent Mode's
 * `default` pushed through it, unless the page already holds this very `default`: under a `defer`red drop-in its head
 * snippet (dist/consentry.head.js) pushed it before any Google tag could run. A different one (a site's own older
 * snippet, say) is followed by ours, all denied.
 */
export function consentModeDefault(win: unknown, settings: Partial<GoogleConsentModeConfig>, mapping: ConsentModeMapping): Gtag {
  const page = win as ConsentModePage;
  const dataLayer = (page.dataLayer ||= []);
  const gtag = (page.gtag ||= function () {
    dataLayer.push(arguments);
  });
  const values = {
    ...consentModeValues({ necessary: true }, mapping),
    ...(settings.waitForUpdate !== 0 && { wait_for_update: settings.waitForUpdate ?? 500 }),
    ...(settings.regions && { region: settings.regions }),
  };
  const same = JSON.stringify(values);
  if (!dataLayer.some((entry) => (entry as unknown[] | null)?.[1] == "default" && JSON.stringify((entry as unknown[])[2]) == same)) {
    gtag("consent", "default", values);
    if (settings.adsDataRedaction) gtag("set", "ads_data_redaction", true);
    if (settings.urlPassthrough) gtag("set", "url_passthrough", true);
  }
  return gtag;
}

/**
 * G-03: Consent Mode's `update` for a decision, unless the page's latest `update` already says exactly this: the drop-in's
 * returning path pushed it before the SDK came (issue 27), and a second one would read as a second decision (G-04).
 */
export function consentModeUpdate(win: unknown, gtag: Gtag, categories: Readonly<Record<string, boolean>>, mapping: ConsentModeMapping): void {
  const values = consentModeValues(categories, mapping);
  let last: unknown;
  for (const entry of (win as ConsentModePage).dataLayer!) if ((entry as unknown[] | null)?.[1] == "update") last = (entry as unknown[])[2];
  if (JSON.stringify(last) != JSON.stringify(values)) gtag("consent", "update", values);
}

/** `googleConsentMode: {...}` in the config (or `googleConsentMode(options)` from `consentry/google-consent-mode`). */
export const consentModeIntegration =
  (options?: Partial<GoogleConsentModeConfig>): Integration =>
  ({ config, api, store, window: win, nonce }) => {
    const settings = options ?? sectionOf(config, consentModeSection);
    if (!settings || !win) return;
    const mapping = { ...DEFAULT_CONSENT_MODE_MAPPING, ...settings.mapping };
    const gtag = consentModeDefault(win, settings, mapping);
    const state = store.state();

    // G-03: a stored decision (or opt-out mode's defaults) applies before any tag reads the default.
    if (state.decided || Object.values(state.categories).filter(Boolean).length > 1) consentModeUpdate(win, gtag, state.categories, mapping);
    store.bus.on("change", (change) => gtag("consent", "update", consentModeValues(change.state.categories, mapping)), { early: true });

    if (!settings.tagId && !settings.tagUrl) return;
    const load = () => {
      if (settings.tagId) {
        gtag("js", new Date());
        gtag("config", settings.tagId);
      }
      return injectScript(win, settings.tagUrl ?? `https://www.googletagmanager.com/gtag/js?id=${settings.tagId}`, { nonce });
    };
    if (!settings.advanced) return void api.register({ id: "google-tag", category: settings.category ?? "analytics", load });
    // G-07: advanced mode sends cookieless pings (IP, user agent) before consent; risky in the EEA and the UK.
    console.warn("consentry: googleConsentMode.advanced loads Google's tag before consent");
    void load().catch((error) => store.bus.emit("error", { source: "google-tag", error }));
  };

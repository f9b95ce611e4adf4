// Google's tag (gtag.js) and Consent Mode v2, shared by the Google services of the catalog (Analytics, Ads, Tag
// Manager): https://developers.google.com/tag-platform/security/guides/consent. When consentry's own Consent Mode
// integration runs (`googleConsentMode` in the config) its `default` is already in the dataLayer and is kept.
import type { VendorWindow } from "./types";

/** The documented `gtag()`: pushes its `arguments` object, which gtag.js requires (an array is ignored). */
export function gtagOf(win: VendorWindow): (...args: unknown[]) => void {
  win.dataLayer ||= [];
  return (win.gtag ||= function gtag() {
    // eslint-disable-next-line prefer-rest-params
    win.dataLayer.push(arguments);
  });
}

/** Consent Mode's default, unless the page (or consentry's Consent Mode) already pushed one: all denied but security. */
export function consentDefault(win: VendorWindow): void {
  const gtag = gtagOf(win);
  if ([...win.dataLayer].some((entry: ArrayLike<unknown>) => entry[0] == "consent" && entry[1] == "default")) return;
  const denied = "denied";
  gtag("consent", "default", {
    ad_storage: denied,
    ad_user_data: denied,
    ad_personalization: denied,
    analytics_storage: denied,
    functionality_storage: denied,
    personalization_storage: denied,
    security_storage: "granted",
    wait_for_update: 500,
  });
}


/** The Consent Mode types of Google's advertising (ads conversion, remarketing, personalisation). */
export const AD_TYPES = ["ad_storage", "ad_user_data", "ad_personalization"] as const;

/** One Consent Mode `update` setting each of `types` to `value`. */
export function consentUpdate(win: VendorWindow, types: readonly string[], value: "granted" | "denied"): void {
  gtagOf(win)("consent", "update", Object.fromEntries(types.map((type) => [type, value])));
}

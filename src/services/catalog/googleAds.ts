// Google Ads (conversion tracking and remarketing) through gtag.js, with Consent Mode v2.
// Tag: https://support.google.com/google-ads/answer/7548399 and https://developers.google.com/tag-platform/gtagjs/install
// (https://www.googletagmanager.com/gtag/js?id=AW-XXXXXXXXX, then `gtag('config', 'AW-...')`).
// Consent Mode: https://developers.google.com/tag-platform/security/guides/consent (ad_storage, ad_user_data,
// ad_personalization: `default` before the tag, `update` on a decision; "load denied, then update" is documented).
// Stop: with ad_storage denied gtag.js still sends cookieless pings, and Google documents no `ga-disable`-style switch
// for Ads (that one is Analytics'): so `reload` after the `update` to denied.
// Cookies: https://business.safety.google/adscookies/ and the Open Cookie Database rows "Google" _gcl_au, _gcl_dc and
// "Google Ads" _gcl_aw, _gcl_gs.
import { AD_TYPES, consentDefault, consentUpdate, gtagOf } from "../gtag";
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "googleAds",
  title: "Google Ads",
  category: "marketing",
  params: { id: [/^AW-\d{6,12}$/, "a Google Ads tag id (AW- and digits)"] },
  src: ({ id }) => `https://www.googletagmanager.com/gtag/js?id=${id}`,
  setup(win, { id }) {
    consentDefault(win);
    gtagOf(win)("js", new Date());
    gtagOf(win)("config", id);
  },
  grant: (win) => consentUpdate(win, AD_TYPES, "granted"),
  deny: (win) => consentUpdate(win, AD_TYPES, "denied"),
  revoke: (win) => consentUpdate(win, AD_TYPES, "denied"),
  reload: true,
  provider: ["Google Ireland", "https://policies.google.com/privacy", "US"],
  cookies: [
    ["_gcl_au", "Links ad clicks and conversions on this site (Google's conversion linker)", "3 months"],
    ["_gcl_aw", "Keeps the id of the Google Ads click that led here", "90 days"],
    ["_gcl_dc", "Keeps the id of the Display & Video 360 / Campaign Manager click that led here", "3 months"],
    ["_gcl_gs", "Keeps Google Ads click data for conversion measurement", "90 days"],
    ["IDE", "Identifies the browser for ad targeting and measurement (set on doubleclick.net)", "13 months"],
  ],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["www.googletagmanager.com", "www.googleadservices.com", "googleads.g.doubleclick.net", "*.doubleclick.net", "www.google.com"],
  docs: [
    "https://support.google.com/google-ads/answer/7548399",
    "https://developers.google.com/tag-platform/gtagjs/install",
    "https://developers.google.com/tag-platform/security/guides/consent",
    "https://business.safety.google/adscookies/",
  ],
  idFromUrl: ["id", /googletagmanager\.com\/gtag\/js\?id=(AW-\d+)/],
};

// Google Tag Manager, with Consent Mode v2 before the container. Snippet: https://developers.google.com/tag-platform/tag-manager/web
// (pushes `{ "gtm.start", event: "gtm.js" }`, then loads https://www.googletagmanager.com/gtm.js?id=GTM-XXXX).
// Consent Mode: https://developers.google.com/tag-platform/security/guides/consent (the `default` before the container,
// an `update` on a decision) and https://developers.google.com/tag-platform/tag-manager/templates/consent-apis.
// What it is told: the Consent Mode types of its category (consentry's default mapping, G-05: marketing -> ad_storage,
// ad_user_data, ad_personalization; analytics -> analytics_storage; preferences -> functionality/personalization);
// a site that wants every category reported to the container also turns on `googleConsentMode`.
// Stop: Google documents none for a container, and its Custom HTML tags ignore Consent Mode: so `reload`.
// Cookies: GTM sets none itself (https://support.google.com/tagmanager/answer/9323295); those declared are the Google
// tags a container usually runs (Open Cookie Database rows "Google" _gcl_au, "Google Analytics" _ga/_ga_*).
import { AD_TYPES, consentDefault, consentUpdate } from "../gtag";
import type { ServiceAbout, ServiceDefinition, ServiceParams, VendorWindow } from "../types";

const TYPES: Record<string, readonly string[]> = {
  marketing: AD_TYPES,
  analytics: ["analytics_storage"],
  preferences: ["functionality_storage", "personalization_storage"],
};
const tell = (value: "granted" | "denied") => (win: VendorWindow, { category }: ServiceParams) =>
  consentUpdate(win, TYPES[category ?? "marketing"] ?? [], value);

export default {
  name: "googleTagManager",
  title: "Google Tag Manager",
  category: "marketing",
  params: { id: [/^GTM-[A-Z0-9]{4,10}$/, "a Tag Manager container id (GTM-XXXXXXX)"] },
  src: ({ id }) => `https://www.googletagmanager.com/gtm.js?id=${id}`,
  setup(win) {
    consentDefault(win);
    win.dataLayer.push({ "gtm.start": new Date().getTime(), event: "gtm.js" });
  },
  grant: tell("granted"),
  deny: tell("denied"),
  revoke: tell("denied"),
  reload: true,
  provider: ["Google Ireland", "https://policies.google.com/privacy", "US"],
  cookies: [
    ["_gcl_*", "Keeps Google Ads click and conversion ids (set by Google Ads tags in the container)", "3 months"],
    ["_ga", "Distinguishes visitors (set by Google Analytics tags in the container)", "2 years"],
    ["_ga_*", "Keeps the session state of one GA4 property (set by Google Analytics tags in the container)", "2 years"],
  ],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["www.googletagmanager.com", "www.google-analytics.com", "*.google-analytics.com", "www.googleadservices.com", "*.doubleclick.net"],
  docs: [
    "https://developers.google.com/tag-platform/tag-manager/web",
    "https://developers.google.com/tag-platform/security/guides/consent",
    "https://developers.google.com/tag-platform/tag-manager/templates/consent-apis",
    "https://support.google.com/tagmanager/answer/9323295",
  ],
  idFromUrl: ["id", /googletagmanager\.com\/gtm\.js\?id=(GTM-[A-Z0-9]+)/],
};

// Google Analytics 4 through gtag.js, with Consent Mode v2. Tag: https://developers.google.com/tag-platform/gtagjs/install
// Consent Mode: https://developers.google.com/tag-platform/security/guides/consent (default before the tag, update on
// a decision). Stop on withdrawal: https://developers.google.com/analytics/devguides/collection/ga4/disable-analytics
// (`window['ga-disable-<id>'] = true` stops every hit). Cookies: https://support.google.com/analytics/answer/11397207
import { consentDefault, gtagOf } from "../gtag";
import type { ServiceAbout, ServiceDefinition, VendorWindow } from "../types";

const analytics = (win: VendorWindow, id: string, value: "granted" | "denied") => {
  gtagOf(win)("consent", "update", { analytics_storage: value });
  win[`ga-disable-${id}`] = value == "denied";
};

export default {
  name: "googleAnalytics",
  title: "Google Analytics",
  category: "analytics",
  params: { id: [/^G-[A-Z0-9]{4,16}$/, "a GA4 measurement id (G-XXXXXXX)"] },
  src: ({ id }) => `https://www.googletagmanager.com/gtag/js?id=${id}`,
  setup(win, { id }) {
    consentDefault(win);
    gtagOf(win)("js", new Date());
    gtagOf(win)("config", id);
  },
  grant: (win, { id }) => analytics(win, id!, "granted"),
  deny: (win, { id }) => analytics(win, id!, "denied"),
  revoke: (win, { id }) => analytics(win, id!, "denied"),
  provider: ["Google Ireland", "https://policies.google.com/privacy", "US"],
  cookies: [
    ["_ga", "Distinguishes visitors for Google Analytics", "2 years"],
    ["_ga_*", "Keeps the session state of one GA4 property", "2 years"],
  ],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["www.googletagmanager.com", "www.google-analytics.com", "*.google-analytics.com", "region1.google-analytics.com"],
  docs: [
    "https://developers.google.com/tag-platform/gtagjs/install",
    "https://developers.google.com/tag-platform/security/guides/consent",
    "https://developers.google.com/analytics/devguides/collection/ga4/disable-analytics",
    "https://support.google.com/analytics/answer/11397207",
  ],
  idFromUrl: ["id", /googletagmanager\.com\/gtag\/js\?id=(G-[A-Z0-9]+)/],
};

// Matomo (Cloud or self-hosted). Tracking code: https://developer.matomo.org/guides/tracking-javascript-guide
// (the `_paq` queue, setTrackerUrl + setSiteId, matomo.js beside matomo.php).
// Consent: https://developer.matomo.org/guides/tracking-consent (`requireConsent` before the first tracking call holds
// every request and cookie; `setConsentGiven` releases them for this page; `forgetConsentGiven` withdraws, deletes
// Matomo's cookies and stops tracking). Cookies: https://matomo.org/faq/general/faq_146/ and the Open Cookie Database
// (Matomo rows: _pk_id, _pk_ses, _pk_ref, _pk_cvar, _pk_hsr, _pk_testcookie; provider and policy link).
// Cookieless: https://matomo.org/faq/new-to-piwik/how-do-i-use-matomo-analytics-without-consent-or-cookie-banner/
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "matomo",
  title: "Matomo",
  category: "analytics",
  params: {
    url: [/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(:\d+)?(\/[\w.~-]+)*\/$/, "the Matomo URL, ending in / (https://example.matomo.cloud/)"],
    siteId: [/^\d{1,9}$/, "a Matomo site id (digits)"],
  },
  src: ({ url }) => `${url}matomo.js`,
  setup(win, { url, siteId }) {
    const paq = (win._paq ||= []);
    paq.push(["requireConsent"], ["trackPageView"], ["enableLinkTracking"], ["setTrackerUrl", `${url}matomo.php`], ["setSiteId", siteId]);
  },
  grant: (win) => win._paq.push(["setConsentGiven"]),
  revoke: (win) => win._paq.push(["forgetConsentGiven"]),
  provider: ["Matomo (InnoCraft), or the site itself when self-hosted", "https://matomo.org/privacy-policy/"],
  cookies: [
    ["_pk_id.*", "Keeps the Matomo visitor id", "13 months"],
    ["_pk_ses.*", "Joins page views into one visit", "30 minutes"],
    ["_pk_ref.*", "Keeps the referrer that first brought the visitor here", "6 months"],
    ["_pk_cvar.*", "Keeps custom variables of the visit", "30 minutes"],
    ["_pk_hsr.*", "Holds heatmap and session recording state for the visit", "30 minutes"],
    ["_pk_testcookie.*", "Checks that cookies work, deleted at once", "session"],
  ],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["*.matomo.cloud", "cdn.matomo.cloud"],
  docs: [
    "https://developer.matomo.org/guides/tracking-javascript-guide",
    "https://developer.matomo.org/guides/tracking-consent",
    "https://matomo.org/faq/general/faq_146/",
    "https://matomo.org/faq/new-to-piwik/how-do-i-use-matomo-analytics-without-consent-or-cookie-banner/",
  ],
  exempt:
    "Only when Matomo runs without cookies (disableCookies, or the cookieless setting), with IP anonymisation, no User ID or cross-site tracking, data kept for at most 25 months and used only for the site's own statistics (CNIL's audience-measurement exemption; UK DUAA). Off by default: set the category to an exempt one to use it.",
  idFromUrl: ["url", /^(https:\/\/[^?#]+\/)(?:matomo|piwik)\.js/],
};

// HubSpot tracking code: https://knowledge.hubspot.com/reports/install-the-hubspot-tracking-code
// (https://js.hs-scripts.com/<hub id>.js, id="hs-script-loader"). Consent: https://developers.hubspot.com/docs/api/events/cookie-banner
// (`_hsp.push(['revokeCookieConsent'])` removes its cookies) and the tracking code API's `doNotTrack`
// (https://developers.hubspot.com/docs/api/events/tracking-code: no further tracking for this browser).
// Cookies: https://knowledge.hubspot.com/privacy-and-consent/what-cookies-does-hubspot-set-in-a-visitor-s-browser
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "hubspot",
  title: "HubSpot",
  category: "marketing",
  params: { hubId: [/^\d{3,12}$/, "a HubSpot account id (digits)"] },
  src: ({ hubId }) => `https://js.hs-scripts.com/${hubId}.js`,
  attributes: () => ({ id: "hs-script-loader" }),
  setup(win) {
    win._hsq ||= [];
    win._hsp ||= [];
  },
  grant: (win) => win._hsq.push(["doNotTrack", { track: true }]),
  revoke(win) {
    win._hsp.push(["revokeCookieConsent"]);
    win._hsq.push(["doNotTrack"]);
  },
  provider: ["HubSpot", "https://legal.hubspot.com/privacy-policy", "US"],
  cookies: [
    ["__hstc", "HubSpot's visitor id and visit times, for its analytics", "6 months"],
    ["hubspotutk", "Ties form submissions to the visitor's history", "6 months"],
    ["__hssc", "Counts page views in a session", "30 minutes"],
    ["__hssrc", "Tells HubSpot the browser restarted (a new session)", "session"],
  ],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["js.hs-scripts.com", "js.hs-analytics.net", "js.hs-banner.com", "track.hubspot.com", "js.usemessages.com", "forms.hubspot.com"],
  docs: ["https://knowledge.hubspot.com/reports/install-the-hubspot-tracking-code", "https://developers.hubspot.com/docs/api/events/cookie-banner", "https://developers.hubspot.com/docs/api/events/tracking-code"],
  idFromUrl: ["hubId", /js\.hs-scripts\.com\/(\d+)\.js/],
};

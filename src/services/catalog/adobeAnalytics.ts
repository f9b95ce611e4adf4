// Adobe Analytics through the Adobe Experience Platform Web SDK (alloy.js). Install and base code:
// https://experienceleague.adobe.com/en/docs/experience-platform/web-sdk/install/library (the `alloy` stub queuing
// [resolve, reject, args] in `alloy.q`, then https://cdn1.adoberesources.net/alloy/<version>/alloy.min.js; pinned
// here, the site may set its own `src`). Consent: .../web-sdk/consent/supporting-consent and .../commands/setconsent
// (`configure` with `defaultConsent: "pending"` holds every event; `setConsent` with the Adobe 1.0 standard,
// general "in" sends them, "out" drops them and sends nothing more). Cookies:
// .../web-sdk/identity/overview (the Web SDK's kndctr_<org>_* cookies; AppMeasurement's s_* and the visitor service's
// AMCV_* in the Open Cookie Database's Adobe Analytics rows are not set by the Web SDK). Provider and policy link: the
// Open Cookie Database (Adobe Analytics rows).
import type { ServiceAbout, ServiceDefinition, VendorFunction, VendorWindow } from "../types";

const consent = (win: VendorWindow, general: "in" | "out") =>
  win.alloy("setConsent", { consent: [{ standard: "Adobe", version: "1.0", value: { general } }] });

export default {
  name: "adobeAnalytics",
  title: "Adobe Analytics",
  category: "analytics",
  params: {
    datastreamId: [/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, "an Adobe datastream id (a UUID)"],
    orgId: [/^[0-9A-F]{24}@AdobeOrg$/, "an Adobe organization id (24 characters then @AdobeOrg)"],
  },
  src: () => "https://cdn1.adoberesources.net/alloy/2.20.0/alloy.min.js",
  setup(win, { datastreamId, orgId }) {
    if (!win.alloy) {
      (win.__alloyNS ||= []).push("alloy");
      const alloy: VendorFunction = (...args) => new Promise((resolve, reject) => alloy.q.push([resolve, reject, args]));
      win.alloy = Object.assign(alloy, { q: [] });
    }
    win.alloy("configure", { datastreamId, orgId, defaultConsent: "pending" });
    win.alloy("sendEvent", { xdm: { eventType: "web.webpagedetails.pageViews" } });
  },
  grant: (win) => consent(win, "in"),
  revoke: (win) => consent(win, "out"),
  provider: ["Adobe", "https://www.adobe.com/privacy.html", "US"],
  cookies: [
    ["kndctr_*_identity", "Keeps the Experience Cloud visitor id (ECID)", "13 months"],
    ["kndctr_*_consent", "Keeps the consent given to the Web SDK", "6 months"],
    ["kndctr_*_cluster", "Routes requests to the same Adobe edge region", "30 minutes"],
  ],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["cdn1.adoberesources.net", "edge.adobedc.net", "*.adobedc.net", "assets.adobedtm.com", "*.omtrdc.net", "*.2o7.net", "*.demdex.net"],
  docs: [
    "https://experienceleague.adobe.com/en/docs/experience-platform/web-sdk/install/library",
    "https://experienceleague.adobe.com/en/docs/experience-platform/web-sdk/consent/supporting-consent",
    "https://experienceleague.adobe.com/en/docs/experience-platform/web-sdk/commands/setconsent",
    "https://experienceleague.adobe.com/en/docs/experience-platform/web-sdk/identity/overview",
  ],
};

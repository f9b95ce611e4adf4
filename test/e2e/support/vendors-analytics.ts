// Stand-ins for the catalog's analytics, session replay and tag managers (issue 26 item 6); see ./vendors.ts for what a stand-in is.
// Each models what the vendor's own documentation (`doc`) says its script does: how it picks up the snippet's queue,
// what it stores while allowed, where it sends, and which documented call makes it stop.
import type { StandIn } from "./vendors";

const MIXPANEL = "0123456789abcdef0123456789abcdef";
const AMPLITUDE = "fedcba9876543210fedcba9876543210";
const SEGMENT = "abcDEF1234567890abcDEF12";
const RUDDER = "2AbCdEfGhIjKlMnOpQrStUvWxYz";
const ADOBE = { datastreamId: "0f0e0d0c-0b0a-4909-8807-060504030201", orgId: "0123456789ABCDEF01234567@AdobeOrg" };
const PIWIK = "a1b2c3d4-e5f6-4789-8abc-def012345678";
const MOUSEFLOW = "3f6b1c2d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

export const ANALYTICS: Readonly<Record<string, StandIn>> = {
  cloudflareWebAnalytics: {
    doc: "https://developers.cloudflare.com/web-analytics/get-started/",
    settings: { token: "0123456789abcdef0123456789abcdef" },
    hosts: /(^|\.)cloudflareinsights\.com$/,
    script: "https://static.cloudflareinsights.com/beacon.min.js",
    // beacon.min.js reads its token from its own `data-cf-beacon` JSON and reports to /cdn-cgi/rum; it stores nothing.
    stub: `
      vendor.record("token", JSON.parse(document.currentScript.dataset.cfBeacon).token);
      vendor.beacon("https://cloudflareinsights.com/cdn-cgi/rum", () => true);`,
    granted: [["token", "0123456789abcdef0123456789abcdef"]],
  },
  fathom: {
    doc: "https://usefathom.com/docs/script/embed",
    settings: { site: "ABCDEFGH" },
    hosts: /(^|\.)usefathom\.com$/,
    script: "https://cdn.usefathom.com/script.js",
    // script.js reads data-site from its own tag, tracks the page view and exposes `fathom`; it stores nothing and
    // skips browsers that blocked themselves (`blockTrackingForMe`, which alerts).
    stub: `
      const site = document.currentScript.dataset.site;
      vendor.record("site", site);
      const blocked = () => localStorage.getItem("blockFathomTracking") == "true";
      window.fathom = {
        trackPageview: () => vendor.record("trackPageview"),
        trackEvent: (name) => vendor.record("trackEvent", name),
        blockTrackingForMe: () => (vendor.record("blockTrackingForMe"), localStorage.setItem("blockFathomTracking", "true")),
        enableTrackingForMe: () => (vendor.record("enableTrackingForMe"), localStorage.removeItem("blockFathomTracking")),
      };
      vendor.beacon("https://cdn.usefathom.com/?sid=" + site, () => !blocked());`,
    granted: [["site", "ABCDEFGH"]],
  },
  pirsch: {
    doc: "https://docs.pirsch.io/get-started/frontend-integration",
    settings: { code: "abcdefghijKLMNOPQRSTuvwxyz012345" },
    hosts: /(^|\.)pirsch\.io$/,
    script: "https://api.pirsch.io/pa.js",
    // pa.js reads its identification code from its own tag (id="pianjs", data-code) and sends hits; it stores nothing.
    stub: `
      const tag = document.currentScript;
      vendor.record("code", tag.id, tag.dataset.code);
      window.pirsch = (name) => vendor.record("event", name);
      vendor.beacon("https://api.pirsch.io/api/v1/hit", () => true);`,
    granted: [["code", "pianjs", "abcdefghijKLMNOPQRSTuvwxyz012345"]],
  },
  simpleAnalytics: {
    doc: "https://docs.simpleanalytics.com/script",
    settings: { hostname: "example.com" },
    hosts: /(^|\.)simpleanalyticscdn\.com$/,
    script: "https://scripts.simpleanalyticscdn.com/latest.js",
    // latest.js counts the page view for `data-hostname` (or the page's host) at queue.simpleanalyticscdn.com; no cookies.
    stub: `
      vendor.record("hostname", document.currentScript.dataset.hostname || location.hostname);
      vendor.beacon("https://queue.simpleanalyticscdn.com/events", () => true);`,
    granted: [["hostname", "example.com"]],
  },
  umami: {
    doc: "https://umami.is/docs/exclude-my-own-visits",
    settings: { websiteId: "94db1cb1-74f4-4a40-ad6c-962362670409" },
    hosts: /(^|\.)(umami\.is|umami\.dev)$/,
    script: "https://cloud.umami.is/script.js",
    // script.js reads data-website-id from its own tag and sends to /api/send, checking localStorage
    // `umami.disabled` before each send; it stores nothing.
    stub: `
      vendor.record("website", document.currentScript.dataset.websiteId);
      window.umami = { track: (name) => vendor.record("track", name) };
      vendor.beacon("https://cloud.umami.is/api/send", () => !localStorage.getItem("umami.disabled"));`,
    granted: [["website", "94db1cb1-74f4-4a40-ad6c-962362670409"]],
  },
  vercelAnalytics: {
    doc: "https://vercel.com/docs/analytics/redacting-sensitive-data",
    // First-party on a Vercel deployment; the test site lives elsewhere, so it names the deployment's script.
    settings: { src: "https://example.vercel.app/_vercel/insights/script.js" },
    hosts: /(^|\.)(vercel\.app|vercel-insights\.com|vercel-scripts\.com)$/,
    script: "https://example.vercel.app/_vercel/insights/script.js",
    // script.js replays `vaq` through `va`; before each event it runs the `beforeSend` callbacks, and sends nothing
    // for an event one of them returns null for. It stores nothing.
    stub: `
      const endpoint = new URL("view", document.currentScript.src).href;
      const before = [];
      window.va = (...args) => {
        vendor.record(...args);
        if (args[0] == "beforeSend") before.push(args[1]);
      };
      (window.vaq || []).forEach((args) => window.va(...Array.from(args)));
      const event = () => before.reduce((event, fn) => event && fn(event), { type: "pageview", url: location.href });
      vendor.beacon(endpoint, () => event() != null);`,
    granted: [["beforeSend"]],
  },
};

// Stand-ins for each catalog vendor (issue 26 item 6): what the vendor's documented script does, served by Playwright's
// request routing on the vendor's real URL, so nothing leaves the machine. Each is written from the vendor's own
// documentation (cited), not from consentry's catalog: the test then checks the catalog against the vendor.
// A stand-in records every call it receives (`vendor.record`, kept across reloads), stores what the vendor documents it
// stores while allowed, and sends a beacon to the vendor's host every 50 ms while it is active.

export interface StandIn {
  /** The vendor documentation this stand-in follows. */
  readonly doc: string;
  /** The service's settings in the config (`services.<name>`). */
  readonly settings: Readonly<Record<string, unknown>>;
  /** The vendor's hosts: any request to one is a request to the vendor. */
  readonly hosts: RegExp;
  /** A script service: the documented script URL for `settings`, exactly, and the stand-in served there. */
  readonly script?: string;
  readonly stub?: string;
  /** Calls the stand-in must have received, in this order (among others), after a grant and after a withdrawal. */
  readonly granted?: readonly unknown[][];
  readonly revoked?: readonly unknown[][];
  /** First-party cookies and localStorage keys the stand-in writes while allowed: all gone after a withdrawal. */
  readonly cookies?: readonly string[];
  readonly localStorage?: readonly string[];
  /** An embed: the iframe's `data-src` as a site writes it, and the URL consentry must load instead. */
  readonly embed?: { readonly src: string; readonly loads: string };
}

/** What every stand-in script starts with. */
export const PRELUDE = `
const vendor = {
  record: (...args) => window.vendorRecord(JSON.parse(JSON.stringify(args, (key, value) => (value instanceof Date ? "<date>" : value)))),
  cookie: (name, value, days) => (document.cookie = name + "=" + value + "; path=/; max-age=" + days * 86400),
  erase: (name) => (document.cookie = name + "=; path=/; max-age=0"),
  beacon: (url, active) => setInterval(() => active() && fetch(url, { mode: "no-cors", method: "POST" }).catch(() => {}), 50),
};
`;

import { ADVERTISING } from "./vendors-advertising";
import { ANALYTICS } from "./vendors-analytics";
import { EMBEDS_AND_MORE } from "./vendors-embeds";

/** The catalog's first five, which set the pattern. */
const FIRST: Readonly<Record<string, StandIn>> = {
  clarity: {
    doc: "https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-consent-api-v2",
    settings: { id: "k3x9q2m1ab" },
    hosts: /(^|\.)clarity\.ms$/,
    script: "https://www.clarity.ms/tag/k3x9q2m1ab",
    // Replays the snippet's `clarity.q`; `consentv2` with analytics_Storage granted lets it set _clck/_clsk, denied
    // keeps it cookieless; `consent(false)` erases its cookies. It records in either mode until the page goes.
    stub: `
      let storing = false;
      const handle = (args) => {
        vendor.record(...args);
        if (args[0] == "consentv2") storing = args[1].analytics_Storage == "granted";
        if (args[0] == "consent" && args[1] === false) (storing = false), vendor.erase("_clck"), vendor.erase("_clsk");
        if (storing) vendor.cookie("_clck", "a1b2c3", 365), vendor.cookie("_clsk", "d4e5", 1);
      };
      const queued = (window.clarity && window.clarity.q) || [];
      window.clarity = (...args) => handle(args);
      queued.forEach(handle);
      vendor.beacon("https://k.clarity.ms/collect", () => true);`,
    granted: [["consentv2", { ad_Storage: "granted", analytics_Storage: "granted" }]],
    revoked: [["consentv2", { ad_Storage: "denied", analytics_Storage: "denied" }], ["consent", false]],
    cookies: ["_clck", "_clsk"],
  },
  metaPixel: {
    doc: "https://developers.facebook.com/docs/meta-pixel/implementation/gdpr",
    settings: { pixelId: "1234567890123456" },
    hosts: /(^|\.)(facebook\.net|facebook\.com)$/,
    script: "https://connect.facebook.net/en_US/fbevents.js",
    // fbevents.js takes over `fbq.callMethod` and replays `fbq.queue`; consent is granted unless revoked; while revoked
    // it holds events and sends nothing; `_fbp` is its first-party browser id.
    stub: `
      let granted = true;
      const fbq = window.fbq;
      const queued = fbq.queue.splice(0);
      fbq.callMethod = (...args) => {
        vendor.record(...args);
        if (args[0] == "consent") granted = args[1] == "grant";
        if (granted) vendor.cookie("_fbp", "fb.1.1700000000.123", 90);
      };
      queued.forEach((args) => fbq.callMethod(...args));
      vendor.beacon("https://www.facebook.com/tr/?id=1234567890123456&ev=PageView", () => granted);`,
    granted: [["consent", "revoke"], ["init", "1234567890123456"], ["track", "PageView"], ["consent", "grant"]],
    revoked: [["consent", "revoke"]],
    cookies: ["_fbp"],
  },
  googleAnalytics: {
    doc: "https://developers.google.com/analytics/devguides/collection/ga4/disable-analytics",
    settings: { id: "G-TEST1234" },
    hosts: /(^|\.)(googletagmanager\.com|google-analytics\.com)$/,
    script: "https://www.googletagmanager.com/gtag/js?id=G-TEST1234",
    // gtag.js reads the dataLayer (pushed `arguments` objects) and what is pushed later; with analytics_storage
    // granted it sets _ga and _ga_<id>; it sends nothing while window['ga-disable-<id>'] is true.
    stub: `
      const consent = {};
      const handle = (entry) => {
        const args = Array.from(entry);
        vendor.record(...args);
        if (args[0] == "consent") Object.assign(consent, args[2]);
        if (consent.analytics_storage == "granted" && !window["ga-disable-G-TEST1234"]) vendor.cookie("_ga", "GA1.1.1.1", 730), vendor.cookie("_ga_TEST1234", "GS1.1", 730);
      };
      window.dataLayer.forEach(handle);
      const push = window.dataLayer.push.bind(window.dataLayer);
      window.dataLayer.push = (...entries) => (entries.forEach(handle), push(...entries));
      vendor.beacon("https://region1.google-analytics.com/g/collect?tid=G-TEST1234", () => !window["ga-disable-G-TEST1234"]);`,
    granted: [["consent", "default"], ["config", "G-TEST1234"], ["consent", "update", { analytics_storage: "granted" }]],
    revoked: [["consent", "update", { analytics_storage: "denied" }]],
    cookies: ["_ga", "_ga_TEST1234"],
  },
  plausible: {
    doc: "https://plausible.io/docs/excluding-localstorage",
    settings: { domain: "example.com" },
    hosts: /(^|\.)plausible\.io$/,
    script: "https://plausible.io/js/script.js",
    // script.js reads data-domain from its own tag and sends events unless localStorage.plausible_ignore is "true".
    stub: `
      vendor.record("domain", document.currentScript.dataset.domain);
      vendor.beacon("https://plausible.io/api/event", () => localStorage.getItem("plausible_ignore") != "true");`,
    granted: [["domain", "example.com"]],
  },
  youtube: {
    doc: "https://support.google.com/youtube/answer/171780",
    settings: {},
    hosts: /(^|\.)(youtube\.com|youtube-nocookie\.com|ytimg\.com|youtu\.be)$/,
    embed: { src: "https://www.youtube.com/watch?v=dQw4w9WgXcQ&start=30", loads: "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=30" },
  },
};

export const VENDORS: Readonly<Record<string, StandIn>> = { ...FIRST, ...ANALYTICS, ...ADVERTISING, ...EMBEDS_AND_MORE };

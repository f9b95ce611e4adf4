// Stand-ins for the catalog's advertising pixels and tags (issue 26 item 6); see ./vendors.ts for what a stand-in is.
// Each models what its vendor documents: how its script takes over the snippet's queue, what it stores while allowed,
// and whether anything it documents stops it. A vendor that documents no stop keeps beaconing here until the page goes.
import type { StandIn } from "./vendors";

/** gtag.js / gtm.js: reads the dataLayer (gtag's `arguments` objects, GTM's plain objects) and what is pushed later. */
const dataLayerReader = `
  const consent = {};
  const read = (entry) => {
    const args = entry && typeof entry.length == "number" ? Array.from(entry) : [entry];
    vendor.record(...args);
    if (args[0] == "consent") Object.assign(consent, args[2]);
    return args;
  };
  const follow = (handle) => {
    window.dataLayer.forEach(handle);
    const push = window.dataLayer.push.bind(window.dataLayer);
    window.dataLayer.push = (...entries) => (entries.forEach(handle), push(...entries));
  };`;

export const ADVERTISING: Readonly<Record<string, StandIn>> = {
  googleTagManager: {
    doc: "https://developers.google.com/tag-platform/security/guides/consent",
    settings: { id: "GTM-TEST123" },
    hosts: /(^|\.)(googletagmanager\.com|google-analytics\.com|googleadservices\.com|doubleclick\.net)$/,
    script: "https://www.googletagmanager.com/gtm.js?id=GTM-TEST123",
    // gtm.js reads the dataLayer from the `gtm.js` event on; a container with Google's conversion linker sets _gcl_au
    // while ad_storage is granted; a Custom HTML tag in it sends regardless of Consent Mode (Google: Consent Mode only
    // governs tags that read it) until the page goes.
    stub: `${dataLayerReader}
      follow((entry) => {
        read(entry);
        if (consent.ad_storage == "granted") vendor.cookie("_gcl_au", "1.1.1.1700000000", 90);
      });
      vendor.beacon("https://www.google-analytics.com/g/collect?gtm=GTM-TEST123", () => true);`,
    granted: [["consent", "default"], [{ event: "gtm.js" }], ["consent", "update", { ad_storage: "granted", ad_user_data: "granted", ad_personalization: "granted" }]],
    revoked: [["consent", "update", { ad_storage: "denied", ad_user_data: "denied", ad_personalization: "denied" }]],
    cookies: ["_gcl_au"],
  },
  googleAds: {
    doc: "https://developers.google.com/tag-platform/security/guides/consent",
    settings: { id: "AW-123456789" },
    hosts: /(^|\.)(googletagmanager\.com|googleadservices\.com|doubleclick\.net)$/,
    script: "https://www.googletagmanager.com/gtag/js?id=AW-123456789",
    // gtag.js with an AW- config: sets _gcl_au while ad_storage is granted; with it denied it writes no cookie but
    // still sends cookieless pings (Consent Mode's documented behaviour), so it is quiet only once the page goes.
    stub: `${dataLayerReader}
      follow((entry) => {
        read(entry);
        if (consent.ad_storage == "granted") vendor.cookie("_gcl_au", "1.1.1.1700000000", 90);
      });
      vendor.beacon("https://googleads.g.doubleclick.net/pagead/viewthroughconversion/123456789/", () => true);`,
    granted: [["consent", "default"], ["config", "AW-123456789"], ["consent", "update", { ad_storage: "granted", ad_user_data: "granted", ad_personalization: "granted" }]],
    revoked: [["consent", "update", { ad_storage: "denied", ad_user_data: "denied", ad_personalization: "denied" }]],
    cookies: ["_gcl_au"],
  },
  googleAdsense: {
    doc: "https://support.google.com/adsense/answer/9042142",
    settings: { client: "ca-pub-1234567890123456" },
    hosts: /(^|\.)(googlesyndication\.com|doubleclick\.net|adtrafficquality\.google)$/,
    script: "https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-1234567890123456",
    // adsbygoogle.js requests ads unless `adsbygoogle.pauseAdRequests` is 1, and resumes when it becomes 0; while
    // requesting it sets __gads and __gpi on the site.
    stub: `
      const ads = (window.adsbygoogle = window.adsbygoogle || []);
      let paused = ads.pauseAdRequests;
      vendor.record("pauseAdRequests", paused);
      Object.defineProperty(ads, "pauseAdRequests", { get: () => paused, set: (value) => (vendor.record("pauseAdRequests", value), (paused = value)) });
      setInterval(() => paused != 1 && (vendor.cookie("__gads", "ID=abc", 395), vendor.cookie("__gpi", "UID=def", 395)), 50);
      vendor.beacon("https://pagead2.googlesyndication.com/pagead/ads?client=ca-pub-1234567890123456", () => paused != 1);`,
    granted: [["pauseAdRequests", 0]],
    revoked: [["pauseAdRequests", 1]],
    cookies: ["__gads", "__gpi"],
  },
};

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
  tiktokPixel: {
    doc: "https://business-api.tiktok.com/portal/docs?id=1739585600931842",
    settings: { pixelId: "C4TESTABCDEF1234567" },
    hosts: /(^|\.)tiktok\.com$/,
    script: "https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=C4TESTABCDEF1234567&lib=ttq",
    // events.js takes the object named by `TiktokAnalyticsObject`, reads the pixel ids in `ttq._i` and replays the
    // queued `[method, ...args]`; consent is granted unless held; while held or revoked it sets no cookie and sends
    // nothing; with consent it sets _ttp.
    stub: `
      const ttq = window[window.TiktokAnalyticsObject];
      let consent = "granted";
      const handle = ([method, ...args]) => {
        vendor.record(method, ...args);
        if (method == "holdConsent") consent = "held";
        if (method == "grantConsent") consent = "granted";
        if (method == "revokeConsent") consent = "revoked";
        if (consent == "granted") vendor.cookie("_ttp", "2abcDEF", 395);
      };
      vendor.record("pixels", ...Object.keys(ttq._i || {}));
      const queued = ttq.splice(0);
      ttq.methods = "page track identify holdConsent grantConsent revokeConsent".split(" ");
      ttq.methods.forEach((method) => (ttq[method] = (...args) => handle([method, ...args])));
      queued.forEach(handle);
      vendor.beacon("https://analytics.tiktok.com/api/v2/pixel", () => consent == "granted");`,
    granted: [["pixels", "C4TESTABCDEF1234567"], ["holdConsent"], ["page"], ["grantConsent"]],
    revoked: [["revokeConsent"]],
    cookies: ["_ttp"],
  },
  linkedinInsight: {
    doc: "https://www.linkedin.com/help/lms/answer/a418880",
    settings: { partnerId: "123456" },
    hosts: /(^|\.)(licdn\.com|linkedin\.com)$/,
    script: "https://snap.licdn.com/li.lms-analytics/insight.min.js",
    // insight.min.js reads `_linkedin_data_partner_ids`, replays `lintrk.q` and replaces `lintrk`; it sets ln_or
    // (and li_fat_id on an ad click) and sends until the page goes: LinkedIn documents no stop.
    stub: `
      vendor.record("partners", ...window._linkedin_data_partner_ids);
      const queued = (window.lintrk && window.lintrk.q) || [];
      window.lintrk = (...args) => vendor.record(...args);
      queued.forEach((args) => window.lintrk(...args));
      vendor.cookie("ln_or", "eyJ0IjoxfQ", 1);
      if (new URLSearchParams(location.search).has("li_fat_id")) vendor.cookie("li_fat_id", "abc", 30);
      vendor.beacon("https://px.ads.linkedin.com/collect/?pid=123456&fmt=js", () => true);`,
    granted: [["partners", "123456"]],
    cookies: ["ln_or"],
  },
  xPixel: {
    doc: "https://business.x.com/en/help/campaign-measurement-and-analytics/conversion-tracking-for-websites",
    settings: { pixelId: "o1abc" },
    hosts: /(^|\.)(ads-twitter\.com|twitter\.com|t\.co|x\.com)$/,
    script: "https://static.ads-twitter.com/uwt.js",
    // uwt.js sets `twq.exe` and replays `twq.queue` (`arguments` objects); it keeps `_twclid` only when the page came
    // from an ad click (`twclid` in the URL); it sends until the page goes: X documents no stop.
    stub: `
      const twq = window.twq;
      twq.exe = (...args) => vendor.record(...args);
      twq.queue.splice(0).forEach((args) => twq.exe(...Array.from(args)));
      const click = new URLSearchParams(location.search).get("twclid");
      if (click) vendor.cookie("_twclid", click, 730);
      vendor.beacon("https://analytics.twitter.com/1/i/adsct?txn_id=o1abc", () => true);`,
    granted: [["config", "o1abc"]],
  },
  pinterestTag: {
    doc: "https://help.pinterest.com/en/business/article/install-the-pinterest-tag",
    settings: { tagId: "2612345678901" },
    hosts: /(^|\.)(pinimg\.com|pinterest\.com)$/,
    script: "https://s.pinimg.com/ct/core.js",
    // core.js replays `pintrk.queue` (arrays) and replaces `pintrk`; on `load` it sets its first-party _pin_unauth;
    // it sends until the page goes: Pinterest documents no stop.
    stub: `
      const queued = window.pintrk.queue.splice(0);
      window.pintrk = (...args) => {
        vendor.record(...args);
        if (args[0] == "load") vendor.cookie("_pin_unauth", "dWlkPU", 365);
      };
      queued.forEach((args) => window.pintrk(...args));
      vendor.beacon("https://ct.pinterest.com/v3/?tid=2612345678901&event=init", () => true);`,
    granted: [["load", "2612345678901"], ["page"]],
    cookies: ["_pin_unauth"],
  },
  redditPixel: {
    doc: "https://business.reddithelp.com/s/article/Install-the-Reddit-Pixel-on-your-website",
    settings: { pixelId: "a2_abc123def" },
    hosts: /(^|\.)(redditstatic\.com|reddit\.com)$/,
    script: "https://www.redditstatic.com/ads/pixel.js",
    // pixel.js sets `rdt.sendEvent` and replays `rdt.callQueue`; `init` sets _rdt_uuid (unless first-party cookies
    // are disabled); it sends until the page goes: Reddit documents no stop.
    stub: `
      const rdt = window.rdt;
      let cookies = true;
      rdt.sendEvent = (...args) => {
        vendor.record(...args);
        if (args[0] == "disableFirstPartyCookies") cookies = false;
        if (args[0] == "init" && cookies && !(args[2] && args[2].optOut)) vendor.cookie("_rdt_uuid", "1700000000000.abc", 90);
      };
      rdt.callQueue.splice(0).forEach((args) => rdt.sendEvent(...Array.from(args)));
      vendor.beacon("https://alb.reddit.com/rp.gif?id=a2_abc123def&event=PageVisit", () => true);`,
    granted: [["init", "a2_abc123def"], ["track", "PageVisit"]],
    cookies: ["_rdt_uuid"],
  },
  snapPixel: {
    doc: "https://businesshelp.snapchat.com/s/article/pixel-website-install",
    settings: { pixelId: "0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d" },
    hosts: /(^|\.)(sc-static\.net|snapchat\.com)$/,
    script: "https://sc-static.net/scevent.min.js",
    // scevent.min.js sets `snaptr.handleRequest` and replays `snaptr.queue`; `init` sets its first-party _scid; it
    // sends until the page goes: Snap documents no stop.
    stub: `
      const snaptr = window.snaptr;
      snaptr.handleRequest = (...args) => {
        vendor.record(...args);
        if (args[0] == "init") vendor.cookie("_scid", "abc-123", 395);
      };
      snaptr.queue.splice(0).forEach((args) => snaptr.handleRequest(...Array.from(args)));
      vendor.beacon("https://tr.snapchat.com/p", () => true);`,
    granted: [["init", "0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d"], ["track", "PAGE_VIEW"]],
    cookies: ["_scid"],
  },
  microsoftUet: {
    doc: "https://help.ads.microsoft.com/#apex/ads/en/60119/1",
    settings: { ti: "12345678" },
    hosts: /(^|\.)bing\.com$/,
    script: "https://bat.bing.com/bat.js",
    // bat.js defines `UET`; the snippet builds it over the `uetq` queue, where `push('consent', mode, values)` takes
    // three entries; with ad_storage granted it keeps _uetsid/_uetvid in cookies and localStorage, denied it neither
    // reads nor writes them but still sends its hits: it is quiet only once the page goes.
    stub: `
      window.UET = function UET(options) {
        let adStorage = "granted";
        const args = [];
        this.push = (...items) => {
          for (const item of items) {
            args.push(item);
            if (args[0] != "consent" || args.length == 3) {
              vendor.record(...args);
              if (args[0] == "consent") adStorage = args[2].ad_storage;
              if (adStorage == "granted") {
                vendor.cookie("_uetsid", "abc", 1), vendor.cookie("_uetvid", "def", 395);
                localStorage.setItem("_uetsid", "abc"), localStorage.setItem("_uetvid", "def");
              }
              args.length = 0;
            }
          }
        };
        vendor.record("ti", options.ti);
        this.push(...options.q);
        vendor.beacon("https://bat.bing.com/action/0?ti=" + options.ti, () => true);
      };`,
    granted: [["ti", "12345678"], ["consent", "default", { ad_storage: "denied" }], ["consent", "update", { ad_storage: "granted" }], ["pageLoad"]],
    revoked: [["consent", "update", { ad_storage: "denied" }]],
    cookies: ["_uetsid", "_uetvid"],
    localStorage: ["_uetsid", "_uetvid"],
  },
  criteo: {
    doc: "https://help.criteo.com/kb/guide/en/all-articles/criteo-onetag",
    settings: { account: "12345" },
    hosts: /(^|\.)(criteo\.com|criteo\.net)$/,
    script: "https://dynamic.criteo.com/js/ld/ld.js?a=12345",
    // ld.js reads `criteo_q` (event objects) and what is pushed later; it keeps its id in cto_bundle; it sends until
    // the page goes: Criteo documents consent through the IAB TCF only, no stop of its own.
    stub: `
      const q = (window.criteo_q = window.criteo_q || []);
      const handle = (event) => (vendor.record(event), vendor.cookie("cto_bundle", "abc", 395));
      q.forEach(handle);
      q.push = (...events) => events.forEach(handle);
      vendor.beacon("https://sslwidget.criteo.com/event?a=12345", () => true);`,
    granted: [[{ event: "setAccount", account: 12345 }], [{ event: "setSiteType" }]],
    cookies: ["cto_bundle"],
  },
  outbrain: {
    doc: "https://www.outbrain.com/help/advertisers/outbrain-pixel/",
    settings: { marketerId: "00a1b2c3d4e5f60718293a4b5c6d7e8f90" },
    hosts: /(^|\.)outbrain\.com$/,
    script: "https://amplify.outbrain.com/cp/obtp.js",
    // obtp.js reads `obApi.marketerId`, sets `obApi.dispatch` and replays `obApi.queue` (`arguments` objects); it
    // keeps dicbo_id where third-party cookies are blocked; it sends until the page goes: no documented stop.
    stub: `
      const api = window.obApi;
      vendor.record("marketer", api.marketerId);
      api.dispatch = (...args) => (vendor.record(...args), vendor.cookie("dicbo_id", "abc", 1));
      api.queue.splice(0).forEach((args) => api.dispatch(...Array.from(args)));
      vendor.beacon("https://tr.outbrain.com/unifiedPixel?marketerId=" + api.marketerId, () => true);`,
    granted: [["marketer", "00a1b2c3d4e5f60718293a4b5c6d7e8f90"], ["track", "PAGE_VIEW"]],
    cookies: ["dicbo_id"],
  },
  taboola: {
    doc: "https://help.taboola.com/hc/en-us/articles/360003156734",
    settings: { id: "1234567" },
    hosts: /(^|\.)taboola\.com$/,
    script: "https://cdn.taboola.com/libtrc/unip/1234567/tfa.js",
    // tfa.js (its tag carries id="tb_tfa_script") reads `_tfa` and what is pushed later; it keeps its user id in the
    // site's localStorage ("taboola global:user-id"); it sends until the page goes: no documented stop.
    stub: `
      vendor.record("script", document.currentScript.id);
      const tfa = (window._tfa = window._tfa || []);
      const handle = (event) => (vendor.record(event), localStorage.setItem("taboola global:user-id", "abc"));
      tfa.forEach(handle);
      tfa.push = (...events) => events.forEach(handle);
      vendor.beacon("https://trc.taboola.com/1234567/log/3/unip?en=page_view", () => true);`,
    granted: [["script", "tb_tfa_script"], [{ notify: "event", name: "page_view", id: 1234567 }]],
    localStorage: ["taboola global:user-id"],
  },
  quoraPixel: {
    doc: "https://quoraadsupport.zendesk.com/hc/en-us/articles/115010466208",
    settings: { pixelId: "0123456789abcdef0123456789abcdef" },
    hosts: /(^|\.)quora\.com$/,
    script: "https://a.quora.com/qevents.js",
    // qevents.js sets `qp.qp` and replays `qp.queue` (`arguments` objects); it sends until the page goes: Quora
    // documents no stop.
    stub: `
      const qp = window.qp;
      qp.qp = (...args) => vendor.record(...args);
      qp.queue.splice(0).forEach((args) => qp.qp(...Array.from(args)));
      vendor.beacon("https://q.quora.com/_/ad/0123456789abcdef0123456789abcdef/pixel?tag=ViewContent", () => true);`,
    granted: [["init", "0123456789abcdef0123456789abcdef"], ["track", "ViewContent"]],
  },
};

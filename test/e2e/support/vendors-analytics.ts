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
  adobeAnalytics: {
    doc: "https://experienceleague.adobe.com/en/docs/experience-platform/web-sdk/consent/supporting-consent",
    settings: ADOBE,
    hosts: /(^|\.)(adoberesources\.net|adobedc\.net|adobedtm\.com|omtrdc\.net|demdex\.net)$/,
    script: "https://cdn1.adoberesources.net/alloy/2.20.0/alloy.min.js",
    // alloy.js takes each name in `__alloyNS`, replays its `q` of [resolve, reject, args]. With `defaultConsent:
    // "pending"` events wait; `setConsent` general "in" sends and sets the ECID cookie, "out" sends nothing more.
    stub: `
      let config = {}, general = "in";
      const run = (command, options = {}) => {
        vendor.record(command, options);
        if (command == "configure") (config = options), (general = options.defaultConsent || "in");
        if (command == "setConsent") general = options.consent[0].value.general;
        if (general == "in") vendor.cookie("kndctr_" + config.orgId.replace("@", "_") + "_identity", "CiYxMjM0", 390);
        return Promise.resolve({});
      };
      for (const name of window.__alloyNS || []) {
        const queued = window[name].q;
        window[name] = run;
        queued.forEach(([resolve, reject, args]) => run(...args).then(resolve, reject));
      }
      vendor.beacon("https://edge.adobedc.net/ee/v1/interact?configId=" + config.datastreamId, () => general == "in");`,
    granted: [
      ["configure", { ...ADOBE, defaultConsent: "pending" }],
      ["sendEvent"],
      ["setConsent", { consent: [{ standard: "Adobe", version: "1.0", value: { general: "in" } }] }],
    ],
    revoked: [["setConsent", { consent: [{ standard: "Adobe", version: "1.0", value: { general: "out" } }] }]],
    cookies: ["kndctr_0123456789ABCDEF01234567_AdobeOrg_identity"],
  },
  amplitude: {
    doc: "https://amplitude.com/docs/sdks/analytics/browser/browser-sdk-2",
    settings: { apiKey: AMPLITUDE },
    hosts: /(^|\.)amplitude\.com$/,
    script: `https://cdn.amplitude.com/script/${AMPLITUDE}.js`,
    // The script loader defines `amplitude` (and `sessionReplay`) and waits for `init(apiKey)`; the device id goes in
    // AMP_<first 10 of the key>; `setOptOut(true)` sends no event, `setOptOut(false)` resumes.
    stub: `
      let key, optOut = false;
      window.amplitude = {
        init(apiKey, options = {}) {
          vendor.record("init", apiKey);
          (key = apiKey), (optOut = !!options.optOut);
          if (!optOut) vendor.cookie("AMP_" + key.slice(0, 10), "eyJkZXZpY2VJZCI6IjEifQ", 365);
        },
        setOptOut(value) { vendor.record("setOptOut", value); optOut = value; },
        track(name) { vendor.record("track", name); },
        add() {},
      };
      window.sessionReplay = { plugin: () => ({}) };
      vendor.beacon("https://api2.amplitude.com/2/httpapi", () => key && !optOut);`,
    granted: [["init", AMPLITUDE]],
    revoked: [["setOptOut", true]],
    cookies: [`AMP_${AMPLITUDE.slice(0, 10)}`],
  },
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
  fullstory: {
    doc: "https://developer.fullstory.com/browser/fullcapture/capture-data/",
    settings: { org: "o-1ABCDE-na1" },
    hosts: /(^|\.)fullstory\.com$/,
    script: "https://edge.fullstory.com/s/fs.js",
    // fs.js finds `window[_fs_namespace]`, sets its `_api` and replays `q`; it records to rs.fullstory.com with fs_uid
    // until FS('shutdown'), and again after FS('restart').
    stub: `
      const FS = window[window._fs_namespace];
      vendor.record("org", window._fs_org, window._fs_host);
      let capturing = true;
      const store = () => capturing && vendor.cookie("fs_uid", "#o-1ABCDE-na1#1234:5678#/1767225600", 365);
      FS._api = (operation, options) => {
        vendor.record(operation, options);
        if (operation == "shutdown") capturing = false;
        if (operation == "restart") (capturing = true), store();
      };
      store();
      FS.q.splice(0).forEach(([operation, options, source]) => FS._api(operation, options, source));
      vendor.beacon("https://rs.fullstory.com/rec/bundle", () => capturing);`,
    granted: [["org", "o-1ABCDE-na1", "fullstory.com"]],
    revoked: [["shutdown"]],
    cookies: ["fs_uid"],
  },
  heap: {
    doc: "https://developers.heap.io/docs/web",
    settings: { envId: "1234567890" },
    hosts: /(^|\.)(heap-api\.com|heapanalytics\.com)$/,
    script: "https://cdn.us.heap-api.com/config/1234567890/heap_config.js",
    // The SDK reads `heap.envId`, replaces the snippet's methods on `heap` and runs what waits in `heapReadyCb`;
    // _hp2_id.<env> holds the user id; `stopTracking()` sends nothing more until `startTracking()`.
    stub: `
      const heap = window.heap;
      vendor.record("load", heap.envId);
      let tracking = true;
      const store = () => tracking && vendor.cookie("_hp2_id." + heap.envId, "%7B%22userId%22%3A%221%22%7D", 395);
      const api = {
        startTracking() { tracking = true; store(); },
        stopTracking() { tracking = false; },
        track() {}, identify() {}, resetIdentity() {}, addUserProperties() {}, addEventProperties() {}, trackPageview() {}, init() {},
      };
      for (const [name, fn] of Object.entries(api)) heap[name] = (...args) => (vendor.record(name, ...args), fn(...args));
      store();
      window.heapReadyCb.splice(0).forEach((entry) => entry.fn());
      vendor.beacon("https://c.us.heap-api.com/api/track", () => tracking);`,
    granted: [["load", "1234567890"], ["startTracking"]],
    revoked: [["stopTracking"]],
    cookies: ["_hp2_id.1234567890"],
  },
  hotjar: {
    doc: "https://help.hotjar.com/hc/en-us/articles/6952777582999-Cookies-Set-by-the-Hotjar-Tracking-Code",
    settings: { id: "1234567" },
    hosts: /(^|\.)(hotjar\.com|hotjar\.io)$/,
    script: "https://static.hotjar.com/c/hotjar-1234567.js?sv=6",
    // hotjar-<id>.js reads `_hjSettings`, takes over `hj` and replays `hj.q`; it keeps the user id in
    // _hjSessionUser_<id> (cookie and localStorage) and the session in _hjSession_<id>, and records until the page goes.
    stub: `
      const { hjid, hjsv } = window._hjSettings;
      vendor.record("settings", hjid, hjsv);
      const queued = (window.hj && window.hj.q) || [];
      window.hj = (...args) => vendor.record("hj", ...args);
      Array.from(queued).forEach((args) => window.hj(...Array.from(args)));
      vendor.cookie("_hjSessionUser_" + hjid, "eyJpZCI6IjEifQ", 365);
      vendor.cookie("_hjSession_" + hjid, "eyJpZCI6IjIifQ", 1 / 48);
      localStorage.setItem("_hjSessionUser_" + hjid, "eyJpZCI6IjEifQ");
      vendor.beacon("https://in.hotjar.com/api/v2/client/sites/" + hjid + "/visit-data", () => true);`,
    granted: [["settings", 1234567, 6]],
    cookies: ["_hjSessionUser_1234567", "_hjSession_1234567"],
    localStorage: ["_hjSessionUser_1234567"],
  },
  logrocket: {
    doc: "https://docs.logrocket.com/docs/quickstart",
    settings: { appId: "acme/shop" },
    hosts: /(^|\.)(lr-ingest\.com|lr-ingest\.io|logrocket\.io|lr-in-prod\.com)$/,
    script: "https://cdn.lr-ingest.com/LogRocket.min.js",
    // LogRocket.min.js defines `LogRocket`; nothing happens until `LogRocket.init(appId)`, then it keeps its session
    // in _lr_* cookies and storage and records until the page goes.
    stub: `
      let app;
      window.LogRocket = {
        init(appId) {
          vendor.record("init", appId);
          app = appId;
          vendor.cookie("_lr_hb_-" + appId.split("/")[0], "1", 1);
          localStorage.setItem("_lr_id_", "1");
        },
        identify() {}, track() {}, getSessionURL() {},
      };
      vendor.beacon("https://r.lr-ingest.com/i", () => !!app);`,
    granted: [["init", "acme/shop"]],
    cookies: ["_lr_hb_-acme"],
    localStorage: ["_lr_id_"],
  },
  matomo: {
    doc: "https://developer.matomo.org/guides/tracking-consent",
    settings: { url: "https://example.matomo.cloud/", siteId: "7" },
    hosts: /(^|\.)matomo\.cloud$/,
    script: "https://example.matomo.cloud/matomo.js",
    // matomo.js replaces `_paq` with an object whose push runs each call. After `requireConsent` it neither sends nor
    // sets a cookie until `setConsentGiven`; `forgetConsentGiven` deletes its cookies, notes mtm_consent_removed and
    // stops again.
    stub: `
      let required = false, consent = false, tracker = "", site = "";
      const on = () => tracker && site && (!required || consent);
      const handle = (args) => {
        vendor.record(...args);
        const [method, value] = args;
        if (method == "requireConsent") required = true;
        if (method == "setTrackerUrl") tracker = value;
        if (method == "setSiteId") site = value;
        if (method == "setConsentGiven") consent = true;
        if (method == "forgetConsentGiven") {
          consent = false;
          vendor.erase("_pk_id." + site + ".1fff"), vendor.erase("_pk_ses." + site + ".1fff");
          vendor.cookie("mtm_consent_removed", Date.now(), 365 * 30);
        }
        if (on()) vendor.cookie("_pk_id." + site + ".1fff", "a1b2c3d4e5f6a7b8.1767225600.", 395), vendor.cookie("_pk_ses." + site + ".1fff", "1", 1 / 48);
      };
      const queued = window._paq || [];
      window._paq = { push: (...calls) => calls.forEach(handle) };
      queued.forEach(handle);
      vendor.beacon("https://example.matomo.cloud/matomo.php?idsite=7&rec=1", on);`,
    granted: [["requireConsent"], ["trackPageView"], ["setTrackerUrl", "https://example.matomo.cloud/matomo.php"], ["setSiteId", "7"], ["setConsentGiven"]],
    revoked: [["forgetConsentGiven"]],
    cookies: ["_pk_id.7.1fff", "_pk_ses.7.1fff"],
  },
  mixpanel: {
    doc: "https://docs.mixpanel.com/docs/privacy/protecting-user-data",
    settings: { token: MIXPANEL },
    hosts: /(^|\.)(mxpnl\.com|mixpanel\.com)$/,
    script: "https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js",
    // The library reads the snippet's `_i` ([token, config]) and replays the [method, ...args] queued on the array.
    // With `opt_out_tracking_by_default` and no stored choice it is opted out; `opt_in_tracking()` stores the choice
    // and mp_<token>_mixpanel and sends; `opt_out_tracking()` clears that cookie and sends nothing more.
    stub: `
      const stub = window.mixpanel;
      const [token, config = {}] = stub._i[0];
      vendor.record("init", token, config);
      const name = "mp_" + token + "_mixpanel", choice = "__mp_opt_in_out_" + token;
      const stored = document.cookie.split("; ").find((cookie) => cookie.startsWith(choice + "="));
      let optedIn = stored ? stored.endsWith("=1") : !config.opt_out_tracking_by_default;
      const api = {
        opt_in_tracking() { optedIn = true; vendor.cookie(choice, "1", 365); vendor.cookie(name, "%7B%22distinct_id%22%3A%221%22%7D", 365); },
        opt_out_tracking() { optedIn = false; vendor.cookie(choice, "0", 365); vendor.erase(name); },
        track() {}, track_pageview() {}, register() {}, identify() {}, reset() {}, set_config() {},
      };
      const mixpanel = {};
      for (const [method, fn] of Object.entries(api)) mixpanel[method] = (...args) => (vendor.record(method, ...args), fn(...args));
      window.mixpanel = mixpanel;
      stub.forEach(([method, ...args]) => mixpanel[method] && mixpanel[method](...args));
      vendor.beacon("https://api-js.mixpanel.com/track/?ip=1", () => optedIn);`,
    granted: [["init", MIXPANEL, { opt_out_tracking_by_default: true }], ["opt_in_tracking"]],
    revoked: [["opt_out_tracking"]],
    cookies: [`mp_${MIXPANEL}_mixpanel`],
  },
  mouseflow: {
    doc: "https://js-api-docs.mouseflow.com/",
    settings: { websiteId: MOUSEFLOW },
    hosts: /(^|\.)mouseflow\.com$/,
    script: `https://cdn.mouseflow.com/projects/${MOUSEFLOW}.js`,
    // The project script replays `_mfq`, exposes `mouseflow`, keeps mf_user and mf_<website id> and records until
    // `mouseflow.stop()`.
    stub: `
      const id = document.currentScript.src.split("/projects/")[1].replace(".js", "");
      vendor.record("project", id);
      let recording = true;
      window.mouseflow = {
        stop() { vendor.record("stop"); recording = false; },
        start() { vendor.record("start"); recording = true; },
        newPageView() {},
      };
      const queued = window._mfq || [];
      window._mfq = { push: (args) => vendor.record(...args) };
      queued.forEach((args) => window._mfq.push(args));
      vendor.cookie("mf_user", "1a2b3c|", 90);
      vendor.cookie("mf_" + id, "4d5e6f", 1 / 48);
      vendor.beacon("https://o2.mouseflow.com/events", () => recording);`,
    granted: [["project", MOUSEFLOW]],
    revoked: [["stop"]],
    cookies: ["mf_user", `mf_${MOUSEFLOW}`],
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
  piwikPro: {
    doc: "https://developers.piwik.pro/en/latest/consent_manager/js_api/index.html",
    settings: { account: "example", siteId: PIWIK },
    hosts: /(^|\.)piwik\.pro$/,
    script: `https://example.containers.piwik.pro/${PIWIK}.js`,
    // The container reads the `dataLayer` (its `stg.start` and the `ppms.<part>:<method>` events the stubs pushed) and
    // what is pushed later. With consent asked for, analytics waits for `setComplianceSettings` status 1: then
    // _pk_id.<site>.* and hits to ppms.php; status 0 stops them.
    stub: `
      let analytics = 0;
      const handle = (entry) => {
        if (!entry || typeof entry.event != "string") return;
        vendor.record(entry.event, ...(entry.parameters || []));
        if (entry.event == "ppms.cm:setComplianceSettings") analytics = entry.parameters[0].consents.analytics.status;
        if (analytics == 1) vendor.cookie("_pk_id.${PIWIK}.1fff", "a1b2c3d4e5f6a7b8.1767225600", 395);
      };
      const layer = window.dataLayer;
      layer.forEach(handle);
      const push = layer.push.bind(layer);
      layer.push = (...entries) => (entries.forEach(handle), push(...entries));
      vendor.beacon("https://example.piwik.pro/ppms.php", () => analytics == 1);`,
    granted: [["stg.start"], ["ppms.cm:setComplianceSettings", { consents: { analytics: { status: 1 } } }]],
    revoked: [["ppms.cm:setComplianceSettings", { consents: { analytics: { status: 0 } } }]],
    cookies: [`_pk_id.${PIWIK}.1fff`],
  },
  rudderstack: {
    doc: "https://www.rudderstack.com/docs/sources/event-streams/sdks/rudderstack-javascript-sdk/supported-api/",
    settings: { writeKey: RUDDER, dataPlaneUrl: "https://example.dataplane.rudderstack.com" },
    hosts: /(^|\.)(rudderlabs\.com|rudderstack\.com)$/,
    script: "https://cdn.rudderlabs.com/v3/modern/rsa.min.js",
    // rsa.min.js replays the [method, ...args] queued on `rudderanalytics`; `load` names the data plane, `page` sets
    // rl_anonymous_id and sends; `reset(true)` clears the ids. It sends until the page goes.
    stub: `
      const queued = window.rudderanalytics;
      let plane = "";
      const api = {
        load(key, url) { plane = url; },
        page() { vendor.cookie("rl_anonymous_id", "RudderEncrypt%3A1", 365); },
        reset() { vendor.erase("rl_anonymous_id"); vendor.erase("rl_user_id"); vendor.erase("rl_trait"); },
        track() {}, identify() {}, ready() {}, alias() {}, group() {},
      };
      const rudder = {};
      for (const [name, fn] of Object.entries(api)) rudder[name] = (...args) => (vendor.record(name, ...args), fn(...args));
      window.rudderanalytics = rudder;
      queued.forEach(([name, ...args]) => rudder[name] && rudder[name](...args));
      vendor.beacon(plane + "/v1/page", () => !!plane);`,
    granted: [["load", RUDDER, "https://example.dataplane.rudderstack.com"], ["page"]],
    revoked: [["reset", true]],
    cookies: ["rl_anonymous_id"],
  },
  segment: {
    doc: "https://segment.com/docs/connections/sources/catalog/libraries/website/javascript/identity/",
    settings: { writeKey: SEGMENT },
    hosts: /(^|\.)(segment\.com|segment\.io|segmentapis\.com)$/,
    script: `https://cdn.segment.com/analytics.js/v1/${SEGMENT}/analytics.min.js`,
    // analytics.min.js (write key in its URL) replaces the snippet's array and replays its [method, ...args]; the
    // anonymous id goes in the ajs_anonymous_id cookie and localStorage; `reset()` clears ids and traits; it sends
    // until the page goes.
    stub: `
      const queued = window.analytics;
      vendor.record("load", document.currentScript.src.split("/")[5]);
      const keys = ["ajs_anonymous_id", "ajs_user_id", "ajs_user_traits", "ajs_group_properties"];
      const api = {
        page() { vendor.cookie("ajs_anonymous_id", "anon-1", 365); localStorage.setItem("ajs_anonymous_id", '"anon-1"'); },
        reset() { keys.forEach((key) => (vendor.erase(key), localStorage.removeItem(key))); },
        track() {}, identify() {}, group() {}, alias() {}, ready() {},
      };
      const analytics = { initialized: true };
      for (const [name, fn] of Object.entries(api)) analytics[name] = (...args) => (vendor.record(name, ...args), fn(...args), analytics);
      window.analytics = analytics;
      queued.forEach(([name, ...args]) => analytics[name] && analytics[name](...args));
      vendor.beacon("https://api.segment.io/v1/p", () => true);`,
    granted: [["load", SEGMENT], ["page"]],
    revoked: [["reset"]],
    cookies: ["ajs_anonymous_id"],
    localStorage: ["ajs_anonymous_id"],
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
  yandexMetrica: {
    doc: "https://yandex.com/support/metrica/code/counter-initialize.html",
    settings: { id: "12345678" },
    hosts: /(^|\.)(yandex\.ru|yandex\.com|webvisor\.org|webvisor\.com)$/,
    script: "https://mc.yandex.ru/metrika/tag.js",
    // tag.js takes over `ym` and replays `ym.a`; `init` starts the tag: _ym_uid and _ym_d (cookies, _ym_uid in
    // localStorage too) and hits to /watch/<id> until the page goes.
    stub: `
      const queued = (window.ym && window.ym.a) || [];
      const counters = [];
      window.ym = (id, method, ...args) => {
        vendor.record(id, method, ...args);
        if (method != "init") return;
        counters.push(id);
        vendor.cookie("_ym_uid", "1767225600123456789", 365), vendor.cookie("_ym_d", "1767225600", 365);
        localStorage.setItem("_ym_uid", '"1767225600123456789"');
      };
      Array.from(queued).forEach((args) => window.ym(...Array.from(args)));
      vendor.beacon("https://mc.yandex.ru/watch/" + counters[0], () => counters.length > 0);`,
    granted: [[12345678, "init", { clickmap: true }]],
    cookies: ["_ym_uid", "_ym_d"],
    localStorage: ["_ym_uid"],
  },
};

// Stand-ins for the catalog's embeds, chat and support tools, and usually necessary services (issue 26 item 6); see
// ./vendors.ts for what a stand-in is. The necessary ones are moved to `preferences` here (a site may move any
// service), so the test can withdraw them; that they run without consent by default is tested on its own.
import type { StandIn } from "./vendors";

const embed = (doc: string, hosts: RegExp, src: string, loads: string): StandIn => ({ doc, settings: {}, hosts, embed: { src, loads } });

/** A script that, as its vendor documents, runs until the page goes (no stop call), beaconing while it runs. */
const runsUntilUnload = (doc: string, settings: Record<string, unknown>, hosts: RegExp, script: string, beacon: string, cookies: string[] = [], localStorage: string[] = []): StandIn => ({
  doc,
  settings,
  hosts,
  script,
  stub: `vendor.record("loaded");${cookies.map((name) => `vendor.cookie(${JSON.stringify(name)}, "v1", 30);`).join("")}${localStorage.map((key) => `localStorage.setItem(${JSON.stringify(key)}, "v1");`).join("")}vendor.beacon(${JSON.stringify(beacon)}, () => true);`,
  granted: [["loaded"]],
  cookies,
  localStorage,
});
/** A necessary-by-default service, moved to `preferences` so the test can withdraw it. */
const moved = (standIn: StandIn): StandIn => ({ ...standIn, settings: { ...standIn.settings, category: "preferences" } });

export const EMBEDS_AND_MORE: Readonly<Record<string, StandIn>> = {
  vimeo: embed("https://help.vimeo.com/hc/en-us/articles/12426260232977-Player-parameters-overview", /(^|\.)(vimeo\.com|vimeocdn\.com)$/, "https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?dnt=1"),
  googleMaps: embed("https://developers.google.com/maps/documentation/embed/get-started", /(^|\.)(google\.com|googleapis\.com|gstatic\.com)$/, "https://www.google.com/maps/embed?pb=!1m18!1m12!1m3", "https://www.google.com/maps/embed?pb=!1m18!1m12!1m3"),
  spotify: embed("https://developer.spotify.com/documentation/embeds", /(^|\.)(spotify\.com|spotifycdn\.com)$/, "https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC?si=x", "https://open.spotify.com/embed/track/4uLU6hMCjMI75M1A2tKUQC"),
  soundcloud: embed("https://developers.soundcloud.com/docs/api/html5-widget", /(^|\.)soundcloud\.com$/, "https://soundcloud.com/artist-name/track-name", "https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fartist-name%2Ftrack-name"),
  typeform: embed("https://www.typeform.com/developers/embed/", /(^|\.)typeform\.com$/, "https://form.typeform.com/to/abc123XY?utm_source=site", "https://form.typeform.com/to/abc123XY?utm_source=site"),
  loom: embed("https://support.atlassian.com/loom/docs/embed-loom-videos/", /(^|\.)loom\.com$/, "https://www.loom.com/share/0123456789abcdef0123456789abcdef", "https://www.loom.com/embed/0123456789abcdef0123456789abcdef"),
  wistia: embed("https://docs.wistia.com/docs/embed-options-and-plugins", /(^|\.)(wistia\.net|wistia\.com)$/, "https://fast.wistia.net/embed/iframe/abcdef1234?videoFoam=true", "https://fast.wistia.net/embed/iframe/abcdef1234?videoFoam=true"),
  dailymotion: embed("https://developers.dailymotion.com/guides/embed/", /(^|\.)(dailymotion\.com|dai\.ly)$/, "https://www.dailymotion.com/video/x8abcd1", "https://geo.dailymotion.com/player.html?video=x8abcd1"),
  calendly: embed("https://help.calendly.com/hc/en-us/articles/223147027-Embed-options-overview", /(^|\.)calendly\.com$/, "https://calendly.com/acme/30min", "https://calendly.com/acme/30min?embed_type=Inline"),
  openStreetMap: embed("https://wiki.openstreetmap.org/wiki/Export#Embeddable_HTML", /(^|\.)openstreetmap\.org$/, "https://www.openstreetmap.org/export/embed.html?bbox=2.29,48.85,2.30,48.86", "https://www.openstreetmap.org/export/embed.html?bbox=2.29,48.85,2.30,48.86"),
  // Stripe.js sets its fraud-prevention cookies on the site and reports to m.stripe.com for as long as it runs.
  stripe: moved(runsUntilUnload("https://docs.stripe.com/disputes/prevention/advanced-fraud-detection", {}, /(^|\.)(stripe\.com|stripe\.network)$/, "https://js.stripe.com/v3/", "https://m.stripe.com/6", ["__stripe_mid", "__stripe_sid"])),
  recaptcha: moved(runsUntilUnload(
    "https://developers.google.com/recaptcha/docs/v3",
    { siteKey: "6LcTestKeyTestKeyTestKeyTestKeyTestKey12", version: "3" },
    /(^|\.)(google\.com|gstatic\.com|recaptcha\.net)$/,
    "https://www.google.com/recaptcha/api.js?render=6LcTestKeyTestKeyTestKeyTestKeyTestKey12",
    "https://www.google.com/recaptcha/api2/clr",
  )),
  hcaptcha: moved(runsUntilUnload("https://docs.hcaptcha.com/", {}, /(^|\.)hcaptcha\.com$/, "https://js.hcaptcha.com/1/api.js", "https://api.hcaptcha.com/checksiteconfig")),
  turnstile: moved(runsUntilUnload("https://developers.cloudflare.com/turnstile/get-started/client-side-rendering/", {}, /^challenges\.cloudflare\.com$/, "https://challenges.cloudflare.com/turnstile/v0/api.js", "https://challenges.cloudflare.com/cdn-cgi/challenge-platform/h/b/pat")),
  // Chat and support, comments, reviews, social posts.
  intercom: {
    doc: "https://developers.intercom.com/installing-intercom/web/methods",
    settings: { appId: "abc12def" },
    hosts: /(^|\.)(intercom\.io|intercomcdn\.com)$/,
    script: "https://widget.intercom.io/widget/abc12def",
    // The widget replays `Intercom.q`; `boot` starts the Messenger (its id and session cookies, a connection);
    // `shutdown` ends the session, clears its cookies and closes the connection.
    stub: `
      let booted = false;
      const handle = (args) => {
        vendor.record(...args);
        if (args[0] == "boot") (booted = true), vendor.cookie("intercom-id-abc12def", "v", 270), vendor.cookie("intercom-session-abc12def", "s", 7);
        if (args[0] == "shutdown") (booted = false), vendor.erase("intercom-id-abc12def"), vendor.erase("intercom-session-abc12def");
      };
      const queued = window.Intercom.q || [];
      window.Intercom = (...args) => handle(args);
      queued.forEach(handle);
      vendor.beacon("https://api-iam.intercom.io/messenger/web/ping", () => booted);`,
    granted: [["boot", { app_id: "abc12def" }]],
    revoked: [["shutdown"]],
    cookies: ["intercom-id-abc12def", "intercom-session-abc12def"],
  },
  hubspot: {
    doc: "https://developers.hubspot.com/docs/api/events/tracking-code",
    settings: { hubId: "1234567" },
    hosts: /(^|\.)(hs-scripts\.com|hs-analytics\.net|hubspot\.com|hs-banner\.com)$/,
    script: "https://js.hs-scripts.com/1234567.js",
    // The loader reads the _hsq and _hsp queues and what is pushed later: `doNotTrack` stops tracking (and
    // `{ track: true }` lifts it), `revokeCookieConsent` removes its cookies; while tracking it sets __hstc and hubspotutk.
    stub: `
      let tracking = true;
      const handle = (args) => {
        vendor.record(...args);
        if (args[0] == "doNotTrack") tracking = !!(args[1] && args[1].track);
        if (args[0] == "revokeCookieConsent") vendor.erase("__hstc"), vendor.erase("hubspotutk");
        if (tracking) vendor.cookie("__hstc", "1.2.3", 180), vendor.cookie("hubspotutk", "abc", 180);
      };
      for (const queue of [window._hsq, window._hsp]) { queue.forEach(handle); queue.push = (...entries) => (entries.forEach(handle), 0); }
      vendor.beacon("https://track.hubspot.com/__ptq.gif?a=1234567", () => tracking);`,
    granted: [["doNotTrack", { track: true }]],
    revoked: [["revokeCookieConsent"], ["doNotTrack"]],
    cookies: ["__hstc", "hubspotutk"],
  },
  livechat: {
    doc: "https://platform.text.com/docs/extending-chat-widget/javascript-api",
    settings: { license: "12345678" },
    hosts: /(^|\.)(livechatinc\.com|text\.com)$/,
    script: "https://cdn.livechatinc.com/tracking.js",
    // tracking.js reads window.__lc.license, sets its visitor cookies, keeps a connection; `LiveChatWidget.call('destroy')`
    // removes the widget and ends it.
    stub: `
      let running = true;
      vendor.record("license", window.__lc.license);
      vendor.cookie("__lc_cid", "c1", 730);
      window.LiveChatWidget = { call: (method) => (vendor.record("call", method), method == "destroy" && (running = false)) };
      vendor.beacon("https://api.livechatinc.com/v3.5/customer/action/ping", () => running);`,
    granted: [["license", 12345678]],
    revoked: [["call", "destroy"]],
    cookies: ["__lc_cid"],
  },
  crisp: runsUntilUnload("https://docs.crisp.chat/guides/chatbox-sdks/web-sdk/", { websiteId: "0b0e3c6a-1f2d-4c5b-9a8e-7d6c5b4a3f2e" }, /(^|\.)crisp\.chat$/, "https://client.crisp.chat/l.js", "https://client.relay.crisp.chat/socket", ["crisp-client%2Fsession%2F0b0e3c6a"]),
  zendesk: runsUntilUnload("https://developer.zendesk.com/api-reference/widget-messaging/web/core/#cookies", { key: "0b0e3c6a-1f2d-4c5b-9a8e-7d6c5b4a3f2e" }, /(^|\.)(zdassets\.com|zendesk\.com|zopim\.com)$/, "https://static.zdassets.com/ekr/snippet.js?key=0b0e3c6a-1f2d-4c5b-9a8e-7d6c5b4a3f2e", "https://ekr.zdassets.com/compose/0b0e3c6a", [], ["ZD-suid"]),
  tawkTo: runsUntilUnload("https://help.tawk.to/article/adding-a-widget-to-your-website", { propertyId: "0123456789abcdef01234567", widgetId: "default" }, /(^|\.)tawk\.to$/, "https://embed.tawk.to/0123456789abcdef01234567/default", "https://va.tawk.to/log-performance/v3", ["twk_uuid_0123456789abcdef01234567"]),
  tidio: runsUntilUnload("https://help.tidio.com/hc/en-us/articles/5381995495836-Install-Tidio-on-your-website", { publicKey: "abcdefghijklmnopqrstuvwxyz012345" }, /(^|\.)(tidio\.co|tidiochat\.com)$/, "https://code.tidio.co/abcdefghijklmnopqrstuvwxyz012345.js", "https://socket.tidio.co/ping", [], ["tidio_state_abc"]),
  disqus: runsUntilUnload("https://help.disqus.com/en/articles/1717112-universal-embed-code", { shortname: "acme-blog" }, /(^|\.)(disqus\.com|disquscdn\.com)$/, "https://acme-blog.disqus.com/embed.js", "https://links.services.disqus.com/api/ping"),
  trustpilot: runsUntilUnload("https://support.trustpilot.com/hc/en-us/articles/115011421468-Add-a-TrustBox-widget-to-your-website", {}, /(^|\.)trustpilot\.com$/, "https://widget.trustpilot.com/bootstrap/v5/tp.widget.bootstrap.min.js", "https://widget.trustpilot.com/trustbox-data/ping"),
  xPosts: runsUntilUnload("https://developer.x.com/en/docs/x-for-websites/embedded-tweets/overview", {}, /(^|\.)(twitter\.com|twimg\.com|x\.com)$/, "https://platform.twitter.com/widgets.js", "https://syndication.twitter.com/settings"),
  instagram: runsUntilUnload("https://help.instagram.com/620154495870484", {}, /(^|\.)(instagram\.com|cdninstagram\.com)$/, "https://www.instagram.com/embed.js", "https://www.instagram.com/logging/falco"),
};

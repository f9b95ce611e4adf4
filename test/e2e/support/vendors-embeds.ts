// Stand-ins for the catalog's embeds, chat and support tools, and usually necessary services (issue 26 item 6); see
// ./vendors.ts for what a stand-in is. The necessary ones are moved to `preferences` here (a site may move any
// service), so the test can withdraw them; that they run without consent by default is tested on its own.
import type { StandIn } from "./vendors";

const embed = (doc: string, hosts: RegExp, src: string, loads: string): StandIn => ({ doc, settings: {}, hosts, embed: { src, loads } });

/** A script that, as its vendor documents, runs until the page goes (no stop call), beaconing while it runs. */
const runsUntilUnload = (doc: string, settings: Record<string, unknown>, hosts: RegExp, script: string, beacon: string, cookies: string[] = []): StandIn => ({
  doc,
  settings: { ...settings, category: "preferences" },
  hosts,
  script,
  stub: `vendor.record("loaded");${cookies.map((name) => `vendor.cookie(${JSON.stringify(name)}, "v1", 30);`).join("")}vendor.beacon(${JSON.stringify(beacon)}, () => true);`,
  granted: [["loaded"]],
  cookies,
});

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
  stripe: runsUntilUnload("https://docs.stripe.com/disputes/prevention/advanced-fraud-detection", {}, /(^|\.)(stripe\.com|stripe\.network)$/, "https://js.stripe.com/v3/", "https://m.stripe.com/6", ["__stripe_mid", "__stripe_sid"]),
  recaptcha: runsUntilUnload(
    "https://developers.google.com/recaptcha/docs/v3",
    { siteKey: "6LcTestKeyTestKeyTestKeyTestKeyTestKey12", version: "3" },
    /(^|\.)(google\.com|gstatic\.com|recaptcha\.net)$/,
    "https://www.google.com/recaptcha/api.js?render=6LcTestKeyTestKeyTestKeyTestKeyTestKey12",
    "https://www.google.com/recaptcha/api2/clr",
  ),
  hcaptcha: runsUntilUnload("https://docs.hcaptcha.com/", {}, /(^|\.)hcaptcha\.com$/, "https://js.hcaptcha.com/1/api.js", "https://api.hcaptcha.com/checksiteconfig"),
  turnstile: runsUntilUnload("https://developers.cloudflare.com/turnstile/get-started/client-side-rendering/", {}, /^challenges\.cloudflare\.com$/, "https://challenges.cloudflare.com/turnstile/v0/api.js", "https://challenges.cloudflare.com/cdn-cgi/challenge-platform/h/b/pat"),
};

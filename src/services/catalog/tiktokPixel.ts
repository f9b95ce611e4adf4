// TikTok Pixel. Base code: https://ads.tiktok.com/help/article/get-started-pixel (the `ttq` queue stub, `ttq.load(id)`
// which loads https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=<id>&lib=ttq, then `ttq.page()`).
// Consent: https://business-api.tiktok.com/portal/docs?id=1739585600931842 ("Cookie consent": `ttq.holdConsent()`
// before `ttq.load`, then `ttq.grantConsent()` or `ttq.revokeConsent()`; while held or revoked the pixel sets no
// cookies and sends no events).
// Cookies: https://ads.tiktok.com/help/article/using-cookies-with-tiktok-pixel and the Open Cookie Database rows
// "TikTok" _ttp, _tt_enable_cookie, ttcsid.
import type { ServiceAbout, ServiceDefinition, VendorWindow } from "../types";

const METHODS = "page track identify instances debug on off once ready alias group enableCookie disableCookie holdConsent revokeConsent grantConsent".split(" ");
const SRC = "https://analytics.tiktok.com/i18n/pixel/events.js";

export default {
  name: "tiktokPixel",
  title: "TikTok Pixel",
  category: "marketing",
  params: { pixelId: [/^[A-Z0-9]{16,24}$/, "a TikTok Pixel id (capital letters and digits, C...)"] },
  src: ({ pixelId }) => `${SRC}?sdkid=${pixelId}&lib=ttq`,
  setup(win, { pixelId }) {
    // The documented stub: methods queue `[name, ...args]` on the `ttq` array until events.js replays them.
    win.TiktokAnalyticsObject = "ttq";
    const ttq = (win.ttq ||= []);
    for (const method of METHODS) ttq[method] ||= (...args: unknown[]) => ttq.push([method, ...args]);
    ttq.holdConsent();
    // What `ttq.load` records before it appends events.js (the runtime appends it).
    (ttq._i ||= {})[pixelId!] = Object.assign([], { _u: SRC });
    (ttq._t ||= {})[pixelId!] = +new Date();
    (ttq._o ||= {})[pixelId!] = {};
    ttq.page();
  },
  grant: (win) => win.ttq.grantConsent(),
  revoke: (win) => win.ttq.revokeConsent(),
  provider: ["TikTok Technology (Ireland)", "https://www.tiktok.com/legal/page/eea/privacy-policy/en", "SG"],
  cookies: [
    ["_ttp", "Identifies the browser to measure and target TikTok ads", "13 months"],
    ["_tt_enable_cookie", "Records that TikTok's first-party cookies may be set", "13 months"],
    ["ttcsid", "Joins one visit's events into a session for TikTok ads", "13 months"],
    ["ttcsid_*", "Joins one visit's events into a session for one TikTok Pixel", "13 months"],
  ],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["analytics.tiktok.com", "*.tiktok.com"],
  docs: [
    "https://ads.tiktok.com/help/article/get-started-pixel",
    "https://business-api.tiktok.com/portal/docs?id=1739585600931842",
    "https://ads.tiktok.com/help/article/using-cookies-with-tiktok-pixel",
  ],
  idFromUrl: ["pixelId", /analytics\.tiktok\.com\/i18n\/pixel\/events\.js\?sdkid=([A-Z0-9]+)/],
};

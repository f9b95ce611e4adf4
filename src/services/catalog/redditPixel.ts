// Reddit Pixel. Base code: https://business.reddithelp.com/s/article/Install-the-Reddit-Pixel-on-your-website (the `rdt`
// stub queueing `arguments` in `callQueue` until pixel.js sets `sendEvent`, https://www.redditstatic.com/ads/pixel.js,
// `rdt('init', '<pixel id>')`, `rdt('track', 'PageVisit')`).
// Consent: Reddit documents `optOut` at init and `rdt('disableFirstPartyCookies')` (cookies only), no way to stop a
// running pixel: so `reload` on withdrawal.
// Cookies: https://business.reddithelp.com/s/article/first-party-cookies and the Open Cookie Database row "Reddit"
// _rdt_uuid.
import type { ServiceAbout, ServiceDefinition, VendorFunction } from "../types";

export default {
  name: "redditPixel",
  title: "Reddit Pixel",
  category: "marketing",
  params: { pixelId: [/^[at]2_[a-z0-9]{4,16}$/, "a Reddit Pixel id (a2_ or t2_ and letters or digits)"] },
  src: () => "https://www.redditstatic.com/ads/pixel.js",
  setup(win, { pixelId }) {
    if (!win.rdt) {
      const rdt: VendorFunction = function (...args) {
        // eslint-disable-next-line prefer-rest-params
        rdt.sendEvent ? rdt.sendEvent(...args) : rdt.callQueue.push(arguments);
      };
      rdt.callQueue = [];
      win.rdt = rdt;
    }
    win.rdt("init", pixelId);
    win.rdt("track", "PageVisit");
  },
  reload: true,
  provider: ["Reddit, Inc.", "https://www.reddit.com/policies/privacy-policy", "US"],
  cookies: [
    ["_rdt_uuid", "Identifies the browser to measure and target Reddit ads", "90 days"],
    ["_rdt_cid", "Keeps the id of the Reddit ad click that led here", "90 days"],
  ],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["www.redditstatic.com", "alb.reddit.com", "*.reddit.com"],
  docs: ["https://business.reddithelp.com/s/article/Install-the-Reddit-Pixel-on-your-website", "https://business.reddithelp.com/s/article/first-party-cookies"],
};

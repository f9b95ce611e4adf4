// X (Twitter) Pixel. Base code: https://business.x.com/en/help/campaign-measurement-and-analytics/conversion-tracking-for-websites
// (the `twq` stub queueing `arguments` until uwt.js sets `twq.exe`, https://static.ads-twitter.com/uwt.js, then
// `twq('config', '<pixel id>')`).
// Consent: X documents no consent or stop call for the pixel (the site must gate it): so `reload` on withdrawal.
// Cookies: X's click id `_twclid` (first-party, from the `twclid` parameter of an ad click; same page) and the Open
// Cookie Database rows "X" muc_ads (t.co), guest_id, personalization_id (twitter.com).
import type { ServiceAbout, ServiceDefinition, VendorFunction } from "../types";

export default {
  name: "xPixel",
  title: "X Pixel",
  category: "marketing",
  params: { pixelId: [/^[a-z0-9]{5,8}$/, "an X Pixel id (5 or more lowercase letters and digits)"] },
  src: () => "https://static.ads-twitter.com/uwt.js",
  setup(win, { pixelId }) {
    if (!win.twq) {
      const twq: VendorFunction = function (...args) {
        // eslint-disable-next-line prefer-rest-params
        twq.exe ? twq.exe(...args) : twq.queue.push(arguments);
      };
      Object.assign(twq, { version: "1.1", queue: [] });
      win.twq = twq;
    }
    win.twq("config", pixelId);
  },
  reload: true,
  provider: ["X Corp. / Twitter International", "https://x.com/en/privacy", "US"],
  cookies: [
    ["_twclid", "Keeps the id of the X ad click that led here, for conversions", "2 years"],
    ["muc_ads", "Identifies the browser for X ads (set on t.co)", "2 years"],
    ["guest_id", "Identifies the browser to X (set on twitter.com)", "2 years"],
    ["personalization_id", "Personalises X ads and content (set on twitter.com)", "2 years"],
  ],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["static.ads-twitter.com", "analytics.twitter.com", "t.co", "*.twitter.com"],
  docs: ["https://business.x.com/en/help/campaign-measurement-and-analytics/conversion-tracking-for-websites"],
};

// Snap Pixel. Base code: https://businesshelp.snapchat.com/s/article/pixel-website-install (the `snaptr` stub queueing
// `arguments` until scevent.min.js sets `handleRequest`, https://sc-static.net/scevent.min.js,
// `snaptr('init', '<pixel id>')`, `snaptr('track', 'PAGE_VIEW')`).
// Consent: Snap documents no consent or stop call for the pixel (the site must gate it): so `reload` on withdrawal.
// Cookies: https://values.snap.com/privacy/cookie-information and the Open Cookie Database rows "Snapchat" _scid,
// _scid_r, _schn, sc_at.
import type { ServiceAbout, ServiceDefinition, VendorFunction } from "../types";

export default {
  name: "snapPixel",
  title: "Snap Pixel",
  category: "marketing",
  params: { pixelId: [/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, "a Snap Pixel id (a UUID)"] },
  src: () => "https://sc-static.net/scevent.min.js",
  setup(win, { pixelId }) {
    if (!win.snaptr) {
      const snaptr: VendorFunction = function (...args) {
        // eslint-disable-next-line prefer-rest-params
        snaptr.handleRequest ? snaptr.handleRequest(...args) : snaptr.queue.push(arguments);
      };
      snaptr.queue = [];
      win.snaptr = snaptr;
    }
    win.snaptr("init", pixelId);
    win.snaptr("track", "PAGE_VIEW");
  },
  reload: true,
  provider: ["Snap Inc.", "https://values.snap.com/privacy/privacy-policy", "US"],
  cookies: [
    ["_scid", "Identifies the browser to measure and target Snapchat ads", "1 year"],
    ["_scid_r", "Identifies the browser for Snapchat ad retargeting", "13 months"],
    ["_schn", "Retargets and attributes visits from Snapchat", "1 day"],
    ["sc_at", "Identifies the browser across sites (set on snapchat.com)", "1 year"],
  ],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["sc-static.net", "tr.snapchat.com", "*.snapchat.com"],
  docs: ["https://businesshelp.snapchat.com/s/article/pixel-website-install", "https://values.snap.com/privacy/cookie-information"],
};

// Outbrain Pixel. Base code: https://www.outbrain.com/help/advertisers/outbrain-pixel/ (the `obApi` stub queueing
// `arguments` until obtp.js sets `dispatch`, `marketerId` on it, https://amplify.outbrain.com/cp/obtp.js, then
// `obApi('track', 'PAGE_VIEW')`).
// Consent: Outbrain documents consent through the IAB TCF only, no call of its own to stop the pixel: so `reload`.
// Cookies: https://www.outbrain.com/privacy/cookies/ and the Open Cookie Database rows "Outbrain" dicbo_id,
// outbrain_dicbo_id, obuid.
import type { ServiceAbout, ServiceDefinition, VendorFunction } from "../types";

export default {
  name: "outbrain",
  title: "Outbrain Pixel",
  category: "marketing",
  params: { marketerId: [/^[0-9a-f]{20,40}$/, "an Outbrain marketer id (hexadecimal)"] },
  src: () => "https://amplify.outbrain.com/cp/obtp.js",
  setup(win, { marketerId }) {
    if (!win.obApi) {
      const obApi: VendorFunction = function (...args) {
        // eslint-disable-next-line prefer-rest-params
        obApi.dispatch ? obApi.dispatch(...args) : obApi.queue.push(arguments);
      };
      Object.assign(obApi, { version: "1.1", loaded: true, marketerId, queue: [] });
      win.obApi = obApi;
    }
    win.obApi("track", "PAGE_VIEW");
  },
  reload: true,
  provider: ["Outbrain Inc.", "https://www.outbrain.com/privacy/", "US"],
  cookies: [
    ["dicbo_id", "Attributes conversions to Outbrain ads where third-party cookies are blocked", "1 day"],
    ["outbrain_dicbo_id", "Attributes conversions to Outbrain ads where third-party cookies are blocked", "1 day"],
    ["obuid", "Identifies the browser for Outbrain recommendations and ads (set on outbrain.com)", "3 months"],
  ],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["amplify.outbrain.com", "tr.outbrain.com", "*.outbrain.com"],
  docs: ["https://www.outbrain.com/help/advertisers/outbrain-pixel/", "https://www.outbrain.com/privacy/cookies/"],
};

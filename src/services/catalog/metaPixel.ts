// Meta Pixel. Snippet: https://developers.facebook.com/docs/meta-pixel/get-started
// Consent: https://developers.facebook.com/docs/meta-pixel/implementation/gdpr (`fbq('consent', 'revoke' | 'grant')`:
// events wait while revoked and are sent on grant; after a revoke nothing more is sent).
// Cookies: https://www.facebook.com/privacy/policies/cookies and the Open Cookie Database (Facebook rows).
import type { ServiceAbout, ServiceDefinition, VendorFunction } from "../types";

export default {
  name: "metaPixel",
  title: "Meta Pixel",
  category: "marketing",
  params: { pixelId: [/^\d{10,20}$/, "a Meta Pixel id (digits)"] },
  src: () => "https://connect.facebook.net/en_US/fbevents.js",
  setup(win, { pixelId }) {
    if (!win.fbq) {
      // The snippet's queue: calls wait in `queue` until fbevents.js sets `callMethod` and replays them.
      const fbq: VendorFunction = (...args) => (fbq.callMethod ? fbq.callMethod(...args) : fbq.queue.push(args));
      Object.assign(fbq, { push: fbq, loaded: true, version: "2.0", queue: [] });
      win.fbq = win._fbq = fbq;
    }
    // The documented order: consent revoked before init, so the page view waits in the queue for the grant.
    win.fbq("consent", "revoke");
    win.fbq("init", pixelId);
    win.fbq("track", "PageView");
  },
  grant: (win) => win.fbq("consent", "grant"),
  revoke: (win) => win.fbq("consent", "revoke"),
  provider: ["Meta Platforms Ireland", "https://www.facebook.com/privacy/policy/", "US"],
  cookies: [
    ["_fbp", "Identifies the browser to deliver and measure Meta ads", "3 months"],
    ["_fbc", "Keeps the id of the Meta ad click that led here", "3 months"],
    ["fr", "Identifies the browser and the Meta user for ad targeting (set on facebook.com)", "3 months"],
  ],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["connect.facebook.net", "www.facebook.com"],
  docs: [
    "https://developers.facebook.com/docs/meta-pixel/get-started",
    "https://developers.facebook.com/docs/meta-pixel/implementation/gdpr",
  ],
};

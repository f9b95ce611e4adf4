// Amplitude (Browser SDK 2, script loader). Install: https://amplitude.com/docs/sdks/analytics/browser/browser-sdk-2
// (`https://cdn.amplitude.com/script/<API key>.js`, then `amplitude.init(<API key>)` once it has run: this loader has
// no queue, so `init` waits for the script's load event). Opt-out: same page, "Opt users out of tracking"
// (`amplitude.setOptOut(true)`: no event is sent; `setOptOut(false)` resumes). Cookies: the same page, "Cookie
// management", and the Open Cookie Database (Amplitude rows AMP_, AMP_MKTG_, AMP_TEST, AMP_TLDTEST).
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "amplitude",
  title: "Amplitude",
  category: "analytics",
  params: { apiKey: [/^[0-9a-f]{32}$/, "an Amplitude API key (32 hexadecimal characters)"] },
  src: ({ apiKey }) => `https://cdn.amplitude.com/script/${apiKey}.js`,
  setup(win, { apiKey }) {
    // The documented inline `amplitude.init(...)` after the script tag: on its load event.
    // On the document: a load event at an element never reaches the window (DOM event path).
    win.document.addEventListener("load", function ready() {
      if (!win.amplitude?.init) return;
      win.document.removeEventListener("load", ready, true);
      win.amplitude.init(apiKey);
    }, true);
  },
  // A re-grant on the same page (before the first load, `init` has not run and tracks as allowed).
  grant: (win) => win.amplitude?.setOptOut?.(false),
  revoke: (win) => win.amplitude?.setOptOut?.(true),
  provider: ["Amplitude", "https://amplitude.com/privacy", "US"],
  cookies: [
    ["AMP_*", "Keeps the Amplitude device id, session id and opt-out (AMP_<key prefix>)", "1 year"],
    ["AMP_MKTG_*", "Keeps the campaign (UTM and referrer) that brought the visitor here", "1 year"],
    ["AMP_TEST", "Checks that cookies work, deleted at once", "session"],
    ["AMP_TLDTEST", "Finds the top domain cookies can be set on, deleted at once", "session"],
  ],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["cdn.amplitude.com", "api2.amplitude.com", "api.eu.amplitude.com", "sr-client-cfg.amplitude.com"],
  docs: ["https://amplitude.com/docs/sdks/analytics/browser/browser-sdk-2", "https://amplitude.com/privacy"],
  idFromUrl: ["apiKey", /cdn\.amplitude\.com\/script\/([0-9a-f]{32})\.js/],
};

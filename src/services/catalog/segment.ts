// Twilio Segment (Analytics.js 2.0). Snippet: https://segment.com/docs/connections/sources/catalog/libraries/website/javascript/quickstart/
// (the `analytics` array stub: each method pushes [method, ...args] until
// https://cdn.segment.com/analytics.js/v1/<write key>/analytics.min.js replays them; then `analytics.page()`).
// Withdrawal: https://segment.com/docs/connections/sources/catalog/libraries/website/javascript/identity/ (`analytics.reset()`
// clears the user id, anonymous id and traits); Analytics.js documents no call that stops its destinations: `reload`.
// Storage: https://segment.com/docs/connections/sources/catalog/libraries/website/javascript/cookie-validity-update/ and
// .../identity/ (ajs_anonymous_id, ajs_user_id in cookies and localStorage; ajs_user_traits, ajs_group_properties).
// The Open Cookie Database has no Segment row.
import type { ServiceAbout, ServiceDefinition } from "../types";

const METHODS = "trackSubmit trackClick trackLink trackForm pageview identify reset group track ready alias debug page screen once off on setAnonymousId".split(" ");

export default {
  name: "segment",
  title: "Segment",
  category: "analytics",
  params: { writeKey: [/^[A-Za-z0-9]{16,64}$/, "a Segment source write key (letters and digits)"] },
  src: ({ writeKey }) => `https://cdn.segment.com/analytics.js/v1/${writeKey}/analytics.min.js`,
  setup(win, { writeKey }) {
    const analytics = (win.analytics ||= []);
    if (!analytics.initialize && !analytics.invoked) {
      analytics.invoked = true;
      for (const method of METHODS) analytics[method] = (...args: unknown[]) => (analytics.push([method, ...args]), analytics);
      analytics._writeKey = writeKey;
      analytics.SNIPPET_VERSION = "5.2.0";
      analytics.page();
    }
  },
  revoke: (win) => win.analytics.reset(),
  reload: true,
  provider: ["Twilio Segment", "https://www.twilio.com/en-us/legal/privacy", "US"],
  cookies: [
    ["ajs_anonymous_id", "Identifies the browser to Segment until it is identified", "1 year"],
    ["ajs_user_id", "Keeps the user id the site gave Segment", "1 year"],
    ["ajs_group_id", "Keeps the group (account) id the site gave Segment", "1 year"],
  ],
  storage: [
    ["ajs_anonymous_id", "Identifies the browser to Segment until it is identified", "persistent"],
    ["ajs_user_id", "Keeps the user id the site gave Segment", "persistent"],
    ["ajs_user_traits", "Keeps the traits of the identified user", "persistent"],
    ["ajs_group_properties", "Keeps the traits of the identified group", "persistent"],
  ],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["cdn.segment.com", "api.segment.io", "events.eu1.segmentapis.com", "cdn.segment.io"],
  docs: [
    "https://segment.com/docs/connections/sources/catalog/libraries/website/javascript/quickstart/",
    "https://segment.com/docs/connections/sources/catalog/libraries/website/javascript/identity/",
    "https://segment.com/docs/connections/sources/catalog/libraries/website/javascript/cookie-validity-update/",
  ],
  idFromUrl: ["writeKey", /cdn\.segment\.com\/analytics\.js\/v1\/([A-Za-z0-9]+)\//],
};

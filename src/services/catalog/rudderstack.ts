// RudderStack (JavaScript SDK v3). Snippet: https://www.rudderstack.com/docs/sources/event-streams/sdks/rudderstack-javascript-sdk/quickstart/
// (the `rudderanalytics` array stub: each method pushes [method, ...args] until
// https://cdn.rudderlabs.com/v3/modern/rsa.min.js replays them; `load(<write key>, <data plane URL>)`, then `page()`).
// Withdrawal: https://www.rudderstack.com/docs/sources/event-streams/sdks/rudderstack-javascript-sdk/supported-api/#reset
// (`reset(true)` clears the user, traits and anonymous id); the SDK documents no call that stops it: `reload`.
// Storage: https://www.rudderstack.com/docs/sources/event-streams/sdks/rudderstack-javascript-sdk/data-storage-cookies/
// and the Open Cookie Database (Rudderstack rows rl_*: names, provider and policy link; it gives "Session" for each,
// the SDK page a default expiry of one year, which is declared here).
import type { ServiceAbout, ServiceDefinition } from "../types";

const METHODS = "setDefaultInstanceKey load ready page track identify alias group reset setAnonymousId startSession endSession consent".split(" ");

export default {
  name: "rudderstack",
  title: "RudderStack",
  category: "analytics",
  params: {
    writeKey: [/^[A-Za-z0-9]{20,40}$/, "a RudderStack source write key (letters and digits)"],
    dataPlaneUrl: [/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(:\d+)?\/?$/, "the data plane URL (https://example.dataplane.rudderstack.com)"],
  },
  src: () => "https://cdn.rudderlabs.com/v3/modern/rsa.min.js",
  setup(win, { writeKey, dataPlaneUrl }) {
    const rudder = (win.rudderanalytics ||= []);
    for (const method of METHODS) rudder[method] ||= (...args: unknown[]) => void rudder.push([method, ...args]);
    rudder.load(writeKey, dataPlaneUrl);
    rudder.page();
  },
  revoke: (win) => win.rudderanalytics.reset(true),
  reload: true,
  provider: ["RudderStack", "https://www.rudderstack.com/privacy-policy/", "US"],
  cookies: [
    ["rl_anonymous_id", "Identifies the browser to RudderStack until it is identified", "1 year"],
    ["rl_user_id", "Keeps the user id the site gave RudderStack", "1 year"],
    ["rl_trait", "Keeps the traits of the identified user", "1 year"],
    ["rl_group_id", "Keeps the group id the site gave RudderStack", "1 year"],
    ["rl_group_trait", "Keeps the traits of the group", "1 year"],
    ["rl_page_init_referrer", "Keeps the referrer of the first visit", "1 year"],
    ["rl_page_init_referring_domain", "Keeps the referring domain of the first visit", "1 year"],
    ["rl_session", "Keeps the session id and its expiry", "1 year"],
    ["rl_auth_token", "Keeps the auth token the site passed", "1 year"],
    ["test_rudder_cookie", "Checks that cookies work, deleted at once", "session"],
  ],
  storage: [["rl_*", "The same state when cookies are unavailable", "persistent"]],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["cdn.rudderlabs.com", "*.dataplane.rudderstack.com"],
  docs: [
    "https://www.rudderstack.com/docs/sources/event-streams/sdks/rudderstack-javascript-sdk/quickstart/",
    "https://www.rudderstack.com/docs/sources/event-streams/sdks/rudderstack-javascript-sdk/supported-api/",
    "https://www.rudderstack.com/docs/sources/event-streams/sdks/rudderstack-javascript-sdk/data-storage-cookies/",
  ],
};

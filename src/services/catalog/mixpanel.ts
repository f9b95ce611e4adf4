// Mixpanel (JavaScript SDK). Snippet: https://docs.mixpanel.com/docs/tracking-methods/sdks/javascript (the `mixpanel`
// array stub: `init` records [token, config, name] in `_i`, each method pushes [method, ...args] until
// mixpanel-2-latest.min.js replays them). Opt-in/out: https://docs.mixpanel.com/docs/privacy/protecting-user-data and
// the SDK reference https://github.com/mixpanel/mixpanel-js/blob/master/doc/readme.io/javascript-full-api-reference.md
// (`opt_out_tracking_by_default`, `opt_in_tracking()`, `opt_out_tracking()`: no request while opted out, persisted
// super properties cleared). Cookies: the Open Cookie Database (Mixpanel row `mp_`, 1 year, provider and policy link).
import type { ServiceAbout, ServiceDefinition } from "../types";

const METHODS = "track track_pageview register identify reset opt_in_tracking opt_out_tracking set_config".split(" ");

export default {
  name: "mixpanel",
  title: "Mixpanel",
  category: "analytics",
  params: { token: [/^[0-9a-f]{32}$/, "a Mixpanel project token (32 hexadecimal characters)"] },
  src: () => "https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js",
  setup(win, { token }) {
    const mp = (win.mixpanel ||= []);
    if (!mp.__SV) {
      mp._i = [];
      mp.init = (...init: unknown[]) => {
        for (const method of METHODS) mp[method] = (...args: unknown[]) => void mp.push([method, ...args]);
        mp._i.push(init);
      };
      mp.__SV = 1.2;
    }
    // Opted out until the grant says otherwise, so nothing is sent or stored before it.
    mp.init(token, { opt_out_tracking_by_default: true, track_pageview: true });
  },
  grant: (win) => win.mixpanel.opt_in_tracking(),
  revoke: (win) => win.mixpanel.opt_out_tracking(),
  provider: ["Mixpanel", "https://mixpanel.com/legal/privacy-policy/", "US"],
  cookies: [
    ["mp_*", "Keeps the Mixpanel distinct id and super properties (mp_<token>_mixpanel)", "1 year"],
    ["__mp_opt_in_out_*", "Remembers the opt-in or opt-out given to Mixpanel", "1 year"],
  ],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["cdn.mxpnl.com", "api-js.mixpanel.com", "api-eu.mixpanel.com", "api.mixpanel.com"],
  docs: [
    "https://docs.mixpanel.com/docs/tracking-methods/sdks/javascript",
    "https://docs.mixpanel.com/docs/privacy/protecting-user-data",
    "https://github.com/mixpanel/mixpanel-js/blob/master/doc/readme.io/javascript-full-api-reference.md",
  ],
};

// Criteo OneTag. Snippet: https://help.criteo.com/kb/guide/en/all-articles/criteo-onetag (https://dynamic.criteo.com/js/ld/ld.js?a=<account>,
// then `window.criteo_q.push({ event: "setAccount", account }, { event: "setSiteType", type })`; the page's own event,
// `viewHome`, `viewItem`, `viewBasket`, `trackTransaction`, ..., the site pushes to `criteo_q` itself).
// Consent: Criteo documents consent through the IAB TCF only, no call of its own to stop OneTag: so `reload`.
// Cookies: https://www.criteo.com/privacy/ ("cto_bundle", first-party, also in localStorage); the Open Cookie Database
// has no Criteo rows.
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "criteo",
  title: "Criteo",
  category: "marketing",
  params: { account: [/^\d{3,8}$/, "a Criteo account id (digits)"] },
  src: ({ account }) => `https://dynamic.criteo.com/js/ld/ld.js?a=${account}`,
  setup(win, { account }) {
    const agent = win.navigator.userAgent;
    const type = /iPad/.test(agent) ? "t" : /Mobile|iP(hone|od)|Android|BlackBerry|IEMobile|Silk/.test(agent) ? "m" : "d";
    (win.criteo_q ||= []).push({ event: "setAccount", account: +account! }, { event: "setSiteType", type });
  },
  reload: true,
  provider: ["Criteo SA", "https://www.criteo.com/privacy/", "FR"],
  cookies: [["cto_bundle", "Identifies the browser to show and measure Criteo ads", "13 months"]],
  storage: [["cto_bundle", "Identifies the browser to show and measure Criteo ads", "13 months"]],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["dynamic.criteo.com", "*.criteo.com", "*.criteo.net"],
  docs: ["https://help.criteo.com/kb/guide/en/all-articles/criteo-onetag", "https://www.criteo.com/privacy/"],
  idFromUrl: ["account", /dynamic\.criteo\.com\/js\/ld\/ld\.js\?a=(\d+)/],
};

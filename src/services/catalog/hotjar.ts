// Hotjar. Tracking code: https://help.hotjar.com/hc/en-us/articles/115009336727-How-to-Install-Your-Hotjar-Tracking-Code
// (the `hj` queue and `_hjSettings = { hjid, hjsv: 6 }`, then https://static.hotjar.com/c/hotjar-<id>.js?sv=6).
// Hotjar documents no call that stops a running recording: `reload`. Cookies and storage:
// https://help.hotjar.com/hc/en-us/articles/6952777582999-Cookies-Set-by-the-Hotjar-Tracking-Code and the Open Cookie
// Database (Hotjar rows: _hjSessionUser_, _hjSession_, _hjIncludedInSessionSample_, _hjAbsoluteSessionInProgress,
// _hjFirstSeen, _hjTLDTest, ...; provider and policy link).
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "hotjar",
  title: "Hotjar",
  category: "analytics",
  params: { id: [/^\d{5,10}$/, "a Hotjar site id (digits, as in hotjar-1234567.js)"] },
  src: ({ id }) => `https://static.hotjar.com/c/hotjar-${id}.js?sv=6`,
  setup(win, { id }) {
    win.hj ||= function hj() {
      // eslint-disable-next-line prefer-rest-params
      (win.hj.q ||= []).push(arguments);
    };
    win._hjSettings = { hjid: Number(id), hjsv: 6 };
  },
  reload: true,
  provider: ["Hotjar (Contentsquare)", "https://www.hotjar.com/legal/policies/privacy/", "MT"],
  cookies: [
    ["_hjSessionUser_*", "Keeps the Hotjar user id for this site", "1 year"],
    ["_hjSession_*", "Keeps the current session's data", "30 minutes"],
    ["_hjIncludedInSessionSample_*", "Whether this visit is in the recorded sample", "30 minutes"],
    ["_hjAbsoluteSessionInProgress", "Counts the start of a session", "30 minutes"],
    ["_hjFirstSeen", "Marks the visitor's first session", "30 minutes"],
    ["_hj*", "Survey, feedback and test flags of Hotjar's widgets", "up to 1 year"],
  ],
  storage: [["_hj*", "The same Hotjar ids and state when kept in local storage", "persistent"]],
  sessionStorage: [["_hj*", "The recording's state for this tab", "session"]],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["static.hotjar.com", "script.hotjar.com", "*.hotjar.com", "*.hotjar.io"],
  docs: [
    "https://help.hotjar.com/hc/en-us/articles/115009336727-How-to-Install-Your-Hotjar-Tracking-Code",
    "https://help.hotjar.com/hc/en-us/articles/6952777582999-Cookies-Set-by-the-Hotjar-Tracking-Code",
  ],
  idFromUrl: ["id", /static\.hotjar\.com\/c\/hotjar-(\d+)\.js/],
};

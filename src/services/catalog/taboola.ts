// Taboola Pixel. Base code: https://help.taboola.com/hc/en-us/articles/360003156734 (`window._tfa.push({ notify:
// "event", name: "page_view", id })`, then https://cdn.taboola.com/libtrc/unip/<id>/tfa.js with id="tb_tfa_script").
// Consent: Taboola documents consent through the IAB TCF only, no call of its own to stop the pixel: so `reload`.
// Cookies and storage: https://www.taboola.com/policies/cookie-policy and the Open Cookie Database rows "Taboola"
// t_gid, t_pt_gid, taboola_session_id (set on taboola.com); the pixel keeps its user id in this site's localStorage.
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "taboola",
  title: "Taboola Pixel",
  category: "marketing",
  params: { id: [/^\d{5,9}$/, "a Taboola account id (digits)"] },
  src: ({ id }) => `https://cdn.taboola.com/libtrc/unip/${id}/tfa.js`,
  attributes: () => ({ id: "tb_tfa_script" }),
  setup: (win, { id }) => void (win._tfa ||= []).push({ notify: "event", name: "page_view", id: +id! }),
  reload: true,
  provider: ["Taboola", "https://www.taboola.com/policies/privacy-policy", "US"],
  cookies: [
    ["t_gid", "Identifies the browser to target Taboola ads and content (set on taboola.com)", "13 months"],
    ["t_pt_gid", "Identifies the browser for Taboola attribution and reports (set on taboola.com)", "1 year"],
    ["taboola_session_id", "Avoids showing the same recommendations twice in a visit (set on taboola.com)", "session"],
  ],
  storage: [["taboola global:*", "Taboola's user id and its bookkeeping, kept on this site", "persistent"]],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["cdn.taboola.com", "trc.taboola.com", "*.taboola.com"],
  docs: ["https://help.taboola.com/hc/en-us/articles/360003156734", "https://www.taboola.com/policies/cookie-policy"],
  idFromUrl: ["id", /cdn\.taboola\.com\/libtrc\/unip\/(\d+)\/tfa\.js/],
};

// Mouseflow. Tracking code: Mouseflow's help centre, https://help.mouseflow.com/ ("Install the tracking code": the
// `_mfq` queue, then https://cdn.mouseflow.com/projects/<website id>.js). Stop: the JavaScript API,
// https://js-api-docs.mouseflow.com/ (`mouseflow.stop()` ends the recording); whether anything else of the script
// keeps running is not documented: `reload` too. Cookies: the help centre's cookie list
// (mf_<website id>, mf_user; mf_* keys in storage). The Open Cookie Database has no Mouseflow row.
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "mouseflow",
  title: "Mouseflow",
  category: "analytics",
  params: { websiteId: [/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, "a Mouseflow website id (a UUID)"] },
  src: ({ websiteId }) => `https://cdn.mouseflow.com/projects/${websiteId}.js`,
  attributes: () => ({ defer: "" }),
  setup: (win) => void (win._mfq ||= []),
  revoke: (win) => win.mouseflow?.stop(),
  reload: true,
  provider: ["Mouseflow", "https://mouseflow.com/legal/company/privacy-policy/", "DK"],
  cookies: [
    ["mf_user", "Tells returning visitors apart", "90 days"],
    ["mf_*", "Joins page views into one recorded session (mf_<website id>)", "session"],
  ],
  storage: [["mf_*", "Recording data waiting to be sent", "persistent"]],
  sessionStorage: [["mf_*", "Recording data waiting to be sent", "session"]],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["cdn.mouseflow.com", "o2.mouseflow.com", "*.mouseflow.com"],
  docs: ["https://help.mouseflow.com/", "https://js-api-docs.mouseflow.com/"],
  idFromUrl: ["websiteId", /cdn\.mouseflow\.com\/projects\/([0-9a-f-]{36})\.js/],
};

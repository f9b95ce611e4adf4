// Intercom Messenger: https://developers.intercom.com/installing-intercom/web/installation (the snippet's queue, the
// widget at https://widget.intercom.io/widget/<app id>, `Intercom('boot')`) and
// https://developers.intercom.com/installing-intercom/web/methods (`Intercom('shutdown')`: ends the session, clears
// its cookies, closes the connection). Cookies: https://www.intercom.com/help/en/articles/2361922-intercom-messenger-cookies
import type { ServiceAbout, ServiceDefinition, VendorFunction } from "../types";

export default {
  name: "intercom",
  title: "Intercom",
  category: "preferences",
  params: { appId: [/^[a-z0-9]{6,12}$/, "an Intercom app id (letters and digits)"] },
  src: ({ appId }) => `https://widget.intercom.io/widget/${appId}`,
  setup(win, { appId }) {
    win.intercomSettings = { api_base: "https://api-iam.intercom.io", app_id: appId };
    if (!win.Intercom) {
      const intercom: VendorFunction = (...args) => intercom.c(args);
      Object.assign(intercom, { q: [], c: (args: unknown[]) => intercom.q.push(args) });
      win.Intercom = intercom;
    }
  },
  grant: (win, { appId }) => win.Intercom("boot", { api_base: "https://api-iam.intercom.io", app_id: appId }),
  revoke: (win) => win.Intercom("shutdown"),
  provider: ["Intercom R&D Unlimited", "https://www.intercom.com/legal/privacy", "US"],
  cookies: [
    ["intercom-id-*", "Identifies the browser to the Messenger so conversations continue", "9 months"],
    ["intercom-session-*", "Keeps the visitor's Messenger session", "1 week"],
    ["intercom-device-id-*", "Identifies the device to the Messenger", "9 months"],
  ],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["widget.intercom.io", "js.intercomcdn.com", "api-iam.intercom.io", "nexus-websocket-a.intercom.io"],
  docs: ["https://developers.intercom.com/installing-intercom/web/installation", "https://developers.intercom.com/installing-intercom/web/methods", "https://www.intercom.com/help/en/articles/2361922-intercom-messenger-cookies"],
  idFromUrl: ["appId", /widget\.intercom\.io\/widget\/([a-z0-9]+)/],
};

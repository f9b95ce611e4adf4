// Crisp chatbox: https://docs.crisp.chat/guides/chatbox-sdks/web-sdk/ (`$crisp` queue, `CRISP_WEBSITE_ID`, script
// https://client.crisp.chat/l.js) and `$crisp.push(["do", "session:reset"])` (forgets the session). Its socket runs
// until the page goes: withdrawal reloads. Cookies: https://help.crisp.chat/en/article/crisp-chatbox-cookie-and-ip-policy-1147xor/
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "crisp",
  title: "Crisp",
  category: "preferences",
  params: { websiteId: [/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/, "a Crisp website id (a UUID)"] },
  src: () => "https://client.crisp.chat/l.js",
  setup(win, { websiteId }) {
    win.$crisp ||= [];
    win.CRISP_WEBSITE_ID = websiteId;
  },
  revoke: (win) => win.$crisp.push(["do", "session:reset"]),
  reload: true,
  provider: ["Crisp IM", "https://crisp.chat/en/privacy/", "FR"],
  cookies: [["crisp-client%2F*", "Keeps the visitor's chat session and messages (crisp-client/session/<website id>, URL-encoded)", "6 months"]],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["client.crisp.chat", "client.relay.crisp.chat", "image.crisp.chat", "settings.crisp.chat"],
  docs: ["https://docs.crisp.chat/guides/chatbox-sdks/web-sdk/", "https://help.crisp.chat/en/article/crisp-chatbox-cookie-and-ip-policy-1147xor/"],
};

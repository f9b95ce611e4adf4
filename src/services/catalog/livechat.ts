// LiveChat: https://platform.text.com/docs/extending-chat-widget/javascript-api (the tracking code
// https://cdn.livechatinc.com/tracking.js with `window.__lc.license`; `LiveChatWidget.call('destroy')` removes the
// widget and ends its connection). Cookies: https://www.livechat.com/help/livechat-cookies/
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "livechat",
  title: "LiveChat",
  category: "preferences",
  params: { license: [/^\d{5,10}$/, "a LiveChat license number"] },
  src: () => "https://cdn.livechatinc.com/tracking.js",
  setup(win, { license }) {
    win.__lc = { ...win.__lc, license: Number(license) };
  },
  revoke: (win) => win.LiveChatWidget?.call("destroy"),
  provider: ["Text S.A. (LiveChat)", "https://www.livechat.com/legal/privacy-policy/", "PL"],
  cookies: [
    ["__lc_cid", "Identifies the visitor to continue chats", "2 years"],
    ["__lc_cst", "Secures the visitor's chat session", "2 years"],
  ],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["cdn.livechatinc.com", "secure.livechatinc.com", "api.livechatinc.com", "api.text.com"],
  docs: ["https://platform.text.com/docs/extending-chat-widget/javascript-api", "https://www.livechat.com/help/livechat-cookies/"],
};

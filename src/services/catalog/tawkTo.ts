// tawk.to: https://help.tawk.to/article/adding-a-widget-to-your-website (https://embed.tawk.to/<property>/<widget>,
// `Tawk_API`). Its socket runs until the page goes and no stop is documented for the embed: withdrawal reloads.
// Cookies: https://help.tawk.to/article/what-are-the-cookies-created-by-the-widget
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "tawkTo",
  title: "tawk.to",
  category: "preferences",
  params: { propertyId: [/^[\da-f]{24}$/, "a tawk.to property id (24 hex digits)"], widgetId: [/^\w{6,12}$/, "a tawk.to widget id (\"default\" or its id)"] },
  src: ({ propertyId, widgetId }) => `https://embed.tawk.to/${propertyId}/${widgetId}`,
  setup(win) {
    win.Tawk_API ||= {};
    win.Tawk_LoadStart = new Date();
  },
  reload: true,
  provider: ["tawk.to", "https://www.tawk.to/privacy-policy/", "US"],
  cookies: [
    ["TawkConnectionTime", "Keeps the chat connection", "session"],
    ["twk_uuid_*", "Identifies the visitor to continue chats", "6 months"],
    ["twk_idm_key", "Keeps the chat session", "session"],
  ],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["embed.tawk.to", "va.tawk.to", "vsa1.tawk.to", "cdn.jsdelivr.net"],
  docs: ["https://help.tawk.to/article/adding-a-widget-to-your-website", "https://help.tawk.to/article/what-are-the-cookies-created-by-the-widget"],
  idFromUrl: ["propertyId", /embed\.tawk\.to\/([\da-f]{24})\//],
};

// Zendesk messaging Web Widget: https://developer.zendesk.com/documentation/zendesk-web-widget-sdks/sdks/web/getting_started/
// (https://static.zdassets.com/ekr/snippet.js?key=<key>, id="ze-snippet") and
// https://developer.zendesk.com/api-reference/widget-messaging/web/core/#cookies (`zE('messenger:set', 'cookies', false)`
// stops its cookies and storage). The widget runs until the page goes: withdrawal reloads.
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "zendesk",
  title: "Zendesk",
  category: "preferences",
  params: { key: [/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/, "a Zendesk widget key (a UUID)"] },
  src: ({ key }) => `https://static.zdassets.com/ekr/snippet.js?key=${key}`,
  attributes: () => ({ id: "ze-snippet" }),
  revoke: (win) => win.zE?.("messenger:set", "cookies", false),
  reload: true,
  provider: ["Zendesk", "https://www.zendesk.com/company/agreements-and-terms/privacy-notice/", "US"],
  storage: [["ZD-*", "Keeps the messaging conversation and widget state", "persistent"]],
  cookies: [["__zlcmid", "Identifies the visitor to the chat", "1 year"]],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["static.zdassets.com", "ekr.zdassets.com", "widget-mediator.zopim.com", "zendesk.com"],
  docs: ["https://developer.zendesk.com/documentation/zendesk-web-widget-sdks/sdks/web/getting_started/", "https://developer.zendesk.com/api-reference/widget-messaging/web/core/#cookies"],
  idFromUrl: ["key", /snippet\.js\?key=([\da-f-]{36})/],
};

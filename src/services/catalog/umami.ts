// Umami: cookieless. Tracker: https://umami.is/docs/collect-data and https://umami.is/docs/tracker-configuration
// (script.js with `data-website-id`; Umami Cloud at cloud.umami.is). Opt-out: https://umami.is/docs/exclude-my-own-visits
// (`localStorage.setItem('umami.disabled', 1)`: the tracker sends nothing while it is set).
// Data: https://umami.is/docs/faq (no cookies). Open Cookie Database: the "Umami" row (provider).
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "umami",
  title: "Umami",
  category: "analytics",
  params: { websiteId: [/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, "an Umami website id (a UUID, as in data-website-id)"] },
  src: () => "https://cloud.umami.is/script.js",
  attributes: ({ websiteId }) => ({ "data-website-id": websiteId!, defer: "" }),
  // A re-grant on the same page: the objection below no longer holds.
  grant: (win) => win.localStorage.removeItem("umami.disabled"),
  revoke: (win) => win.localStorage.setItem("umami.disabled", "1"),
  provider: ["Umami Software", "https://umami.is/privacy", "US"],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["cloud.umami.is", "api-gateway.umami.dev"],
  docs: ["https://umami.is/docs/collect-data", "https://umami.is/docs/tracker-configuration", "https://umami.is/docs/exclude-my-own-visits", "https://umami.is/docs/faq"],
  exempt:
    "Cookieless, no persistent identifier, no cross-site tracking, aggregate statistics only; may qualify for an audience-measurement exemption (CNIL, UK DUAA) if used only for the site's own statistics (self-hosted in the EU, or Umami Cloud's EU region). Off by default: set the category to an exempt one to use it.",
};

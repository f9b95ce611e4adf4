// Fathom Analytics: cookieless. Embed code: https://usefathom.com/docs/script/embed (script.js with `data-site`).
// Excluding visits: https://usefathom.com/docs/troubleshooting/exclude-visits documents `fathom.blockTrackingForMe()` /
// `fathom.enableTrackingForMe()`, but as a self-exclusion for site owners: each shows the visitor an alert(), so they
// are not a withdrawal a visitor should see. Nothing else stops a running script: `reload`.
// Data: https://usefathom.com/legal/privacy and https://usefathom.com/data (no cookies, no persistent identifiers).
// Open Cookie Database: the "Fathom Analytics" row (`_fathom`, provider and policy link); Fathom's current script
// stores nothing, so nothing is declared.
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "fathom",
  title: "Fathom Analytics",
  category: "analytics",
  params: { site: [/^[A-Z]{4,12}$/, "a Fathom site id (capital letters, as in data-site=\"ABCDEFGH\")"] },
  src: () => "https://cdn.usefathom.com/script.js",
  attributes: ({ site }) => ({ "data-site": site!, defer: "" }),
  reload: true,
  provider: ["Conva Ventures (Fathom Analytics)", "https://usefathom.com/privacy", "CA"],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["cdn.usefathom.com"],
  docs: ["https://usefathom.com/docs/script/embed", "https://usefathom.com/docs/troubleshooting/exclude-visits", "https://usefathom.com/data"],
  exempt:
    "Cookieless, no persistent identifier, no cross-site tracking, aggregate statistics only (EU visitors routed through EU infrastructure); may qualify for an audience-measurement exemption (CNIL, UK DUAA) if used only for the site's own statistics. Off by default: set the category to an exempt one to use it.",
};

// Plausible Analytics: cookieless. Script: https://plausible.io/docs/plausible-script
// Opt-out: https://plausible.io/docs/excluding-localstorage (`localStorage.plausible_ignore = "true"`: the script sends
// nothing while it is set). Data: https://plausible.io/data-policy (no cookies, no persistent identifiers).
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "plausible",
  title: "Plausible Analytics",
  category: "analytics",
  params: { domain: [/^[a-z0-9.-]+\.[a-z]{2,}$/, "the site's domain as registered in Plausible (example.com)"] },
  src: () => "https://plausible.io/js/script.js",
  attributes: ({ domain }) => ({ "data-domain": domain!, defer: "" }),
  // A re-grant on the same page: the objection below no longer holds.
  grant: (win) => win.localStorage.removeItem("plausible_ignore"),
  revoke: (win) => win.localStorage.setItem("plausible_ignore", "true"),
  provider: ["Plausible Insights (EU)", "https://plausible.io/privacy", "DE"],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["plausible.io"],
  docs: ["https://plausible.io/docs/plausible-script", "https://plausible.io/docs/excluding-localstorage", "https://plausible.io/data-policy"],
  exempt:
    "Cookieless, no cross-site tracking, aggregate statistics only, EU hosting; may qualify for an audience-measurement exemption (CNIL, UK DUAA) if used only for the site's own statistics. Off by default: set the category to an exempt one to use it.",
};

// Vercel Web Analytics: cookieless. Install for plain HTML: https://vercel.com/docs/analytics/quickstart (the `va`
// queue stub filling `vaq`, then the first-party /_vercel/insights/script.js of a site deployed on Vercel).
// Withholding events: https://vercel.com/docs/analytics/redacting-sensitive-data (`va('beforeSend', fn)`: an event
// for which `fn` returns null is not sent). Data: https://vercel.com/docs/analytics/privacy-policy (no cookies; a
// daily-rotating hash of the request identifies a visitor). The Open Cookie Database's "Vercel" row (`_vercel_`) is
// the platform's preview cookies, not Web Analytics: nothing is declared.
import type { ServiceAbout, ServiceDefinition } from "../types";

let allowed = false;

export default {
  name: "vercelAnalytics",
  title: "Vercel Web Analytics",
  category: "analytics",
  src: () => "/_vercel/insights/script.js",
  attributes: () => ({ defer: "" }),
  setup(win) {
    win.va ||= function va() {
      // eslint-disable-next-line prefer-rest-params
      (win.vaq ||= []).push(arguments);
    };
    // The script runs this before each event: nothing leaves after a withdrawal, and again after a re-grant.
    win.va("beforeSend", (event: unknown) => (allowed ? event : null));
  },
  grant: () => void (allowed = true),
  revoke: () => void (allowed = false),
  provider: ["Vercel", "https://vercel.com/legal/privacy-policy", "US"],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  // First-party: /_vercel/insights/script.js and /_vercel/insights/view on the site itself; the debug script elsewhere.
  hosts: ["va.vercel-scripts.com", "cdn.vercel-insights.com"],
  docs: ["https://vercel.com/docs/analytics/quickstart", "https://vercel.com/docs/analytics/redacting-sensitive-data", "https://vercel.com/docs/analytics/privacy-policy"],
  exempt:
    "Cookieless, no persistent identifier (a hash that rotates daily), aggregate statistics only; may qualify for an audience-measurement exemption (CNIL, UK DUAA) if used only for the site's own statistics, though data goes to the US. Off by default: set the category to an exempt one to use it.",
};

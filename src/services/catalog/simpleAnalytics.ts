// Simple Analytics: cookieless. Script: https://docs.simpleanalytics.com/script (latest.js from
// scripts.simpleanalyticscdn.com; `data-hostname` overrides the domain). Data: https://docs.simpleanalytics.com/what-we-collect
// (no cookies, no fingerprinting). Simple Analytics documents no call that stops a running script: `reload`.
// The Open Cookie Database has no Simple Analytics row (it stores nothing).
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "simpleAnalytics",
  title: "Simple Analytics",
  category: "analytics",
  params: { hostname: [/^[a-z0-9.-]+\.[a-z]{2,}$/, "the site's domain as added in Simple Analytics, if not this page's (optional)"] },
  src: () => "https://scripts.simpleanalyticscdn.com/latest.js",
  attributes: ({ hostname }): Record<string, string> => (hostname ? { "data-hostname": hostname } : {}),
  reload: true,
  provider: ["Simple Analytics", "https://simpleanalytics.com/privacy-policy", "NL"],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["scripts.simpleanalyticscdn.com", "queue.simpleanalyticscdn.com"],
  docs: ["https://docs.simpleanalytics.com/script", "https://docs.simpleanalytics.com/what-we-collect"],
  exempt:
    "Cookieless, no persistent identifier or fingerprint, aggregate statistics only, EU company and hosting; may qualify for an audience-measurement exemption (CNIL, UK DUAA) if used only for the site's own statistics. Off by default: set the category to an exempt one to use it.",
};

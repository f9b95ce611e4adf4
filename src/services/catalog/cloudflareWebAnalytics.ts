// Cloudflare Web Analytics: cookieless. Snippet: https://developers.cloudflare.com/web-analytics/get-started/
// (https://static.cloudflareinsights.com/beacon.min.js with `data-cf-beacon='{"token": "<site token>"}'`).
// Data: https://developers.cloudflare.com/web-analytics/data-metrics/ and https://www.cloudflare.com/web-analytics/
// (no cookies, no local storage, no fingerprinting). Cloudflare documents no call that stops the beacon: `reload`.
// The Open Cookie Database's Cloudflare rows are its CDN and bot cookies, not Web Analytics: nothing is declared.
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "cloudflareWebAnalytics",
  title: "Cloudflare Web Analytics",
  category: "analytics",
  params: { token: [/^[0-9a-f]{32}$/, "a Web Analytics site token (32 hexadecimal characters)"] },
  src: () => "https://static.cloudflareinsights.com/beacon.min.js",
  attributes: ({ token }) => ({ "data-cf-beacon": JSON.stringify({ token }), defer: "" }),
  reload: true,
  provider: ["Cloudflare", "https://www.cloudflare.com/privacypolicy/", "US"],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["static.cloudflareinsights.com", "cloudflareinsights.com"],
  docs: ["https://developers.cloudflare.com/web-analytics/get-started/", "https://developers.cloudflare.com/web-analytics/data-metrics/"],
  exempt:
    "Cookieless, no local storage, no fingerprint, aggregate statistics only; may qualify for an audience-measurement exemption (CNIL, UK DUAA) if used only for the site's own statistics, though data goes to the US. Off by default: set the category to an exempt one to use it.",
};

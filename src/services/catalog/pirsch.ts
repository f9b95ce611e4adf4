// Pirsch Analytics: cookieless. Snippet: https://docs.pirsch.io/get-started/frontend-integration (pa.js with
// id="pianjs" and `data-code`, the site's identification code). Data: https://docs.pirsch.io/privacy (no cookies; a
// daily-rotating fingerprint on the server). Pirsch documents no call that stops a running script: `reload`.
// The Open Cookie Database has no Pirsch row (it stores nothing).
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "pirsch",
  title: "Pirsch Analytics",
  category: "analytics",
  params: { code: [/^[A-Za-z0-9]{16,64}$/, "a Pirsch identification code (letters and digits, as in data-code)"] },
  src: () => "https://api.pirsch.io/pa.js",
  attributes: ({ code }) => ({ id: "pianjs", "data-code": code!, defer: "" }),
  reload: true,
  provider: ["Emvi Software (Pirsch)", "https://pirsch.io/privacy", "DE"],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["api.pirsch.io"],
  docs: ["https://docs.pirsch.io/get-started/frontend-integration", "https://docs.pirsch.io/privacy"],
  exempt:
    "Cookieless, no persistent identifier (a server-side hash that rotates daily), aggregate statistics only, EU company and hosting; may qualify for an audience-measurement exemption (CNIL, UK DUAA) if used only for the site's own statistics. Off by default: set the category to an exempt one to use it.",
};

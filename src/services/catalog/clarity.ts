// Microsoft Clarity. Snippet and API: https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-setup
// Consent (required for EEA, UK and CH visits since 31 Oct 2025):
// https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-consent-api-v2
// Cookies: https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "clarity",
  title: "Microsoft Clarity",
  category: "analytics",
  params: { id: [/^[a-z0-9]{6,16}$/, "a Clarity project id (the letters and digits after clarity.ms/tag/)"] },
  src: ({ id }) => `https://www.clarity.ms/tag/${id}`,
  setup(win) {
    win.clarity ||= function clarity(...args: unknown[]) {
      (win.clarity.q ||= []).push(args);
    };
  },
  grant: (win) => win.clarity("consentv2", { ad_Storage: "granted", analytics_Storage: "granted" }),
  deny: (win) => win.clarity("consentv2", { ad_Storage: "denied", analytics_Storage: "denied" }),
  revoke(win) {
    win.clarity("consentv2", { ad_Storage: "denied", analytics_Storage: "denied" });
    // Erases Clarity's cookies; the recording itself only stops with the page (no documented stop): so `reload`.
    win.clarity("consent", false);
  },
  reload: true,
  provider: ["Microsoft Clarity", "https://privacy.microsoft.com/privacystatement", "US"],
  cookies: [
    ["_clck", "Keeps the Clarity user id and preferences across visits", "1 year"],
    ["_clsk", "Joins page views into one session recording", "1 day"],
    ["CLID", "Identifies the first time Clarity saw this browser (set on clarity.ms)", "1 year"],
    ["MUID", "Identifies the browser to Microsoft sites (set on clarity.ms and bing.com)", "1 year"],
  ],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["www.clarity.ms", "*.clarity.ms", "c.bing.com"],
  docs: [
    "https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-setup",
    "https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-consent-api-v2",
    "https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list",
  ],
  idFromUrl: ["id", /clarity\.ms\/tag\/([a-z0-9]+)/],
};

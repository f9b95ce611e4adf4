// Calendly inline embeds: https://help.calendly.com/hc/en-us/articles/223147027-Embed-options-overview (a scheduling
// page at https://calendly.com/<user>/<event> in an iframe with `embed_type=Inline`). Cookies: Calendly's cookie list,
// https://calendly.com/legal/cookie-policy
import { vendorHost } from "../embed-url";
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "calendly",
  title: "Calendly",
  category: "preferences",
  embed(url) {
    if (vendorHost(url, ["calendly.com"]) != "calendly.com" || !/^\/[\w-]+(\/[\w-]+)?\/?$/.test(url.pathname)) return;
    const embed = new URL(`https://calendly.com${url.pathname}`);
    embed.searchParams.set("embed_type", "Inline");
    return embed;
  },
  provider: ["Calendly", "https://calendly.com/legal/privacy-notice", "US"],
  cookies: [["__cf_bm", "Tells people from bots on calendly.com (Cloudflare, set on calendly.com)", "30 minutes"]],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = { hosts: ["calendly.com", "assets.calendly.com"], docs: ["https://help.calendly.com/hc/en-us/articles/223147027-Embed-options-overview"] };

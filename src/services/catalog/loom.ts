// Loom video embeds: https://support.atlassian.com/loom/docs/embed-loom-videos/ (https://www.loom.com/embed/<id>).
import { vendorHost } from "../embed-url";
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "loom",
  title: "Loom",
  category: "preferences",
  embed(url) {
    const video = vendorHost(url, ["loom.com"]) && /^\/(?:share|embed)\/([\da-f]{32})/.exec(url.pathname);
    return video ? new URL(`https://www.loom.com/embed/${video[1]}`) : undefined;
  },
  provider: ["Atlassian (Loom)", "https://www.atlassian.com/legal/privacy-policy", "US"],
  cookies: [["loom_anon_comment", "Remembers an anonymous viewer's comments (set on loom.com)", "1 year"]],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = { hosts: ["www.loom.com", "cdn.loom.com"], docs: ["https://support.atlassian.com/loom/docs/embed-loom-videos/"] };

// Wistia iframe embeds: https://docs.wistia.com/docs/embed-options-and-plugins (https://fast.wistia.net/embed/iframe/<id>).
// Cookies: the Open Cookie Database (Wistia rows); Wistia documents privacy mode: https://docs.wistia.com/docs/privacy-mode
import { vendorHost, withQuery } from "../embed-url";
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "wistia",
  title: "Wistia",
  category: "preferences",
  embed(url) {
    const media = vendorHost(url, ["wistia.net", "wistia.com"]) && /\/(?:embed\/iframe|medias)\/(\w{10})/.exec(url.pathname);
    return media ? withQuery(new URL(`https://fast.wistia.net/embed/iframe/${media[1]}`), url) : undefined;
  },
  provider: ["Wistia", "https://wistia.com/privacy", "US"],
  storage: [["wistia-video-progress-*", "Remembers where playback stopped (the player's storage)", "persistent"]],
  cookies: [["_simplex", "Keeps the viewer's referrer and landing page (set by the player)", "1 year"]],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = { hosts: ["fast.wistia.net", "fast.wistia.com", "embed-ssl.wistia.com"], docs: ["https://docs.wistia.com/docs/embed-options-and-plugins", "https://docs.wistia.com/docs/privacy-mode"] };

// SoundCloud embeds: https://developers.soundcloud.com/docs/api/html5-widget (https://w.soundcloud.com/player/?url=...).
import { vendorHost } from "../embed-url";
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "soundcloud",
  title: "SoundCloud",
  category: "marketing",
  embed(url) {
    if (vendorHost(url, ["w.soundcloud.com"]) && url.pathname == "/player/") return url;
    // A track or playlist page: the widget plays it.
    if (vendorHost(url, ["soundcloud.com"]) == "soundcloud.com" && /^\/[\w-]+\/[\w-]+/.test(url.pathname))
      return new URL(`https://w.soundcloud.com/player/?url=${encodeURIComponent(url.origin + url.pathname)}`);
  },
  provider: ["SoundCloud", "https://soundcloud.com/pages/privacy", "DE"],
  cookies: [["sc_anonymous_id", "Identifies the browser to SoundCloud (set on soundcloud.com)", "10 years"]],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = { hosts: ["w.soundcloud.com", "soundcloud.com", "api-widget.soundcloud.com"], docs: ["https://developers.soundcloud.com/docs/api/html5-widget"] };

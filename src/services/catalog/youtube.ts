// YouTube embeds in privacy-enhanced mode: https://support.google.com/youtube/answer/171780 (youtube-nocookie.com
// stores nothing until the visitor plays). Player parameters: https://developers.google.com/youtube/player_parameters
// Cookies: the Open Cookie Database (YouTube rows), set on youtube.com once a video plays.
import type { ServiceAbout, ServiceDefinition } from "../types";

const VIDEO = /^[\w-]{6,20}$/;

export default {
  name: "youtube",
  title: "YouTube",
  category: "marketing",
  embed(url) {
    const host = url.hostname.replace(/^www\.|^m\./, "");
    const id =
      host == "youtu.be"
        ? url.pathname.slice(1)
        : /^youtube(-nocookie)?\.com$/.test(host)
          ? (url.searchParams.get("v") ?? /^\/(embed|shorts|live)\/([^/]+)/.exec(url.pathname)?.[2])
          : undefined;
    if (!id || !VIDEO.test(id)) return;
    const embed = new URL(`https://www.youtube-nocookie.com/embed/${id}`);
    url.searchParams.forEach((value, key) => key != "v" && embed.searchParams.set(key, value));
    return embed;
  },
  provider: ["Google Ireland (YouTube)", "https://policies.google.com/privacy", "US"],
  cookies: [
    ["VISITOR_INFO1_LIVE", "Estimates bandwidth and remembers the player (set on youtube.com after playing)", "6 months"],
    ["YSC", "Counts the videos this browser watched (set on youtube.com after playing)", "session"],
    ["PREF", "Remembers player preferences such as language (set on youtube.com)", "8 months"],
  ],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["www.youtube-nocookie.com", "www.youtube.com", "youtube.com", "youtu.be", "i.ytimg.com"],
  docs: ["https://support.google.com/youtube/answer/171780", "https://developers.google.com/youtube/player_parameters"],
};

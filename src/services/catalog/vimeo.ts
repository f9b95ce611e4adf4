// Vimeo embeds with Do Not Track: https://help.vimeo.com/hc/en-us/articles/12426260232977-Player-parameters-overview
// (`dnt=1`: the player sets no cookies and sends no session data). Cookies when played without it: the Open Cookie
// Database (Vimeo rows).
import { vendorHost, withQuery } from "../embed-url";
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "vimeo",
  title: "Vimeo",
  category: "preferences",
  embed(url) {
    if (!vendorHost(url, ["vimeo.com"])) return;
    const id = /^\/(?:video\/)?(\d{5,12})(?:\/([\da-f]{6,20}))?/.exec(url.pathname);
    if (!id) return;
    const embed = new URL(`https://player.vimeo.com/video/${id[1]}`);
    if (id[2]) embed.searchParams.set("h", id[2]);
    withQuery(embed, url).searchParams.set("dnt", "1");
    return embed;
  },
  provider: ["Vimeo", "https://vimeo.com/privacy", "US"],
  cookies: [
    ["vuid", "Vimeo's analytics id, set on vimeo.com when the player runs without dnt", "2 years"],
    ["sd_identity", "Vimeo's player analytics (set on vimeo.com)", "2 years"],
  ],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["player.vimeo.com", "vimeo.com", "i.vimeocdn.com", "f.vimeocdn.com"],
  docs: ["https://help.vimeo.com/hc/en-us/articles/12426260232977-Player-parameters-overview"],
};

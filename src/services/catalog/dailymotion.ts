// Dailymotion embeds: https://developers.dailymotion.com/guides/embed/ (https://geo.dailymotion.com/player.html?video=<id>,
// the older https://www.dailymotion.com/embed/video/<id>).
import { vendorHost } from "../embed-url";
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "dailymotion",
  title: "Dailymotion",
  category: "marketing",
  embed(url) {
    if (!vendorHost(url, ["dailymotion.com", "dai.ly"])) return;
    const id = url.searchParams.get("video") ?? /^\/(?:embed\/)?(?:video\/)?([a-z\d]{6,10})/i.exec(url.pathname)?.[1];
    return id ? new URL(`https://geo.dailymotion.com/player.html?video=${id}`) : undefined;
  },
  provider: ["Dailymotion", "https://legal.dailymotion.com/en/privacy-policy/", "FR"],
  cookies: [
    ["v1st", "Identifies the browser to Dailymotion (set on dailymotion.com)", "13 months"],
    ["dmvk", "Joins views of one viewing session (set on dailymotion.com)", "session"],
  ],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = { hosts: ["geo.dailymotion.com", "www.dailymotion.com", "dai.ly"], docs: ["https://developers.dailymotion.com/guides/embed/"] };

// Spotify embeds: https://developer.spotify.com/documentation/embeds (https://open.spotify.com/embed/<type>/<id>).
// Cookies: the Open Cookie Database (Spotify rows: sp_t, sp_landing, set on spotify.com).
import { vendorHost } from "../embed-url";
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "spotify",
  title: "Spotify",
  category: "marketing",
  embed(url) {
    const item = vendorHost(url, ["open.spotify.com"]) && /^\/(?:embed\/)?(track|album|playlist|episode|show|artist)\/(\w{22})/.exec(url.pathname);
    return item ? new URL(`https://open.spotify.com/embed/${item[1]}/${item[2]}`) : undefined;
  },
  provider: ["Spotify AB", "https://www.spotify.com/legal/privacy-policy/", "SE"],
  cookies: [
    ["sp_t", "Identifies the browser to the Spotify player (set on spotify.com)", "1 year"],
    ["sp_landing", "Records where the visit to Spotify started (set on spotify.com)", "1 day"],
  ],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = { hosts: ["open.spotify.com", "embed-cdn.spotifycdn.com"], docs: ["https://developer.spotify.com/documentation/embeds"] };

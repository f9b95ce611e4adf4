// OpenStreetMap embeds: https://wiki.openstreetmap.org/wiki/Export#Embeddable_HTML (https://www.openstreetmap.org/export/embed.html?bbox=...).
// The tiles come from the OSM Foundation's servers, which see the visitor's address: https://osmfoundation.org/wiki/Privacy_Policy
import { vendorHost } from "../embed-url";
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "openStreetMap",
  title: "OpenStreetMap",
  category: "preferences",
  embed: (url) => (vendorHost(url, ["openstreetmap.org"]) && url.pathname == "/export/embed.html" ? new URL(`https://www.openstreetmap.org${url.pathname}${url.search}`) : undefined),
  provider: ["OpenStreetMap Foundation", "https://osmfoundation.org/wiki/Privacy_Policy", "GB"],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = { hosts: ["www.openstreetmap.org", "tile.openstreetmap.org"], docs: ["https://wiki.openstreetmap.org/wiki/Export#Embeddable_HTML", "https://osmfoundation.org/wiki/Privacy_Policy"] };

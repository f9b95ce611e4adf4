// Google Maps embeds: https://developers.google.com/maps/documentation/embed/get-started (the Maps Embed API:
// https://www.google.com/maps/embed/v1/<mode>?key=...) and the share dialog's https://www.google.com/maps/embed?pb=...
// Cookies set on google.com by the map: the Open Cookie Database (Google Maps rows).
import { vendorHost } from "../embed-url";
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "googleMaps",
  title: "Google Maps",
  category: "marketing",
  // Only the embed endpoints: a page of google.com in the frame would be more than a map.
  embed: (url) => (vendorHost(url, ["google.com"]) == "google.com" && /^\/maps\/embed(\/v1\/\w+)?$/.test(url.pathname) ? new URL(url.href.replace("://google.", "://www.google.")) : undefined),
  provider: ["Google Ireland", "https://policies.google.com/privacy", "US"],
  cookies: [
    ["NID", "Remembers preferences and shows personalised ads (set on google.com)", "6 months"],
    ["OGPC", "Keeps preferences while viewing a Google map (set on google.com)", "1 month"],
  ],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["www.google.com", "maps.googleapis.com", "maps.gstatic.com"],
  docs: ["https://developers.google.com/maps/documentation/embed/get-started"],
};

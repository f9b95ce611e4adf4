// Instagram post embeds: https://help.instagram.com/620154495870484 (the embed code's <blockquote class="instagram-media">
// and https://www.instagram.com/embed.js, which turns it into a frame). The blockquote reads as a link until then. No
// documented stop: withdrawal reloads. Cookies on instagram.com: https://privacycenter.instagram.com/policies/cookies/
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "instagram",
  title: "Instagram posts",
  category: "marketing",
  src: () => "https://www.instagram.com/embed.js",
  reload: true,
  provider: ["Meta Platforms Ireland (Instagram)", "https://privacycenter.instagram.com/policy", "US"],
  cookies: [
    ["ig_did", "Identifies the browser to Instagram (set on instagram.com)", "10 years"],
    ["csrftoken", "Protects Instagram's forms (set on instagram.com)", "1 year"],
  ],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["www.instagram.com", "instagram.com", "scontent.cdninstagram.com", "static.cdninstagram.com"],
  docs: ["https://help.instagram.com/620154495870484", "https://privacycenter.instagram.com/policies/cookies/"],
};

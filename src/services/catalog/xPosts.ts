// Posts from X (Twitter) embedded as <blockquote class="twitter-tweet">: https://developer.x.com/en/docs/x-for-websites/embedded-tweets/overview
// (https://platform.twitter.com/widgets.js turns each into a frame). The blockquote reads as text until then. No
// documented stop: withdrawal reloads. Cookies set on x.com: https://help.x.com/en/rules-and-policies/x-cookies
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "xPosts",
  title: "X (Twitter) posts",
  category: "marketing",
  src: () => "https://platform.twitter.com/widgets.js",
  attributes: () => ({ charset: "utf-8" }),
  reload: true,
  provider: ["X Corp.", "https://x.com/en/privacy", "US"],
  cookies: [["guest_id", "Identifies the browser to X (set on x.com)", "13 months"]],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["platform.twitter.com", "syndication.twitter.com", "cdn.syndication.twimg.com", "x.com", "twitter.com"],
  docs: ["https://developer.x.com/en/docs/x-for-websites/embedded-tweets/overview", "https://help.x.com/en/rules-and-policies/x-cookies"],
};

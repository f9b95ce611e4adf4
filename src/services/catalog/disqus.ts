// Disqus comments: https://help.disqus.com/en/articles/1717112-universal-embed-code (https://<shortname>.disqus.com/embed.js
// into <div id="disqus_thread">). No documented stop: withdrawal reloads. Cookies: https://help.disqus.com/en/articles/1717155-use-of-cookies
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "disqus",
  title: "Disqus",
  category: "marketing",
  params: { shortname: [/^[a-z0-9-]{2,64}$/, "the site's Disqus shortname"] },
  src: ({ shortname }) => `https://${shortname}.disqus.com/embed.js`,
  attributes: () => ({ "data-timestamp": String(Date.now()) }),
  reload: true,
  provider: ["Disqus", "https://help.disqus.com/en/articles/1717103-disqus-privacy-policy", "US"],
  cookies: [["disqus_unique", "Identifies the reader to Disqus (set on disqus.com)", "1 year"]],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["disqus.com", "c.disquscdn.com", "links.services.disqus.com"],
  docs: ["https://help.disqus.com/en/articles/1717112-universal-embed-code", "https://help.disqus.com/en/articles/1717155-use-of-cookies"],
  idFromUrl: ["shortname", /\/\/([a-z0-9-]+)\.disqus\.com\/embed\.js/],
};

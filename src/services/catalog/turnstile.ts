// Cloudflare Turnstile: https://developers.cloudflare.com/turnstile/get-started/client-side-rendering/
// (https://challenges.cloudflare.com/turnstile/v0/api.js). Turnstile sets no cookies of its own on the site
// (https://developers.cloudflare.com/turnstile/reference/supported-browsers/ and Cloudflare's privacy addendum); its
// challenge runs in Cloudflare's frame. Necessary where it protects a form; a site may move it (withdrawal reloads).
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "turnstile",
  title: "Cloudflare Turnstile",
  category: "necessary",
  src: () => "https://challenges.cloudflare.com/turnstile/v0/api.js",
  reload: true,
  provider: ["Cloudflare", "https://www.cloudflare.com/privacypolicy/", "US"],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["challenges.cloudflare.com"],
  docs: ["https://developers.cloudflare.com/turnstile/get-started/client-side-rendering/", "https://www.cloudflare.com/privacypolicy/"],
};

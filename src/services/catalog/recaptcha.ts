// Google reCAPTCHA: https://developers.google.com/recaptcha/docs/display (v2) and https://developers.google.com/recaptcha/docs/v3
// (https://www.google.com/recaptcha/api.js, `?render=<site key>` for v3). Cookies: the Open Cookie Database
// (_GRECAPTCHA, set on google.com). Necessary where it protects a form the visitor submits; a site may move it.
// No documented way to stop it once it ran: moved to an optional category, withdrawal reloads the page.
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "recaptcha",
  title: "Google reCAPTCHA",
  category: "necessary",
  params: { siteKey: [/^[\w-]{40}$/, "a reCAPTCHA site key (40 characters)"], version: [/^(2|3)$/, "2 or 3 (optional)"] },
  src: ({ siteKey, version }) => `https://www.google.com/recaptcha/api.js${version == "3" ? `?render=${siteKey}` : ""}`,
  reload: true,
  provider: ["Google Ireland", "https://policies.google.com/privacy", "US"],
  cookies: [["_GRECAPTCHA", "Risk analysis that tells people from bots (set on google.com)", "6 months"]],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["www.google.com", "www.gstatic.com", "www.recaptcha.net"],
  docs: ["https://developers.google.com/recaptcha/docs/display", "https://developers.google.com/recaptcha/docs/v3"],
  idFromUrl: ["siteKey", /recaptcha\/api\.js\?render=([\w-]{40})/],
};

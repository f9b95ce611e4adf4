// hCaptcha: https://docs.hcaptcha.com/ (https://js.hcaptcha.com/1/api.js). Cookies: https://www.hcaptcha.com/cookies
// (hmt_id on hcaptcha.com). Necessary where it protects a form the visitor submits; a site may move it.
// No documented way to stop it once it ran: moved to an optional category, withdrawal reloads the page.
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "hcaptcha",
  title: "hCaptcha",
  category: "necessary",
  src: () => "https://js.hcaptcha.com/1/api.js",
  reload: true,
  provider: ["Intuition Machines (hCaptcha)", "https://www.hcaptcha.com/privacy", "US"],
  cookies: [["hmt_id", "Tells people from bots (set on hcaptcha.com)", "1 year"]],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["js.hcaptcha.com", "hcaptcha.com", "api.hcaptcha.com", "newassets.hcaptcha.com"],
  docs: ["https://docs.hcaptcha.com/", "https://www.hcaptcha.com/cookies"],
};

// Typeform embeds: https://www.typeform.com/developers/embed/ (a form at https://form.typeform.com/to/<id>).
// Cookies: the Open Cookie Database (Typeform rows, set on typeform.com).
import { vendorHost } from "../embed-url";
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "typeform",
  title: "Typeform",
  category: "preferences",
  embed(url) {
    const form = vendorHost(url, ["typeform.com"]) && /^\/to\/(\w{6,12})/.exec(url.pathname);
    return form ? new URL(`https://form.typeform.com/to/${form[1]}${url.search}`) : undefined;
  },
  provider: ["Typeform", "https://www.typeform.com/privacy-policy/", "ES"],
  cookies: [
    ["tf_respondent_cc", "Makes the embedded form work (set on typeform.com)", "6 months"],
    ["attribution_user_id", "Attributes a form start to its channel (set on typeform.com)", "1 year"],
  ],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = { hosts: ["form.typeform.com", "embed.typeform.com", "typeform.com"], docs: ["https://www.typeform.com/developers/embed/"] };

// Trustpilot TrustBox widgets: https://support.trustpilot.com/hc/en-us/articles/115011421468-Add-a-TrustBox-widget-to-your-website
// (https://widget.trustpilot.com/bootstrap/v5/tp.widget.bootstrap.min.js draws each <div class="trustpilot-widget">).
// No documented stop: withdrawal reloads.
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "trustpilot",
  title: "Trustpilot",
  category: "preferences",
  src: () => "https://widget.trustpilot.com/bootstrap/v5/tp.widget.bootstrap.min.js",
  reload: true,
  provider: ["Trustpilot", "https://legal.trustpilot.com/for-reviewers/end-user-privacy-terms", "DK"],
  cookies: [["TrustboxSplitTest_*", "Which variant of the review widget was shown (set by the widget)", "persistent"]],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["widget.trustpilot.com", "invitejs.trustpilot.com"],
  docs: ["https://support.trustpilot.com/hc/en-us/articles/115011421468-Add-a-TrustBox-widget-to-your-website"],
};

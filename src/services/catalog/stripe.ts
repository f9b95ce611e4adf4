// Stripe.js: https://docs.stripe.com/js/including (always from https://js.stripe.com/v3/, never self-hosted: PCI).
// Its fraud-prevention signals and cookies: https://docs.stripe.com/disputes/prevention/advanced-fraud-detection and
// https://stripe.com/legal/cookies-policy; the Open Cookie Database (Stripe rows). Strictly necessary where it takes
// payments (ePrivacy 5(3) "strictly necessary" for a service the visitor asked for); a site may move it.
// No documented way to stop Stripe.js once it ran: moved to an optional category, withdrawal reloads the page.
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "stripe",
  title: "Stripe",
  category: "necessary",
  src: () => "https://js.stripe.com/v3/",
  reload: true,
  provider: ["Stripe Payments Europe", "https://stripe.com/privacy", "US"],
  cookies: [
    ["__stripe_mid", "Fraud prevention: recognises the browser across payments", "1 year"],
    ["__stripe_sid", "Fraud prevention: joins the steps of one checkout", "30 minutes"],
    ["m", "Fraud prevention: identifies the device to Stripe (set on m.stripe.com)", "2 years"],
  ],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["js.stripe.com", "m.stripe.com", "m.stripe.network", "api.stripe.com", "r.stripe.com"],
  docs: ["https://docs.stripe.com/js/including", "https://docs.stripe.com/disputes/prevention/advanced-fraud-detection", "https://stripe.com/legal/cookies-policy"],
};

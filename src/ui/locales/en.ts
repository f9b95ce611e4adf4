// The built-in English strings: the defaults every other language falls back to, key by key.
// Button names are part of the public contract (L-03, L-06): change them only in a major version.
export default {
  title: "We value your privacy",
  description:
    "With your consent we use cookies for analytics and marketing. You can change your choice at any time with the Cookie settings link on every page. Read our {policy}.",
  policy: "cookie policy",
  acceptAll: "Accept all",
  rejectAll: "Reject all",
  manage: "Manage preferences",
  dialogTitle: "Privacy preferences",
  save: "Save preferences",
  close: "Close",
  alwaysActive: "Always active",
  allowed: "Allowed",
  notAllowed: "Not allowed",
  cookies: "Cookies",
  noCookies: "None declared.",
  name: "Name",
  provider: "Provider",
  purpose: "Purpose",
  duration: "Duration",
  choice: "Your choice",
  gpc: "Opt-out preference signal honored: marketing stays off unless you switch it on here.",
  saved: "Your choices were saved.",
  change: "Change cookie settings",
  categories: {
    necessary: { label: "Necessary", description: "Needed for the site to work and to remember this choice." },
    preferences: { label: "Preferences", description: "Remember settings such as your language." },
    analytics: { label: "Analytics", description: "Help us see how the site is used, to improve it." },
    marketing: { label: "Marketing", description: "Measure ads and show you relevant offers elsewhere." },
  },
};

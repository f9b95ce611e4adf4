// English for the second layer (preferences dialog, cookie declaration): it travels with that layer.
// "Save preferences" is part of the public contract (L-06): change it only in a major version.
export default {
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
  change: "Change cookie settings",
  categories: {
    necessary: { label: "Necessary", description: "Needed for the site to work and to remember this choice." },
    preferences: { label: "Preferences", description: "Remember settings such as your language." },
    analytics: { label: "Analytics", description: "Help us see how the site is used, to improve it." },
    marketing: { label: "Marketing", description: "Measure ads and show you relevant offers elsewhere." },
  },
};

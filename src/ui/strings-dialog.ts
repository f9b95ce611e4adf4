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
  /** The declaration's Type column and its four values (issue 9). */
  type: "Type",
  typeCookie: "Cookie",
  typeLocalStorage: "Local storage",
  typeSessionStorage: "Session storage",
  typeIndexedDB: "IndexedDB",
  thirdParty: "Third party",
  /** An exempt audience-measurement category (issue 13): on before any decision, with a switch to object. */
  exempt: "On unless you object",
  /** The open dialog after a decision made in another tab (issue 13). */
  otherTab: "Your choices were changed in another tab.",
  /** The visitor's consent id, to quote in an access request (issue 14). */
  consentId: "Consent ID",
  gpc: "Opt-out preference signal honored: marketing stays off unless you switch it on here.",
  change: "Change cookie settings",
  /** The declaration's row for consentry's own record (issue 30): set by the site itself, for this choice. */
  recordProvider: "This website",
  recordPurpose: "Remembers your cookie choice",
  categories: {
    necessary: { label: "Necessary", description: "Needed for the site to work and to remember this choice." },
    preferences: { label: "Preferences", description: "Remember settings such as your language." },
    analytics: { label: "Analytics", description: "Help us see how the site is used, to improve it." },
    marketing: { label: "Marketing", description: "Measure ads and show you relevant offers elsewhere." },
  },
};

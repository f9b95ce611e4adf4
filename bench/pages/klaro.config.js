// Klaro configured for the bench scenario: four purposes (one service each; "necessary" is required), a notice
// with accept all / decline / manage, and the analytics script tag (data-name="analytics") gated.
var klaroConfig = {
  version: 1,
  elementID: "klaro",
  storageMethod: "cookie",
  cookieName: "klaro",
  cookieExpiresAfterDays: 365,
  default: false,
  mustConsent: false,
  acceptAll: true,
  hideDeclineAll: false,
  hideLearnMore: false,
  noticeAsModal: false,
  groupByPurpose: true,
  lang: "en",
  translations: {
    en: {
      privacyPolicyUrl: "/policy",
      consentNotice: {
        description:
          "Necessary ones keep the shop working; with your permission we also use preferences, analytics and marketing cookies.",
        learnMore: "Manage",
      },
      ok: "Accept all",
      decline: "Reject all",
      purposes: {
        necessary: "Strictly necessary",
        preferences: "Preferences",
        analytics: "Analytics",
        marketing: "Marketing",
      },
    },
  },
  services: [
    { name: "session", title: "Session", purposes: ["necessary"], required: true },
    { name: "settings", title: "Settings", purposes: ["preferences"] },
    { name: "analytics", title: "Analytics", purposes: ["analytics"] },
    { name: "ads", title: "Ads", purposes: ["marketing"] },
  ],
};

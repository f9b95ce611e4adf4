// vanilla-cookieconsent 3 configured for the bench scenario: four categories, a first-layer banner with
// accept all / reject all / manage, and the analytics script tag (data-category="analytics") gated.
CookieConsent.run({
  // The bench drives Chromium through the DevTools protocol (navigator.webdriver); the default hides the banner from bots.
  hideFromBots: false,
  // Served over http://127.0.0.1: a Secure cookie would not be kept.
  cookie: { name: "cc_cookie", secure: false },
  guiOptions: {
    consentModal: { layout: "box", position: "bottom right", equalWeightButtons: true },
    preferencesModal: { layout: "box", equalWeightButtons: true },
  },
  categories: {
    necessary: { enabled: true, readOnly: true },
    functionality: {},
    analytics: {},
    marketing: {},
  },
  language: {
    default: "en",
    translations: {
      en: {
        consentModal: {
          title: "We use cookies",
          description:
            "Necessary ones keep the shop working; with your permission we also use preferences, analytics and marketing cookies.",
          acceptAllBtn: "Accept all",
          acceptNecessaryBtn: "Reject all",
          showPreferencesBtn: "Manage",
          footer: '<a href="/policy">Cookie policy</a>',
        },
        preferencesModal: {
          title: "Cookie preferences",
          acceptAllBtn: "Accept all",
          acceptNecessaryBtn: "Reject all",
          savePreferencesBtn: "Save choices",
          closeIconLabel: "Close",
          sections: [
            { title: "Strictly necessary", description: "Needed for the shop to work.", linkedCategory: "necessary" },
            { title: "Preferences", description: "Remember your settings.", linkedCategory: "functionality" },
            { title: "Analytics", description: "Count visits to improve the site.", linkedCategory: "analytics" },
            { title: "Marketing", description: "Measure campaigns.", linkedCategory: "marketing" },
          ],
        },
      },
    },
  },
});

// Kropee's cookie policy (§4 "Cookies we use"), as consentry config: the first-party cookies it sets directly.
// Polar's checkout cookies live on Polar's own domain (§5), so this site cannot declare or erase them.
window.ConsentConfig = {
  revision: 1,
  policyUrl: "/examples/policies/kropee/cookie-policy.html",
  categories: {
    necessary: {
      label: "Strictly necessary",
      cookies: [
        {
          name: "caption_session_token",
          provider: "Kropee (Better Auth)",
          purpose: "Authenticates your signed-in session. Set by our authentication system (Better Auth). Required for the dashboard and all authenticated features.",
          duration: "Up to 7 days; refreshed on activity",
        },
        {
          name: "caption_session_data",
          provider: "Kropee (Better Auth)",
          purpose: "Stores supplementary session metadata alongside the session token. Set by Better Auth.",
          duration: "Up to 7 days",
        },
      ],
    },
    preferences: {
      label: "Functional",
      description: "Remember your settings, such as language or UI preferences.",
      cookies: [
        {
          name: "locale",
          provider: "Kropee",
          purpose: "Stores your preferred display language for the dashboard (e.g. English or Traditional Chinese).",
          duration: "Up to 400 days",
        },
      ],
    },
  },
};

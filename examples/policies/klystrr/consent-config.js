// Klystrr's cookie policy (§5-§8), as consentry config: every table row, with the storage technology it names.
window.ConsentConfig = {
  revision: 1,
  policyUrl: "/examples/policies/klystrr/cookie-policy.html",
  categories: {
    necessary: {
      label: "Strictly necessary",
      description: "Required for the platform to function. Cannot be refused without preventing login, deployments, or dashboard use.",
      // The policy's type is "Cookie / browser storage"; the app sets it as a cookie.
      cookies: [{ name: "sidebar_state", provider: "Klystrr", duration: "7 days", purpose: "Remembers the sidebar open/closed state." }],
      storage: [
        {
          name: "token",
          provider: "Klystrr",
          duration: "Until logout or JWT expiration",
          purpose: "Maintains the authenticated session. Sent as a Bearer token to the API. A migration to secure httpOnly cookies is planned.",
        },
        {
          name: "refreshToken",
          provider: "Klystrr",
          duration: "Until logout",
          purpose: "Renews the access token without forcing the user to log in again. A migration to secure httpOnly cookies is planned.",
        },
      ],
      sessionStorage: [
        {
          name: "git_link_provider",
          provider: "Klystrr",
          duration: "Current session (tab)",
          purpose: "Temporarily stores the selected Git provider (GitHub, GitLab) during OAuth redirect and callback.",
        },
        {
          name: "wizard_imported_app_id",
          provider: "Klystrr",
          duration: "Current session (tab)",
          purpose: "Temporarily stores the imported application ID during the migration/import wizard.",
        },
        { name: "wizard_mode", provider: "Klystrr", duration: "Current session (tab)", purpose: "Temporarily stores the current wizard mode during navigation." },
      ],
    },
    preferences: {
      description: "Improve your experience but are not essential to core functionality. Can be cleared without affecting key features.",
      storage: [
        { name: "rememberMe", provider: "Klystrr", duration: "Persistent (until cleared)", purpose: 'Remembers the user\'s "Remember me" choice on the login page.' },
        { name: "theme", provider: "Klystrr", duration: "Persistent (until changed or cleared)", purpose: "Remembers the selected display theme (dark mode or light mode)." },
      ],
    },
    analytics: {
      label: "Analytics (PostHog)",
      description: "Used to understand product usage. Not active until you give consent.",
      // `ph_<token>_posthog` in the policy: `*` stands for the project token.
      cookies: [
        {
          name: "ph_*_posthog",
          provider: "PostHog (us.i.posthog.com)",
          thirdParty: true,
          duration: "~1 year",
          purpose: "Visitor identification, device/session analytics, referrer information, product usage analytics.",
        },
        {
          name: "ph_*_posthog_ses",
          provider: "PostHog (us.i.posthog.com)",
          thirdParty: true,
          duration: "Session",
          purpose: "Maintains the current analytics session.",
        },
      ],
    },
    marketing: {
      description: "Not currently used. Reserved for future use. Will require your consent if activated.",
    },
  },
};

// Aktara's cookie policy (§3 "Cookies we set"), as consentry config: strictly necessary cookies only, so no banner
// shows (`banner: "auto"`, the default) and nothing is written until the visitor saves a choice themselves.
window.ConsentConfig = {
  revision: 1,
  policyUrl: "/examples/policies/aktara/cookie-policy.html",
  categories: {
    necessary: {
      label: "Strictly necessary",
      description: "Set when you sign in. They cannot be disabled while you remain signed in.",
      cookies: [
        {
          name: "authjs.session-token",
          provider: "Aktara",
          duration: "Up to 30 days",
          purpose: "Maintains your authenticated session. Contains a signed, encrypted token — no personal data is stored in plaintext. Deleted when you sign out or after 30 days of inactivity.",
        },
        {
          name: "authjs.csrf-token",
          provider: "Aktara",
          duration: "Browser session",
          purpose: "A double-submit CSRF token that protects sign-in and sign-out form submissions from cross-site request forgery attacks. Expires when the browser tab or window is closed.",
        },
        {
          name: "authjs.callback-url",
          provider: "Aktara",
          duration: "Browser session",
          purpose: "Stores the URL you were trying to reach before being redirected to sign in, so you can be returned there after authentication. Contains only a path string.",
        },
      ],
    },
    analytics: {
      description: "Not used today. Any future analytics will be opt-in, announced first, and can be withdrawn here.",
    },
  },
};

// Katror's cookie policy (../../../seeds: "Cookie policy. How Katror uses cookies…"), as consentry config.
// Names, durations and purposes are the policy's own words; the one item marked INVENTED is not in it.
window.ConsentConfig = {
  revision: 1,
  policyUrl: "/examples/policies/katror/cookie-policy.html",
  // The policy's own consent cookie: "records that you accepted the cookie notice (preference, up to one year)".
  cookie: { name: "katror_cookie_consent", expiresDays: 365 },
  categories: {
    necessary: {
      label: "Essential",
      description: "Required for core functionality, including signing in to your client workspace and keeping your session secure.",
      cookies: [
        {
          name: "katror_session",
          provider: "Katror",
          purpose: "Keeps you signed in to the client workspace.",
          duration: "Session or persistent, depending on your sign-in choice",
        },
        // The policy files this under "Preference"; a consent record is how a refusal is remembered too, so it is
        // strictly necessary here (withdrawing preferences must not forget the withdrawal).
        {
          name: "katror_cookie_consent",
          provider: "Katror",
          purpose: "Records that you accepted the cookie notice.",
          duration: "Up to one year",
        },
      ],
    },
    preferences: {
      label: "Preference",
      description: "Remember choices you make, such as your display settings.",
      // INVENTED: the policy says preference storage remembers "choices such as" the cookie notice, and that local
      // storage can remember settings, but names no key. This one stands for those settings.
      storage: [{ name: "katror_display", provider: "Katror", purpose: "Remembers your display settings (invented example).", duration: "Until cleared" }],
    },
    analytics: {
      description: "We do not currently use third-party analytics cookies on the marketing site. If that changes, we will ask first.",
    },
  },
};

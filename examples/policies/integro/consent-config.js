// Integro's cookie policy, as consentry config. The policy names none of its cookies or storage keys, so EVERY NAME
// BELOW IS INVENTED for this example; the categories, what each item is for and the storage technologies
// ("cookies", "local storage and similar technologies", "cache data for offline use") are the policy's.
window.ConsentConfig = {
  revision: 1,
  policyUrl: "/examples/policies/integro/cookie-policy.html",
  categories: {
    necessary: {
      label: "Strictly necessary",
      description: "Keep the service functioning: the session that keeps you logged in and a security token against cross-site request forgery.",
      cookies: [
        { name: "integro_session", provider: "Integro", duration: "Session", purpose: "Keeps you logged in. (Invented name.)" },
        { name: "integro_csrf", provider: "Integro", duration: "Session", purpose: "Helps prevent cross-site request forgery. (Invented name.)" },
      ],
      indexedDB: [{ name: "integro-offline", provider: "Integro", duration: "Until cleared", purpose: "Caches data for offline use and keeps the app fast. (Invented name.)" }],
    },
    preferences: {
      label: "Functional",
      description: "Enable enhanced features and personalization: your selected theme, collapsed vs. expanded panels, and similar UI preferences.",
      storage: [
        { name: "integro_theme", provider: "Integro", duration: "Until cleared", purpose: "Remembers your selected theme. (Invented name.)" },
        { name: "integro_panels", provider: "Integro", duration: "Until cleared", purpose: "Remembers collapsed vs. expanded panels. (Invented name.)" },
      ],
    },
    analytics: {
      description: "Optional analytics, disabled by default and loaded only after you choose Accept all cookies.",
      // Analytics "if enabled": one item of each technology such a tool might use.
      cookies: [{ name: "integro_aid", provider: "Integro", duration: "1 year", purpose: "Tells one visit from another, in aggregate. (Invented name.)" }],
      storage: [{ name: "integro_events", provider: "Integro", duration: "Until sent", purpose: "Queues usage events until they are sent. (Invented name.)" }],
      sessionStorage: [{ name: "integro_visit", provider: "Integro", duration: "Current session (tab)", purpose: "Counts the pages of this visit. (Invented name.)" }],
      indexedDB: [{ name: "integro-replay", provider: "Integro", duration: "Session", purpose: "Buffers a session replay before upload. (Invented name.)" }],
    },
    marketing: {
      label: "Advertising & targeting",
      description: "Integro does not use advertising cookies or cross-site tracking pixels, and has no advertising business.",
    },
  },
};

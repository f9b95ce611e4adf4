// One source of truth for the banner, the cleanup on withdrawal and the cookie-policy table.
window.ConsentConfig = {
  revision: 1,
  policyUrl: "/examples/site/cookie-policy.html",
  categories: {
    necessary: {
      cookies: [
        { name: "northwind_session", provider: "Northwind", purpose: "Keeps you signed in to the client workspace.", duration: "Session" },
        { name: "consent", provider: "Northwind", purpose: "Remembers your cookie choices.", duration: "1 year" },
      ],
    },
    preferences: {
      cookies: [{ name: "locale", provider: "Northwind", purpose: "Remembers your display language.", duration: "1 year" }],
      storage: ["theme"],
    },
    analytics: {
      description: "Counts visits and clicks so we can see which pages help. Only with your consent.",
      cookies: [{ name: "demo_analytics_id", provider: "Northwind (demo)", purpose: "Tells one visit from another.", duration: "1 year" }],
      storage: ["demo_analytics_*"],
    },
    marketing: {
      cookies: [{ name: "demo_ads_*", provider: "Example Ads (demo)", purpose: "Measures ad campaigns.", duration: "90 days" }],
    },
  },
};

// The consent-log example: examples/serve.mjs runs the receiver on the site's port + 2 and passes its URL here.
window.ConsentConfig = {
  revision: 1,
  log: { endpoint: `http://127.0.0.1:${Number(location.port) + 2}/consent-log` },
  // This demo page stores nothing optional itself, so `banner: "auto"` (the default) would show no banner; the
  // demo is about the decisions the banner records.
  banner: "always",
  categories: {
    analytics: { description: "Counts visits so we can see which pages help. Only with your consent." },
    marketing: { description: "Measures ad campaigns. Only with your consent." },
  },
};

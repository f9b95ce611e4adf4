// The consent-log example: examples/serve.mjs runs the receiver on the site's port + 2 and passes its URL here.
window.ConsentConfig = {
  revision: 1,
  log: { endpoint: `http://127.0.0.1:${Number(location.port) + 2}/consent-log` },
  categories: {
    analytics: { description: "Counts visits so we can see which pages help. Only with your consent." },
    marketing: { description: "Measures ad campaigns. Only with your consent." },
  },
};

// The gated "analytics" script every subject may run only after consent: it notes when it ran.
(window.__bench || (window.__bench = {})).gatedAt ??= performance.now();
console.debug("bench:gated");

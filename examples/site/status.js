// Shows the demo tag's state on the page, so a visitor sees gating and withdrawal happen.
const status = document.getElementById("analytics-status");
const show = () => {
  const loaded = document.cookie.includes("demo_analytics_id=");
  status.textContent = Consent.granted("analytics") ? (loaded ? "loaded, cookie set" : "allowed") : "not loaded (no consent)";
};
document.addEventListener("demo-analytics-loaded", show);
Consent.on("ready", show);
Consent.on("change", show);

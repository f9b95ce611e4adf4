// An SPA through the npm import: createConsent() touches no global, and each route adds its own gated tag.
import { createConsent } from "consentry";

const consent = createConsent({
  revision: 1,
  policyUrl: "/examples/site/cookie-policy.html",
  categories: { analytics: { storage: ["spa_analytics_*"] } },
});

const routes = {
  "/": "Home: nothing optional on this route.",
  "/reports": "Reports: this route adds an analytics tag; it runs once analytics is granted.",
  "/settings": "Settings: this route adds a marketing tag.",
};

window.addEventListener("spa-tag-ran", (event) => {
  const item = document.createElement("li");
  item.textContent = event.detail;
  document.getElementById("ran").append(item);
});

function render() {
  const path = location.hash.slice(1) || "/";
  const view = document.getElementById("view");
  view.replaceChildren();
  const paragraph = document.createElement("p");
  paragraph.textContent = routes[path] ?? "Not found";
  view.append(paragraph);
  const category = path === "/reports" ? "analytics" : path === "/settings" ? "marketing" : undefined;
  if (category) {
    // Added after start: the gate's MutationObserver picks it up (DESIGN 3).
    const tag = document.createElement("script");
    tag.type = "text/plain";
    tag.dataset.consent = category;
    tag.src = `/examples/spa/tag.js?route=${encodeURIComponent(path)}&category=${category}`;
    view.append(tag);
  }
}

window.addEventListener("hashchange", render);
render();
// React-style cleanup: destroy() removes every listener and node the instance added.
window.addEventListener("pagehide", () => consent.destroy());
window.consent = consent;

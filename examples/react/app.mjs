// A React app on consentry/react: the provider creates the instance (and the banner), the page reads it with hooks.
import { createElement as h, StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ConsentProvider, Gated, useConsent, useGranted } from "consentry/react";

const config = {
  revision: 1,
  policyUrl: "/examples/site/cookie-policy.html",
  categories: { analytics: { storage: ["react_demo_*"] } },
};

function Status() {
  const { ready, state } = useConsent();
  if (!ready) return h("p", null, "Reading your choice…");
  const granted = Object.entries(state.categories).filter(([, on]) => on).map(([id]) => id);
  return h("p", { id: "status" }, state.decided ? `Decided (${state.method}): ${granted.join(", ")}` : "Not decided yet: the banner is showing.");
}

function AnalyticsBadge() {
  return h("p", { id: "analytics" }, useGranted("analytics") ? "Analytics: on" : "Analytics: off");
}

function VideoPlaceholder() {
  const { set } = useConsent();
  return h(
    "div",
    { className: "placeholder" },
    h("p", null, "This video is hosted by a marketing partner."),
    h("button", { type: "button", onClick: () => set({ marketing: true }) }, "Allow marketing and play"),
  );
}

function Actions() {
  const { open, reset } = useConsent();
  return h(
    "p",
    null,
    h("button", { type: "button", onClick: open }, "Cookie settings"),
    " ",
    h("button", { type: "button", onClick: reset }, "Forget my choice"),
  );
}

function App() {
  return h(
    "main",
    null,
    h("h1", null, "React example"),
    h(Status),
    h(AnalyticsBadge),
    h(Gated, { category: "marketing", fallback: h(VideoPlaceholder) }, h("p", { id: "video" }, "▶ The video would play here.")),
    h(Actions),
  );
}

createRoot(document.getElementById("root")).render(h(StrictMode, null, h(ConsentProvider, { config }, h(App))));

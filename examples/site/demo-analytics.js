// A stand-in analytics tag: it writes the cookie and key the config declares, so withdrawal visibly erases them.
document.cookie = "demo_analytics_id=" + Math.random().toString(36).slice(2) + "; Path=/; Max-Age=31536000; SameSite=Lax";
localStorage.setItem("demo_analytics_visits", String(Number(localStorage.getItem("demo_analytics_visits") || 0) + 1));
document.dispatchEvent(new CustomEvent("demo-analytics-loaded"));

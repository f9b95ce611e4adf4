// bench subject for bench/floor.mjs: the least a consent tool must do on a returning visit, and nothing more. It reads
// the stored choice from its cookie and from localStorage (S-01), listens for a choice made in another tab (S-05:
// the storage event and a BroadcastChannel), and once the document is parsed swaps the gated script in when its
// category is granted. No config, no validation, no UI, no API: a floor to compare the tools' returning visits with.
(() => {
  const cookie = document.cookie.split("; ").find((pair) => pair.startsWith("floor_consent="));
  const stored = cookie ? decodeURIComponent(cookie.slice("floor_consent=".length)) : localStorage.getItem("floor_consent");
  let granted = stored ? stored.split(",") : [];
  const onChange = (value) => (granted = value ? value.split(",") : []);
  addEventListener("storage", (event) => event.key === "floor_consent" && onChange(event.newValue));
  new BroadcastChannel("floor_consent").onmessage = (event) => onChange(event.data);
  const swap = () => {
    for (const tag of document.querySelectorAll('script[type="text/plain"][data-consent]')) {
      if (!granted.includes(tag.dataset.consent)) continue;
      const live = document.createElement("script");
      live.src = tag.src;
      tag.replaceWith(live);
    }
  };
  document.readyState == "loading" ? document.addEventListener("DOMContentLoaded", swap) : swap();
  window.floorAccept = () => {
    const value = "preferences,analytics,marketing";
    document.cookie = `floor_consent=${encodeURIComponent(value)}; path=/; max-age=15552000; samesite=lax`;
    localStorage.setItem("floor_consent", value);
    onChange(value);
    swap();
  };
})();

// bench subject for bench/floor.mjs: the least a consent tool must do, and nothing more. It reads the stored choice
// from its cookie, and from localStorage only when there is no cookie, listens for a choice made in another tab (S-05:
// the storage event and a BroadcastChannel), once the document is parsed swaps the gated script in when its category is
// granted, and on an undecided visit draws a banner: a labelled region with a heading, a sentence and three equal
// buttons (A-01, L-03), styled by one small stylesheet. No config, no validation, no dialog, no API: a floor to compare
// the tools with. S-01 as amended also asks a tool whose cookie is valid to compare the localStorage copy in idle time
// (within 2 s of load); this floor leaves that out, unless the page's URL has `?idle-copy` (bench/floor.mjs's "floor
// tool + S-01 copy" subject), which measures what that one requirement costs. `plus` is floor-tool-plus.js's extra
// calls (bench/platform-calls.mjs), absent on floor-tool.html.
(() => {
  const cookie = document.cookie.split("; ").find((pair) => pair.startsWith("floor_consent="));
  const stored = cookie ? decodeURIComponent(cookie.slice("floor_consent=".length)) : localStorage.getItem("floor_consent");
  let granted = stored ? stored.split(",") : [];
  const plus = cookie && window.floorPlus;
  if (plus && !plus.start()) granted = [];
  const options = plus?.options;
  if (cookie && (new URLSearchParams(location.search).has("idle-copy") || plus?.idleCopy)) {
    const copy = () => localStorage.getItem("floor_consent") === stored || localStorage.setItem("floor_consent", stored);
    requestIdleCallback(copy, { timeout: 2000 });
  }
  let banner;
  const onChange = (value) => (granted = value ? value.split(",") : []);
  addEventListener("storage", (event) => event.key === "floor_consent" && onChange(event.newValue), options);
  const channel = new BroadcastChannel("floor_consent");
  channel.onmessage = (event) => onChange(event.data);
  plus?.closes(channel);
  const swap = () => {
    for (const tag of plus?.tags() ?? document.querySelectorAll('script[type="text/plain"][data-consent]')) {
      if (!granted.includes(tag.dataset.consent)) continue;
      const live = plus?.copy(tag) ?? document.createElement("script");
      live.src = tag.src;
      tag.replaceWith(live);
    }
  };
  const decide = (value) => {
    document.cookie = `floor_consent=${encodeURIComponent(value)}; path=/; max-age=15552000; samesite=lax`;
    localStorage.setItem("floor_consent", value);
    onChange(value);
    banner?.remove();
    swap();
  };
  const element = (tag, text, onclick) => Object.assign(document.createElement(tag), { textContent: text, onclick });
  const drawBanner = () => {
    banner = document.createElement("section");
    banner.id = "floor-tool-banner";
    banner.setAttribute("aria-labelledby", "floor-tool-title");
    const title = element("h2", "We value your privacy");
    title.id = "floor-tool-title";
    const actions = document.createElement("div");
    actions.append(
      element("button", "Accept all", () => decide("preferences,analytics,marketing")),
      element("button", "Reject all", () => decide("none")),
      element("button", "Manage preferences"),
    );
    banner.append(title, element("p", "We use cookies for analytics and marketing, only with your consent."), actions);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      "#floor-tool-banner{position:fixed;inset:auto 0 0;max-width:60em;margin:0 auto;padding:1em;background:#fff;border:1px solid #666}" +
        "#floor-tool-banner div{display:flex;gap:.5em;flex-wrap:wrap}#floor-tool-banner button{flex:1;min-height:2.75em}",
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    document.body.append(banner);
  };
  const parsed = () => {
    plus?.parsed(swap);
    swap();
    if (!stored) drawBanner();
  };
  document.readyState == "loading" ? document.addEventListener("DOMContentLoaded", parsed, options) : parsed();
  window.floorAccept = () => decide("preferences,analytics,marketing");
  plus?.end({ stored, granted: (category) => granted.includes(category), accept: window.floorAccept, reject: () => decide("none"), open: () => banner?.isConnected || drawBanner() });
})();

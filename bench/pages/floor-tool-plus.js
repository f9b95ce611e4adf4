// bench subject for bench/platform-calls.mjs (issue 27): the hooks bench/pages/floor-tool.js calls on a returning visit
// when this file ran before it (floor-tool-plus.html). `?plus=a,b` names the calls consentry's returning path makes and
// the floor tool does not (src/page/first-layer.ts, src/page/returning.ts, src/entries/browser.ts); each hook makes the
// same platform call, not a stand-in, so the difference from the floor tool is that call's cost. `plus=all` makes them
// all. Without `plus` the hooks do nothing: that page is the floor the others are compared with, this file included.
(() => {
  const KNOWN = ["define", "observer", "click", "pagehide", "abort", "record", "queue", "tag", "scan", "script", "idle-copy"];
  const names = new Set(new URLSearchParams(location.search).get("plus")?.split(",").filter(Boolean));
  if (names.delete("all")) KNOWN.forEach((name) => names.add(name));
  // A typo must not measure the bare floor under another name.
  for (const name of names) if (!KNOWN.includes(name)) throw new Error(`floor-tool-plus: no call named "${name}"`);
  const on = (name) => names.has(name);
  // A record of the form consentry's cookie holds (src/core/record.ts), as read from it. The floor's own cookie keeps its
  // short value, so that reading the cookie costs what it costs the floor tool.
  const RECORD =
    '{"v":1,"id":"3f2b8c1e-9a4d-4e7b-8c21-5d6f7a8b9c0d","revision":1,"decidedAt":"2025-06-01T09:30:00.000Z","updatedAt":"2025-06-01T09:30:00.000Z",' +
    '"categories":{"necessary":true,"preferences":true,"analytics":true,"marketing":true},"method":"accept-all","gpc":false}';
  let controller;
  let nonce;
  const onAbort = (stop) => controller?.signal.addEventListener("abort", stop);

  window.floorPlus = {
    idleCopy: on("idle-copy"),
    options: undefined,
    /** At the start of a returning visit; false when the record does not hold (no decision). */
    start() {
      // One AbortSignal for every listener, aborted when consentry's SDK takes over.
      if (on("abort")) this.options = { signal: (controller = new AbortController()).signal };
      // The drop-in's own <script>: the nonce its gated tags get, the URL its other parts come from.
      if (on("script")) nonce = document.currentScript?.nonce || undefined;
      return !on("record") || validRecord(RECORD, Date.now());
    },
    closes: (channel) => onAbort(() => channel.close()),
    // The drop-in hands a page with a declaration or preferences to its SDK, and runs gated iframes too.
    tags: () =>
      on("scan")
        ? document.querySelector("[data-consent-declaration],[data-consent-preferences]")
          ? []
          : document.querySelectorAll("script[type='text/plain'][data-consent],iframe[data-consent][data-src]")
        : undefined,
    copy: (tag) => (on("tag") ? runScript(tag) : undefined),
    parsed(swap) {
      if (!on("observer")) return;
      // Tags added after the parse (SPA routes) run too: first-layer.ts's `sync` on every mutation.
      const observer = new MutationObserver(swap);
      observer.observe(document, { childList: true, subtree: true });
      onAbort(() => observer.disconnect());
    },
    end({ stored, granted, accept, reject, open }) {
      const api = on("queue") ? queueApi({ granted, accept, reject, open }) : { granted };
      if (on("define")) {
        // a later script cannot swap the API out; a late assignment is ignored.
        Object.defineProperty(window, "Consent", {
          configurable: false,
          enumerable: true,
          get: () => api,
          set: (value) => value === api || console.warn("floor-tool-plus: window.Consent is taken"),
        });
      } else if (on("queue")) window.Consent = api;
      if (on("click")) {
        // The footer link, by delegation so links added later work too.
        const click = (event) => event.target?.closest?.("[data-consent-open]") && (event.preventDefault(), open());
        document.addEventListener("click", click, this.options);
      }
      if (on("pagehide")) {
        // S-01: the copy is compared at pagehide when idle time has not come first.
        let compared = false;
        const compare = () => compared || ((compared = true), localStorage.getItem("floor_consent") === stored || localStorage.setItem("floor_consent", stored));
        addEventListener("pagehide", compare, this.options);
      }
    },
  };

  /** A gated tag's copy as src/gate/tags.ts's runScript makes it: every attribute but type and nonce, the nonce, the text. */
  function runScript(original) {
    const script = document.createElement("script");
    for (const { name, value } of original.attributes) if (name != "type" && name != "nonce") script.setAttribute(name, value);
    if (original.dataset.type) script.type = original.dataset.type;
    script.nonce = nonce || original.nonce;
    script.text = original.text;
    if (script.src) {
      script.async = false;
      script.onload = script.onerror = () => {};
    }
    return script;
  }

  /** The page's API with consentry's methods (first-layer.ts), and the pre-load queue it runs (browser.ts). */
  function queueApi({ granted, accept, reject, open }) {
    const existing = window.Consent;
    const run = (call) => (typeof call == "function" ? call(api) : api[call[0]]?.(...call.slice(1)));
    const actions = { acceptAll: accept, rejectAll: reject, open, show: open };
    const api = {
      granted,
      state: () => ({ decided: true, categories: { necessary: true } }),
      close() {},
      on: () => () => {},
      whenGranted: (category, callback) => (granted(category) && callback(), () => {}),
      register() {},
      get storage() {
        return "cookie+local";
      },
      destroy: () => controller?.abort(),
      push: (...calls) => calls.forEach(run),
    };
    for (const action of "acceptAll rejectAll set reset open:banner+dialog show:banner renderDeclaration:banner+dialog renderPreferences:banner+dialog".split(" ")) {
      const [method] = action.split(":");
      api[method] = (...args) => actions[method]?.(...args);
    }
    (Array.isArray(existing) ? existing : []).forEach(run);
    return api;
  }

  /** X-07 as src/page/returning.ts's readRecord: only this version's fields, each of its form; dates in order, none ahead. */
  function validRecord(raw, now) {
    let record;
    try {
      record = JSON.parse(raw);
    } catch {
      return false;
    }
    if (!record || typeof record != "object") return false;
    const { v, id, revision, decidedAt, updatedAt, categories, method, gpc } = record;
    const instant = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z$/;
    const decided = Date.parse(decidedAt);
    const updated = Date.parse(updatedAt);
    return (
      raw.length <= 4096 &&
      Object.keys(record).every((key) => ["v", "id", "revision", "decidedAt", "updatedAt", "categories", "method", "gpc", "region", "mode"].includes(key)) &&
      v === 1 &&
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id) &&
      Number.isInteger(revision) &&
      revision >= 0 &&
      instant.test(decidedAt) &&
      instant.test(updatedAt) &&
      !!categories &&
      typeof categories == "object" &&
      Object.entries(categories).every(([key, value]) => /^[a-z][\w-]{0,31}$/.test(key) && typeof value == "boolean") &&
      ["accept-all", "reject-all", "custom", "api", "gpc", "dismiss", "withdraw"].includes(method) &&
      typeof gpc == "boolean" &&
      decided >= Date.UTC(2020, 0, 1) &&
      decided <= updated &&
      updated <= now + 86_400_000
    );
  }
})();


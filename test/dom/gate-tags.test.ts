// Gated tags in a DOM: text/plain scripts become real ones when their condition holds, iframes wait behind a
// placeholder, tags added later are found, and a revoked category's cookies and storage keys are erased.
import { afterEach, describe, expect, it } from "vitest";
import { createConsentApi, type ConsentApi } from "../../src/api";
import type { ConsentConfig } from "../../src/integrations/config";
import { createMemoryStorage } from "../../src/core/storage";
import { createGate } from "../../src/gate/index";
import { iframePlaceholder } from "../../src/ui/placeholder";

let api: ConsentApi | undefined;
const errors: string[] = [];

/** The gate as the entries with a UI build it: with the placeholder (src/ui/placeholder.ts). */
const gateWithPlaceholder = (context: Parameters<typeof createGate>[0]) => createGate(context, iframePlaceholder(context));

function start(config: ConsentConfig = {}, nonce?: string): ConsentApi {
  api = createConsentApi(config, { gate: gateWithPlaceholder, environment: { storage: createMemoryStorage() }, nonce });
  api.on("error", (event) => void errors.push(event.source));
  return api;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  api?.destroy();
  api = undefined;
  errors.length = 0;
  document.body.replaceChildren();
  document.cookie.split(";").forEach((pair) => {
    document.cookie = `${pair.split("=")[0]!.trim()}=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/`;
  });
  localStorage.clear();
  sessionStorage.clear();
});

function addScript(condition: string, text: string, attributes: Record<string, string> = {}): HTMLScriptElement {
  const script = document.createElement("script");
  script.type = "text/plain";
  script.dataset.consent = condition;
  script.text = text;
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  document.body.append(script);
  return script;
}

const live = () => [...document.querySelectorAll("script[data-consent]")].filter((s) => s.getAttribute("type") !== "text/plain");

describe("gated scripts (DESIGN 3)", () => {
  it("stay inert before consent (L-01) and become real scripts on grant, keeping their attributes", () => {
    addScript("analytics", "window.ran = 1", { id: "tag", "data-extra": "x" });
    const consent = start();
    expect(live()).toHaveLength(0);
    consent.set({ analytics: true });
    const [script] = live() as HTMLScriptElement[];
    expect(script!.text).toBe("window.ran = 1");
    expect(script!.id).toBe("tag");
    expect(script!.dataset.extra).toBe("x");
    expect(script!.hasAttribute("type")).toBe(false);
    expect(document.querySelectorAll("script[type='text/plain']")).toHaveLength(0);
  });

  it("a condition decides: `analytics && !marketing` and `analytics || preferences`", () => {
    addScript("analytics && !marketing", "1", { id: "lite" });
    addScript("marketing || preferences", "2", { id: "either" });
    const consent = start();
    consent.set({ analytics: true, marketing: true });
    expect(live().map((s) => s.id)).toEqual(["either"]);
    consent.set({ marketing: false });
    expect(live().map((s) => s.id)).toEqual(["lite", "either"]);
  });

  it("runs once per page: revoke and re-grant never insert it twice", () => {
    addScript("analytics", "1");
    const consent = start();
    consent.acceptAll();
    consent.rejectAll();
    consent.acceptAll();
    expect(document.querySelectorAll("script[data-consent]")).toHaveLength(1);
  });

  it("copies the SDK's nonce to every script it creates (X-05)", () => {
    addScript("analytics", "1");
    start({}, "n0nce").acceptAll();
    expect((live()[0] as HTMLScriptElement).nonce).toBe("n0nce");
  });

  it("config.nonce wins over the script's own", () => {
    addScript("analytics", "1");
    start({ nonce: "from-config" }, "n0nce").acceptAll();
    expect((live()[0] as HTMLScriptElement).nonce).toBe("from-config");
  });

  it("the tag's own nonce attribute is never copied: the running script shows no nonce a CSS selector could read (X-05)", () => {
    addScript("analytics", "1", { nonce: "page-nonce" });
    start({}, "n0nce").acceptAll();
    const [script] = live() as HTMLScriptElement[];
    expect(script!.nonce).toBe("n0nce");
    expect(script!.getAttribute("nonce")).toBeNull();
  });

  it("while the page is still parsing, tags wait and run in order at DOMContentLoaded (DESIGN 3)", () => {
    let state = "loading";
    Object.defineProperty(document, "readyState", { configurable: true, get: () => state });
    try {
      addScript("analytics", "1", { id: "first" });
      const consent = start({ categories: { analytics: { cookies: ["_ga"] } } });
      consent.acceptAll();
      expect(live()).toHaveLength(0);
      addScript("analytics", "2", { id: "second" });
      state = "interactive";
      document.dispatchEvent(new Event("DOMContentLoaded"));
      expect(live().map((s) => s.id)).toEqual(["first", "second"]);
    } finally {
      delete (document as { readyState?: string }).readyState;
    }
  });

  it("destroyed before the page finished parsing, it runs no tag at DOMContentLoaded (L-01)", () => {
    let state = "loading";
    Object.defineProperty(document, "readyState", { configurable: true, get: () => state });
    try {
      addScript("analytics", "1");
      start().acceptAll();
      api!.destroy();
      state = "interactive";
      document.dispatchEvent(new Event("DOMContentLoaded"));
      expect(live()).toHaveLength(0);
    } finally {
      delete (document as { readyState?: string }).readyState;
    }
  });

  it("tags added after start (SPA routes) are handled by the observer", async () => {
    const consent = start();
    consent.acceptAll();
    addScript("analytics", "late");
    await tick();
    expect(live().map((s) => (s as HTMLScriptElement).text)).toEqual(["late"]);
  });

  it("a malformed condition never runs and reports an error", async () => {
    start().acceptAll();
    addScript("analytics &&", "1");
    await tick();
    expect(live()).toHaveLength(0);
    expect(errors).toContain("tag");
  });

  it("a script that fails to load emits error and never stops the tags after it (X-09)", async () => {
    // happy-dom refuses to fetch scripts, so `/missing.js` fails; document order is pinned in real Chromium (e2e).
    addScript("analytics", "", { src: "/missing.js", id: "first" });
    addScript("analytics", "2", { id: "second" });
    start().acceptAll();
    await tick();
    expect(live().map((s) => s.id)).toEqual(["first", "second"]);
    expect(errors).toContain("tag");
  });

  it("a script that fails to load is reported with its URL, so the site owner knows which (X-09)", async () => {
    addScript("analytics", "", { src: "/missing.js" });
    const messages: string[] = [];
    start().on("error", (event) => void messages.push((event.error as Error).message));
    api!.acceptAll();
    await tick();
    expect(messages).toContain(`consentry: ${new URL("/missing.js", location.href).href} failed to load`);
  });

  it("a condition naming a category the site does not declare never runs, even with a declared one granted", () => {
    addScript("analytics || newsletter", "1");
    start().acceptAll();
    expect(live()).toHaveLength(0);
    expect(errors).toEqual(["tag"]);
  });
});

describe("gated iframes (DESIGN 3)", () => {
  function addFrame(): HTMLIFrameElement {
    const iframe = document.createElement("iframe");
    iframe.dataset.consent = "marketing";
    iframe.dataset.src = "about:blank#video-1";
    iframe.title = "Product video";
    document.body.append(iframe);
    return iframe;
  }

  it("wait behind a placeholder that says what they are and offers to allow the category", async () => {
    const iframe = addFrame();
    const consent = start({ categories: { marketing: { label: "Marketing" } } });
    expect(iframe.hasAttribute("src")).toBe(false);
    expect(iframe.hidden).toBe(true);
    const note = iframe.previousElementSibling as HTMLElement;
    await tick();
    expect(note.textContent).toContain("Product video is blocked until you allow Marketing.");
    const button = note.querySelector("button")!;
    expect(button.textContent).toBe("Allow Marketing");
    button.click();
    expect(consent.granted("marketing")).toBe(true);
    expect(consent.granted("analytics")).toBe(false);
    expect(consent.state().method).toBe("custom");
    expect(iframe.getAttribute("src")).toBe("about:blank#video-1");
    expect(iframe.hidden).toBe(false);
    expect(note.hidden).toBe(true);
  });

  it("unload on revoke and show the placeholder again (L-11)", () => {
    const iframe = addFrame();
    const consent = start();
    consent.acceptAll();
    expect(iframe.getAttribute("src")).toBe("about:blank#video-1");
    consent.rejectAll();
    expect(iframe.getAttribute("src")).toBe("about:blank");
    expect((iframe.previousElementSibling as HTMLElement).hidden).toBe(false);
  });

  it("placeholder text comes from data attributes, as text, never markup (X-01)", async () => {
    const iframe = addFrame();
    iframe.dataset.consentText = "<img src=x onerror=alert(1)> Vidéo bloquée";
    iframe.dataset.consentButton = "Autoriser";
    start();
    const note = iframe.previousElementSibling!;
    await tick();
    expect(note.querySelector("img")).toBeNull();
    expect(note.querySelector("p")!.textContent).toBe("<img src=x onerror=alert(1)> Vidéo bloquée");
    expect(note.querySelector("button")!.textContent).toBe("Autoriser");
  });

  it("the placeholder speaks the page's language (issue 13 item 7, A-12): its text and the category's label", async () => {
    document.documentElement.lang = "fr";
    try {
      const iframe = addFrame();
      start({ language: "auto", translations: { fr: { blocked: "{name} : bloqué ({categories})", allow: "Autoriser {categories}", categories: { marketing: { label: "Publicité" } } } } });
      const note = iframe.previousElementSibling as HTMLElement;
      await tick();
      expect(note.querySelector("p")!.textContent).toBe("Product video : bloqué (Publicité)");
      expect(note.querySelector("button")!.textContent).toBe("Autoriser Publicité");
      expect(note.lang).toBe("fr");
    } finally {
      document.documentElement.lang = "";
    }
  });

  it("the placeholder keeps the embed's size, so allowing it shifts no layout (CLS)", () => {
    const iframe = addFrame();
    iframe.width = "560";
    iframe.height = "315";
    start();
    const note = iframe.previousElementSibling as HTMLElement;
    expect(note.style.width).toBe("560px");
    expect(note.style.aspectRatio.replace(/\s/g, "")).toBe("560/315");
  });

  it("headless (consentry/core, no UI): the iframe waits hidden, with no placeholder drawn", () => {
    const iframe = addFrame();
    api = createConsentApi({}, { gate: createGate, environment: { storage: createMemoryStorage() } });
    expect(iframe.hidden).toBe(true);
    expect(iframe.hasAttribute("src")).toBe(false);
    expect(iframe.previousElementSibling).toBeNull();
    api.set({ marketing: true });
    expect(iframe.getAttribute("src")).toBe("about:blank#video-1");
    expect(iframe.hidden).toBe(false);
  });

  it("destroy removes the placeholders it added", () => {
    const iframe = addFrame();
    start().destroy();
    api = undefined;
    expect(iframe.previousElementSibling).toBeNull();
  });
});

describe("erase on withdrawal (L-11, S-07)", () => {
  const config: ConsentConfig = {
    categories: {
      analytics: { cookies: [{ name: "_ga*" }, { name: "exact" }], storage: ["ph_*"], sessionStorage: ["sess_*"] },
    },
  };

  it("revoking deletes the declared storage keys, localStorage and sessionStorage, in the same task", () => {
    const consent = start(config);
    consent.acceptAll();
    localStorage.setItem("ph_abc_posthog", "x");
    localStorage.setItem("other", "y");
    sessionStorage.setItem("sess_1", "z");
    consent.set({ analytics: false });
    expect(Object.keys(localStorage)).toEqual(["other"]);
    expect(sessionStorage.length).toBe(0);
  });

  // happy-dom 20 honours `Expires` in the past but not `Max-Age=0`; Chromium honours both (see test/e2e/gate-tags).
  it("revoking deletes the declared cookies, globs included, in the same task", () => {
    const consent = start(config);
    consent.acceptAll();
    document.cookie = "_ga=1; Path=/";
    document.cookie = "_ga_XYZ=2; Path=/";
    document.cookie = "exact=3; Path=/";
    document.cookie = "keep=4; Path=/";
    consent.set({ analytics: false });
    expect(document.cookie.split("; ").sort()).toEqual(["keep=4"]);
  });

  it("never erases the consent record itself, even under a catch-all glob", () => {
    const consent = start({ categories: { analytics: { cookies: [{ name: "*" }], storage: ["*"] } } });
    consent.acceptAll();
    localStorage.setItem("consent", "kept");
    localStorage.setItem("anything", "gone");
    consent.rejectAll();
    expect(Object.keys(localStorage)).toEqual(["consent"]);
  });

  it("a granted category keeps its keys; at start the leftovers of denied categories are swept", () => {
    localStorage.setItem("ph_leftover", "x");
    start(config);
    expect(localStorage.getItem("ph_leftover")).toBeNull();
  });
});

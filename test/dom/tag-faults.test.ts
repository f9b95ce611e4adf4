// Gated tags under a strict page: a Trusted Types policy named `consentry`, and a tag that cannot be inserted.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createConsentApi, type ConsentApi } from "../../src/api";
import type { PageWindow } from "../../src/core/storage";
import { createMemoryStorage } from "../../src/core/storage";
import type { ConsentErrorEvent } from "../../src/core/store";
import { createGate } from "../../src/gate/index";
import { iframePlaceholder } from "../../src/ui/placeholder";
import { scriptPolicy } from "../../src/gate/trusted";

let api: ConsentApi | undefined;

afterEach(() => {
  api?.destroy();
  api = undefined;
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe("Trusted Types (X-05)", () => {
  it("a CSP that allows only the policy `consentry` gets scripts through that policy", () => {
    // The page's CSP: `trusted-types consentry`; any other name throws, as the browser does.
    const page = {
      trustedTypes: {
        createPolicy(name: string, rules: { createScript(text: string): string; createScriptURL(url: string): string }) {
          if (name !== "consentry") throw new TypeError(`Refused to create a TrustedTypePolicy named '${name}'`);
          return { createScript: (text: string) => `/*trusted*/${rules.createScript(text)}`, createScriptURL: rules.createScriptURL };
        },
      },
    } as unknown as PageWindow;
    expect(scriptPolicy(page).createScript("go()")).toBe("/*trusted*/go()");
  });

  it("a CSP that does not list `consentry` leaves plain strings, which work where Trusted Types are not enforced", () => {
    const page = {
      trustedTypes: {
        createPolicy(name: string): never {
          throw new TypeError(`Refused to create a TrustedTypePolicy named '${name}'`);
        },
      },
    } as unknown as PageWindow;
    expect(scriptPolicy(page).createScript("go()")).toBe("go()");
    expect(scriptPolicy(page).createScriptURL("/a.js")).toBe("/a.js");
  });
});

/** A value made by a Trusted Types policy; like the browser's, it reads as its string. */
class TrustedValue {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/**
 * A page under `require-trusted-types-for 'script'; trusted-types consentry`, as Chromium enforces it: one policy per
 * name, and a script's `src` or text given as a plain string throws.
 */
function enforcingPage(): PageWindow {
  const names: string[] = [];
  const trustedTypes = {
    createPolicy(name: string, rules: { createScript(text: string): string; createScriptURL(url: string): string }) {
      if (name !== "consentry" || names.includes(name)) throw new TypeError(`Refused to create a TrustedTypePolicy named '${name}'`);
      names.push(name);
      return {
        createScript: (text: string) => new TrustedValue(rules.createScript(text)),
        createScriptURL: (url: string) => new TrustedValue(rules.createScriptURL(url)),
      };
    },
  };
  const createElement = document.createElement.bind(document);
  vi.spyOn(document, "createElement").mockImplementation(((tag: string) => {
    const element = createElement(tag);
    if (tag !== "script") return element;
    const setAttribute = element.setAttribute.bind(element);
    element.setAttribute = (name: string, value: unknown) => {
      if (name === "src" && !(value instanceof TrustedValue)) throw new TypeError("This document requires 'TrustedScriptURL' assignment.");
      setAttribute(name, String(value));
    };
    let owner = Object.getPrototypeOf(element);
    while (!Object.getOwnPropertyDescriptor(owner, "text")) owner = Object.getPrototypeOf(owner);
    const text = Object.getOwnPropertyDescriptor(owner, "text")!;
    Object.defineProperty(element, "text", {
      get: () => text.get!.call(element),
      set: (value: unknown) => {
        if (!(value instanceof TrustedValue)) throw new TypeError("This document requires 'TrustedScript' assignment.");
        text.set!.call(element, String(value));
      },
    });
    return element;
  }) as typeof document.createElement);
  // A window of its own, so the policy is made here and nowhere else.
  return new Proxy(window, {
    get(target, key) {
      if (key === "trustedTypes") return trustedTypes;
      const value = Reflect.get(target, key, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  }) as unknown as PageWindow;
}

describe("gated tags under an enforcing Trusted Types CSP (X-05)", () => {
  it("inline and external tags both run through the one `consentry` policy, granted together or one after another", () => {
    const errors: string[] = [];
    const add = (category: string, attributes: Record<string, string>, text = "") => {
      const script = document.createElement("script");
      script.type = "text/plain";
      script.dataset.consent = category;
      script.text = text;
      for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
      document.body.append(script);
    };
    add("analytics", { id: "inline" }, "window.inline = 1");
    add("marketing", { id: "later" }, "window.later = 1");
    add("analytics", { id: "external", src: "/vendor.js" });
    const win = enforcingPage();
    api = createConsentApi({}, { gate: createGate, window: win, environment: { storage: createMemoryStorage() } });
    api.on("error", (event) => void errors.push((event.error as Error).message));
    api.set({ analytics: true });
    api.set({ marketing: true });
    expect(errors.filter((message) => message.includes("requires"))).toEqual([]);
    const live = [...document.querySelectorAll("script")].filter((script) => script.type !== "text/plain");
    expect(live.map((script) => [script.id, script.getAttribute("src"), script.text])).toEqual([
      ["inline", null, "window.inline = 1"],
      ["later", null, "window.later = 1"],
      ["external", "/vendor.js", ""],
    ]);
  });
});

describe("a tag that cannot be inserted", () => {
  it("is reported once as a tag error and never retried, and the tags after it still run", () => {
    const errors: ConsentErrorEvent[] = [];
    for (const text of ["window.first = 1", "window.second = 1"]) {
      const script = document.createElement("script");
      script.type = "text/plain";
      script.dataset.consent = "analytics";
      script.text = text;
      document.body.append(script);
    }
    api = createConsentApi({}, { gate: createGate, environment: { storage: createMemoryStorage() } });
    api.on("error", (event) => void errors.push(event));
    // An enforcing page refuses the first new script (a Trusted Types violation), and only that one.
    const createElement = document.createElement.bind(document);
    let refused = false;
    vi.spyOn(document, "createElement").mockImplementation(((tag: string) => {
      if (tag === "script" && !refused) {
        refused = true;
        throw new TypeError("This document requires 'TrustedScript' assignment.");
      }
      return createElement(tag);
    }) as typeof document.createElement);
    api.acceptAll();
    api.rejectAll();
    api.acceptAll();
    expect(errors.map((event) => [event.source, (event.error as Error).message])).toEqual([
      ["tag", "This document requires 'TrustedScript' assignment."],
    ]);
    const left = [...document.querySelectorAll("script")].map((script) => [script.type, script.text]);
    expect(left).toEqual([
      ["text/plain", "window.first = 1"],
      ["", "window.second = 1"],
    ]);
  });
});

describe("external and module tags (DESIGN 3)", () => {
  function addTag(attributes: Record<string, string>, text = ""): void {
    const script = document.createElement("script");
    script.type = "text/plain";
    script.dataset.consent = "analytics";
    script.text = text;
    for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
    document.body.append(script);
  }
  const live = () => [...document.querySelectorAll("script")].filter((script) => script.type !== "text/plain");

  it("an external tag that loads reports nothing, and is inserted not async so tags keep document order", () => {
    const errors: ConsentErrorEvent[] = [];
    addTag({ src: "/vendor.js", id: "first" });
    addTag({ id: "second" }, "window.after = 1");
    api = createConsentApi({}, { gate: createGate, environment: { storage: createMemoryStorage() } });
    api.on("error", (event) => void errors.push(event));
    api.acceptAll();
    const [first] = live();
    // Inserted scripts run in insertion order only when not async (the order itself is pinned in Chromium, e2e).
    expect((first as HTMLScriptElement).async).toBe(false);
    // happy-dom fetches nothing, so its own load failure is already reported; a successful load adds nothing.
    const before = errors.length;
    first!.dispatchEvent(new Event("load"));
    expect(errors).toHaveLength(before);
    expect(live().map((script) => script.id)).toEqual(["first", "second"]);
  });

  it("data-type becomes the running script's type (a module stays a module); type itself is never copied", () => {
    addTag({ "data-type": "module", id: "module" }, "export {}");
    addTag({ id: "classic" }, "window.classic = 1");
    api = createConsentApi({}, { gate: createGate, environment: { storage: createMemoryStorage() } });
    api.acceptAll();
    expect(live().map((script) => [script.id, script.getAttribute("type")])).toEqual([
      ["module", "module"],
      ["classic", null],
    ]);
  });
});

describe("gated iframes (DESIGN 3)", () => {
  function addFrame(condition: string, parent: HTMLElement = document.body): HTMLIFrameElement {
    const iframe = document.createElement("iframe");
    iframe.dataset.consent = condition;
    iframe.dataset.src = "about:blank#video-1";
    iframe.title = "Product video";
    parent.append(iframe);
    return iframe;
  }

  it("the Allow button inside a form allows the embed without submitting the form", () => {
    const form = document.createElement("form");
    document.body.append(form);
    let submitted = 0;
    form.addEventListener("submit", (event) => {
      submitted += 1;
      event.preventDefault();
    });
    const iframe = addFrame("marketing", form);
    api = createConsentApi({}, { gate: (context) => createGate(context, iframePlaceholder(context)), environment: { storage: createMemoryStorage() } });
    (iframe.previousElementSibling as HTMLElement).querySelector("button")!.click();
    expect(api.granted("marketing")).toBe(true);
    expect(submitted).toBe(0);
  });

  it("a loaded embed is not reloaded when another category changes", async () => {
    const iframe = addFrame("marketing");
    api = createConsentApi({}, { gate: createGate, environment: { storage: createMemoryStorage() } });
    api.set({ marketing: true });
    const reloads: string[] = [];
    const observer = new MutationObserver((records) => reloads.push(...records.map((record) => record.attributeName!)));
    observer.observe(iframe, { attributes: true, attributeFilter: ["src"] });
    api.set({ analytics: true });
    api.set({ analytics: false });
    await new Promise((resolve) => setTimeout(resolve, 0));
    observer.disconnect();
    expect(reloads).toEqual([]);
    expect(iframe.getAttribute("src")).toBe("about:blank#video-1");
  });

  it("with the UI's placeholder, an embed with a malformed condition gets none and is reported once, with the condition", async () => {
    const errors: ConsentErrorEvent[] = [];
    api = createConsentApi({}, { gate: (context) => createGate(context, iframePlaceholder(context)), environment: { storage: createMemoryStorage() } });
    api.on("error", (event) => void errors.push(event));
    const iframe = addFrame("marketing &&");
    await new Promise((resolve) => setTimeout(resolve, 0));
    api.acceptAll();
    expect(iframe.hasAttribute("src")).toBe(false);
    expect(iframe.previousElementSibling).toBeNull();
    expect(errors.map((event) => [event.source, (event.error as Error).message])).toEqual([
      ["tag", 'consentry: bad condition "marketing &&"'],
    ]);
  });

  it("an embed with a malformed condition stays blocked and is reported once, with the condition", async () => {
    const errors: ConsentErrorEvent[] = [];
    api = createConsentApi({}, { gate: createGate, environment: { storage: createMemoryStorage() } });
    api.on("error", (event) => void errors.push(event));
    // Added after start (an SPA route), so this test hears the report.
    const iframe = addFrame("marketing &&");
    await new Promise((resolve) => setTimeout(resolve, 0));
    api.acceptAll();
    expect(iframe.hasAttribute("src")).toBe(false);
    expect(errors.map((event) => [event.source, (event.error as Error).message])).toEqual([
      ["tag", 'consentry: bad condition "marketing &&"'],
    ]);
  });
});

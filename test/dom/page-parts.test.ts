// The drop-in's page parts (src/page), one at a time in happy-dom: where it finds its config, how parts beside it are
// named and loaded, the UI that loads only when a visitor has something to see (issue 12), the language file it waits
// for (issue 10), and the page conventions (`data-consent-open`, declarations, inline preferences; DESIGN 3, issue 9).
import { afterEach, describe, expect, it, vi } from "vitest";
import { createConsentApi, type ConsentContext, type Integration, type Parts, type UiPart } from "../../src/api";
import { createMemoryStorage } from "../../src/core/storage";
import type { ChangeEvent, ConsentErrorEvent } from "../../src/core/store";
import { addonUrl, lazyIntegration } from "../../src/page/addons";
import { importPart } from "../../src/page/import-part";
import { lazyUi } from "../../src/page/lazy-ui";
import { BUNDLED_LANGUAGES, loadLocale } from "../../src/page/locale";
import { readConfig } from "../../src/page/read-config";
import { mountWhenBodyExists } from "../../src/page/when-body";
import { wirePage } from "../../src/page/wiring";

const made: { destroy(): void }[] = [];
afterEach(() => {
  for (const api of made.splice(0)) api.destroy();
  delete window.ConsentConfig;
  document.body.innerHTML = "";
  document.head.querySelectorAll("script").forEach((script) => script.remove());
  document.documentElement.lang = "";
  vi.restoreAllMocks();
});

/** An instance on this page with memory storage; `parts` add to it. Returns its context as integrations see it. */
function instance(config: Record<string, unknown> = {}, parts: Parts = {}) {
  let context: ConsentContext | undefined;
  const errors: ConsentErrorEvent[] = [];
  const api = createConsentApi(config, {
    window,
    ...parts,
    environment: { storage: createMemoryStorage(), ...parts.environment },
    integrations: [(given) => void (context = given), ...(parts.integrations ?? [])],
  });
  api.on("error", (event) => void errors.push(event));
  made.push(api);
  return { api, context: context!, errors };
}

/** A UI part that writes each call into `log`. */
function recordingUi(log: string[]): UiPart {
  return {
    open: () => void log.push("open"),
    close: () => void log.push("close"),
    show: () => void log.push("show"),
    renderDeclaration: (element, preferences) => void log.push(`declaration ${element.id}${preferences ? " preferences" : ""}`),
    destroy: () => void log.push("destroy"),
  };
}

const settle = () => new Promise((done) => setTimeout(done, 0));

describe("where the drop-in finds its config (DESIGN 3)", () => {
  it("window.ConsentConfig first, else the JSON in script[data-consent-config], else nothing", () => {
    const bad = (message: string) => ({ bad: message });
    expect(readConfig(bad)).toBeUndefined();
    const element = Object.assign(document.createElement("script"), { type: "application/json", textContent: '{"revision":2}' });
    element.setAttribute("data-consent-config", "");
    document.head.append(element);
    expect(readConfig(bad)).toEqual({ revision: 2 });
    window.ConsentConfig = { revision: 3 };
    expect(readConfig(bad)).toEqual({ revision: 3 });
  });

  it("JSON that does not parse is handed back as a message naming the element", () => {
    const element = Object.assign(document.createElement("script"), { type: "application/json", textContent: "{revision: 2" });
    element.setAttribute("data-consent-config", "");
    document.head.append(element);
    const result = readConfig((message) => ({ bad: message })) as { bad: string };
    expect(result.bad).toMatch(/^script\[data-consent-config\]: expected JSON \(.+\)$/);
  });

  it("an empty config element is bad JSON too, not an empty config", () => {
    const element = document.createElement("script");
    element.setAttribute("data-consent-config", "");
    document.head.append(element);
    expect(readConfig((message) => message)).toMatch(/^script\[data-consent-config\]: expected JSON/);
  });
});

describe("the parts beside the drop-in (issue 10)", () => {
  it("are named consentry.<name>.mjs next to the drop-in's own URL, else next to the page", () => {
    expect(addonUrl("banner", "https://cdn.example/v1/consentry.js", "https://shop.example/a/b")).toBe("https://cdn.example/v1/consentry.banner.mjs");
    expect(addonUrl("locale.fr", undefined, "https://shop.example/a/b")).toBe("https://shop.example/a/consentry.locale.fr.mjs");
    expect(addonUrl("log", "", "https://shop.example/")).toBe("https://shop.example/consentry.log.mjs");
  });

  it("a part that cannot load names the file and both fixes", async () => {
    await expect(importPart("data:text/javascript,throw new Error('nope')")).rejects.toThrow(
      "data:text/javascript,throw new Error('nope') did not load: serve it beside consentry.js, or use consentry.all.js",
    );
  });
});

describe("an integration that loads on demand (posthog, log)", () => {
  const loaded = (integration: Integration) => Promise.resolve({ default: integration });

  it("loads only when its config section is set, from beside the drop-in, and hears every change made meanwhile", async () => {
    const heard: ChangeEvent[] = [];
    const load = vi.fn((_url: string) => loaded(({ store }) => store.bus.on("change", (event) => void heard.push(event))));
    const { api } = instance({ log: { endpoint: "/consent-log" } }, { integrations: [lazyIntegration("log", load, "https://cdn.example/consentry.js")] });
    expect(load).toHaveBeenCalledWith("https://cdn.example/consentry.log.mjs");
    api.acceptAll();
    api.rejectAll();
    await settle();
    api.set({ analytics: true });
    expect(heard.map((event) => event.state.method)).toEqual(["accept-all", "reject-all", "api"]);
  });

  it("is not loaded for a config without its section, nor without a window", () => {
    const load = vi.fn(() => loaded(() => {}));
    instance({}, { integrations: [lazyIntegration("log", load)] });
    instance({ log: { endpoint: "/consent-log" } }, { window: undefined as never, integrations: [lazyIntegration("posthog", load)] });
    expect(load).not.toHaveBeenCalled();
  });

  it("a part that fails to load is an error event naming it; destroyed before it arrives, it never runs", async () => {
    const failing = instance({ log: { endpoint: "/consent-log" } }, { integrations: [lazyIntegration("log", () => Promise.reject(new Error("404")))] });
    await settle();
    expect(failing.errors).toEqual([{ source: "addon:log", error: new Error("404") }]);

    const ran = vi.fn();
    const late = instance({ log: { endpoint: "/consent-log" } }, { integrations: [lazyIntegration("log", () => loaded(ran))] });
    late.api.destroy();
    await settle();
    expect(ran).not.toHaveBeenCalled();
  });

  it("destroying the instance runs the integration's own teardown and stops replaying", async () => {
    const teardown = vi.fn();
    const heard: string[] = [];
    const { api } = instance(
      { log: { endpoint: "/consent-log" } },
      { integrations: [lazyIntegration("log", () => loaded(({ store }) => (store.bus.on("change", () => void heard.push("change")), teardown)))] },
    );
    await settle();
    api.destroy();
    expect(teardown).toHaveBeenCalledTimes(1);
    expect(heard).toEqual([]);
  });
});

describe("page parts at their edges", () => {
  it("a loaded integration's other listeners hear their own events only, not the replayed changes", async () => {
    const opened: unknown[] = [];
    const { api } = instance(
      { log: { endpoint: "/consent-log" } },
      { integrations: [lazyIntegration("log", () => Promise.resolve({ default: (({ store }) => void store.bus.on("open", (payload) => void opened.push(payload))) as Integration }))] },
    );
    api.acceptAll();
    await settle();
    expect(opened).toEqual([]);
    api.open();
    expect(opened).toEqual([undefined]);
  });

  it("a decided visitor on a page that later asks for an optional category gets the UI when the choice is withdrawn", () => {
    const storage = createMemoryStorage();
    instance({}, { environment: { storage } }).api.acceptAll();
    const asked: (string | undefined)[] = [];
    const ui = lazyUi((_context, call) => (asked.push(call), Promise.resolve(() => recordingUi([]))));
    const { api, context } = instance({}, { ui, environment: { storage } });
    context.store.bus.emit("optional", undefined as never);
    expect(asked).toEqual([]);
    api.reset();
    expect(asked).toEqual([undefined]);
  });

  it("a UI part without destroy is destroyed without an error, lazily loaded or waiting for <body>", async () => {
    const bare = (): UiPart => ({ open() {}, close() {}, show() {}, renderDeclaration() {} });
    const { api } = instance({ banner: "always" }, { ui: lazyUi(() => Promise.resolve(bare)) });
    await settle();
    expect(() => api.destroy()).not.toThrow();
    const { context } = instance();
    const parsing = document.implementation.createHTMLDocument("");
    parsing.documentElement.removeChild(parsing.body);
    const waiting = mountWhenBodyExists(bare)({ ...context, window: { document: parsing } as never });
    parsing.dispatchEvent(new Event("DOMContentLoaded"));
    expect(() => waiting.destroy!()).not.toThrow();
  });

  it("DOMContentLoaded twice mounts the UI once and fills declarations once; after destroy it fills nothing", () => {
    const factory = vi.fn(() => recordingUi([]));
    const { context } = instance();
    const parsing = document.implementation.createHTMLDocument("");
    parsing.documentElement.removeChild(parsing.body);
    mountWhenBodyExists(factory)({ ...context, window: { document: parsing } as never });
    parsing.dispatchEvent(new Event("DOMContentLoaded"));
    parsing.dispatchEvent(new Event("DOMContentLoaded"));
    expect(factory).toHaveBeenCalledTimes(1);

    document.body.innerHTML = '<div id="d" data-consent-declaration></div>';
    vi.spyOn(document, "readyState", "get").mockReturnValue("loading");
    const log: string[] = [];
    instance({}, { ui: () => recordingUi(log), integrations: [wirePage] });
    const gone: string[] = [];
    instance({}, { ui: () => recordingUi(gone), integrations: [wirePage] }).api.destroy();
    document.dispatchEvent(new Event("DOMContentLoaded"));
    document.dispatchEvent(new Event("DOMContentLoaded"));
    expect(log).toEqual(["declaration d"]);
    expect(gone).toEqual(["destroy"]);
  });

  it("the page conventions need a page: without a window they do nothing", () => {
    const { context } = instance();
    expect(wirePage({ ...context, window: undefined })).toBeUndefined();
  });
});

describe("the UI loads only when there is something to show (issue 12)", () => {
  function lazy(config: Record<string, unknown> = {}) {
    const log: string[] = [];
    const asked: (string | undefined)[] = [];
    let fail = false;
    const ui = lazyUi((_context, call) => {
      asked.push(call);
      return fail ? Promise.reject(new Error("offline")) : Promise.resolve(() => recordingUi(log));
    });
    const made = instance(config, { ui });
    return { ...made, log, asked, failNext: () => (fail = true) };
  }

  it("a first visit where something needs consent loads it at once, and the UI draws its banner itself", async () => {
    const { asked, log } = lazy({ banner: "always" });
    expect(asked).toEqual([undefined]);
    await settle();
    expect(log).toEqual([]);
  });

  it("nothing needs consent (banner auto): nothing loads until an optional category is asked for", async () => {
    const { context, asked } = lazy({});
    expect(asked).toEqual([]);
    context.store.bus.emit("optional", undefined as never);
    expect(asked).toEqual([undefined]);
  });

  it("after a decision nothing loads; open() loads it, and calls made meanwhile run in order once it is up", async () => {
    const { api, asked, log } = lazy({});
    api.acceptAll();
    expect(asked).toEqual([]);
    api.close();
    expect(asked).toEqual([]);
    api.open();
    api.show();
    api.renderDeclaration(Object.assign(document.createElement("div"), { id: "table" }));
    expect(asked).toEqual(["open"]);
    await settle();
    expect(log).toEqual(["open", "show", "declaration table"]);
    api.close();
    expect(log).toEqual(["open", "show", "declaration table", "close"]);
    api.destroy();
    expect(log.at(-1)).toBe("destroy");
  });

  it("a reset back to undecided (banner always) loads it; a decision while it is needed does not load it twice", async () => {
    const { api, asked } = lazy({ banner: "always" });
    api.acceptAll();
    api.reset();
    expect(asked).toEqual([undefined]);
  });

  it("a returning visitor loads no UI; withdrawing the choice (reset) brings it back (banner always)", async () => {
    const storage = createMemoryStorage();
    instance({ banner: "always" }, { environment: { storage } }).api.acceptAll();
    const asked: (string | undefined)[] = [];
    const ui = lazyUi((_context, call) => (asked.push(call), Promise.resolve(() => recordingUi([]))));
    const { api } = instance({ banner: "always" }, { ui, environment: { storage } });
    expect(api.state().decided).toBe(true);
    expect(asked).toEqual([]);
    api.reset();
    expect(asked).toEqual([undefined]);
  });

  it("a UI that cannot load is an error event; destroyed before it arrives, nothing is mounted", async () => {
    const failing = lazy({});
    failing.failNext();
    failing.api.open();
    await settle();
    expect(failing.errors).toEqual([{ source: "ui", error: new Error("offline") }]);

    const late = lazy({});
    late.api.open();
    late.api.destroy();
    await settle();
    expect(late.log).toEqual([]);
  });
});

describe("the UI waits for <body> (the drop-in runs in <head>)", () => {
  it("mounts at once when there is a body, else on DOMContentLoaded, running calls made meanwhile in order", () => {
    const log: string[] = [];
    const factory = vi.fn(() => recordingUi(log));
    const { context } = instance();
    mountWhenBodyExists(factory)(context).open();
    expect(log).toEqual(["open"]);

    log.length = 0;
    const parsing = document.implementation.createHTMLDocument("");
    parsing.documentElement.removeChild(parsing.body);
    const waiting = mountWhenBodyExists(factory)({ ...context, window: { document: parsing } as never });
    waiting.open();
    waiting.show();
    waiting.renderDeclaration(Object.assign(document.createElement("div"), { id: "d" }));
    waiting.close();
    expect(log).toEqual([]);
    parsing.dispatchEvent(new Event("DOMContentLoaded"));
    expect(log).toEqual(["open", "show", "declaration d", "close"]);
    waiting.open();
    expect(log.at(-1)).toBe("open");
    waiting.destroy!();
    expect(log.at(-1)).toBe("destroy");
  });

  it("without a window it mounts at once; destroyed before the body exists, it never mounts", () => {
    const factory = vi.fn(() => recordingUi([]));
    const { context } = instance();
    mountWhenBodyExists(factory)({ ...context, window: undefined });
    expect(factory).toHaveBeenCalledTimes(1);
    const parsing = document.implementation.createHTMLDocument("");
    parsing.documentElement.removeChild(parsing.body);
    const controller = new AbortController();
    const part = mountWhenBodyExists(factory)({ ...context, window: { document: parsing } as never, signal: controller.signal });
    part.destroy!();
    controller.abort();
    parsing.dispatchEvent(new Event("DOMContentLoaded"));
    expect(factory).toHaveBeenCalledTimes(1);
  });
});

describe("the visitor's language file (issue 10)", () => {
  it("a bundled language the config lacks is loaded from beside the drop-in and becomes the instance's own", async () => {
    document.documentElement.lang = "fr";
    const { context } = instance({ language: "auto" });
    const strings = { banner: { title: "Cookies ?" } };
    const load = vi.fn((_url: string) => Promise.resolve({ default: strings as never }));
    await loadLocale(load, "https://cdn.example/consentry.js")(context);
    expect(load).toHaveBeenCalledWith("https://cdn.example/consentry.locale.fr.mjs");
    expect(context.config.translations.fr).toBe(strings);
  });

  it("English, a language the config carries inline, and a language not bundled load nothing", () => {
    const load = vi.fn(() => Promise.resolve({ default: {} as never }));
    vi.spyOn(navigator, "languages", "get").mockReturnValue([]);
    document.documentElement.lang = "en";
    expect(loadLocale(load, undefined)(instance({ language: "auto" }).context)).toBeUndefined();
    document.documentElement.lang = "de";
    expect(loadLocale(load, undefined)(instance({ language: "auto", translations: { de: { title: "Kekse" } } }).context)).toBeUndefined();
    document.documentElement.lang = "tlh";
    expect(loadLocale(load, undefined)(instance({ language: "auto" }).context)).toBeUndefined();
    expect(load).not.toHaveBeenCalled();
  });

  it("a language file that fails is an error event naming it, and the UI goes on in English", async () => {
    document.documentElement.lang = "pt-BR";
    const { context, errors } = instance({ language: "auto" });
    await loadLocale(() => Promise.reject(new Error("404")), undefined)(context);
    expect(errors).toEqual([{ source: "locale:pt-BR", error: new Error("404") }]);
    expect(context.config.translations["pt-BR"]).toBeUndefined();
  });

  it("the bundled list is every language file in src/ui/locales but English", () => {
    expect(BUNDLED_LANGUAGES).toHaveLength(28);
    expect(BUNDLED_LANGUAGES).not.toContain("en");
    expect(BUNDLED_LANGUAGES).toEqual(expect.arrayContaining(["bg", "fr", "pt-BR", "zh-Hans", "zh-Hant"]));
  });
});

describe("page conventions (DESIGN 3, issue 9)", () => {
  function wired(readyState: DocumentReadyState = "complete") {
    const log: string[] = [];
    vi.spyOn(document, "readyState", "get").mockReturnValue(readyState);
    const made = instance({}, { ui: () => recordingUi(log), integrations: [wirePage] });
    return { ...made, log };
  }

  it("a click on or inside any [data-consent-open] opens the dialog instead of following the link, even added late", () => {
    const { log } = wired();
    document.body.innerHTML = '<a href="#x" data-consent-open><span id="inner">Cookie settings</span></a><a id="other" href="#y">Other</a>';
    const click = new MouseEvent("click", { bubbles: true, cancelable: true });
    document.getElementById("inner")!.dispatchEvent(click);
    expect(log).toEqual(["open"]);
    expect(click.defaultPrevented).toBe(true);
    const other = new MouseEvent("click", { bubbles: true, cancelable: true });
    document.getElementById("other")!.dispatchEvent(other);
    expect(other.defaultPrevented).toBe(false);
    document.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(log).toEqual(["open"]);
  });

  it("declarations and inline preferences are filled once the document is parsed, and not after destroy", async () => {
    document.body.innerHTML = '<div id="d1" data-consent-declaration></div><div id="p1" data-consent-preferences></div>';
    const { log } = wired();
    expect(log).toEqual([]);
    await settle();
    expect(log).toEqual(["declaration d1", "declaration p1 preferences"]);

    const loading = wired("loading");
    await settle();
    expect(loading.log).toEqual([]);
    document.dispatchEvent(new Event("DOMContentLoaded"));
    expect(loading.log).toEqual(["declaration d1", "declaration p1 preferences"]);

    const destroyed = wired();
    destroyed.api.destroy();
    await settle();
    expect(destroyed.log).toEqual(["destroy"]);
    document.body.querySelector("div")!.dispatchEvent(new MouseEvent("click", { bubbles: true }));
  });

  it("after destroy a [data-consent-open] click is the page's own again", () => {
    const { api, log } = wired();
    api.destroy();
    document.body.innerHTML = '<button id="b" data-consent-open>Cookies</button>';
    const click = new MouseEvent("click", { bubbles: true, cancelable: true });
    document.getElementById("b")!.dispatchEvent(click);
    expect(log).toEqual(["destroy"]);
    expect(click.defaultPrevented).toBe(false);
  });
});

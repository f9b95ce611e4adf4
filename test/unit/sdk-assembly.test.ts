// How an instance is put together (src/api.ts) and how the vendor integrations load their scripts (src/integrations),
// on stand-in pages: what a site owner's page code sees through the API, and what lands in the page's <head>.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createConsentApi, type ConsentContext, type Integration, type Loader, type UiPart } from "../../src/api";
import { createMemoryStorage, type PageWindow } from "../../src/core/storage";
import type { ConsentErrorEvent } from "../../src/core/store";
import { consentModeIntegration } from "../../src/integrations/google-consent-mode";
import { createPosthogLoader, posthogIntegration, type PostHogLike } from "../../src/integrations/posthog";
import { posthogSection } from "../../src/integrations/posthog-config";
import { withSection } from "../../src/integrations/section";
import { injectScript } from "../../src/integrations/script";

afterEach(() => vi.restoreAllMocks());

/** A page with just enough of a document for injectScript: every script appended lands in `scripts`. */
function page(extra: Record<string, unknown> = {}) {
  const scripts: Record<string, unknown>[] = [];
  const win = {
    document: { cookie: "", createElement: () => ({}), head: { append: (script: Record<string, unknown>) => void scripts.push(script) } },
    location: { protocol: "https:", hostname: "shop.example", pathname: "/" },
    navigator: {},
    ...extra,
  } as unknown as PageWindow;
  /** Fires the latest script's onload (or onerror). */
  const finish = (ok = true) => (scripts.at(-1)![ok ? "onload" : "onerror"] as () => void)();
  return { win, scripts, finish };
}

const tick = () => new Promise((done) => setTimeout(done, 0));

function headless(config: Record<string, unknown> = {}, parts: Parameters<typeof createConsentApi>[1] = {}) {
  const errors: ConsentErrorEvent[] = [];
  const api = createConsentApi(config, { environment: { storage: createMemoryStorage() }, ...parts });
  api.on("error", (event) => void errors.push(event));
  return { api, errors };
}

describe("injecting a vendor script (X-05, X-06)", () => {
  it("carries the nonce, and with integrity asks for CORS; it resolves on load", async () => {
    const { win, scripts, finish } = page();
    const loaded = injectScript(win, "https://cdn.example/a.js", { nonce: "n0nce", integrity: "sha384-abc" });
    expect(scripts).toEqual([expect.objectContaining({ src: "https://cdn.example/a.js", nonce: "n0nce", integrity: "sha384-abc", crossOrigin: "anonymous" })]);
    finish();
    await expect(loaded).resolves.toBeUndefined();
  });

  it("without a nonce or integrity it sets neither; a script that fails rejects, naming it", async () => {
    const { win, scripts, finish } = page();
    const failed = injectScript(win, "https://cdn.example/b.js");
    expect(Object.keys(scripts[0]!).sort()).toEqual(["onerror", "onload", "src"]);
    finish(false);
    await expect(failed).rejects.toThrow("consentry: https://cdn.example/b.js failed to load");
  });
});

describe("Google's tag through Consent Mode (G-07)", () => {
  function consentMode(settings: Parameters<typeof consentModeIntegration>[0], extra: Record<string, unknown> = {}) {
    const { win, scripts, finish } = page({ ...extra });
    const registered: Loader[] = [];
    const { api, errors } = headless({}, {
      window: win,
      nonce: "abc",
      integrations: [(context) => consentModeIntegration(settings)({ ...context, api: { ...context.api, register: (loader: Loader) => (registered.push(loader), () => {}) } })],
    });
    const dataLayer = () => ((win as unknown as { dataLayer: ArrayLike<unknown>[] }).dataLayer ?? []).map((entry) => (entry ? Array.from(entry) : []));
    return { api, errors, registered, scripts, finish, dataLayer };
  }

  it("basic mode: the tag is a gated loader in its category; on load it configures the tag id and loads gtag.js with the nonce", async () => {
    const { registered, scripts, dataLayer } = consentMode({ tagId: "G-123", category: "marketing" });
    expect(registered.map((loader) => [loader.id, loader.category])).toEqual([["google-tag", "marketing"]]);
    expect(scripts).toEqual([]);
    void registered[0]!.load();
    expect(dataLayer().slice(-2).map((entry) => entry.slice(0, 2))).toEqual([["js", expect.any(Date)], ["config", "G-123"]]);
    expect(scripts).toEqual([expect.objectContaining({ src: "https://www.googletagmanager.com/gtag/js?id=G-123", nonce: "abc" })]);
  });

  it("a tagUrl alone is loaded as it is, with no config call; the category defaults to analytics", () => {
    const { registered, scripts, dataLayer } = consentMode({ tagUrl: "https://tags.example/gtm.js" });
    expect(registered[0]!.category).toBe("analytics");
    const before = dataLayer().length;
    void registered[0]!.load();
    expect(dataLayer()).toHaveLength(before);
    expect(scripts[0]).toMatchObject({ src: "https://tags.example/gtm.js" });
  });

  it("without a tag nothing is registered", () => {
    expect(consentMode({}).registered).toEqual([]);
  });

  it("advanced mode loads the tag at once, says so, and a failed load is an error event", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { registered, scripts, finish, errors } = consentMode({ tagId: "G-9", advanced: true });
    expect(registered).toEqual([]);
    expect(warn).toHaveBeenCalledWith("consentry: googleConsentMode.advanced loads Google's tag before consent");
    expect(scripts).toHaveLength(1);
    finish(false);
    await tick();
    expect(errors).toEqual([{ source: "google-tag", error: new Error("consentry: https://www.googletagmanager.com/gtag/js?id=G-9 failed to load") }]);
  });

  it("the default carries wait_for_update (500 unless set, none at 0), regions, redaction and passthrough when asked", () => {
    const defaults = (settings: Parameters<typeof consentModeIntegration>[0]) =>
      consentMode(settings).dataLayer().filter((entry) => entry[0] != "consent" || entry[1] == "default");
    expect(defaults({})).toEqual([["consent", "default", expect.objectContaining({ wait_for_update: 500, security_storage: "granted", ad_storage: "denied" })]]);
    expect(defaults({ waitForUpdate: 0 })[0]![2]).not.toHaveProperty("wait_for_update");
    expect(defaults({ waitForUpdate: 1200, regions: ["DE", "FR"] })[0]![2]).toMatchObject({ wait_for_update: 1200, region: ["DE", "FR"] });
    expect(defaults({ regions: undefined })[0]![2]).not.toHaveProperty("region");
    expect(defaults({ adsDataRedaction: true, urlPassthrough: true }).slice(1)).toEqual([
      ["set", "ads_data_redaction", true],
      ["set", "url_passthrough", true],
    ]);
  });

  it("a page that already holds this very default (the head snippet's) gets no second one; a different one is followed by ours", () => {
    const values = consentMode({}).dataLayer()[0]![2];
    const same = consentMode({}, { dataLayer: [["consent", "default", values]] });
    expect(same.dataLayer().filter((entry) => entry[1] == "default")).toHaveLength(1);
    const other = consentMode({}, { dataLayer: [null, ["consent", "default", { ad_storage: "granted" }]] });
    expect(other.dataLayer().filter((entry) => entry?.[1] == "default")).toHaveLength(2);
  });
});

describe("PostHog's script (P-03, X-05)", () => {
  function fakePosthog() {
    const calls: string[] = [];
    const instance: PostHogLike = {
      init: vi.fn((_key: string, options: Record<string, unknown>) => (calls.push(`init ${JSON.stringify(Object.keys(options))}`), instance)),
      opt_in_capturing: () => void calls.push("opt_in"),
      opt_out_capturing: () => void calls.push("opt_out"),
      reset: () => void calls.push("reset"),
    } as unknown as PostHogLike;
    return { instance, calls };
  }

  it("without an instance, array.js comes from the asset host of apiHost, with the nonce; then init runs on the loaded global", async () => {
    const { win, scripts, finish } = page({ localStorage: { length: 0 }, sessionStorage: { length: 0 } });
    const { instance } = fakePosthog();
    const loader = createPosthogLoader({ apiKey: "phc_1", apiHost: "https://us.i.posthog.com", nonce: "n", window: win });
    const loading = loader.load();
    expect(scripts[0]).toMatchObject({ src: "https://us-assets.i.posthog.com/static/array.js", nonce: "n" });
    (win as { posthog?: PostHogLike }).posthog = instance;
    finish();
    await loading;
    expect(instance.init).toHaveBeenCalledWith("phc_1", expect.objectContaining({ api_host: "https://us.i.posthog.com" }));
    const options = (instance.init as ReturnType<typeof vi.fn>).mock.calls[0]![1] as { prepare_external_dependency_script(script: object): object };
    expect(options.prepare_external_dependency_script({})).toEqual({ nonce: "n" });
  });

  it("the EU host is the default, a scriptUrl wins, and without a nonce PostHog's own scripts are left alone", async () => {
    const eu = page();
    void createPosthogLoader({ apiKey: "k", window: eu.win }).load();
    expect(eu.scripts[0]).toMatchObject({ src: "https://eu-assets.i.posthog.com/static/array.js" });
    const own = page();
    const { instance } = fakePosthog();
    const loading = createPosthogLoader({ apiKey: "k", scriptUrl: "https://self.example/ph.js", window: own.win }).load();
    expect(own.scripts[0]).toMatchObject({ src: "https://self.example/ph.js" });
    (own.win as { posthog?: PostHogLike }).posthog = instance;
    own.finish();
    await loading;
    expect((instance.init as ReturnType<typeof vi.fn>).mock.calls[0]![1]).not.toHaveProperty("prepare_external_dependency_script");
  });

  it("a script that fails can be loaded again on the next grant", async () => {
    const { win, scripts, finish } = page();
    const loader = createPosthogLoader({ apiKey: "k", window: win });
    const first = loader.load();
    finish(false);
    await expect(first).rejects.toThrow(/failed to load/);
    void loader.load();
    expect(scripts).toHaveLength(2);
  });

  it("in the config: the necessary category is refused, the loader is registered with the page's nonce and cookie domain", () => {
    const registered: Loader[] = [];
    // With its config section, as createConsent and the drop-in pair them (withSection).
    const capture: Integration = withSection(
      (context) => posthogIntegration({ ...context, api: { ...context.api, register: (loader: Loader) => (registered.push(loader), () => {}) } }),
      posthogSection,
    );
    const { errors } = headless({ posthog: { apiKey: "k", category: "necessary" } }, { window: page().win, integrations: [capture] });
    expect(errors).toEqual([expect.objectContaining({ source: "posthog" })]);
    expect(registered).toEqual([]);
    headless({ posthog: { apiKey: "k" } }, { window: page().win, integrations: [capture] });
    expect(registered.map((loader) => [loader.id, loader.category])).toEqual([["posthog", "analytics"]]);
    headless({ posthog: { apiKey: "k" } }, { integrations: [capture] });
    expect(registered).toHaveLength(1);
  });
});

describe("the API a page's code sees (DESIGN 4)", () => {
  it("whenGranted runs at once when granted, else on the grant, once; a throwing callback is an error event", () => {
    const { api, errors } = headless({ categories: { analytics: {} } });
    const calls: string[] = [];
    const off = api.whenGranted("analytics", () => void calls.push("analytics"));
    api.whenGranted("marketing", () => {
      throw new Error("boom");
    });
    api.set({ preferences: true });
    expect(calls).toEqual([]);
    api.acceptAll();
    api.rejectAll();
    api.acceptAll();
    expect(calls).toEqual(["analytics"]);
    expect(errors).toEqual([{ source: "whenGranted:marketing", error: new Error("boom") }]);
    off();
    const now: string[] = [];
    api.whenGranted("analytics", () => void now.push("now"))();
    expect(now).toEqual(["now"]);
  });

  it("whenGranted can be cancelled before the grant", () => {
    const { api } = headless();
    const calls: string[] = [];
    api.whenGranted("analytics", () => void calls.push("x"))();
    api.acceptAll();
    expect(calls).toEqual([]);
  });

  it("without a gate, register is an error event and returns a no-op", () => {
    const { api, errors } = headless();
    const off = api.register({ id: "chat", category: "analytics", load: () => {} });
    expect(errors).toEqual([{ source: "register", error: new Error("consentry: no gate (safe mode?)") }]);
    expect(off()).toBeUndefined();
  });

  it("without a UI, open and close are events a site's own UI can follow; show and declarations do nothing", () => {
    const { api } = headless();
    const heard: string[] = [];
    api.on("open", () => void heard.push("open"));
    api.on("close", () => void heard.push("close"));
    api.open();
    api.close();
    api.show();
    api.renderDeclaration({} as Element);
    api.renderPreferences({} as Element);
    expect(heard).toEqual(["open", "close"]);
  });

  it("with a UI, each call goes to it; destroy tears it down, then the integrations' teardowns and the gate", () => {
    const log: string[] = [];
    const ui: UiPart = {
      open: () => void log.push("open"),
      close: () => void log.push("close"),
      show: () => void log.push("show"),
      renderDeclaration: (element, preferences) => void log.push(`${(element as { id: string }).id}${preferences ? " preferences" : ""}`),
      destroy: () => void log.push("ui destroyed"),
    };
    const { api } = headless({}, {
      ui: () => ui,
      gate: () => ({ register: () => () => {}, destroy: () => void log.push("gate destroyed") }),
      integrations: [() => () => void log.push("integration torn down"), () => undefined],
    });
    api.open();
    api.close();
    api.show();
    api.renderDeclaration({ id: "table" } as Element);
    api.renderPreferences({ id: "form" } as Element);
    api.destroy();
    expect(log).toEqual(["open", "close", "show", "table", "form preferences", "integration torn down", "ui destroyed", "gate destroyed"]);
  });

  it("a throwing integration is an error event, and the others still run", () => {
    const ran: string[] = [];
    const { errors } = headless({}, {
      integrations: [
        () => {
          throw new Error("bad integration");
        },
        () => void ran.push("second"),
      ],
    });
    expect(ran).toEqual(["second"]);
    // Errors before the first subscriber are held for it (L-12).
    expect(errors).toEqual([{ source: "integration", error: new Error("bad integration") }]);
  });

  it("GPC: a browser that sends Sec-GPC (globalPrivacyControl) is heard; one that does not, or a page without navigator, is not", () => {
    const withGpc = (navigator: unknown) => {
      const win = { ...page().win, navigator } as unknown as PageWindow;
      return createConsentApi({}, { window: win, environment: { storage: createMemoryStorage() } }).state();
    };
    expect(withGpc({ globalPrivacyControl: true }).gpc).toBe(true);
    expect(withGpc({ globalPrivacyControl: "yes" }).gpc).toBe(false);
    expect(withGpc({}).gpc).toBe(false);
    expect(withGpc(undefined).gpc).toBe(false);
  });

  it("the nonce is the config's, else the drop-in's own", () => {
    let seen: ConsentContext | undefined;
    const grab: Integration = (context) => void (seen = context);
    headless({ nonce: "from-config" }, { nonce: "from-script", integrations: [grab] });
    expect(seen!.nonce).toBe("from-config");
    headless({}, { nonce: "from-script", integrations: [grab] });
    expect(seen!.nonce).toBe("from-script");
  });
});

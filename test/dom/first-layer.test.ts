// The drop-in's first layer (issue 27): a returning visit answers from the consent cookie alone, runs its gated tags and
// Consent Mode's update, and fetches the SDK only when something needs it; what the page did meanwhile goes on there.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ConsentApi } from "../../src/api";
import type { PageWindow } from "../../src/core/storage";
import { firstLayer, type Handover, type StartSdk } from "../../src/page/first-layer";
import { firstState, plainConfig } from "../../src/page/returning";
import { startSdk } from "../../src/page/sdk";

const win = window as unknown as PageWindow;
const RECORD = {
  v: 1,
  id: "0b6c4f1e-8a8e-4f5a-9c1d-2b3e4f5a6b7c",
  revision: 1,
  decidedAt: new Date().toISOString(),
  updatedAt: new Date().toISOString(),
  categories: { preferences: false, analytics: true, marketing: false },
  method: "custom",
  gpc: false,
};
const stored = (record: object = RECORD) => JSON.stringify(record);
const setCookie = (value: string, name = "consent") => (document.cookie = `${name}=${encodeURIComponent(value)}; path=/`);

let layer: ConsentApi | undefined;
let handovers: Handover[];
let sdkLoads: number;
let prefetched: string[];

/** The first layer with a stand-in SDK loader that counts loads and starts the real SDK (its UI never needed here). */
function start(config: unknown) {
  const loadSdk = (): Promise<StartSdk> => {
    sdkLoads++;
    return Promise.resolve((handover) => (handovers.push(handover), startSdk(config, null, handover)));
  };
  const [api, need] = firstLayer(config, win, loadSdk, undefined, (...names) => void prefetched.push(...names));
  layer = api;
  return { api, need };
}

beforeEach(() => {
  handovers = [];
  sdkLoads = 0;
  prefetched = [];
});

afterEach(() => {
  layer?.destroy();
  layer = undefined;
  for (const name of document.cookie.split("; ").map((pair) => pair.split("=")[0])) if (name) document.cookie = `${name}=; path=/; max-age=0`;
  localStorage.clear();
  document.body.replaceChildren();
  delete (window as { dataLayer?: unknown }).dataLayer;
  delete (window as { gtag?: unknown }).gtag;
  vi.restoreAllMocks();
});

describe("what the returning path reads (issue 27, DESIGN 5)", () => {
  it("X-07: a tampered cookie whose date has no text form, or a config mode with none, is no decision and throws nothing at the page", () => {
    for (const key of ["decidedAt", "updatedAt"]) {
      setCookie(stored({ ...RECORD, [key]: { toString: "" } }));
      expect(() => start({}), key).not.toThrow();
      expect(layer!.state().decided, key).toBe(false);
      expect(layer!.granted("analytics"), key).toBe(false);
      layer!.destroy();
    }
    // The SDK is fetched to settle it, as for any record that does not hold.
    expect(sdkLoads).toBe(2);
    expect(() => plainConfig({ mode: Object.create(null) })).not.toThrow();
    expect(plainConfig({ mode: Object.create(null) })).toBeUndefined();
  });

  it("reads the fields it needs with the schema's defaults, and leaves any it cannot read to the SDK's full check", () => {
    expect(plainConfig({})).toMatchObject({ revision: 1, mode: "opt-in", gpc: true, cookie: { name: "consent", expiresDays: 365 } });
    for (const bad of [null, [], "x", { revision: "2" }, { revision: -1 }, { mode: "maybe" }, { gpc: "yes" }, { cookie: { name: "a b" } }, { cookie: { expiresDays: 500 } }, { categories: { Bad: {} } }, { categories: { support: 1 } }]) {
      expect(plainConfig(bad)).toBeUndefined();
    }
  });

  it("S-01, L-13: a valid, current cookie is a decision; a new revision, a duplicate cookie or a tampered one is not", () => {
    setCookie(stored());
    expect(firstState(plainConfig({})!, win).state).toMatchObject({ decided: true, categories: { analytics: true, marketing: false } });
    expect(firstState(plainConfig({ revision: 2 })!, win).state.decided).toBe(false);
    expect(firstState(plainConfig({ categories: { support: {} } })!, win).state.decided).toBe(false);
    setCookie(stored({ ...RECORD, categories: { analytics: "yes" } }));
    expect(firstState(plainConfig({})!, win).state).toMatchObject({ decided: false, categories: { analytics: false } });
  });

  it("L-17: a GPC signal that overrides a stored yes to marketing is the store's to record, so it is no decision here", () => {
    setCookie(stored({ ...RECORD, categories: { preferences: true, analytics: true, marketing: true } }));
    Object.defineProperty(navigator, "globalPrivacyControl", { value: true, configurable: true });
    try {
      expect(firstState(plainConfig({})!, win).state.decided).toBe(false);
      expect(firstState(plainConfig({ gpc: false })!, win).state.decided).toBe(true);
    } finally {
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
    }
  });
});

describe("the first layer (issue 27)", () => {
  it("a returning visit answers granted(), state() and ready at once, runs its granted tags, and fetches no SDK", async () => {
    setCookie(stored());
    localStorage.setItem("consent", stored());
    document.body.innerHTML = `<script type="text/plain" data-consent="analytics" id="granted">1</script>
      <script type="text/plain" data-consent="marketing" id="denied">2</script>`;
    const { api } = start({});
    const heard: unknown[] = [];
    api.on("ready", (state) => heard.push(state.decided));
    expect(api.granted("analytics")).toBe(true);
    expect(api.granted("marketing")).toBe(false);
    expect(heard).toEqual([true]);
    // Swapped for a live copy (which the browser runs), or left waiting.
    expect([document.getElementById("granted")!.getAttribute("type"), document.getElementById("denied")!.getAttribute("type")]).toEqual([null, "text/plain"]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sdkLoads).toBe(0);
  });

  it("G-02, G-03: Consent Mode's default, then the stored decision's update, pushed at once; the SDK does not repeat it (G-04)", async () => {
    setCookie(stored());
    const { api, need } = start({ googleConsentMode: {} });
    const consent = () => ((window as { dataLayer?: IArguments[] }).dataLayer ?? []).map((entry) => [...entry].slice(0, 2).join(" "));
    expect(consent()).toEqual(["consent default", "consent update"]);
    expect(api.granted("analytics")).toBe(true);
    await need();
    expect(consent()).toEqual(["consent default", "consent update"]);
  });

  it("a first visit fetches the SDK at once with the banner beside it; ready waits for the SDK", async () => {
    const { api, need } = start({ categories: { analytics: { cookies: ["_ga"] } } });
    const heard: boolean[] = [];
    api.on("ready", (state) => heard.push(state.decided));
    expect(sdkLoads).toBe(1);
    expect(prefetched).toEqual(["banner"]);
    expect(api.state().decided).toBe(false);
    expect(heard).toEqual([]);
    await need();
    expect(heard).toEqual([false]);
  });

  it("an action runs once the SDK is here, in order, and the page's listeners hear it there", async () => {
    setCookie(stored());
    localStorage.setItem("consent", stored());
    const { api, need } = start({});
    const changes: string[][] = [];
    const off = api.on("change", (event) => changes.push([...event.granted]));
    api.set({ marketing: true });
    api.open();
    expect(prefetched).toEqual(["banner", "dialog"]);
    await need();
    expect(changes).toEqual([["marketing"]]);
    expect(api.granted("marketing")).toBe(true);
    off();
    api.rejectAll();
    expect(changes).toHaveLength(1);
  });

  it("S-05: another tab's decision brings the SDK, and the page hears it as a remote change", async () => {
    setCookie(stored());
    localStorage.setItem("consent", stored());
    const { api, need } = start({});
    const heard: unknown[] = [];
    api.on("change", (event) => heard.push([event.revoked, event.remote]));
    const newer = stored({ ...RECORD, categories: { preferences: false, analytics: false, marketing: false }, updatedAt: new Date(Date.now() + 1000).toISOString() });
    setCookie(newer);
    localStorage.setItem("consent", newer);
    window.dispatchEvent(new StorageEvent("storage", { key: "consent", newValue: newer }));
    expect(sdkLoads).toBe(1);
    await need();
    expect(heard).toEqual([[["analytics"], true]]);
    expect(api.granted("analytics")).toBe(false);
  });

  it("S-01 as amended: at pagehide a missing localStorage copy is written from the cookie, without the SDK", () => {
    setCookie(stored());
    start({});
    window.dispatchEvent(new Event("pagehide"));
    expect(localStorage.getItem("consent")).toBe(stored());
    expect(sdkLoads).toBe(0);
  });

  it("S-01 as amended: a newer valid localStorage copy is the store's to reconcile, so the SDK comes", async () => {
    setCookie(stored());
    const newer = stored({ ...RECORD, updatedAt: new Date(Date.now() + 1000).toISOString(), categories: { preferences: true, analytics: true, marketing: true } });
    localStorage.setItem("consent", newer);
    const { api, need } = start({});
    window.dispatchEvent(new Event("pagehide"));
    expect(sdkLoads).toBe(1);
    await need();
    expect(api.granted("marketing")).toBe(true);
    expect(document.cookie).toContain(encodeURIComponent(newer).slice(0, 40));
  });

  it("a denied iframe, a declaration or a bad condition on the page is the SDK's; a loader is the gate's", async () => {
    // The SDK's gate reports the bad conditions; that is its business, not this test's.
    vi.spyOn(console, "error").mockImplementation(() => {});
    for (const body of [
      `<iframe data-consent="marketing" data-src="/map.html"></iframe>`,
      `<div data-consent-declaration></div>`,
      `<script type="text/plain" data-consent="analytics &&">x</script>`,
      `<script type="text/plain" data-consent="unknown">x</script>`,
    ]) {
      setCookie(stored());
      localStorage.setItem("consent", stored());
      document.body.innerHTML = body;
      sdkLoads = 0;
      start({});
      expect(sdkLoads, body).toBe(1);
      layer!.destroy();
      layer = undefined;
    }
    setCookie(stored());
    sdkLoads = 0;
    const { api, need } = start({});
    const load = vi.fn();
    api.register({ id: "mine", category: "analytics", load });
    expect(sdkLoads).toBe(1);
    await need();
    expect(load).toHaveBeenCalledTimes(1);
    expect(handovers.at(-1)!.handed.map((entry) => entry.call[0])).toEqual(["register"]);
  });

  it("a vendor section whose category is granted starts the SDK at once (its loader is the gate's)", () => {
    setCookie(stored());
    start({ posthog: { apiKey: "phc_x", apiHost: "https://eu.i.posthog.com" } });
    expect(sdkLoads).toBe(1);
  });

  it("L-12: an SDK that cannot load reaches the page's error listeners, and nothing is granted", async () => {
    const [api, need] = firstLayer({}, win, () => Promise.reject(new Error("consentry.sdk.mjs did not load")), undefined, () => {});
    layer = api;
    vi.spyOn(console, "error").mockImplementation(() => {});
    const errors: string[] = [];
    api.on("error", (event) => errors.push(`${event.source}: ${(event.error as Error).message}`));
    await need().catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(errors).toEqual(["sdk: consentry.sdk.mjs did not load"]);
    expect(api.granted("analytics")).toBe(false);
  });
});

describe("the first layer's edges (issue 27)", () => {
  const returning = () => {
    setCookie(stored());
    localStorage.setItem("consent", stored());
  };

  it("G-02: a page gtag that throws brings the SDK at once, which reports it; without Consent Mode the dataLayer is left alone", async () => {
    returning();
    (window as { gtag?: unknown }).gtag = () => {
      throw new Error("broken gtag");
    };
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { api, need } = start({ googleConsentMode: {} });
    expect(sdkLoads).toBe(1);
    const errors: string[] = [];
    api.on("error", (event) => errors.push(event.source));
    await need();
    expect(errors).toContain("integration");
    layer!.destroy();
    delete (window as { gtag?: unknown }).gtag;
    delete (window as { dataLayer?: unknown }).dataLayer;
    start({});
    expect((window as { dataLayer?: unknown }).dataLayer).toBeUndefined();
  });

  it("a vendor section brings the SDK only when something is granted; a returning refusal stays light", () => {
    for (const config of [{ services: { plausible: {} } }, { googleConsentMode: { tagId: "G-1" } }, { googleConsentMode: { tagUrl: "https://t.example/x.js" } }, { googleConsentMode: { advanced: true } }]) {
      returning();
      sdkLoads = 0;
      start(config);
      expect(sdkLoads, JSON.stringify(config)).toBe(1);
      layer!.destroy();
      const refused = stored({ ...RECORD, categories: { preferences: false, analytics: false, marketing: false } });
      setCookie(refused);
      localStorage.setItem("consent", refused);
      sdkLoads = 0;
      start(config);
      expect(sdkLoads, JSON.stringify(config)).toBe(0);
      layer!.destroy();
    }
    layer = undefined;
  });

  it("an allowed iframe is loaded here (shown, its src set once); the footer link brings the SDK and opens", async () => {
    returning();
    document.body.innerHTML = `<iframe data-consent="analytics" data-src="about:blank#map" hidden></iframe><a href="#" data-consent-open><span>Cookie settings</span></a>`;
    const { api } = start({});
    const frame = document.querySelector("iframe")!;
    expect([frame.hidden, frame.getAttribute("src")]).toEqual([false, "about:blank#map"]);
    expect(sdkLoads).toBe(0);
    const opened = vi.fn();
    api.on("open", opened);
    const click = new MouseEvent("click", { bubbles: true, cancelable: true });
    document.querySelector("span")!.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(sdkLoads).toBe(1);
    expect(prefetched).toEqual(["banner", "dialog"]);
    document.body.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(sdkLoads).toBe(1);
  });

  it("S-05: another key's storage event is not ours, a cleared storage is; with cookie.domain a changed cookie on return is", () => {
    returning();
    start({});
    window.dispatchEvent(new StorageEvent("storage", { key: "other" }));
    expect(sdkLoads).toBe(0);
    window.dispatchEvent(new StorageEvent("storage", { key: null }));
    expect(sdkLoads).toBe(1);
    layer!.destroy();

    returning();
    sdkLoads = 0;
    start({ cookie: { domain: "localhost" } });
    document.dispatchEvent(new Event("visibilitychange"));
    expect(sdkLoads).toBe(0);
    setCookie(stored({ ...RECORD, updatedAt: new Date(Date.now() + 5000).toISOString() }));
    document.dispatchEvent(new Event("visibilitychange"));
    expect(sdkLoads).toBe(1);
  });

  it("a consent-log queue left in localStorage is the SDK's to send; an older or invalid copy is repaired here", () => {
    returning();
    localStorage.setItem("consentry-log", '["{}"]');
    start({ log: { endpoint: "/consent-log" } });
    window.dispatchEvent(new Event("pagehide"));
    expect(sdkLoads).toBe(1);
    layer!.destroy();
    localStorage.clear();

    for (const copy of ["not json", stored({ ...RECORD, updatedAt: new Date(Date.now() - 60_000).toISOString() })]) {
      setCookie(stored());
      localStorage.setItem("consent", copy);
      sdkLoads = 0;
      start({});
      window.dispatchEvent(new Event("pagehide"));
      window.dispatchEvent(new Event("pagehide"));
      expect([sdkLoads, localStorage.getItem("consent")]).toEqual([0, stored()]);
      layer!.destroy();
    }
    layer = undefined;
  });

  it("close() needs no SDK, storage says where the record is, destroy() stops listening, whenGranted waits for a grant", async () => {
    returning();
    const { api } = start({});
    api.close();
    expect(sdkLoads).toBe(0);
    expect(api.storage).toBe("cookie+local");
    const ran: string[] = [];
    api.whenGranted("analytics", () => ran.push("analytics"));
    const off = api.whenGranted("marketing", () => ran.push("marketing"));
    const cancelled = api.on("change", () => ran.push("cancelled listener"));
    cancelled();
    expect(ran).toEqual(["analytics"]);
    expect("setRegion" in api).toBe(false);
    api.set({ marketing: true });
    await vi.waitFor(() => expect(ran).toEqual(["analytics", "marketing"]));
    off();
    layer!.destroy();
    layer = undefined;

    returning();
    sdkLoads = 0;
    const second = start({});
    second.api.destroy();
    window.dispatchEvent(new StorageEvent("storage", { key: "consent" }));
    window.dispatchEvent(new Event("pagehide"));
    expect(sdkLoads).toBe(0);
    layer = undefined;
  });

  it("whenGranted before the SDK is held by the SDK, whatever the category is called (a category named like an event)", async () => {
    setCookie(stored({ ...RECORD, categories: { ...RECORD.categories, ready: false } }));
    const { api } = start({ categories: { ready: {} } });
    expect(api.state().decided).toBe(true);
    const ran: string[] = [];
    api.whenGranted("ready", () => ran.push("ready"));
    expect(ran).toEqual([]);
    api.set({ ready: true });
    await vi.waitFor(() => expect(ran).toEqual(["ready"]));
  });

  it("issue 29: with regions the SDK comes at once and setRegion waits for it", () => {
    returning();
    const { api } = start({ regions: { "*": { mode: "opt-in" } } });
    expect(sdkLoads).toBe(1);
    expect(typeof (api as ConsentApi & { setRegion?: unknown }).setRegion).toBe("function");
  });
});

describe("the SDK taking over (issue 27, src/page/sdk.ts)", () => {
  const told = (categories: Record<string, boolean>) =>
    ({ decided: true, categories: { necessary: true, ...categories }, id: RECORD.id, revision: 1, decidedAt: RECORD.decidedAt, updatedAt: RECORD.updatedAt, method: "custom", gpc: false }) as const;

  it("ready is not heard twice; a decision that changed meanwhile is one remote change naming what was granted and revoked", () => {
    setCookie(stored());
    localStorage.setItem("consent", stored());
    const heard: unknown[] = [];
    const handover: Handover = {
      told: told({ preferences: true, analytics: false, marketing: false }),
      handed: [
        { call: ["on", "ready", (() => heard.push("ready")) as never] },
        { call: ["on", "change", ((event: { granted: string[]; revoked: string[]; remote: boolean }) => heard.push([event.granted, event.revoked, event.remote])) as never] },
      ],
      errors: [{ source: "tag", error: new Error("consentry: /x.js failed to load") }],
    };
    vi.spyOn(console, "error").mockImplementation(() => {});
    const api = startSdk({}, null, handover) as ConsentApi;
    layer = api;
    expect(heard).toEqual([[["analytics"], ["preferences"], true]]);
    expect(handover.errors).toEqual([]);
    const errors: string[] = [];
    api.on("error", (event) => errors.push(event.source));
    expect(errors).toEqual(["tag"]);
    handover.handed[1]!.off!();
    api.rejectAll();
    expect(heard).toHaveLength(1);
  });

  it("the same decision is no change; without a told state, ready is heard once from the SDK", () => {
    setCookie(stored());
    const heard: unknown[] = [];
    const same: Handover = { told: told({ preferences: false, analytics: true, marketing: false }), handed: [{ call: ["on", "change", (() => heard.push("change")) as never] }], errors: [] };
    layer = startSdk({}, null, same) as ConsentApi;
    expect(heard).toEqual([]);
    layer.destroy();
    const first: Handover = { handed: [{ call: ["on", "ready", ((state: { decided: boolean }) => heard.push(["ready", state.decided])) as never] }], errors: [] };
    layer = startSdk({}, null, first) as ConsentApi;
    expect(heard).toEqual([["ready", true]]);
  });

  it("DESIGN 5: JSON that did not parse is safe mode with one ConfigError naming it; a regions part that cannot load is safe mode too", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const errors: string[] = [];
    const handover: Handover = { handed: [{ call: ["on", "error", ((event: { source: string; error: Error }) => errors.push(`${event.source}: ${event.error.message}`)) as never] }], errors: [] };
    layer = startSdk(new SyntaxError("script[data-consent-config]: expected JSON"), null, handover) as ConsentApi;
    expect(errors).toEqual([expect.stringContaining("config: consentry: invalid config\n  script[data-consent-config]: expected JSON")]);
    layer.acceptAll();
    expect(layer.granted("analytics")).toBe(false);
    layer.destroy();
    errors.length = 0;
    layer = await startSdk({ regions: {} }, null, handover);
    expect(errors).toEqual([expect.stringContaining("regions: ")]);
  });
});

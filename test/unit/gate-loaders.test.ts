// Loaders through the public API: load once on grant, unload on revoke, teardowns before the page hears `change`,
// and one failing loader never stops another.
import { describe, expect, it, vi } from "vitest";
import { createConsentApi, type ConsentApi, type Loader } from "../../src/api";
import type { ConsentConfig } from "../../src/integrations/config";
import { createMemoryStorage } from "../../src/core/storage";
import { createGate } from "../../src/gate/index";

function consent(config: ConsentConfig = {}): { api: ConsentApi; errors: { source: string; error: unknown }[] } {
  const api = createConsentApi(config, { gate: createGate, environment: { storage: createMemoryStorage() } });
  const errors: { source: string; error: unknown }[] = [];
  api.on("error", (event) => void errors.push(event));
  return { api, errors };
}

function spyLoader(id: string, category: string, log: string[], extra: Partial<Loader> = {}): Loader {
  return {
    id,
    category,
    load: () => void log.push(`load ${id}`),
    unload: () => void log.push(`unload ${id}`),
    ...extra,
  };
}

describe("loaders (DESIGN 4)", () => {
  it("nothing loads before consent (L-01), then load runs once on grant", () => {
    const { api } = consent();
    const log: string[] = [];
    api.register(spyLoader("a", "analytics", log));
    expect(log).toEqual([]);
    api.set({ analytics: true });
    api.set({ marketing: true });
    api.acceptAll();
    expect(log).toEqual(["load a"]);
  });

  it("a loader registered while its category is already granted loads at once", () => {
    const { api } = consent();
    api.acceptAll();
    const log: string[] = [];
    api.register(spyLoader("a", "analytics", log));
    expect(log).toEqual(["load a"]);
  });

  it("unload runs on revoke, and a re-grant on the same page loads again (L-11)", () => {
    const { api } = consent();
    const log: string[] = [];
    api.register(spyLoader("a", "analytics", log));
    api.acceptAll();
    api.rejectAll();
    api.rejectAll();
    api.set({ analytics: true });
    expect(log).toEqual(["load a", "unload a", "load a"]);
  });

  it("a loader without unload loads at most once per page, even after revoke and re-grant", () => {
    const { api } = consent();
    const log: string[] = [];
    api.register({ id: "once", category: "analytics", load: () => void log.push("load") });
    api.acceptAll();
    api.rejectAll();
    api.acceptAll();
    expect(log).toEqual(["load"]);
  });

  it("conditions over categories: `analytics && !marketing` follows both", () => {
    const { api } = consent();
    const log: string[] = [];
    api.register(spyLoader("lite", "analytics && !marketing", log));
    api.set({ analytics: true });
    api.set({ marketing: true });
    api.set({ marketing: false });
    expect(log).toEqual(["load lite", "unload lite", "load lite"]);
  });

  it("reset() withdraws everything: unload runs", () => {
    const { api } = consent();
    const log: string[] = [];
    api.register(spyLoader("a", "analytics", log));
    api.acceptAll();
    api.reset();
    expect(log).toEqual(["load a", "unload a"]);
  });

  it("teardowns run before the page's own change listeners (X-09)", () => {
    const { api } = consent();
    const log: string[] = [];
    api.on("change", () => log.push("page listener"));
    api.register(spyLoader("a", "analytics", log));
    api.acceptAll();
    api.rejectAll();
    expect(log).toEqual(["load a", "page listener", "unload a", "page listener"]);
  });

  it("loaders run in registration order; unloads all come before new loads", () => {
    const { api } = consent();
    const log: string[] = [];
    api.register(spyLoader("m", "marketing", log));
    api.register(spyLoader("a1", "analytics", log));
    api.register(spyLoader("a2", "analytics", log));
    api.set({ marketing: true });
    log.length = 0;
    api.set({ marketing: false, analytics: true });
    expect(log).toEqual(["unload m", "load a1", "load a2"]);
  });

  it("a throwing loader emits error and never stops another loader or a teardown (X-09)", async () => {
    const { api, errors } = consent();
    const log: string[] = [];
    const boom = new Error("vendor broke");
    api.register(spyLoader("bad", "analytics", log, { load: () => { throw boom; }, unload: () => { throw boom; } }));
    api.register(spyLoader("rejects", "analytics", log, { load: () => Promise.reject(boom) }));
    api.register(spyLoader("good", "analytics", log));
    api.acceptAll();
    api.rejectAll();
    await Promise.resolve();
    await Promise.resolve();
    expect(log).toEqual(["load good", "unload rejects", "unload good"]);
    expect(errors.map((e) => e.source).sort()).toEqual(["loader:bad", "loader:bad", "loader:rejects"]);
    expect(errors.every((e) => e.error === boom)).toBe(true);
  });

  it("a malformed condition or unknown category never loads and reports an error (fails closed)", () => {
    const { api, errors } = consent();
    const load = vi.fn();
    api.register({ id: "typo", category: "analytcs", load });
    api.register({ id: "broken", category: "analytics &&", load });
    api.acceptAll();
    expect(load).not.toHaveBeenCalled();
    expect(errors.map((e) => e.source)).toEqual(["register:typo", "register:broken"]);
  });

  it("a second loader with the same id is refused, so a double register never loads twice", () => {
    const { api, errors } = consent();
    const log: string[] = [];
    api.register(spyLoader("a", "analytics", log));
    api.register(spyLoader("a", "analytics", log));
    api.acceptAll();
    expect(log).toEqual(["load a"]);
    expect(errors.map((e) => e.source)).toEqual(["register:a"]);
  });

  it("unregistering unloads what it loaded; registering again (SPA remount) loads once more", () => {
    const { api } = consent();
    const log: string[] = [];
    api.acceptAll();
    const off = api.register(spyLoader("a", "analytics", log));
    off();
    off();
    api.register(spyLoader("a", "analytics", log));
    expect(log).toEqual(["load a", "unload a", "load a"]);
  });

  it("a stored grant loads at start, when `ready` fires", () => {
    const storage = createMemoryStorage();
    const first = createConsentApi({}, { gate: createGate, environment: { storage } });
    first.acceptAll();
    const log: string[] = [];
    let readyBeforeLoad = false;
    const second = createConsentApi({}, { gate: createGate, environment: { storage } });
    second.register(spyLoader("a", "analytics", log, { load: () => void (readyBeforeLoad = second.state().decided) }));
    expect(readyBeforeLoad).toBe(true);
  });

  it("an integration that registers before start loads only at `ready`, after the state is known", () => {
    const storage = createMemoryStorage();
    createConsentApi({}, { gate: createGate, environment: { storage } }).acceptAll();
    const log: string[] = [];
    createConsentApi({}, {
      gate: createGate,
      environment: { storage },
      integrations: [
        ({ api }) => {
          api.register(spyLoader("a", "analytics", log));
          log.push("registered");
        },
      ],
    });
    expect(log).toEqual(["registered", "load a"]);
  });
});

// Proof of consent (L-12) with a stand-in fetch and localStorage: each record sent once by the tab that decided,
// unconfirmed ones queued, the queue sent again on the next start, capped, and never trusted blindly.
import { describe, expect, it, vi } from "vitest";
import type { ConsentApi, ConsentContext } from "../../src/api";
import { parseConfig } from "../../src/core/config";
import { createMemoryStorage, type PageWindow } from "../../src/core/storage";
import { createStore } from "../../src/core/store";
import { consentLogIntegration } from "../../src/integrations/consent-log";

function fakePage(answer: () => Promise<{ ok: boolean; status: number }>) {
  const items = new Map<string, string>();
  const localStorage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
  const fetch = vi.fn((_url: string, _init: RequestInit) => answer());
  return { items, fetch, window: { localStorage, fetch } as unknown as PageWindow };
}

function start(page: ReturnType<typeof fakePage>, endpoint: string | null = "/consent-log") {
  const config = parseConfig(endpoint ? { log: { endpoint } } : {});
  const store = createStore(config, { storage: createMemoryStorage() });
  const errors: string[] = [];
  store.bus.on("error", (event) => void errors.push(event.source));
  const context: ConsentContext = {
    store,
    config,
    api: {} as ConsentApi,
    window: page.window,
    signal: new AbortController().signal,
    nonce: undefined,
  };
  consentLogIntegration(context);
  store.start();
  return { store, errors };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("consent log (L-12)", () => {
  it("sends each decision's record once, as JSON, with keepalive, and keeps nothing queued after a 2xx", async () => {
    const page = fakePage(async () => ({ ok: true, status: 204 }));
    const { store } = start(page);
    store.acceptAll();
    store.rejectAll();
    await settle();
    expect(page.fetch).toHaveBeenCalledTimes(2);
    const [url, init] = page.fetch.mock.calls[0]!;
    expect(url).toBe("/consent-log");
    expect(init).toMatchObject({ method: "POST", keepalive: true, credentials: "same-origin" });
    expect(JSON.parse(init.body as string)).toMatchObject({ method: "accept-all", id: store.state().id });
    expect(page.items.size).toBe(0);
  });

  it("a failed send stays queued, is reported, and the next start sends it again", async () => {
    let ok = false;
    const page = fakePage(async () => ({ ok, status: ok ? 200 : 503 }));
    const first = start(page);
    first.store.acceptAll();
    await settle();
    expect(first.errors).toEqual(["log"]);
    const queued = JSON.parse(page.items.get("consentry-log")!);
    expect(queued).toHaveLength(1);

    ok = true;
    page.fetch.mockClear();
    start(page);
    await settle();
    expect(page.fetch).toHaveBeenCalledTimes(1);
    expect(page.fetch.mock.calls[0]![1].body).toBe(queued[0]);
    expect(page.items.has("consentry-log")).toBe(false);
  });

  it("a network error is caught: never thrown at the page", async () => {
    const page = fakePage(() => Promise.reject(new TypeError("Failed to fetch")));
    const { store, errors } = start(page);
    expect(() => store.acceptAll()).not.toThrow();
    await settle();
    expect(errors).toEqual(["log"]);
  });

  it("the queue keeps the latest 20 and ignores what is not a list of strings", async () => {
    const page = fakePage(async () => ({ ok: false, status: 500 }));
    const { store } = start(page);
    for (let i = 0; i < 25; i++) store.set({ analytics: i % 2 === 0 });
    await settle();
    expect(JSON.parse(page.items.get("consentry-log")!)).toHaveLength(20);
    page.items.set("consentry-log", '{"__proto__":{"polluted":true}}');
    page.fetch.mockClear();
    start(page);
    await settle();
    expect(page.fetch).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("without log.endpoint nothing is sent or stored", async () => {
    const page = fakePage(async () => ({ ok: true, status: 204 }));
    start(page, null).store.acceptAll();
    await settle();
    expect(page.fetch).not.toHaveBeenCalled();
    expect(page.items.size).toBe(0);
  });

  it("a queue holding other values sends only its strings; a confirmed send leaves the unconfirmed one queued", async () => {
    const lost = JSON.stringify({ v: 1, id: "still-offline" });
    const taken = JSON.stringify({ v: 1, id: "taken" });
    const page = fakePage(async () => ({ ok: true, status: 201 }));
    page.fetch.mockImplementation(async (_url, init) => (init.body == lost ? { ok: false, status: 502 } : { ok: true, status: 201 }));
    page.items.set("consentry-log", JSON.stringify([lost, 7, null, { not: "a record" }, taken]));
    start(page);
    expect(page.fetch.mock.calls.map(([, init]) => init.body)).toEqual([lost, taken]);
    await settle();
    expect(JSON.parse(page.items.get("consentry-log")!)).toEqual([lost]);
  });

  it("an endpoint that answers with an error names itself and its status", async () => {
    const page = fakePage(async () => ({ ok: false, status: 503 }));
    const config = parseConfig({ log: { endpoint: "/consent-log" } });
    const store = createStore(config, { storage: createMemoryStorage() });
    const errors: unknown[] = [];
    store.bus.on("error", (event) => void errors.push(event.error));
    consentLogIntegration({ store, config, api: {} as ConsentApi, window: page.window, signal: new AbortController().signal, nonce: undefined });
    store.start();
    store.acceptAll();
    await settle();
    expect(errors).toEqual([new Error("consentry: /consent-log answered 503")]);
  });

  it("a decision made in another tab is not sent again from this one (S-05)", async () => {
    const page = fakePage(async () => ({ ok: true, status: 201 }));
    const { store } = start(page);
    store.bus.emit("change", { record: { v: 1 }, remote: true, state: store.state() } as never);
    await settle();
    expect(page.fetch).not.toHaveBeenCalled();
  });
});

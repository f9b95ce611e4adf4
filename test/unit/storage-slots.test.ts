// Where the decision is kept, at the edges (S-01, S-03, S-04, S-05): stores that cannot probe, repairs that fail,
// a page with a single working store, pages without BroadcastChannel, and other tabs clearing storage.
import { describe, expect, it, vi } from "vitest";
import { parseConfig } from "../../src/core/config";
import { createBrowserStorage, createMemoryStorage, createStorage, type PageWindow, type RecordSlot } from "../../src/core/storage";
import { createStore } from "../../src/core/store";
import { fakeSlot, harness } from "./helpers";

const cookieSettings = parseConfig({}).cookie;

/** A slot like a store that has no way to be probed (a host's own storage): it just keeps what it is given. */
function unprobed(): RecordSlot & { value?: string } {
  const slot: RecordSlot & { value?: string } = {
    read: () => slot.value,
    write: (value) => ((slot.value = value), true),
    remove: () => void (slot.value = undefined),
  };
  return slot;
}

/** A cookie slot that says yes to a probe and to each write, but keeps nothing (a full or mangling jar, S-03). */
function forgetful(): RecordSlot {
  return { read: () => undefined, write: () => true, remove: () => {}, probe: () => true };
}

/** A minimal page: cookies and localStorage that work, events, and BroadcastChannel only when given. */
function minimalPage(channel?: typeof BroadcastChannel): PageWindow {
  let jar = "";
  const items = new Map<string, string>();
  const target = new EventTarget();
  return {
    location: { hostname: "example.com", pathname: "/", protocol: "https:" },
    navigator: { cookieEnabled: true },
    document: Object.assign(new EventTarget(), {
      get cookie() {
        return jar;
      },
      set cookie(text: string) {
        jar = /Max-Age=0/.test(text) ? "" : text.split(";")[0]!;
      },
    }),
    localStorage: {
      get length() {
        return items.size;
      },
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
    },
    addEventListener: target.addEventListener.bind(target),
    dispatchEvent: target.dispatchEvent.bind(target),
    BroadcastChannel: channel,
  } as unknown as PageWindow;
}

describe("which stores count (S-03, S-04)", () => {
  it("S-04: a store with no probe counts as usable from the start, cookie and localStorage alike", () => {
    expect(createStorage({ cookie: unprobed(), local: unprobed() }).mode()).toBe("cookie+local");
    expect(createStorage({ local: unprobed() }).mode()).toBe("local");
    expect(createStorage({ cookie: unprobed() }).mode()).toBe("cookie");
  });

  it("S-04: a document without a cookie jar (not a web page's document) is no cookie store, though cookies are enabled", () => {
    const win = { ...minimalPage(), document: Object.assign(new EventTarget(), {}) } as unknown as PageWindow;
    expect(createBrowserStorage({ cookie: cookieSettings, window: win }).mode()).toBe("local");
  });

  it("S-03: a repair on load that the cookie does not keep marks the cookie unavailable; the decision lives on in localStorage", () => {
    const first = harness();
    first.store.acceptAll();
    const local = fakeSlot(first.local.value);
    const storage = createStorage({ cookie: forgetful(), local });
    const store = createStore(parseConfig({}), { storage });
    expect(store.granted("analytics")).toBe(true);
    expect(storage.mode()).toBe("local");
  });

  it("S-03: a repair on load that localStorage does not keep marks localStorage unavailable; the cookie keeps the decision", () => {
    const first = harness();
    first.store.acceptAll();
    const cookie = fakeSlot(first.cookie.value);
    const storage = createStorage({ cookie, local: forgetful() });
    expect(createStore(parseConfig({}), { storage }).granted("analytics")).toBe(true);
    expect(storage.mode()).toBe("cookie");
  });
});

describe("repairs only what needs it (S-01)", () => {
  it("S-01: a reload with both copies intact writes to neither store", () => {
    const h = harness();
    h.store.acceptAll();
    const [cookieWrites, localWrites] = [h.cookie.writes, h.local.writes];
    h.reopen();
    h.reopen();
    expect(h.store.granted("analytics")).toBe(true);
    expect([h.cookie.writes, h.local.writes]).toEqual([cookieWrites, localWrites]);
  });

  it("S-01: a reload with both copies intact rewrites no cookie on a page that has other cookies too", () => {
    const win = minimalPage();
    const storage = createBrowserStorage({ cookie: cookieSettings, window: win });
    createStore(parseConfig({}), { storage }).acceptAll();
    const consent = win.document.cookie;
    const writes: string[] = [];
    Object.defineProperty(win.document, "cookie", {
      get: () => `_ga=GA1.1; ${consent}; theme=dark`,
      set: (text: string) => void writes.push(text),
    });
    const again = createStore(parseConfig({}), { storage: createBrowserStorage({ cookie: cookieSettings, window: win }) });
    expect(again.granted("analytics")).toBe(true);
    expect(writes).toEqual([]);
  });
});

describe("a page with one working store (S-04, S-05)", () => {
  it("S-05: with the cookie only, a reset in another tab is not undone by this tab's memory", () => {
    const cookie = fakeSlot();
    const broken = fakeSlot(undefined, { broken: true });
    const storage = createStorage({ cookie, local: broken });
    const store = createStore(parseConfig({}), { storage });
    store.acceptAll();
    expect(storage.mode()).toBe("cookie");
    // The other tab's reset removes the cookie; this tab reads storage again.
    cookie.value = undefined;
    expect(storage.load(Date.now())).toBeUndefined();
  });

  it("S-04: with nothing to store in, reset() forgets the decision and reports no error", () => {
    const store = createStore(parseConfig({}), { storage: createMemoryStorage() });
    const errors: unknown[] = [];
    store.bus.on("error", (event) => errors.push(event));
    store.acceptAll();
    store.reset();
    expect(store.state().decided).toBe(false);
    expect(errors).toEqual([]);
  });
});

describe("other tabs (S-05)", () => {
  it("S-05: another tab clearing all of localStorage (a storage event without a key) makes this tab look again", () => {
    const win = minimalPage();
    const heard = vi.fn();
    const stop = createBrowserStorage({ cookie: cookieSettings, window: win }).watch(heard);
    const event = Object.assign(new Event("storage"), { key: null });
    win.dispatchEvent(event);
    expect(heard).toHaveBeenCalledOnce();
    stop();
  });

  it("S-05: a page without BroadcastChannel still watches, stops watching and announces without an error", () => {
    const win = minimalPage();
    const storage = createBrowserStorage({ cookie: cookieSettings, window: win });
    const heard = vi.fn();
    const stop = storage.watch(heard);
    expect(() => storage.announce()).not.toThrow();
    expect(() => stop()).not.toThrow();
    win.dispatchEvent(Object.assign(new Event("storage"), { key: "consent" }));
    expect(heard).not.toHaveBeenCalled();
  });

  it("S-05: tabs hear the decisions made under their own cookie name only, not another consent cookie's on the site", async () => {
    const ours = vi.fn();
    const theirs = vi.fn();
    const stopOurs = createBrowserStorage({ cookie: cookieSettings, window: minimalPage(BroadcastChannel) }).watch(ours);
    const other = { ...cookieSettings, name: "shop-consent" };
    const stopTheirs = createBrowserStorage({ cookie: other, window: minimalPage(BroadcastChannel) }).watch(theirs);
    createBrowserStorage({ cookie: cookieSettings, window: minimalPage(BroadcastChannel) }).announce();
    await vi.waitFor(() => expect(ours).toHaveBeenCalledOnce());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(theirs).not.toHaveBeenCalled();
    stopOurs();
    stopTheirs();
  });
});

describe("two copies that disagree (S-01, S-09)", () => {
  it("S-01: with the same time and as much granted, the cookie's copy (the one servers read, S-09) wins and localStorage is repaired", () => {
    const record = (categories: Record<string, boolean>) =>
      JSON.stringify({
        v: 1,
        id: "0b6c4f1e-8a8e-4f5a-9c1d-2b3e4f5a6b7c",
        revision: 1,
        decidedAt: "2026-01-01T10:00:00.000Z",
        updatedAt: "2026-01-02T10:00:00.000Z",
        categories,
        method: "custom",
        gpc: false,
      });
    const cookie = fakeSlot(record({ preferences: false, analytics: true, marketing: false }));
    const local = fakeSlot(record({ preferences: false, analytics: false, marketing: true }));
    const store = createStore(parseConfig({}), { storage: createStorage({ cookie, local }), now: () => Date.parse("2026-01-03T00:00:00.000Z") });
    expect(store.state().categories).toMatchObject({ analytics: true, marketing: false });
    expect(local.value).toBe(cookie.value);
  });
});

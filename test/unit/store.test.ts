// The store's rules (DESIGN 6): default deny, decisions, revision and expiry, GPC, cross-tab, events.
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { parseConfig } from "../../src/core/config";
import { encodeRecord } from "../../src/core/record";
import { createMemoryStorage, createStorage } from "../../src/core/storage";
import { createStore, type ChangeEvent } from "../../src/core/store";
import { DAY, fakeSlot, fakeUUID, harness, START } from "./helpers";

const OPTIONAL = ["preferences", "analytics", "marketing"];

describe("default deny (L-02)", () => {
  it("with no record, every optional category is denied and necessary granted", () => {
    const { store } = harness();
    expect(store.state()).toMatchObject({
      decided: false,
      categories: { necessary: true, preferences: false, analytics: false, marketing: false },
      id: null,
      method: null,
    });
    expect(store.granted("necessary")).toBe(true);
    for (const id of OPTIONAL) expect(store.granted(id)).toBe(false);
    expect(store.granted("unknown")).toBe(false);
  });

  it("nothing is written before the visitor acts (L-01)", () => {
    const h = harness();
    expect(h.cookie.writes + h.local.writes).toBe(0);
  });

  it("necessary cannot be switched off", () => {
    const { store } = harness();
    store.set({ necessary: false, analytics: true });
    expect(store.granted("necessary")).toBe(true);
    expect(store.state().categories.necessary).toBe(true);
  });

  it("opt-out mode starts with optional categories on, and honours GPC for marketing (L-18)", () => {
    expect(harness({ mode: "opt-out" }).store.state().categories).toMatchObject({ analytics: true, marketing: true });
    const withGpc = harness({ mode: "opt-out" }, { gpcSignal: () => true }).store;
    expect(withGpc.state().categories).toMatchObject({ analytics: true, marketing: false });
  });
});

describe("decisions", () => {
  it("Accept all grants every optional category and records how (L-12)", () => {
    const h = harness();
    h.store.acceptAll();
    expect(h.store.state()).toMatchObject({ decided: true, method: "accept-all", revision: 1, gpc: false });
    for (const id of OPTIONAL) expect(h.store.granted(id)).toBe(true);
    expect(h.cookie.value).toBe(h.local.value);
    expect(JSON.parse(h.local.value!)).toMatchObject({ v: 1, method: "accept-all", categories: { analytics: true } });
  });

  it("Reject all is remembered across reloads (L-14)", () => {
    const h = harness();
    h.store.rejectAll();
    for (let i = 0; i < 3; i++) {
      const store = h.reopen();
      expect(store.state()).toMatchObject({ decided: true, method: "reject-all" });
      for (const id of OPTIONAL) expect(store.granted(id)).toBe(false);
    }
  });

  it("set() changes only the named categories; the rest keep their value", () => {
    const { store } = harness();
    store.set({ analytics: true });
    expect(store.state().categories).toMatchObject({ preferences: false, analytics: true, marketing: false });
    store.set({ marketing: true });
    expect(store.state().categories).toMatchObject({ preferences: false, analytics: true, marketing: true });
    expect(store.state().method).toBe("api");
    store.set({ analytics: false }, "custom");
    expect(store.state()).toMatchObject({ method: "custom", categories: { analytics: false, marketing: true } });
  });

  it("set() with an unknown category or a non-boolean changes nothing and reports an error", () => {
    const { store } = harness();
    const errors: unknown[] = [];
    store.bus.on("error", (event) => errors.push(event));
    store.set({ analytcs: true });
    store.set({ analytics: "yes" as unknown as boolean });
    expect(store.state().decided).toBe(false);
    expect(errors).toHaveLength(2);
  });

  it("the record id is random, kept across updates, and new after reset (L-12)", () => {
    const h = harness();
    h.store.acceptAll();
    const first = h.store.state();
    h.clock.now += 1000;
    h.store.rejectAll();
    const second = h.store.state();
    expect(second.id).toBe(first.id);
    expect(second.decidedAt).toBe(first.decidedAt);
    expect(second.updatedAt).not.toBe(first.updatedAt);
    h.store.reset();
    h.store.acceptAll();
    expect(h.store.state().id).not.toBe(first.id);
  });

  it("change events list what was granted and revoked", () => {
    const { store } = harness();
    const events: ChangeEvent[] = [];
    store.bus.on("change", (event) => events.push(event));
    store.set({ analytics: true, preferences: true });
    store.set({ analytics: false, marketing: true });
    store.rejectAll();
    expect(events.map(({ granted, revoked }) => ({ granted, revoked }))).toEqual([
      { granted: ["preferences", "analytics"], revoked: [] },
      { granted: ["marketing"], revoked: ["analytics"] },
      { granted: [], revoked: ["preferences", "marketing"] },
    ]);
    expect(events[0]!.remote).toBe(false);
    expect(events[0]!.record?.method).toBe("api");
  });

  it("reset() forgets the decision, revokes and erases the stored copies", () => {
    const h = harness();
    h.store.acceptAll();
    const change = vi.fn();
    h.store.bus.on("change", change);
    h.store.reset();
    expect(h.store.state().decided).toBe(false);
    expect(change.mock.calls[0]![0]).toMatchObject({ revoked: OPTIONAL, granted: [] });
    expect(h.cookie.value).toBeUndefined();
    expect(h.local.value).toBeUndefined();
    expect(h.reopen().state().decided).toBe(false);
  });

  it("L-12: reset() of a decision hands the consent log a withdraw record that refuses everything, and stores nothing", () => {
    const h = harness();
    h.store.acceptAll();
    const id = h.store.state().id;
    const events: ChangeEvent[] = [];
    h.store.bus.on("change", (event) => events.push(event));
    h.clock.now += DAY;
    h.store.reset();
    expect(events[0]!.record).toMatchObject({
      id,
      method: "withdraw",
      categories: { preferences: false, analytics: false, marketing: false },
      updatedAt: new Date(h.clock.now).toISOString(),
    });
    expect(h.cookie.value).toBeUndefined();
    expect(h.local.value).toBeUndefined();
    expect(h.store.state()).toMatchObject({ decided: false, method: null, id: null });
    // Resetting with nothing decided withdraws nothing: no record.
    h.store.reset();
    expect(events[1]!.record).toBeUndefined();
  });

  it("ready reaches late subscribers with the state", () => {
    const h = harness();
    h.store.acceptAll();
    const store = h.reopen();
    const ready = vi.fn();
    store.bus.on("ready", ready);
    expect(ready).toHaveBeenCalledWith(expect.objectContaining({ decided: true }));
  });
});

describe("re-ask triggers (L-13)", () => {
  it("a record from an older revision grants nothing; the dialog may pre-fill it", () => {
    const h = harness({ revision: 1 });
    h.store.set({ analytics: true });
    const store = h.reopen({ revision: 2 });
    expect(store.state().decided).toBe(false);
    expect(store.granted("analytics")).toBe(false);
    expect(store.previousChoices()).toMatchObject({ analytics: true });
    store.rejectAll();
    expect(store.previousChoices()).toBeUndefined();
    expect(store.state().revision).toBe(2);
  });

  it("a record older than expiresDays grants nothing", () => {
    const h = harness({ cookie: { expiresDays: 180 } });
    h.store.acceptAll();
    h.clock.now += 179 * DAY;
    expect(h.reopen().state().decided).toBe(true);
    h.clock.now += 2 * DAY;
    const store = h.reopen();
    expect(store.state().decided).toBe(false);
    expect(store.granted("analytics")).toBe(false);
  });

  it("a category added to config since the decision asks again", () => {
    const h = harness();
    h.store.acceptAll();
    const store = h.reopen({ categories: { support: { label: "Support chat" } } });
    expect(store.state().decided).toBe(false);
    expect(store.state().categories.support).toBe(false);
  });

  it("updating the record pushes expiry forward from the latest decision", () => {
    const h = harness({ cookie: { expiresDays: 30 } });
    h.store.acceptAll();
    h.clock.now += 20 * DAY;
    h.reopen().set({ marketing: false });
    h.clock.now += 20 * DAY;
    expect(h.reopen().state().decided).toBe(true);
  });
});

describe("Global Privacy Control (L-17)", () => {
  const gpc = { gpcSignal: () => true };

  it("Accept all does not grant marketing under GPC, and the record says the signal was present", () => {
    const h = harness({}, gpc);
    expect(h.store.state().gpc).toBe(true);
    h.store.acceptAll();
    expect(h.store.state().categories).toMatchObject({ analytics: true, preferences: true, marketing: false });
    expect(JSON.parse(h.local.value!).gpc).toBe(true);
  });

  it("an explicit choice may still grant marketing, and it sticks on reload", () => {
    const h = harness({}, gpc);
    h.store.set({ marketing: true }, "custom");
    expect(h.store.granted("marketing")).toBe(true);
    expect(h.reopen().granted("marketing")).toBe(true);
  });

  it("a signal that arrives after an earlier yes to marketing overrides it, recorded as gpc", () => {
    const h = harness();
    h.store.acceptAll();
    const store = h.reopen({}, gpc);
    expect(store.granted("marketing")).toBe(false);
    expect(store.granted("analytics")).toBe(true);
    expect(store.state().method).toBe("gpc");
    expect(JSON.parse(h.cookie.value!)).toMatchObject({ method: "gpc", gpc: true, categories: { marketing: false } });
  });

  it("L-12: the override at load is a decision the consent log hears: a change with its gpc record, at start", () => {
    const h = harness();
    h.store.acceptAll();
    const store = createStore(parseConfig({}), { storage: createStorage({ cookie: h.cookie, local: h.local }), ...gpc });
    const changes: ChangeEvent[] = [];
    store.bus.on("change", (event) => changes.push(event), { early: true });
    expect(changes).toEqual([]);
    store.start();
    expect(changes).toHaveLength(1);
    expect(changes[0]!.record).toMatchObject({ method: "gpc", gpc: true, categories: { marketing: false, analytics: true } });
    // Nothing is granted or revoked from the page's view: the state was the overridden one from the start.
    expect(changes[0]).toMatchObject({ granted: [], revoked: [], remote: false });
    // Once: the next page load reads a record that already says gpc.
    const next = createStore(parseConfig({}), { storage: createStorage({ cookie: h.cookie, local: h.local }), ...gpc });
    next.bus.on("change", (event) => changes.push(event), { early: true });
    next.start();
    expect(changes).toHaveLength(1);
  });

  it("when the signal goes away, nothing is re-granted", () => {
    const h = harness({}, gpc);
    h.store.acceptAll();
    const store = h.reopen({}, {});
    expect(store.state().gpc).toBe(false);
    expect(store.granted("marketing")).toBe(false);
  });

  it("config gpc: false ignores the signal", () => {
    const { store } = harness({ gpc: false }, gpc);
    store.acceptAll();
    expect(store.granted("marketing")).toBe(true);
    expect(store.state().gpc).toBe(false);
  });
});

describe("persistence (S-01, S-04)", () => {
  it("deleting only the cookie (or only localStorage) keeps the choice and restores both", () => {
    const h = harness();
    h.store.set({ analytics: true });
    const saved = h.cookie.value;
    h.cookie.value = undefined;
    expect(h.reopen().granted("analytics")).toBe(true);
    expect(h.cookie.value).toBe(saved);
    h.local.value = undefined;
    expect(h.reopen().granted("analytics")).toBe(true);
    expect(h.local.value).toBe(saved);
  });

  it("the newer copy wins and repairs the older one", () => {
    const h = harness();
    h.store.acceptAll();
    const older = h.cookie.value;
    h.clock.now += 1000;
    h.store.rejectAll();
    const newer = h.local.value;
    h.cookie.value = older;
    expect(h.reopen().granted("analytics")).toBe(false);
    expect(h.cookie.value).toBe(newer);
  });

  it("corrupt or tampered copies are treated as no decision and cleaned up (X-07)", () => {
    const h = harness();
    h.cookie.value = '{"v":1,"categories":{"analytics":true}}';
    h.local.value = "not json";
    const store = h.reopen();
    expect(store.state().decided).toBe(false);
    expect(store.granted("analytics")).toBe(false);
    expect(h.cookie.value).toBeUndefined();
    expect(h.local.value).toBeUndefined();
  });

  it("a valid copy beside a corrupt one wins and overwrites it", () => {
    const h = harness();
    h.store.set({ analytics: true });
    h.local.value = "garbage";
    expect(h.reopen().granted("analytics")).toBe(true);
    expect(h.local.value).toBe(h.cookie.value);
  });

  it("no string in the cookie or localStorage yields a grant unless it is a valid, current record (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), fc.oneof(fc.string(), fc.json()), (cookie, local) => {
        const storage = createStorage({ cookie: fakeSlot(cookie), local: fakeSlot(local) });
        const store = createStore(parseConfig({}), { storage, now: () => START });
        for (const id of OPTIONAL) expect(store.granted(id)).toBe(false);
        expect(store.state().decided).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it("when neither cookie nor localStorage keeps data, the SDK works in memory (S-04)", () => {
    const storage = createStorage({ cookie: fakeSlot(undefined, { broken: true }), local: fakeSlot(undefined, { broken: true }) });
    expect(storage.mode()).toBe("memory");
    const store = createStore(parseConfig({}), { storage });
    store.acceptAll();
    expect(store.granted("analytics")).toBe(true);
    expect(store.storageMode()).toBe("memory");
  });

  it("reports a partial storage mode", () => {
    expect(createStorage({ cookie: fakeSlot(), local: fakeSlot(undefined, { broken: true }) }).mode()).toBe("cookie");
    expect(createStorage({ cookie: fakeSlot(undefined, { broken: true }), local: fakeSlot() }).mode()).toBe("local");
    expect(createStorage({ cookie: fakeSlot(), local: fakeSlot() }).mode()).toBe("cookie+local");
    expect(createMemoryStorage().mode()).toBe("memory");
  });

  it("a storage that throws becomes an error event, never an exception at the page", () => {
    const storage = createMemoryStorage();
    storage.save = () => {
      throw new Error("quota");
    };
    storage.load = () => {
      throw new Error("denied");
    };
    const store = createStore(parseConfig({}), { storage });
    const errors: unknown[] = [];
    store.bus.on("error", (event) => errors.push(event));
    expect(() => store.acceptAll()).not.toThrow();
    expect(store.granted("analytics")).toBe(true);
    // The load failed before anyone listened (L-12: kept for the first subscriber), then the save failed.
    expect(errors).toEqual([
      expect.objectContaining({ source: "storage", error: new Error("denied") }),
      expect.objectContaining({ source: "storage", error: new Error("quota") }),
    ]);
  });
});

describe("cross-tab sync (S-05)", () => {
  it("a decision made in another tab applies here with a remote change event", () => {
    const h = harness();
    const otherTab = createStore(parseConfig({}), {
      storage: createStorage({ cookie: h.cookie, local: h.local }),
      now: () => h.clock.now,
      randomUUID: fakeUUID,
    });
    const events: ChangeEvent[] = [];
    h.store.bus.on("change", (event) => events.push(event));
    otherTab.set({ analytics: true });
    h.external();
    expect(h.store.granted("analytics")).toBe(true);
    expect(events).toEqual([expect.objectContaining({ granted: ["analytics"], remote: true })]);
    // The storage event and the BroadcastChannel both fire: the second finds nothing new.
    h.external();
    expect(events).toHaveLength(1);
    otherTab.reset();
    h.external();
    expect(h.store.state().decided).toBe(false);
    expect(events[1]).toMatchObject({ revoked: ["analytics"], remote: true });
  });

  it("each local decision is announced to other tabs", () => {
    const h = harness();
    h.store.acceptAll();
    h.store.reset();
    expect(h.announced).toBe(2);
  });

  it("destroy() stops listening to other tabs and drops listeners", () => {
    const h = harness();
    const change = vi.fn();
    h.store.bus.on("change", change);
    h.store.destroy();
    h.external();
    h.store.acceptAll();
    expect(change).not.toHaveBeenCalled();
  });
});

describe("encoding guard", () => {
  it("a record too large to store still decides in memory and reports the error", () => {
    const categories = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`custom-category-number-${i}`, {}]));
    const h = harness({ categories });
    const errors: unknown[] = [];
    h.store.bus.on("error", (event) => errors.push(event));
    h.store.acceptAll();
    expect(h.store.granted("custom-category-number-3")).toBe(true);
    expect(errors).toEqual([expect.objectContaining({ source: "storage" })]);
    expect(encodeRecord).toBeTypeOf("function");
  });
});

describe("record ids (L-12)", () => {
  it("are v4 UUIDs even where crypto.randomUUID is missing (plain-http origins)", () => {
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, "randomUUID", { value: undefined, configurable: true });
    try {
      const ids = new Set<string>();
      for (let i = 0; i < 50; i++) {
        const store = createStore(parseConfig({}), { storage: createMemoryStorage() });
        store.acceptAll();
        ids.add(store.state().id!);
      }
      expect(ids.size).toBe(50);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      Object.defineProperty(crypto, "randomUUID", { value: original, configurable: true });
    }
  });
});

// The store's rules at their edges (DESIGN 6): the last moment a decision holds (L-13), what GPC overrides and what it
// leaves alone (L-17), what the consent log is handed (L-12), other tabs updating the same decision (S-05), and the
// errors a site owner reads (set, safe mode).
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/core/config";
import { createMemoryStorage, createStorage } from "../../src/core/storage";
import { createStore, type ChangeEvent, type ConsentErrorEvent } from "../../src/core/store";
import { DAY, fakeUUID, harness } from "./helpers";

describe("re-ask triggers at the boundary (L-13)", () => {
  it("L-13: a decision exactly expiresDays old still holds; a millisecond later the visitor is asked again", () => {
    const h = harness({ cookie: { expiresDays: 30 } });
    h.store.acceptAll();
    h.clock.now += 30 * DAY;
    expect(h.reopen().state().decided).toBe(true);
    h.clock.now += 1;
    expect(h.reopen().state().decided).toBe(false);
  });
});

describe("Global Privacy Control overrides only what it refuses (L-17)", () => {
  it("L-17: a stored yes to marketing and no to analytics becomes no to both, never yes to analytics", () => {
    const h = harness();
    h.store.set({ marketing: true, analytics: false, preferences: true }, "custom");
    const store = h.reopen({}, { gpcSignal: () => true });
    expect(store.state().method).toBe("gpc");
    expect(store.state().categories).toMatchObject({ marketing: false, analytics: false, preferences: true });
  });

  it("L-17: a signal that cannot be read (a throwing getter) is no signal: the page still starts and Accept all grants", () => {
    const h = harness({}, {
      gpcSignal: () => {
        throw new Error("navigator blocked");
      },
    });
    expect(h.store.state().gpc).toBe(false);
    h.store.acceptAll();
    expect(h.store.granted("marketing")).toBe(true);
  });
});

describe("what the page and the consent log are told (L-12)", () => {
  it("L-12: the state says when the visitor first decided, kept across updates", () => {
    const h = harness();
    h.store.acceptAll();
    const first = h.store.state().decidedAt;
    expect(first).toBe(new Date(h.clock.now).toISOString());
    h.clock.now += 1000;
    h.store.rejectAll();
    expect(h.store.state().decidedAt).toBe(first);
  });

  it("L-12: set({ necessary: false }) is ignored: the record never says necessary was refused", () => {
    const { store } = harness();
    const records: ChangeEvent["record"][] = [];
    store.bus.on("change", (event) => records.push(event.record));
    store.set({ necessary: false, analytics: true });
    expect(store.granted("necessary")).toBe(true);
    expect(store.granted("analytics")).toBe(true);
    expect(Object.keys(records[0]!.categories).sort()).toEqual(["analytics", "marketing", "preferences"]);
  });

  it("L-12: set() with a category the site does not have reports it under set, naming the category and the value", () => {
    const { store } = harness();
    const errors: ConsentErrorEvent[] = [];
    store.bus.on("error", (event) => errors.push(event));
    store.set({ analytcs: true });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.source).toBe("set");
    expect(String(errors[0]!.error)).toBe("TypeError: consentry: set({ analytcs: true }) needs a known category and a boolean");
  });

  it("L-12: a reset on this page is a local change, not another tab's", () => {
    const { store } = harness();
    store.acceptAll();
    const events: ChangeEvent[] = [];
    store.bus.on("change", (event) => events.push(event));
    store.reset();
    expect(events).toEqual([expect.objectContaining({ remote: false, revoked: ["preferences", "analytics", "marketing"] })]);
  });

  it("L-12: a record too large to store is reported with what the limit is", () => {
    const categories = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`custom-category-number-${i}`, {}]));
    const h = harness({ categories });
    const errors: ConsentErrorEvent[] = [];
    h.store.bus.on("error", (event) => errors.push(event));
    h.store.acceptAll();
    expect(String(errors[0]!.error)).toBe("RangeError: consentry: the consent record exceeds 1024 bytes");
  });
});

describe("safe mode (an invalid config, DESIGN 5)", () => {
  it("L-14: its refusal is remembered: the next page load does not ask again", () => {
    const h = harness({}, { refuseAll: true });
    h.store.acceptAll();
    const store = h.reopen();
    expect(store.state()).toMatchObject({ decided: true, method: "accept-all" });
    expect(store.granted("analytics")).toBe(false);
  });
});

describe("banner auto (issue 9)", () => {
  it("a UI mounted after the gate found something that needs consent still hears it", () => {
    const store = createStore(parseConfig({}), { storage: createMemoryStorage() });
    store.bus.emit("optional", undefined);
    let heard = false;
    store.bus.on("optional", () => (heard = true));
    expect(heard).toBe(true);
  });
});

describe("other tabs updating the same decision (S-05)", () => {
  const otherTab = (h: ReturnType<typeof harness>) =>
    createStore(parseConfig({}), {
      storage: createStorage({ cookie: h.cookie, local: h.local }),
      now: () => h.clock.now,
      randomUUID: fakeUUID,
    });

  it("S-05: another tab changing the same decision (same id, later time) applies here", () => {
    const h = harness();
    h.store.acceptAll();
    h.clock.now += 1000;
    otherTab(h).set({ analytics: false });
    h.external();
    expect(h.store.granted("analytics")).toBe(false);
    expect(h.store.granted("marketing")).toBe(true);
  });

  it("S-05: another tab's new decision in the same millisecond as ours (reset, then a new choice) applies here", () => {
    const h = harness();
    h.store.acceptAll();
    const other = otherTab(h);
    other.reset();
    other.rejectAll();
    h.external();
    expect(h.store.state().id).toBe(other.state().id);
    expect(h.store.granted("analytics")).toBe(false);
  });

  it("S-05: a storage event while neither tab has decided changes nothing and throws nothing", () => {
    const h = harness();
    const events: ChangeEvent[] = [];
    h.store.bus.on("change", (event) => events.push(event));
    expect(() => h.external()).not.toThrow();
    expect(events).toEqual([]);
  });
});

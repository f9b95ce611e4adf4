// The event bus: isolated listeners, frozen payloads, sticky `ready`, early listeners first.
import { describe, expect, it, vi } from "vitest";
import { createBus } from "../../src/core/bus";

type Events = { ready: { n: number }; change: { list: number[] } };

describe("event bus", () => {
  it("a throwing listener does not stop the next one (X-09)", () => {
    const errors: unknown[] = [];
    const bus = createBus<Events>([], (error) => errors.push(error));
    const second = vi.fn();
    bus.on("change", () => {
      throw new Error("boom");
    });
    bus.on("change", second);
    bus.emit("change", { list: [1] });
    expect(second).toHaveBeenCalledOnce();
    expect(errors).toHaveLength(1);
  });

  it("payloads are frozen, so no listener can change what the next sees (X-09)", () => {
    const bus = createBus<Events>([]);
    let seen: number[] = [];
    bus.on("change", (payload) => {
      expect(() => payload.list.push(2)).toThrow(TypeError);
    });
    bus.on("change", (payload) => (seen = payload.list));
    bus.emit("change", { list: [1] });
    expect(seen).toEqual([1]);
  });

  it("a payload frozen only at the top is frozen all the way down before any listener sees it (X-09)", () => {
    const bus = createBus<Events>([]);
    let seen: number[] = [];
    bus.on("change", (payload) => {
      expect(() => payload.list.push(2)).toThrow(TypeError);
    });
    bus.on("change", (payload) => (seen = payload.list));
    bus.emit("change", Object.freeze({ list: [1] }));
    expect(seen).toEqual([1]);
  });

  it("a payload that refers to itself, or holds nulls, reaches every listener (X-09)", () => {
    type Loop = { self?: Loop; none: null; list: number[] };
    const bus = createBus<{ change: Loop }>([]);
    const loop: Loop = { none: null, list: [1] };
    loop.self = loop;
    const heard: Loop[] = [];
    bus.on("change", (payload) => void heard.push(payload));
    bus.emit("change", loop);
    expect(heard).toEqual([loop]);
    expect(Object.isFrozen(loop.list)).toBe(true);
  });

  it("late subscribers to a sticky event still hear it", () => {
    const bus = createBus<Events>(["ready"]);
    bus.emit("ready", { n: 1 });
    const late = vi.fn();
    bus.on("ready", late);
    expect(late).toHaveBeenCalledWith({ n: 1 });
  });

  it("early listeners run before the page's, whatever the order of subscription (X-09)", () => {
    const bus = createBus<Events>([]);
    const order: string[] = [];
    bus.on("change", () => order.push("page"));
    bus.on("change", () => order.push("teardown"), { early: true });
    bus.emit("change", { list: [] });
    expect(order).toEqual(["teardown", "page"]);
  });

  it("on() returns its own unsubscribe; the same function twice is two subscriptions", () => {
    const bus = createBus<Events>([]);
    const listener = vi.fn();
    const off = bus.on("change", listener);
    bus.on("change", listener);
    bus.emit("change", { list: [] });
    expect(listener).toHaveBeenCalledTimes(2);
    off();
    bus.emit("change", { list: [] });
    expect(listener).toHaveBeenCalledTimes(3);
    bus.clear();
    bus.emit("change", { list: [] });
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it("an uncaught listener error still reaches the console later by default", () => {
    vi.useFakeTimers();
    const bus = createBus<Events>([]);
    bus.on("change", () => {
      throw new Error("late");
    });
    expect(() => bus.emit("change", { list: [] })).not.toThrow();
    expect(() => vi.runAllTimers()).toThrow("late");
    vi.useRealTimers();
  });
});

describe("errors nobody heard yet (L-12)", () => {
  type WithError = Events & { error: { n: number } };

  it("are kept for the page's first subscriber, who takes them; the next one gets only new ones", () => {
    const bus = createBus<WithError>([], undefined, "error");
    bus.emit("error", { n: 1 });
    bus.emit("error", { n: 2 });
    const first: number[] = [];
    const second: number[] = [];
    bus.on("error", ({ n }) => first.push(n));
    bus.on("error", ({ n }) => second.push(n));
    bus.emit("error", { n: 3 });
    expect(first).toEqual([1, 2, 3]);
    expect(second).toEqual([3]);
  });

  it("the SDK's own early listeners (the console) see them without taking them from the page", () => {
    const bus = createBus<WithError>([], undefined, "error");
    bus.emit("error", { n: 1 });
    const console: number[] = [];
    const page: number[] = [];
    bus.on("error", ({ n }) => console.push(n), { early: true });
    bus.emit("error", { n: 2 });
    bus.on("error", ({ n }) => page.push(n));
    expect(console).toEqual([1, 2]);
    expect(page).toEqual([1, 2]);
  });

  it("only the held event is kept, and at most the first 20 of it", () => {
    const bus = createBus<WithError>([], undefined, "error");
    bus.emit("change", { list: [1] });
    for (let n = 1; n <= 25; n++) bus.emit("error", { n });
    const changes = vi.fn();
    const errors: number[] = [];
    bus.on("change", changes);
    bus.on("error", ({ n }) => errors.push(n));
    expect(changes).not.toHaveBeenCalled();
    expect(errors).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
  });

  it("an error heard by a page listener is not kept for later ones", () => {
    const bus = createBus<WithError>([], undefined, "error");
    const off = bus.on("error", () => {});
    bus.emit("error", { n: 1 });
    off();
    const later = vi.fn();
    bus.on("error", later);
    expect(later).not.toHaveBeenCalled();
  });
});

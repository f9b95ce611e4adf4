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
    const bus = createBus<Events>();
    let seen: number[] = [];
    bus.on("change", (payload) => {
      expect(() => payload.list.push(2)).toThrow(TypeError);
    });
    bus.on("change", (payload) => (seen = payload.list));
    bus.emit("change", { list: [1] });
    expect(seen).toEqual([1]);
  });

  it("late subscribers to a sticky event still hear it", () => {
    const bus = createBus<Events>(["ready"]);
    bus.emit("ready", { n: 1 });
    const late = vi.fn();
    bus.on("ready", late);
    expect(late).toHaveBeenCalledWith({ n: 1 });
  });

  it("early listeners run before the page's, whatever the order of subscription (X-09)", () => {
    const bus = createBus<Events>();
    const order: string[] = [];
    bus.on("change", () => order.push("page"));
    bus.on("change", () => order.push("teardown"), { early: true });
    bus.emit("change", { list: [] });
    expect(order).toEqual(["teardown", "page"]);
  });

  it("on() returns its own unsubscribe; the same function twice is two subscriptions", () => {
    const bus = createBus<Events>();
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
    const bus = createBus<Events>();
    bus.on("change", () => {
      throw new Error("late");
    });
    expect(() => bus.emit("change", { list: [] })).not.toThrow();
    expect(() => vi.runAllTimers()).toThrow("late");
    vi.useRealTimers();
  });
});

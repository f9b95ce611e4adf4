// Faults reach the page as `error` events, never as exceptions (DESIGN 4, X-09), and safe mode refuses everything.
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/core/config";
import type { ConsentErrorEvent } from "../../src/core/store";
import { createStore } from "../../src/core/store";
import { createMemoryStorage, createStorage } from "../../src/core/storage";

const memoryStore = (env: Parameters<typeof createStore>[1] = { storage: createMemoryStorage() }) =>
  createStore(parseConfig({}), env);

describe("listener faults (X-09)", () => {
  it("a page listener that throws reaches the error event, named after its event, and the others still run", () => {
    const store = memoryStore();
    const errors: ConsentErrorEvent[] = [];
    const heard: boolean[] = [];
    store.bus.on("error", (event) => errors.push(event));
    store.bus.on("change", () => {
      throw new Error("page bug");
    });
    store.bus.on("change", ({ state }) => heard.push(state.categories.analytics!));
    store.acceptAll();
    expect(heard).toEqual([true]);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.source).toBe("listener:change");
    expect((errors[0]!.error as Error).message).toBe("page bug");
  });

  it("an error listener that throws itself does not loop or reach the page", () => {
    const store = memoryStore();
    let errorCalls = 0;
    store.bus.on("error", () => {
      errorCalls += 1;
      throw new Error("error handler bug");
    });
    store.bus.on("change", () => {
      throw new Error("page bug");
    });
    expect(() => store.acceptAll()).not.toThrow();
    expect(errorCalls).toBe(1);
    expect(store.granted("analytics")).toBe(true);
  });

  it("a storage that fails to clear on reset becomes a storage error, and the decision is still forgotten", () => {
    const storage = createStorage({
      cookie: {
        read: () => undefined,
        write: () => true,
        remove: () => {
          throw new Error("cannot clear");
        },
      },
    });
    const store = memoryStore({ storage });
    const errors: ConsentErrorEvent[] = [];
    store.bus.on("error", (event) => errors.push(event));
    store.acceptAll();
    expect(() => store.reset()).not.toThrow();
    expect(errors.map((event) => event.source)).toEqual(["storage"]);
    expect(store.state().decided).toBe(false);
    expect(store.granted("analytics")).toBe(false);
  });
});

describe("safe mode (an invalid config, DESIGN 5)", () => {
  it("Accept all is recorded as a refusal, so nothing optional can run", () => {
    const store = memoryStore({ storage: createMemoryStorage(), refuseAll: true });
    store.acceptAll();
    expect(store.state().decided).toBe(true);
    for (const id of ["preferences", "analytics", "marketing"]) expect(store.granted(id)).toBe(false);
    store.set({ analytics: true });
    expect(store.granted("analytics")).toBe(false);
  });
});

// Registering and unregistering loaders (DESIGN 4): what an SPA that mounts and unmounts components would notice.
import { describe, expect, it } from "vitest";
import { createConsentApi, type Loader } from "../../src/api";
import { createMemoryStorage } from "../../src/core/storage";
import type { ConsentErrorEvent } from "../../src/core/store";
import { createGate } from "../../src/gate/index";

function consent() {
  const api = createConsentApi({}, { gate: createGate, environment: { storage: createMemoryStorage() } });
  const errors: ConsentErrorEvent[] = [];
  api.on("error", (event) => void errors.push(event));
  return { api, errors };
}

const loader = (id: string, log: string[], withUnload = true): Loader => ({
  id,
  category: "analytics",
  load: () => void log.push(`load ${id}`),
  ...(withUnload ? { unload: () => void log.push(`unload ${id}`) } : {}),
});

describe("unregistering (DESIGN 4)", () => {
  it("a loader that never loaded is not unloaded when its component goes away", () => {
    const { api } = consent();
    const log: string[] = [];
    api.register(loader("chat", log))();
    api.acceptAll();
    expect(log).toEqual([]);
  });

  it("a loaded loader without unload can be unregistered without an error", () => {
    const { api, errors } = consent();
    const log: string[] = [];
    const off = api.register(loader("pixel", log, false));
    api.acceptAll();
    off();
    expect(log).toEqual(["load pixel"]);
    expect(errors).toEqual([]);
  });

  it("an old unsubscribe called after a remount leaves the new registration in place", () => {
    const { api } = consent();
    const log: string[] = [];
    const first = api.register(loader("chat", log));
    first();
    api.register(loader("chat", log));
    first();
    api.acceptAll();
    api.rejectAll();
    expect(log).toEqual(["load chat", "unload chat"]);
  });

  it("a duplicate id is reported under register:<id> with a readable message", () => {
    const { api, errors } = consent();
    api.register(loader("chat", []));
    api.register(loader("chat", []));
    expect(errors.map((event) => [event.source, (event.error as Error).message])).toEqual([
      ["register:chat", "consentry: duplicate loader chat"],
    ]);
  });

  it("an Error thrown by a loader reaches the page as that same Error, not a wrapped string", () => {
    const { api, errors } = consent();
    const failure = new RangeError("vendor broke");
    api.register({
      id: "vendor",
      category: "analytics",
      load: () => {
        throw failure;
      },
    });
    api.acceptAll();
    expect(errors).toEqual([{ source: "loader:vendor", error: failure }]);
  });
});

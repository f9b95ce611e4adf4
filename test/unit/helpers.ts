// Test doubles for the core: slots that behave like a cookie or localStorage, and a store with a fake clock.
import { parseConfig, type ConsentConfig } from "../../src/integrations/config";
import { createStorage, type RecordSlot } from "../../src/core/storage";
import { createStore, type StoreEnvironment } from "../../src/core/store";

export const DAY = 24 * 60 * 60 * 1000;
export const START = Date.parse("2026-03-01T09:00:00.000Z");

export interface FakeSlot extends RecordSlot {
  value: string | undefined;
  writes: number;
}

export function fakeSlot(initial?: string, { broken = false } = {}): FakeSlot {
  const slot: FakeSlot = {
    value: initial,
    writes: 0,
    read: () => slot.value,
    write(value) {
      slot.writes += 1;
      if (broken) return false;
      slot.value = value;
      return true;
    },
    remove: () => void (slot.value = undefined),
    probe: () => !broken,
  };
  return slot;
}

export interface Harness {
  cookie: FakeSlot;
  local: FakeSlot;
  clock: { now: number };
  external: () => void;
  announced: number;
  store: ReturnType<typeof createStore>;
  reopen(config?: ConsentConfig, env?: Partial<StoreEnvironment>): ReturnType<typeof createStore>;
}

let uuidCounter = 0;
export const fakeUUID = () => `00000000-0000-4000-8000-${String(++uuidCounter).padStart(12, "0")}`;

/** A store over fake cookie + localStorage slots; `reopen()` is a page reload over the same slots. */
export function harness(config: ConsentConfig = {}, env: Partial<StoreEnvironment> = {}): Harness {
  const h = {
    cookie: fakeSlot(),
    local: fakeSlot(),
    clock: { now: START },
    external: () => {},
    announced: 0,
  } as Harness;
  h.reopen = (nextConfig = config, nextEnv = env) => {
    const storage = createStorage({
      cookie: h.cookie,
      local: h.local,
      watch: (fn) => {
        h.external = fn;
        return () => (h.external = () => {});
      },
      announce: () => void (h.announced += 1),
    });
    h.store = createStore(parseConfig(nextConfig), { storage, now: () => h.clock.now, randomUUID: fakeUUID, ...nextEnv });
    h.store.start();
    return h.store;
  };
  h.reopen();
  return h;
}

// Loaders: `load()` when a condition starts to hold, `unload()` when it stops; one failure never stops another.
import type { Loader } from "../api";
import type { Unsubscribe } from "../core/bus";
import type { ConsentStore } from "../core/store";
import { compileCondition, type Condition } from "./condition";
import { namesOptional, needConsent } from "./demand";
import { report } from "./report";

interface Entry {
  readonly loader: Loader;
  readonly holds: Condition;
  active?: boolean;
}

export interface Loaders {
  register(loader: Loader): Unsubscribe;
  /** `false`: unload what no longer holds (teardowns first, L-11); `true`: load what now holds. */
  sync(loading: boolean): void;
}

export function createLoaders(store: ConsentStore): Loaders {
  const entries = new Map<string, Entry>();
  let started = false;
  store.bus.on("ready", () => (started = true), { early: true });

  /** Runs `load` or `unload`; a throw or a rejected promise becomes an `error` event. */
  const run = (entry: Entry, loading: boolean) => {
    const fail = (error: unknown) => report(store, `loader:${entry.loader.id}`, error);
    entry.active = loading;
    try {
      Promise.resolve(loading ? entry.loader.load() : entry.loader.unload?.()).catch(fail);
    } catch (error) {
      fail(error);
    }
  };

  const sync = (loading: boolean) => {
    for (const entry of started ? [...entries.values()] : []) {
      // A loader without `unload` cannot be stopped, so it stays loaded and never loads twice.
      if (!entry.active === loading && entry.holds(store.granted) === loading && (loading || entry.loader.unload)) {
        run(entry, loading);
      }
    }
  };

  return {
    register(loader) {
      const source = `register:${loader.id}`;
      const holds = entries.has(loader.id)
        ? report(store, source, `duplicate loader ${loader.id}`)
        : compileCondition(store, loader.category, source);
      if (!holds) return () => {};
      // Issue 9: a loader that waits for an optional category brings the banner (`banner: "auto"`).
      if (namesOptional(holds.ids)) needConsent(store);
      const entry: Entry = { loader, holds };
      entries.set(loader.id, entry);
      sync(true);
      // Unregistering stops what it started, so a re-register (SPA remount) never loads twice.
      return () => {
        if (entries.get(loader.id) !== entry) return;
        entries.delete(loader.id);
        if (entry.active) run(entry, false);
      };
    },
    sync,
  };
}

// The gate: turns consent state into effects. (Placeholder until the gating issue lands: loaders only.)
import type { GateFactory, Loader } from "../api";

export const createGate: GateFactory = ({ store }) => {
  const loaders = new Map<string, { loader: Loader; loaded: boolean }>();
  const sync = () => {
    for (const entry of loaders.values()) {
      if (!entry.loaded && store.granted(entry.loader.category)) {
        entry.loaded = true;
        void entry.loader.load();
      }
    }
  };
  const off = store.bus.on("change", sync, { early: true });
  return {
    register(loader) {
      loaders.set(loader.id, { loader, loaded: false });
      sync();
      return () => void loaders.delete(loader.id);
    },
    destroy: off,
  };
};

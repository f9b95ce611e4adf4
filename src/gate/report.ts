// One way for every gate and integration fault to reach the page: an `error` event, never an exception (DESIGN 4).
import type { ConsentStore } from "../core/store";

export const report = (store: ConsentStore, source: string, error: unknown): void =>
  store.bus.emit("error", { source, error: typeof error == "string" ? new Error(`consentry: ${error}`) : error });

// Issue 9: does anything on this page need consent? With `banner: "auto"` the first layer shows once the answer is
// "yes": at start when the config says so (configNeedsConsent, asked by the UI, so a headless bundle carries none of
// it), later when the gate sees a gated tag or a loader for an optional category, and says so with a sticky
// `optional` event on the store's bus.
import type { Registry } from "../core/categories";
import { NECESSARY, STORAGE_KINDS } from "../core/categories";
import type { ConsentStore } from "../core/store";

export const needConsent = (store: ConsentStore): void => store.bus.emit("optional", undefined);

/** Category ids other than `necessary`: what a loader must name to need consent. */
export const namesOptional = (ids: readonly string[]): boolean => ids.some((id) => id != NECESSARY);

/** An optional category that declares anything (a configured vendor says so itself: integrations/section.ts). */
export const configNeedsConsent = (registry: Registry): unknown =>
  registry.all.some((category) => !category.required && STORAGE_KINDS.some((kind) => category[kind][0]));

// The gate: turns consent state into effects. Teardowns and erasing run before the page's `change` listeners (X-09, L-11).
import type { ConsentContext, GatePart } from "../api";
import { eraseCategories } from "./cleanup";
import { createLoaders } from "./loaders";
import { createTags, type Placeholder } from "./tags";

export type { Placeholder } from "./tags";

export const createGate = (context: ConsentContext, placeholder?: Placeholder): GatePart => {
  const { store, window: win, config } = context;
  const loaders = createLoaders(store);
  const syncTags = win && createTags(context, win, placeholder);

  // Stop what is revoked, erase what it left (L-11 steps 2-3), then start what is granted.
  const apply = (revoked: readonly string[], thorough?: boolean) => {
    loaders.sync(false);
    if (win) eraseCategories(store, win, config.cookie.name, revoked, thorough);
    loaders.sync(true);
    syncTags?.();
  };
  // At start every denied category is swept too: leftovers of an expired or withdrawn decision go (L-01).
  store.bus.on(
    "ready",
    (state) => apply(store.registry.optional.filter((id) => !state.categories[id]), false),
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: a guard; createConsentApi builds the gate before any page code can subscribe.
    { early: true },
  );
  // Stryker disable next-line ObjectLiteral,BooleanLiteral: the same guard; the gate is built before any page listener.
  store.bus.on("change", ({ revoked }) => apply(revoked), { early: true });
  return { register: loaders.register };
};

// A small typed event emitter: listeners isolated from each other, sticky events replayed to late subscribers.
export type Listener<T> = (payload: T) => void;
export type Unsubscribe = () => void;

export interface Bus<Events extends Record<string, unknown>> {
  /** Subscribe; `early` listeners (the SDK's own effects) run before the page's. */
  on<K extends keyof Events>(event: K, listener: Listener<Events[K]>, options?: { early?: boolean }): Unsubscribe;
  emit<K extends keyof Events>(event: K, payload: Events[K]): void;
  clear(): void;
}

/**
 * `sticky` events replay their last payload to late subscribers. The `held` event, emitted while no page listener
 * (not `early`) hears it, is kept (the first 20) and replayed to each early subscriber and to the first page one, who
 * takes it (L-12: errors raised while starting reach the page's first `error` subscriber).
 */
export function createBus<Events extends Record<string, unknown>>(
  sticky: readonly (keyof Events)[],
  onListenerError: (error: unknown, event: keyof Events) => void = reportLater,
  held?: keyof Events,
): Bus<Events> {
  const early = new Map<keyof Events, Set<Listener<never>>>();
  const late = new Map<keyof Events, Set<Listener<never>>>();
  const fired = new Map<keyof Events, unknown>();
  const unheard: unknown[] = [];

  const call = (event: keyof Events, listener: Listener<never>, payload: unknown) => {
    try {
      (listener as Listener<unknown>)(payload);
    } catch (error) {
      onListenerError(error, event);
    }
  };

  return {
    on(event, listener, options) {
      const table = options?.early ? early : late;
      let set = table.get(event);
      if (!set) table.set(event, (set = new Set()));
      // A wrapper per subscription, so the same function subscribed twice is two subscriptions.
      const entry: Listener<never> = (payload) => (listener as Listener<unknown>)(payload);
      set.add(entry);
      if (fired.has(event)) call(event, entry, fired.get(event));
      if (event === held) for (const payload of options?.early ? [...unheard] : unheard.splice(0)) call(event, entry, payload);
      return () => void set.delete(entry);
    },
    emit(event, payload) {
      const frozen = deepFreeze(payload);
      if (sticky.includes(event)) fired.set(event, frozen);
      if (event === held && !late.get(event)?.size && unheard.length < 20) unheard.push(frozen);
      for (const table of [early, late]) {
        for (const listener of [...(table.get(event) ?? [])]) call(event, listener, frozen);
      }
    },
    clear() {
      early.clear();
      late.clear();
    },
  };
}

/**
 * Payloads are frozen so that no listener can change what the next one sees. An object already frozen is
 * still walked: a page's value (an error it threw) may be frozen only at the top. `seen` stops at cycles.
 */
export function deepFreeze<T>(value: T, seen = new WeakSet<object>()): T {
  if (typeof value == "object" && value && !seen.has(value)) {
    seen.add(Object.freeze(value));
    for (const inner of Object.values(value)) deepFreeze(inner, seen);
  }
  return value;
}

// A throwing listener must not stop the others, yet its error should still surface in the console.
function reportLater(error: unknown): void {
  setTimeout(() => {
    throw error;
  });
}

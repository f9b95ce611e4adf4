// Optional parts of the drop-in live in files beside it (dist/consentry.<name>.mjs) and load only on pages whose
// config asks for them, so a site without PostHog or a consent log does not pay for their bytes.
import type { Addon, ConsentContext, Integration } from "../api";
import type { ChangeEvent, ConsentStore } from "../core/store";

export type ResolvedKey = "posthog" | "log" | "services";


/** `consentry.<name>.mjs` beside the drop-in's own URL (falling back to the page's base). */
export function addonUrl(name: string, scriptSrc: string | undefined, base: string): string {
  return new URL(`consentry.${name}.mjs`, scriptSrc || base).href;
}

/**
 * Runs the integration exported by an addon once it has loaded. Decisions made meanwhile are not lost: its
 * `change` listeners first hear every `change` since start, in order (`ready` is sticky already).
 */
export function lazyIntegration(key: ResolvedKey, load: (url: string) => Promise<{ default: Addon }>, scriptSrc?: string): Integration {
  return (context) => {
    if (!context.config[key] || !context.window) return;
    const { store } = context;
    const missed: ChangeEvent[] = [];
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: `change` is not the held event, so early or late only orders this buffer among listeners; nothing reads it before the addon arrives.
    const stopBuffering = store.bus.on("change", (event) => void missed.push(event), { early: true });
    let teardown: void | (() => void);
    const url = (name: string) => addonUrl(name, scriptSrc, context.window!.document.baseURI);
    load(url(key))
      .then(({ default: integration }) => {
        stopBuffering();
        if (!context.signal.aborted) teardown = integration(withReplay(context, missed), (name) => load(url(name)));
      })
      .catch((error) => store.bus.emit("error", { source: `addon:${key}`, error }));
    return () => {
      stopBuffering();
      teardown?.();
    };
  };
}

function withReplay(context: ConsentContext, missed: readonly ChangeEvent[]): ConsentContext {
  const { bus } = context.store;
  const replaying: ConsentStore["bus"] = {
    ...bus,
    on(event, listener, options) {
      const off = bus.on(event, listener, options);
      if (event === "change") for (const change of missed) (listener as (payload: ChangeEvent) => void)(change);
      return off;
    },
  };
  return { ...context, store: { ...context.store, bus: replaying } };
}

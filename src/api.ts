// Puts the parts together: config -> store -> gate, integrations, UI. Every entry builds its API here.
import type { Listener, Unsubscribe } from "./core/bus";
import { parseConfig, type ConfigSection, type CoreConfig, type CoreResolvedConfig } from "./core/config";
import { createBrowserStorage, createMemoryStorage, type PageWindow, type StorageMode } from "./core/storage";
import { createStore, type ConsentEvents, type ConsentState, type ConsentStore, type StoreEnvironment } from "./core/store";

/** A piece of code that runs only while its condition holds (DESIGN 4). */
export interface Loader {
  readonly id: string;
  /** A category id, or a condition over ids: `analytics && !marketing`, `analytics || preferences`. */
  readonly category: string;
  load(): void | Promise<unknown>;
  unload?(): void | Promise<unknown>;
}

export interface ConsentApi {
  granted(category: string): boolean;
  state(): ConsentState;
  acceptAll(): void;
  rejectAll(): void;
  set(choices: Readonly<Record<string, boolean>>): void;
  reset(): void;
  open(): void;
  close(): void;
  show(): void;
  on<K extends keyof ConsentEvents>(event: K, listener: Listener<ConsentEvents[K]>): Unsubscribe;
  whenGranted(category: string, callback: () => void): Unsubscribe;
  register(loader: Loader): Unsubscribe;
  renderDeclaration(element: Element): void;
  /** Issue 9: the category switches and a Save button, inline in `element` (an account settings page). */
  renderPreferences(element: Element): void;
  /** Where the record is kept: `cookie+local`, `cookie`, `local` or `memory` (S-04). */
  readonly storage: StorageMode;
  /** Removes every listener, node and subscription this instance added. */
  destroy(): void;
}

/** What each part is handed: the store, the parsed config, the page, and a signal that aborts on destroy. */
export interface ConsentContext {
  readonly store: ConsentStore;
  readonly config: CoreResolvedConfig;
  readonly api: ConsentApi;
  readonly window: PageWindow | undefined;
  readonly signal: AbortSignal;
  /** CSP nonce for every script and style the SDK creates: `config.nonce`, else the drop-in's own. */
  readonly nonce: string | undefined;
}

export interface UiPart {
  open(): void;
  close(): void;
  show(): void;
  /** The cookie declaration into `element`; with `preferences`, the inline preferences instead (issue 9). */
  renderDeclaration(element: Element, preferences?: boolean): void;
  destroy?(): void;
}

export interface GatePart {
  register(loader: Loader): Unsubscribe;
  destroy?(): void;
}

export type UiFactory = (context: ConsentContext) => UiPart;
export type GateFactory = (context: ConsentContext) => GatePart;
/**
 * Runs once at start, before `ready`, so it can act synchronously (Consent Mode's `default`, G-02). One that reads a
 * vendor section of the config (`posthog`, `googleConsentMode`) carries its schema, so the config is checked with it.
 */
export type Integration = ((context: ConsentContext) => void | (() => void)) & { readonly configSection?: ConfigSection };

/** Fetches another part beside the drop-in by its name (`service.clarity`, `locale.fr`), for a part that needs more. */
export type PartLoader = (name: string) => Promise<unknown>;

/** What a drop-in part exports (dist/consentry.<name>.mjs): an integration, which may fetch further parts of its own. */
export type Addon = (context: ConsentContext, loadPart: PartLoader) => void | (() => void);

export interface Parts {
  ui?: UiFactory;
  gate?: GateFactory;
  integrations?: readonly Integration[];
  environment?: Partial<StoreEnvironment>;
  window?: PageWindow;
  /** The nonce of the script that loaded the SDK, when the drop-in knows it. */
  nonce?: string;
}

export function createConsentApi(input: CoreConfig | undefined, parts: Parts = {}): ConsentApi {
  const config = parseConfig(input, parts.integrations?.flatMap((integration) => integration.configSection ?? []));
  const win = parts.window ?? (typeof window === "undefined" ? undefined : window);
  const controller = new AbortController();
  const store = createStore(config, {
    storage: win ? createBrowserStorage({ cookie: config.cookie, window: win }) : createMemoryStorage(),
    gpcSignal: () => (win?.navigator as { globalPrivacyControl?: boolean } | undefined)?.globalPrivacyControl === true,
    ...parts.environment,
  });

  let ui: UiPart | undefined;
  let gate: GatePart | undefined;
  const teardowns: (() => void)[] = [];

  const api: ConsentApi = {
    granted: (category) => store.granted(category),
    state: () => store.state(),
    acceptAll: () => store.acceptAll(),
    rejectAll: () => store.rejectAll(),
    set: (choices) => store.set(choices, "api"),
    reset: () => store.reset(),
    open: () => (ui ? ui.open() : store.bus.emit("open", undefined)),
    close: () => (ui ? ui.close() : store.bus.emit("close", undefined)),
    show: () => ui?.show(),
    on: (event, listener) => store.bus.on(event, listener),
    whenGranted(category, callback) {
      let off: Unsubscribe = () => {};
      const run = () => {
        off();
        try {
          callback();
        } catch (error) {
          store.bus.emit("error", { source: `whenGranted:${category}`, error });
        }
      };
      if (store.granted(category)) {
        run();
        return off;
      }
      off = store.bus.on("change", () => {
        if (store.granted(category)) run();
      });
      return () => off();
    },
    register: (loader) => {
      if (gate) return gate.register(loader);
      store.bus.emit("error", { source: "register", error: new Error("consentry: no gate (safe mode?)") });
      return () => {};
    },
    renderDeclaration: (element) => ui?.renderDeclaration(element),
    renderPreferences: (element) => ui?.renderDeclaration(element, true),
    get storage() {
      return store.storageMode();
    },
    destroy() {
      controller.abort();
      for (const teardown of teardowns.splice(0)) teardown();
      ui?.destroy?.();
      gate?.destroy?.();
      store.destroy();
    },
  };

  const context: ConsentContext = {
    store,
    config,
    api,
    window: win,
    signal: controller.signal,
    nonce: config.nonce ?? parts.nonce,
  };
  gate = parts.gate?.(context);
  for (const integration of parts.integrations ?? []) {
    try {
      const teardown = integration(context);
      if (teardown) teardowns.push(teardown);
    } catch (error) {
      store.bus.emit("error", { source: "integration", error });
    }
  }
  ui = parts.ui?.(context);
  store.start();
  return api;
}

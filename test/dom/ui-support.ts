// Mounts the UI part on a real store in happy-dom, with a memory storage the test can pre-fill.
import { configure, within, type BoundFunctions, type queries } from "@testing-library/dom";
import { createConsentApi, type ConsentApi } from "../../src/api";
import type { ConsentConfig } from "../../src/integrations/config";
import { encodeRecord, type ConsentRecord } from "../../src/core/record";
import { createStorage, type ConsentStorage } from "../../src/core/storage";
import type { StoreEnvironment } from "../../src/core/store";
import { mountUi } from "../../src/ui/index";

export interface Mounted {
  api: ConsentApi;
  host: HTMLElement;
  root: ShadowRoot;
  /** Testing Library queries scoped to the shadow root. */
  ui: BoundFunctions<typeof queries>;
}

const mounted: ConsentApi[] = [];

// The default error printer cannot print a ShadowRoot; the message alone says what was not found.
configure({ getElementError: (message) => Object.assign(new Error(message ?? ""), { name: "TestingLibraryElementError" }) });

/** A storage whose cookie slot starts with `record` (a stored decision), for "re-opening shows the stored choices". */
export function storageWith(record?: ConsentRecord): ConsentStorage {
  let value = record ? encodeRecord(record) : undefined;
  return createStorage({ cookie: { read: () => value, write: (next) => ((value = next), true), remove: () => (value = undefined) } });
}

/**
 * `config` is loosely typed here because `ConsentConfig` does not yet admit a translation's string keys
 * (schema `object(shape, rest)` drops `rest` from its Input type); the runtime parser accepts them.
 */
export function mount(config: Record<string, unknown> = {}, environment: Partial<StoreEnvironment> = {}): Mounted {
  const earlier = new Set(document.querySelectorAll("consentry-ui"));
  // Most tests are about the banner itself: it shows whatever the page holds unless a test asks for "auto" (issue 9).
  const api = createConsentApi({ banner: "always", ...config } as ConsentConfig, { ui: mountUi, window: window as never, environment: { storage: storageWith(), ...environment } });
  mounted.push(api);
  // The UI prepends its host to <body> (A-01) when it first shows something (issue 12: a decided visit builds
  // nothing), so this instance's host is the one that was not there before, looked up when a test asks.
  let found: HTMLElement | undefined;
  const ownHost = () => (found ??= [...document.querySelectorAll<HTMLElement>("consentry-ui")].find((host) => !earlier.has(host)));
  ownHost();
  const ownRoot = () => ownHost()?.shadowRoot ?? document.createElement("div").attachShadow({ mode: "open" });
  const ui = new Proxy({} as BoundFunctions<typeof queries>, {
    get: (_, query: string) => (...args: unknown[]) =>
      (within(ownRoot() as unknown as HTMLElement) as unknown as Record<string, (...args: unknown[]) => unknown>)[query]!(...args),
  });
  return {
    api,
    get host() {
      const host = ownHost();
      if (!host) throw new Error("the UI has not mounted: nothing has shown yet");
      return host;
    },
    get root() {
      return this.host.shadowRoot!;
    },
    ui,
  };
}

export function unmountAll(): void {
  for (const api of mounted.splice(0)) api.destroy();
  document.body.replaceChildren();
  document.documentElement.lang = "en";
}

export function record(overrides: Partial<ConsentRecord> = {}): ConsentRecord {
  const now = new Date().toISOString();
  return {
    v: 1,
    id: "0b6c4f1e-8a8e-4f5a-9c1d-2b3e4f5a6b7c",
    revision: 1,
    decidedAt: now,
    updatedAt: now,
    categories: { preferences: false, analytics: true, marketing: false },
    method: "custom",
    gpc: false,
    ...overrides,
  } as ConsentRecord;
}

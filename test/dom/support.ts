// Mounts the UI part on a real store in happy-dom, with a memory storage the test can pre-fill.
import { within } from "@testing-library/dom";
import { createConsentApi, type ConsentApi } from "../../src/api";
import type { ConsentConfig } from "../../src/core/config";
import { encodeRecord, type ConsentRecord } from "../../src/core/record";
import { createStorage, type ConsentStorage } from "../../src/core/storage";
import type { StoreEnvironment } from "../../src/core/store";
import { mountUi } from "../../src/ui/index";

export interface Mounted {
  api: ConsentApi;
  host: HTMLElement;
  root: ShadowRoot;
  /** Testing Library queries scoped to the shadow root. */
  ui: ReturnType<typeof within>;
}

const mounted: ConsentApi[] = [];

/** A storage whose cookie slot starts with `record` (a stored decision), for "re-opening shows the stored choices". */
export function storageWith(record?: ConsentRecord): ConsentStorage {
  let value = record ? encodeRecord(record) : undefined;
  return createStorage({ cookie: { read: () => value, write: (next) => ((value = next), true), remove: () => (value = undefined) } });
}

export function mount(config: ConsentConfig = {}, environment: Partial<StoreEnvironment> = {}): Mounted {
  const api = createConsentApi(config, { ui: mountUi, window: window as never, environment: { storage: storageWith(), ...environment } });
  mounted.push(api);
  const hosts = document.querySelectorAll("consentry-ui");
  const host = hosts[hosts.length - 1] as HTMLElement;
  const root = host.shadowRoot!;
  return { api, host, root, ui: within(root as unknown as HTMLElement) };
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

// Issue 29: the drop-in's few lines for `regions` (src/page/regions.ts) and the "never" banner of a `none` region
// (src/page/lazy-ui.ts, src/ui/index.ts), one at a time in happy-dom.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createConsentApi, type ConsentApi, type Integration, type Parts, type UiPart } from "../../src/api";
import { ConfigError } from "../../src/core/config";
import { createMemoryStorage } from "../../src/core/storage";
import { lazyUi } from "../../src/page/lazy-ui";
import { hasRegions, startInRegion } from "../../src/page/regions";
import { mount, unmountAll } from "./ui-support";

const made: ConsentApi[] = [];

afterEach(() => {
  for (const api of made.splice(0)) api.destroy();
  unmountAll();
  delete (window as { Consent?: unknown }).Consent;
  delete (window as { dataLayer?: unknown }).dataLayer;
  delete (window as { gtag?: unknown }).gtag;
});

describe("the drop-in's regions hook (issue 29)", () => {
  it("notices `regions` or `regionFromTimeZone` in a config object, nothing else", () => {
    expect([hasRegions({ regions: {} }), hasRegions({ regionFromTimeZone: true }), hasRegions({ revision: 1 }), hasRegions(undefined), hasRegions("regions")]).toEqual([true, true, false, false, false]);
  });

  it("starts what the part started, with the part's config, stamp and page wiring after the SDK's own (issue 27: the first layer pushed Consent Mode's default)", async () => {
    const started: { config: unknown; parts: Parts }[] = [];
    const startWith = (config: unknown, parts: Parts) => {
      started.push({ config, parts });
      return { granted: () => false } as unknown as ConsentApi;
    };
    const wiring: Integration = () => {};
    let resolvePart!: (part: unknown) => void;
    const load = vi.fn((name: string) => (name == "regions" ? new Promise((done) => (resolvePart = done)) : Promise.reject(new Error(name))));
    const api = startInRegion({ regions: {}, googleConsentMode: {} }, null, load, { integrations: [wiring] }, startWith);
    expect(started).toHaveLength(0);
    const mine: Integration = () => {};
    resolvePart(({ start }: { start: (config: unknown, environment: object, integration: Integration, issues?: string[]) => ConsentApi }) =>
      start({ mode: "opt-out" }, { stamp: { mode: "opt-out" } }, mine),
    );
    await api;
    expect(started).toHaveLength(1);
    expect(started[0]!.config).toEqual({ mode: "opt-out" });
    expect(started[0]!.parts.environment).toEqual({ stamp: { mode: "opt-out" } });
    expect(started[0]!.parts.integrations).toEqual([wiring, mine]);
  });

  it("the part's issues and a part that cannot load are safe mode with a ConfigError", async () => {
    const configs: unknown[] = [];
    const startWith = (config: unknown) => (configs.push(config), {} as ConsentApi);
    await startInRegion({ regions: {} }, null, () => Promise.resolve((input: { start: (...args: unknown[]) => ConsentApi }) => input.start(undefined, {}, () => {}, ["regions.ZZ: expected a code"])), { integrations: [] }, startWith);
    await startInRegion({ regions: {} }, null, () => Promise.reject(new Error("consentry.regions.mjs did not load")), { integrations: [] }, startWith);
    expect(configs.map((config) => config instanceof ConfigError && config.issues)).toEqual([["regions.ZZ: expected a code"], ["regions: consentry.regions.mjs did not load"]]);
  });
});

describe('banner: "never", a none region (issue 29)', () => {
  it("the lazy UI loads nothing at start, nor when something optional appears; open() still loads it", () => {
    const asked: (string | undefined)[] = [];
    const part: UiPart = { open() {}, close() {}, show() {}, renderDeclaration() {} };
    const api = createConsentApi(
      { banner: "never", categories: { analytics: { cookies: ["_stats"] } } },
      { window, environment: { storage: createMemoryStorage() }, ui: lazyUi((_context, call) => (asked.push(call), Promise.resolve(() => part))), integrations: [({ store }) => store.bus.emit("optional", undefined)] },
    );
    made.push(api);
    expect(asked).toEqual([]);
    api.open();
    expect(asked).toEqual(["open"]);
  });

  it("the UI draws no banner by itself where the config needs consent; show() draws it", () => {
    const { api, ui } = mount({ banner: "never", categories: { analytics: { cookies: ["_stats"] } } });
    expect(ui.queryByRole("region", { name: "We value your privacy" })).toBeNull();
    api.show();
    expect(ui.getByRole("region", { name: "We value your privacy" })).toBeTruthy();
  });
});

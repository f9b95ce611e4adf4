// When the banner shows (issue 9): with `banner: "auto"` (the default) only once something on the page needs
// consent, and at the moment it appears; `banner: "always"` keeps it on every undecided visit.
import { within } from "@testing-library/dom";
import { afterEach, describe, expect, it } from "vitest";
import { createConsentApi, type ConsentApi } from "../../src/api";
import type { ConsentConfig } from "../../src/integrations/config";
import { createGate } from "../../src/gate/index";
import { builtInIntegrations } from "../../src/integrations/index";
import { mountUi } from "../../src/ui/index";
import { storageWith } from "./ui-support";

let api: ConsentApi | undefined;

function start(config: ConsentConfig) {
  const storage = storageWith();
  // The vendor integrations say themselves that a configured vendor needs consent (src/integrations/section.ts).
  const integrations = builtInIntegrations;
  api = createConsentApi(config, { ui: mountUi, gate: createGate, integrations, window: window as never, environment: { storage } });
  // The host is made when the UI first shows something (issue 12), so it is looked up each time.
  const root = () => (document.body.querySelector("consentry-ui") as HTMLElement | null)?.shadowRoot;
  const banner = () => {
    const shadow = root();
    return shadow ? within(shadow as unknown as HTMLElement).queryByRole("region") : null;
  };
  return { api, banner, storage };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  api?.destroy();
  api = undefined;
  document.body.replaceChildren();
});

describe("banner: auto (issue 9)", () => {
  it("a site with only necessary storage shows no banner and writes nothing", () => {
    const { banner, storage } = start({ categories: { necessary: { cookies: ["authjs.session-token"] } } });
    expect(banner()).toBeNull();
    expect(storage.load(Date.now())).toBeUndefined();
  });

  it("the footer link, the API and the declaration still work there", () => {
    const { api, banner } = start({});
    api.open();
    const root = (document.body.querySelector("consentry-ui") as HTMLElement).shadowRoot!;
    expect(within(root as unknown as HTMLElement).getByRole("dialog", { name: "Privacy preferences" })).toBeTruthy();
    api.show();
    expect(banner()).not.toBeNull();
  });

  it.each([
    ["an optional category declares a cookie", { categories: { analytics: { cookies: ["_ga"] } } }],
    ["an optional category declares an IndexedDB database", { categories: { marketing: { indexedDB: ["ads-db"] } } }],
    ["PostHog is configured", { posthog: { apiKey: "phc_test" } }],
    ["Google Consent Mode is configured", { googleConsentMode: {} }],
    ['banner is "always"', { banner: "always" }],
  ] as [string, ConsentConfig][])("shows at start when %s", (_, config) => {
    expect(start(config).banner()).not.toBeNull();
  });

  it("shows at the moment a gated tag appears (an SPA route)", async () => {
    const { banner } = start({});
    expect(banner()).toBeNull();
    const script = document.createElement("script");
    script.type = "text/plain";
    script.dataset.consent = "analytics";
    document.body.append(script);
    await tick();
    expect(banner()).not.toBeNull();
  });

  it("shows at the moment a loader for an optional category registers, not for a necessary one", () => {
    const { api, banner } = start({});
    api.register({ id: "always-on", category: "necessary", load() {} });
    expect(banner()).toBeNull();
    api.register({ id: "chat", category: "preferences || analytics", load() {} });
    expect(banner()).not.toBeNull();
  });

  it("shows at the moment a loader that needs necessary and an optional category registers", () => {
    const { api, banner } = start({});
    api.register({ id: "support-chat", category: "necessary && preferences", load() {} });
    expect(banner()).not.toBeNull();
  });

  it("a decision made, nothing shows; reset() asks again only where consent is needed", () => {
    const quiet = start({});
    quiet.api.acceptAll();
    quiet.api.reset();
    expect(quiet.banner()).toBeNull();
    api!.destroy();
    document.body.replaceChildren();
    const needed = start({ categories: { analytics: { storage: ["ph_*"] } } });
    needed.api.rejectAll();
    expect(needed.banner()?.hidden ?? true).toBe(true);
    needed.api.reset();
    expect(needed.banner()).not.toBeNull();
  });
});

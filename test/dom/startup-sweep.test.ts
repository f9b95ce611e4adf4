// The start-up sweep (L-01, L-11): what a denied category left behind is gone before the page hears `ready`, and what a
// granted category keeps is never touched on a reload.
import { afterEach, describe, expect, it } from "vitest";
import { createConsentApi, type ConsentApi } from "../../src/api";
import type { ConsentConfig } from "../../src/integrations/config";
import { createMemoryStorage, type ConsentStorage } from "../../src/core/storage";
import { createGate } from "../../src/gate/index";

const config: ConsentConfig = {
  categories: { analytics: { storage: ["ph_*"] }, marketing: { storage: ["_fbp*"], cookies: [{ name: "_fbp" }] } },
};
const started: ConsentApi[] = [];

/** A page load over `storage` (kept across loads, like the browser's). */
function load(storage: ConsentStorage): ConsentApi {
  const api = createConsentApi(config, { gate: createGate, environment: { storage } });
  started.push(api);
  return api;
}

afterEach(() => {
  for (const api of started.splice(0)) api.destroy();
  localStorage.clear();
  document.cookie = "_fbp=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/";
});

describe("on a reload (L-01, L-11)", () => {
  it("a granted category keeps its keys and cookies; only the denied one's are swept", () => {
    const storage = createMemoryStorage();
    load(storage).set({ analytics: true, marketing: false });
    localStorage.setItem("ph_phc_x_posthog", "distinct id");
    localStorage.setItem("_fbp_leftover", "x");

    const reloaded = load(storage);
    expect(reloaded.granted("analytics")).toBe(true);
    expect(localStorage.getItem("ph_phc_x_posthog")).toBe("distinct id");
    expect(localStorage.getItem("_fbp_leftover")).toBeNull();
  });

  it("the page's own ready listeners already find the denied leftovers gone", () => {
    localStorage.setItem("ph_leftover", "x");
    let seen: string | null | undefined;
    const api = createConsentApi(config, {
      gate: createGate,
      environment: { storage: createMemoryStorage() },
      // An integration subscribes before start, as a page's early script would.
      integrations: [({ api: page }) => void page.on("ready", () => (seen = localStorage.getItem("ph_leftover")))],
    });
    started.push(api);
    expect(seen).toBeNull();
  });
});

// The gate without a page (server rendering, tests in Node): decisions still gate loaders, and erasing has nothing to do.
import { describe, expect, it } from "vitest";
import { createConsentApi } from "../../src/api";
import { createMemoryStorage } from "../../src/core/storage";
import type { ConsentErrorEvent } from "../../src/core/store";
import { createGate } from "../../src/gate/index";

describe("no window (DESIGN 4)", () => {
  it("withdrawing a category that declares cookies and keys raises no error and still unloads its loader", () => {
    const api = createConsentApi(
      { categories: { analytics: { cookies: [{ name: "_ga" }], storage: ["ph_*"] } } },
      { gate: createGate, environment: { storage: createMemoryStorage() } },
    );
    const errors: ConsentErrorEvent[] = [];
    api.on("error", (event) => void errors.push(event));
    let running = false;
    api.register({ id: "stats", category: "analytics", load: () => void (running = true), unload: () => void (running = false) });
    api.acceptAll();
    expect(running).toBe(true);
    api.rejectAll();
    expect(running).toBe(false);
    expect(errors).toEqual([]);
  });
});

// Issue 13's store rules: closing the banner is refusing (L-05, CNIL) and exempt audience measurement (L-20).
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/core/config";
import { CONSENT_METHODS, decodeRecord } from "../../src/core/record";
import { harness } from "./helpers";

const gpc = { gpcSignal: () => true };
const exempt = { categories: { analytics: { exempt: true, storage: ["stats_*"] } } };

describe("closing the banner is refusing (L-05)", () => {
  it("rejectAll('dismiss') refuses every optional category and records method dismiss (L-05, L-12)", () => {
    const h = harness(exempt);
    h.store.rejectAll("dismiss");
    expect(h.store.state()).toMatchObject({
      decided: true,
      method: "dismiss",
      categories: { preferences: false, analytics: false, marketing: false },
    });
    // The stored copy decodes, so a reload keeps the refusal and shows no banner (L-14).
    expect(decodeRecord(h.cookie.value)?.method).toBe("dismiss");
    expect(h.reopen(exempt).state()).toMatchObject({ decided: true, method: "dismiss" });
  });

  it("dismiss is one of the methods the record and the consent log accept (L-12)", () => {
    expect(CONSENT_METHODS).toContain("dismiss");
  });

  it("config closeButton takes a boolean and nothing else (L-05)", () => {
    expect(parseConfig({ closeButton: true }).closeButton).toBe(true);
    expect(parseConfig({}).closeButton).toBeUndefined();
    expect(() => parseConfig({ closeButton: "yes" })).toThrow(ConfigError);
    expect(() => parseConfig({ closeButton: "yes" })).toThrow(/closeButton/);
  });
});

describe("exempt audience measurement (L-20)", () => {
  it("an exempt category runs before any decision; the others stay denied (L-20, L-02)", () => {
    const { store } = harness(exempt);
    expect(store.state().decided).toBe(false);
    expect(store.granted("analytics")).toBe(true);
    expect(store.granted("marketing")).toBe(false);
    expect(store.granted("preferences")).toBe(false);
  });

  it("without exempt: true the same category waits for consent (L-02)", () => {
    expect(harness({ categories: { analytics: {} } }).store.granted("analytics")).toBe(false);
  });

  it("Reject all turns it off and lists it as revoked, so its items are erased (L-20, L-11)", () => {
    const h = harness(exempt);
    const revoked: string[][] = [];
    h.store.bus.on("change", (event) => void revoked.push([...event.revoked]));
    h.store.rejectAll();
    expect(h.store.granted("analytics")).toBe(false);
    expect(revoked).toEqual([["analytics"]]);
    expect(h.reopen(exempt).granted("analytics")).toBe(false);
  });

  it("an objection (its switch off) turns it off and keeps it off (L-20)", () => {
    const h = harness(exempt);
    h.store.set({ analytics: false }, "custom");
    expect(h.store.granted("analytics")).toBe(false);
    expect(h.reopen(exempt).granted("analytics")).toBe(false);
  });

  it("a GPC signal turns it off before any decision, and Accept all does not grant it (L-20, L-17)", () => {
    const h = harness(exempt, gpc);
    expect(h.store.granted("analytics")).toBe(false);
    h.store.acceptAll();
    expect(h.store.state().categories).toMatchObject({ analytics: false, marketing: false, preferences: true });
  });

  it("a GPC signal that arrives after it was on overrides the stored yes, recorded as gpc (L-20, L-17)", () => {
    const h = harness(exempt);
    h.store.set({ preferences: true }, "custom");
    expect(h.store.granted("analytics")).toBe(true);
    const store = h.reopen(exempt, gpc);
    expect(store.granted("analytics")).toBe(false);
    expect(store.granted("preferences")).toBe(true);
    expect(store.state().method).toBe("gpc");
  });

  it("config exempt takes a boolean and nothing else", () => {
    expect(() => parseConfig({ categories: { analytics: { exempt: "yes" } } })).toThrow(/categories\.analytics\.exempt/);
  });
});

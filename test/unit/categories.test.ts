// The category registry: built-ins, relabelling, custom categories, globs.
import { describe, expect, it } from "vitest";
import { createRegistry, globToRegExp, matchesGlob } from "../../src/core/categories";
import { parseConfig } from "../../src/core/config";

describe("category registry", () => {
  it("has the four built-ins, necessary first and required (L-02)", () => {
    const registry = createRegistry(parseConfig({}));
    expect(registry.all.map((c) => c.id)).toEqual(["necessary", "preferences", "analytics", "marketing"]);
    expect(registry.get("necessary")?.required).toBe(true);
    expect(registry.optional).toEqual(["preferences", "analytics", "marketing"]);
  });

  it("relabels a built-in and appends custom categories in config order", () => {
    const registry = createRegistry(
      parseConfig({ categories: { support: { label: "Support chat" }, analytics: { label: "Statistics" } } }),
    );
    expect(registry.all.map((c) => c.id)).toEqual(["necessary", "preferences", "analytics", "marketing", "support"]);
    expect(registry.get("analytics")?.label).toBe("Statistics");
    expect(registry.get("support")).toMatchObject({ label: "Support chat", required: false });
    expect(registry.has("support")).toBe(true);
    expect(registry.has("nope")).toBe(false);
  });

  it("matches cookie names against * globs and nothing else", () => {
    expect(matchesGlob("ph_phc_abc_posthog", "ph_*_posthog")).toBe(true);
    expect(matchesGlob("ph_phc_abc_posthog_x", "ph_*_posthog")).toBe(false);
    expect(matchesGlob("_ga", "_ga")).toBe(true);
    expect(matchesGlob("_gax", "_ga")).toBe(false);
    expect(matchesGlob("_ga_123", "_ga*")).toBe(true);
    // Regex metacharacters in names are literal.
    expect(globToRegExp("a.b*").test("axb1")).toBe(false);
    expect(globToRegExp("a.b*").test("a.b1")).toBe(true);
  });
});

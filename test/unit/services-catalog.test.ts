// The catalog as data (issue 26): every service file is listed, named as its file, in a built-in category, with its
// provider, documented sources and declarations; bad settings are config errors naming the path and what is expected
// (DESIGN 5), in the npm runtime as in `consentry check`.
import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createConsent } from "../../src/entries/index";
import { configProblems } from "../../src/node/config-problems";
import { CATALOG } from "../../src/services/all";
import { services } from "../../src/services/index";
import { NECESSARY_SERVICES, SERVICE_NAME } from "../../src/services/shape";
import { createMemoryStorage } from "../../src/core/storage";

const files = readdirSync(resolve(import.meta.dirname, "../../src/services/catalog")).map((file) => file.replace(/\.ts$/, ""));

describe("the services catalog (issue 26)", () => {
  it("lists every file of src/services/catalog, each under its file's name", () => {
    expect(CATALOG.map((entry) => entry.definition.name).sort()).toEqual([...files].sort());
  });

  it.each(CATALOG.map((entry) => [entry.definition.name, entry] as const))("%s: a valid name, a built-in category, a provider and its sources", (name, { definition, about }) => {
    expect(name).toMatch(SERVICE_NAME);
    expect(["necessary", "preferences", "analytics", "marketing"]).toContain(definition.category);
    expect(definition.provider[0]).toBeTruthy();
    expect(definition.provider[1]).toMatch(/^https:\/\//);
    expect(about.docs.length).toBeGreaterThan(0);
    for (const doc of about.docs) expect(doc).toMatch(/^https:\/\//);
    expect(about.hosts.length).toBeGreaterThan(0);
    // Something loads: a script, or an embed.
    expect(Boolean(definition.src) || Boolean(definition.embed)).toBe(true);
    for (const kind of ["cookies", "storage", "sessionStorage"] as const) {
      for (const [item, purpose, duration] of definition[kind] ?? []) expect([item, purpose.length > 8, duration.length > 0]).toEqual([item, true, true]);
    }
  });

  it("the drop-in's list of services that are necessary by default is the catalog's (no banner for them alone, issue 9)", () => {
    expect([...NECESSARY_SERVICES].sort()).toEqual(CATALOG.filter((entry) => entry.definition.category == "necessary").map((entry) => entry.definition.name).sort());
  });

  it("a vendor that can load before consent is one that documents 'denied, then update' (G-07): only where it has `deny`", () => {
    for (const { definition } of CATALOG) if (definition.deny) expect(definition.src, definition.name).toBeTruthy();
  });
});

describe("bad services settings are config errors naming the path (DESIGN 5, issue 26)", () => {
  const all = CATALOG.map((entry) => entry.definition);
  const errorsOf = (config: object) => {
    try {
      createConsent(config as never, { integrations: [services(...all)], environment: { storage: createMemoryStorage() } }).destroy();
      return [];
    } catch (error) {
      return (error as { issues: string[] }).issues;
    }
  };

  it("an unknown service name, a missing id and an id of the wrong shape, at run time and in consentry check alike", async () => {
    const config = { services: { nosuchservice: {}, clarity: {}, metaPixel: { pixelId: "abc" } } };
    const runtime = errorsOf(config);
    expect(runtime.map((issue) => issue.split(":")[0])).toEqual(["services.clarity.id", "services.metaPixel.pixelId", "services.nosuchservice"]);
    expect(runtime[0]).toContain("a Clarity project id");
    expect(runtime[1]).toContain("a Meta Pixel id (digits)");
    const check = await configProblems(config);
    expect(check.errors.map((issue) => issue.split(":")[0]).sort()).toEqual(["services.clarity.id", "services.metaPixel.pixelId", "services.nosuchservice"]);
  });

  it("beforeConsent only where the vendor documents loading denied (Clarity yes, Meta Pixel no)", () => {
    expect(errorsOf({ services: { clarity: { id: "abcdef1234", beforeConsent: true } } })).toEqual([]);
    expect(errorsOf({ services: { metaPixel: { pixelId: "1234567890", beforeConsent: true } } })[0]).toMatch(/^services\.metaPixel\.beforeConsent/);
  });

  it("a site's own script URL must be https or its own path, never javascript: or plain http", () => {
    expect(errorsOf({ services: { clarity: { id: "abcdef1234", src: "/proxy/clarity.js" } } })).toEqual([]);
    for (const src of ["javascript:alert(1)", "http://cdn.example.com/c.js"]) {
      expect(errorsOf({ services: { clarity: { id: "abcdef1234", src } } })[0]).toMatch(/^services\.clarity\.src: .*https:\/\/ URL or a path/);
    }
  });

  it("`consentry` without services(...) refuses a services section, saying how to pass them", () => {
    expect(() => createConsent({ services: { clarity: { id: "abcdef1234" } } } as never)).toThrow(/services\.clarity: .*\[services\(\.\.\.\)\] from consentry\/services/);
  });
});

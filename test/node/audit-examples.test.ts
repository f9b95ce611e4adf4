// The project's own examples under `consentry audit` (issue 11 item 8): the marketing site audits clean, and PostHog's
// keys on the PostHog example are declared (by its loader) and erased on withdrawal (P-04, L-11).
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../support/server";
import { audit, AUDIT_TIMEOUT, findingList } from "./support/audit-cli";

let site: TestServer;
let capture: Server | undefined;

beforeAll(async () => {
  site = await startServer(resolve(import.meta.dirname, "../.."));
  // examples/posthog points its api_host at the next port, as `npm start` serves it.
  const module = "../../examples/capture-server.mjs";
  const { startCaptureServer } = (await import(module)) as { startCaptureServer(options: { port: number }): Promise<Server> };
  capture = await startCaptureServer({ port: Number(new URL(site.origin).port) + 1 });
});
afterAll(async () => {
  await site?.close();
  await new Promise((done) => (capture ? capture.close(done) : done(undefined)));
});

describe("consentry audit on the examples", () => {
  it("examples/site audits clean and exits 0 (issue 11 item 8)", async () => {
    // One page keeps this layer's CI share small; the crawl itself is pinned in audit.test.ts.
    const run = await audit(`${site.origin}/examples/site/`, "--pages", "1");
    expect(run.code).toBe(0);
    expect(findingList(run.report)).toEqual([]);
    expect(run.stdout).toMatch(/^verdict: clean\./m);
    // What the demo tag stores after Accept all is declared under analytics and gone after withdrawal.
    const demo = run.report.inventory.filter((item) => item.name.startsWith("demo_analytics"));
    expect(demo.map((item) => [item.type, item.name, item.declared?.category, Object.keys(item.seen).sort().join()])).toEqual([
      ["cookie", "demo_analytics_id", "analytics", "accept"],
      ["localStorage", "demo_analytics_visits", "analytics", "accept"],
    ]);
  }, AUDIT_TIMEOUT);

  it("examples/posthog: PostHog's keys are declared by its loader, stored only after Accept all and erased on withdrawal (P-01, P-04)", async () => {
    const run = await audit(`${site.origin}/examples/posthog/`, "--pages", "1");
    expect(run.code).toBe(0);
    expect(findingList(run.report)).toEqual([]);
    const posthog = run.report.inventory.filter((item) => /^(__)?ph_/.test(item.name));
    expect(posthog.map((item) => item.type)).toEqual(expect.arrayContaining(["cookie", "localStorage", "sessionStorage"]));
    for (const item of posthog) {
      expect(item.declared).toMatchObject({ category: "analytics", implied: "posthog" });
      expect(Object.keys(item.seen)).toEqual(["accept"]);
      expect(item.setBy?.script).toBe(`http://127.0.0.1:${Number(new URL(site.origin).port) + 1}/static/array.js`);
    }
  }, AUDIT_TIMEOUT);
});

// Issue 29: `consentry audit --region US-CA` runs its four visits as a visitor from there (the consentry-region cookie
// an edge function would set), against a site whose config has `regions`, in real Chromium.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../support/server";
import { audit, AUDIT_TIMEOUT, findingList, runCli } from "./support/audit-cli";

let site: TestServer;

const CONFIG = {
  revision: 1,
  categories: { analytics: { cookies: [{ name: "_stats", provider: "Shop", purpose: "Statistics", duration: "1 year" }] } },
  regions: { EEA: { mode: "opt-in" }, "US-PRIVACY-STATES": { mode: "opt-out" } },
};

beforeAll(async () => {
  site = await startServer();
  site.page(
    "/shop/",
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>
<script>window.ConsentConfig = ${JSON.stringify(CONFIG)};</script>
<script src="/dist/consentry.js"></script>
</head><body><main><h1>Shop</h1>
<script type="text/plain" data-consent="analytics">document.cookie = "_stats=1; Path=/; Max-Age=31536000; SameSite=Lax";</script>
</main><footer><a href="#" data-consent-open>Cookie settings</a></footer></body></html>`,
  );
});
afterAll(() => site.close());

describe("consentry audit --region (issue 29)", () => {
  it("US-CA: the site's opt-out rules run analytics before any decision, and the audit says so; France: nothing before consent", async () => {
    const [california, france] = await Promise.all([
      audit(`${site.origin}/shop/`, "--pages", "1", "--region", "us-ca"),
      audit(`${site.origin}/shop/`, "--pages", "1", "--region", "FR"),
    ]);
    expect(california.report.options.region).toBe("US-CA");
    expect(findingList(california.report)).toContain("before-consent: cookie _stats");
    expect(france.report.options.region).toBe("FR");
    expect(findingList(france.report)).not.toContain("before-consent: cookie _stats");
  }, AUDIT_TIMEOUT);

  it("a --region that is not an ISO 3166 code cannot run (exit 2)", async () => {
    const run = await runCli(["audit", `${site.origin}/shop/`, "--region", "California"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--region: expected an ISO 3166 code (FR, US-CA), got "California"');
  });
});

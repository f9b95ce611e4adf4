// `consentry audit --write-config` on a site that loads three catalog vendors before consent (issue 26 item 5), in real
// Chromium: Microsoft Clarity, Google Analytics 4 and the Meta Pixel, each loaded from its real, documented script URL
// and answered by a stand-in through Playwright's request routing (support/vendor-routes.mjs), so nothing leaves the
// machine. The draft names the services with the ids their script URLs carry, the report names the service per finding,
// and the draft passes `consentry check` but for the one id no URL shows.
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditReport } from "../../src/node/audit/report-json";
import { startServer, type TestServer } from "../support/server";
import { AUDIT_TIMEOUT, auditWith, findingList, runCli, type CliRun } from "./support/audit-cli";

/** What each vendor's script does on load, as far as the audit can see: its documented cookies and a beacon. */
const VENDORS: Record<string, string> = {
  "https://www.clarity.ms/tag/k3x9q2m1ab": `document.cookie = "_clck=a1b2c3; path=/; max-age=31536000";
document.cookie = "_clsk=d4e5; path=/; max-age=86400";
fetch("https://k.clarity.ms/collect", { method: "POST", mode: "no-cors" }).catch(() => {});`,
  "https://www.googletagmanager.com/gtag/js?id=G-TEST1234": `document.cookie = "_ga=GA1.1.1.1; path=/; max-age=63072000";
document.cookie = "_ga_TEST1234=GS1.1; path=/; max-age=63072000";
fetch("https://region1.google-analytics.com/g/collect?tid=G-TEST1234", { method: "POST", mode: "no-cors" }).catch(() => {});`,
  "https://connect.facebook.net/en_US/fbevents.js": `document.cookie = "_fbp=fb.1.1700000000.123; path=/; max-age=7776000";
new Image().src = "https://www.facebook.com/tr/?id=1234567890123456&ev=PageView";`,
};

let site: TestServer;
let run: CliRun & { report: AuditReport; dir: string };
let draftFile: string;
/** The stand-ins file both runs load. */
let vendors: string;

beforeAll(async () => {
  site = await startServer();
  site.page(
    "/store/",
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Store</title>
<script src="https://www.clarity.ms/tag/k3x9q2m1ab"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-TEST1234"></script>
<script src="https://connect.facebook.net/en_US/fbevents.js"></script>
<script>document.cookie = "basket_hint=shoes; path=/; max-age=86400";</script>
</head><body><h1>Store</h1></body></html>`,
  );
  const dir = (await import("node:fs")).mkdtempSync(join((await import("node:os")).tmpdir(), "consentry-vendors-"));
  vendors = join(dir, "vendors.json");
  writeFileSync(vendors, JSON.stringify(VENDORS));
  const preload = resolve(import.meta.dirname, "support/vendor-routes.mjs");
  run = await auditWith(
    { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import=${preload}`.trim(), CONSENTRY_TEST_VENDORS: vendors },
    `${site.origin}/store/`,
    "--pages", "1", "--fail-on", "none", "--write-config", "{dir}/draft.json", "--html", "{dir}/report.html",
  );
  draftFile = join(run.dir, "draft.json");
}, AUDIT_TIMEOUT);
afterAll(() => site?.close());

describe("consentry audit --write-config on a site with Clarity, GA4 and the Meta Pixel before consent (issue 26 item 5)", () => {
  it("writes services with the ids from the script URLs instead of the vendors' cookies, and keeps the unknown cookie under categories", () => {
    expect(run.code).toBe(0);
    const draft = JSON.parse(readFileSync(draftFile, "utf8"));
    expect(draft.services).toEqual({
      clarity: { id: "k3x9q2m1ab" },
      googleAnalytics: { id: "G-TEST1234" },
      metaPixel: { pixelId: "<a Meta Pixel id (digits)>" },
    });
    // _clck, _clsk, _ga, _ga_TEST1234 and _fbp are the services' to declare: none is left under categories.
    expect(draft.categories).toEqual({ marketing: { cookies: [{ name: "basket_hint", purpose: expect.stringMatching(/^Unknown/), duration: "1 day" }] } });
  });

  it("names the service that would fix each finding, in the JSON report and the terminal summary", () => {
    const named = run.report.findings.map((finding) => `${finding.kind}: ${finding.subject} -> ${finding.service?.name ?? "none"}`).sort();
    expect(named).toEqual([
      "before-consent: cookie _clck -> clarity",
      "before-consent: cookie _clsk -> clarity",
      "before-consent: cookie _fbp -> metaPixel",
      "before-consent: cookie _ga -> googleAnalytics",
      "before-consent: cookie _ga_TEST1234 -> googleAnalytics",
      "before-consent: cookie basket_hint -> none",
      "third-party-before-consent: connect.facebook.net -> metaPixel",
      "third-party-before-consent: k.clarity.ms -> clarity",
      "third-party-before-consent: region1.google-analytics.com -> googleAnalytics",
      "third-party-before-consent: www.clarity.ms -> clarity",
      "third-party-before-consent: www.facebook.com -> metaPixel",
      "third-party-before-consent: www.googletagmanager.com -> googleAnalytics",
      "undeclared: cookie _clck -> clarity",
      "undeclared: cookie _clsk -> clarity",
      "undeclared: cookie _fbp -> metaPixel",
      "undeclared: cookie _ga -> googleAnalytics",
      "undeclared: cookie _ga_TEST1234 -> googleAnalytics",
      "undeclared: cookie basket_hint -> none",
    ]);
    expect(findingList(run.report)).toHaveLength(18);
    expect(run.stdout).toContain("cookie _clck (127.0.0.1/) is stored before consent — Microsoft Clarity: add services.clarity");
    expect(run.stdout).toMatch(/requests to www\.clarity\.ms before consent — Microsoft Clarity: add services\.clarity/);
    expect(run.report.services.map((service) => [service.name, service.readFrom])).toEqual([
      ["clarity", { id: "https://www.clarity.ms/tag/k3x9q2m1ab" }],
      ["googleAnalytics", { id: "https://www.googletagmanager.com/gtag/js?id=G-TEST1234" }],
      ["metaPixel", {}],
    ]);
  });

  it("says in the output which placeholder the owner must fill, and the HTML report names the services too", () => {
    expect(run.stdout).toContain(`${draftFile}: fill in services.metaPixel.pixelId (a Meta Pixel id (digits)) before publishing`);
    expect(run.stdout).toMatch(/^ {2}\+ clarity +Microsoft Clarity \(analytics\) · id "k3x9q2m1ab" from https:\/\/www\.clarity\.ms\/tag\/k3x9q2m1ab$/m);
    const html = readFileSync(join(run.dir, "report.html"), "utf8");
    expect(html).toContain("<strong>Microsoft Clarity: add services.clarity</strong>");
    expect(html).toContain("<code>services.metaPixel</code>");
  });

  it("writes a draft consentry check accepts once the one placeholder is filled, and refuses naming it until then", async () => {
    const before = await runCli(["check", draftFile]);
    expect(before.code).toBe(1);
    expect(before.stdout).toMatch(/✗ services\.metaPixel\.pixelId: .*a Meta Pixel id \(digits\)/);
    expect(before.stdout).toMatch(/^1 error, 0 warnings$/m);
    const draft = JSON.parse(readFileSync(draftFile, "utf8"));
    draft.services.metaPixel.pixelId = "1234567890123456";
    writeFileSync(draftFile, JSON.stringify(draft));
    const after = await runCli(["check", draftFile]);
    expect(after.stdout).toContain("config is valid");
    expect(after.code).toBe(0);
  });
});

describe("consentry audit on a page whose consentry already configures Clarity (issue 26 item 5)", () => {
  let configured: CliRun & { report: AuditReport; dir: string };
  beforeAll(async () => {
    const config = { revision: 1, services: { clarity: { id: "k3x9q2m1ab" } } };
    site.page(
      "/configured/",
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Configured</title>
<script>window.ConsentConfig = ${JSON.stringify(config)};</script>
<script src="/dist/consentry.js"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-TEST1234"></script>
</head><body><h1>Configured</h1><footer><a href="#" data-consent-open>Cookie settings</a></footer></body></html>`,
    );
    configured = await auditWith(
      { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import=${resolve(import.meta.dirname, "support/vendor-routes.mjs")}`.trim(), CONSENTRY_TEST_VENDORS: vendors },
      `${site.origin}/configured/`,
      "--pages", "1", "--fail-on", "none",
    );
  }, AUDIT_TIMEOUT);

  it("counts Clarity's cookies as declared by the service, and names only the vendor the config lacks", () => {
    const clarity = configured.report.inventory.filter((item) => item.name.startsWith("_cl"));
    expect(clarity.map((item) => [item.name, item.declared, Object.keys(item.seen).sort().join()])).toEqual([
      ["_clck", { category: "analytics", pattern: "_clck", implied: "services.clarity" }, "accept"],
      ["_clsk", { category: "analytics", pattern: "_clsk", implied: "services.clarity" }, "accept"],
    ]);
    expect(configured.report.findings.filter((finding) => /clarity|_cl/.test(finding.subject))).toEqual([]);
    expect(configured.report.services.map((service) => service.name)).toEqual(["googleAnalytics"]);
    expect(configured.report.findings.find((finding) => finding.subject === "cookie _ga" && finding.kind === "before-consent")?.service).toEqual({ name: "googleAnalytics", title: "Google Analytics" });
  });
});

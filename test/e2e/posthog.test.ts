// The real posthog-js behind consent, through the built drop-in: served locally, `api_host` on a local capture
// server that records every request (P-08).
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser";
import { startCaptureServer, type CaptureServer } from "../support/capture-server";
import { startServer, type TestServer } from "../support/server";

let browser: Browser;
let site: TestServer;
let posthog: CaptureServer;

beforeAll(async () => {
  [browser, site, posthog] = await Promise.all([launchChromium(), startServer(), startCaptureServer()]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), site?.close(), posthog?.close()]);
});
beforeEach(() => {
  posthog.requests.length = 0;
});

const TOKEN = "phc_consentry_test";

function pageHtml(nonce = ""): string {
  const config = {
    revision: 1,
    // PostHog drops events from headless browsers unless told otherwise.
    posthog: { apiKey: TOKEN, apiHost: posthog.origin, options: { opt_out_useragent_filter: true, request_batching: false, disable_compression: true } },
  };
  const n = nonce && ` nonce="${nonce}"`;
  return `<!doctype html><html lang="en"><head>
<script${n}>window.ConsentConfig = ${JSON.stringify(config)}; window.errors = []; window.violations = [];
document.addEventListener("securitypolicyviolation", (e) => violations.push(e.violatedDirective + " " + e.blockedURI));</script>
<script${n} src="/dist/consentry.js"></script>
<script${n}>Consent.on("error", (e) => errors.push(e.source + ": " + e.error));</script>
</head><body><h1>Shop</h1></body></html>`;
}

/** Every PostHog key in all three stores: cookies (any domain or path), localStorage and sessionStorage. */
async function posthogKeys(context: BrowserContext, tab: Page): Promise<string[]> {
  const cookies = (await context.cookies()).map((cookie) => `cookie:${cookie.name}`);
  const storage = await tab.evaluate(() => [
    ...Object.keys(localStorage).map((key) => `local:${key}`),
    ...Object.keys(sessionStorage).map((key) => `session:${key}`),
  ]);
  return [...cookies, ...storage].filter((key) => /:(__)?ph_/.test(key));
}

async function openShop(context: BrowserContext): Promise<Page> {
  const tab = await context.newPage();
  await tab.goto(site.page("/shop.html", pageHtml()));
  return tab;
}

const consent = (tab: Page, call: "acceptAll" | "rejectAll" | "reset") =>
  tab.evaluate((name) => (window as any).Consent[name](), call);

describe("PostHog behind consent (REQUIREMENTS 4)", () => {
  it("no PostHog request and no ph_ key before consent (P-01, L-01)", async () => {
    const context = await browser.newContext();
    const tab = await openShop(context);
    await tab.waitForTimeout(2000);
    expect(posthog.requests.map((r) => r.url)).toEqual([]);
    expect(await tab.evaluate(() => "posthog" in window)).toBe(false);
    expect(await posthogKeys(context, tab)).toEqual([]);
    // Rejecting changes nothing either.
    await consent(tab, "rejectAll");
    await tab.waitForTimeout(1000);
    expect(posthog.requests.map((r) => r.url)).toEqual([]);
    expect(await posthogKeys(context, tab)).toEqual([]);
    await context.close();
  });

  it("Accept all loads array.js, opts in and captures (P-03)", async () => {
    const context = await browser.newContext();
    const tab = await openShop(context);
    await consent(tab, "acceptAll");
    await expect.poll(() => posthog.captures().length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(posthog.requests[0]!.url).toMatch(/^\/static\/array\.js/);
    expect(posthog.captures().map((r) => r.body).join("\n")).toContain(TOKEN);
    const settings = await tab.evaluate(() => {
      const config = (window as any).posthog.config;
      return { capturing: config.opt_out_capturing_by_default, persistence: config.opt_out_persistence_by_default };
    });
    expect(settings).toEqual({ capturing: true, persistence: true });
    expect(await tab.evaluate(() => (window as any).posthog.has_opted_in_capturing())).toBe(true);
    expect(await posthogKeys(context, tab)).not.toEqual([]);
    expect(await tab.evaluate(() => (window as any).errors)).toEqual([]);
    await context.close();
  });

  it("withdrawal opts out and resets: no request for 3 s and no ph_ key in any store (P-04, L-11)", async () => {
    const context = await browser.newContext();
    const tab = await openShop(context);
    await consent(tab, "acceptAll");
    await expect.poll(() => posthog.captures().length, { timeout: 15_000 }).toBeGreaterThan(0);
    // PostHog fully up, flags loaded: `reset()` would now reload them, a request after withdrawal.
    await expect.poll(() => posthog.apiCalls().some((r) => r.url.startsWith("/flags")), { timeout: 15_000 }).toBe(true);
    await tab.waitForTimeout(500);
    // Events in flight on the page keep coming while PostHog is on; withdraw and watch.
    await tab.evaluate(() => (window as any).posthog.capture("before withdrawal"));
    await expect.poll(() => posthog.captures().map((r) => r.body).join("\n")).toContain("before withdrawal");
    await consent(tab, "rejectAll");
    const sent = posthog.requests.length;
    expect(await posthogKeys(context, tab)).toEqual([]);
    await tab.evaluate(() => (window as any).posthog.capture("after withdrawal"));
    await tab.waitForTimeout(3000);
    expect(posthog.requests.slice(sent).map((r) => r.url)).toEqual([]);
    expect(posthog.requests.map((r) => r.body).join("\n")).not.toContain("after withdrawal");
    expect(await posthogKeys(context, tab)).toEqual([]);
    expect(await tab.evaluate(() => (window as any).posthog.has_opted_in_capturing())).toBe(false);
    await context.close();
  });

  it("a re-grant on the same page opts in again without a second init", async () => {
    const context = await browser.newContext();
    const tab = await openShop(context);
    await consent(tab, "acceptAll");
    await expect.poll(() => posthog.captures().length, { timeout: 15_000 }).toBeGreaterThan(0);
    await consent(tab, "rejectAll");
    const before = posthog.captures().length;
    await consent(tab, "acceptAll");
    await tab.evaluate(() => (window as any).posthog.capture("after re-grant"));
    await expect.poll(() => posthog.captures().slice(before).map((r) => r.body).join(""), { timeout: 15_000 }).toContain("after re-grant");
    expect(posthog.requests.filter((r) => r.url.startsWith("/static/array.js"))).toHaveLength(1);
    await context.close();
  });

  it("a stored grant starts PostHog on the next page; a stored refusal leaves nothing (P-05)", async () => {
    const context = await browser.newContext();
    const tab = await openShop(context);
    await consent(tab, "acceptAll");
    await expect.poll(() => posthog.captures().length, { timeout: 15_000 }).toBeGreaterThan(0);
    await tab.reload();
    // This page's own PostHog, started from the stored record (a capture could still be the last page's $pageleave).
    await expect
      .poll(() => tab.evaluate(() => Boolean((window as any).posthog?.has_opted_in_capturing?.())), { timeout: 15_000 })
      .toBe(true);
    await consent(tab, "rejectAll");
    // Let what the last page had in flight land before counting.
    await tab.waitForTimeout(1000);
    posthog.requests.length = 0;
    await tab.reload();
    await tab.waitForTimeout(1000);
    expect(posthog.requests.map((r) => r.url)).toEqual([]);
    expect(await posthogKeys(context, tab)).toEqual([]);
    await context.close();
  });

  it("a decision in another tab starts and stops PostHog here too (S-05)", async () => {
    const context = await browser.newContext();
    const [a, b] = [await openShop(context), await openShop(context)];
    await consent(a, "acceptAll");
    await expect.poll(() => b.evaluate(() => Boolean((window as any).posthog?.has_opted_in_capturing?.())), { timeout: 5_000 }).toBe(true);
    await consent(a, "rejectAll");
    await expect.poll(() => b.evaluate(() => (window as any).posthog.has_opted_in_capturing()), { timeout: 5_000 }).toBe(false);
    const sent = posthog.apiCalls().length;
    await b.evaluate(() => (window as any).posthog.capture("tab b after withdrawal"));
    await b.waitForTimeout(1000);
    // No call carrying data. (Tab B's PostHog may still be fetching its own bundles, such as surveys.js, that it
    // scheduled while starting; those are code, not calls about the visitor.)
    expect(posthog.apiCalls().slice(sent).map((r) => r.url)).toEqual([]);
    expect(await posthogKeys(context, b)).toEqual([]);
    await context.close();
  });

  it("under a nonce CSP, array.js and PostHog's own scripts get the SDK's nonce (X-05)", async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const csp = { "content-security-policy": "script-src 'nonce-ph1'; object-src 'none'" };
    await tab.goto(site.page("/shop-csp.html", pageHtml("ph1"), csp));
    await consent(tab, "acceptAll");
    await expect.poll(() => posthog.captures().length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await tab.evaluate(() => (window as any).violations)).toEqual([]);
    expect(await tab.evaluate(() => (window as any).errors)).toEqual([]);
    await context.close();
  });

  it("identify only after consent: whenGranted runs it on grant, not before (P-06)", async () => {
    const context = await browser.newContext();
    const tab = await openShop(context);
    await tab.evaluate(() => {
      (window as any).Consent.whenGranted("analytics", () => {
        (window as any).identified = true;
      });
    });
    await tab.waitForTimeout(300);
    expect(await tab.evaluate(() => (window as any).identified)).toBeUndefined();
    await consent(tab, "acceptAll");
    expect(await tab.evaluate(() => (window as any).identified)).toBe(true);
    await context.close();
  });
});

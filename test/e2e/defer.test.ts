// The deferred install (issue 12): `<script defer src="consentry.js">` with the head snippet (dist/consentry.head.js)
// inline before it. Nothing may run earlier than in the synchronous install: Consent Mode's `default` comes before a
// Google tag that runs while the page is still parsing (G-02), the pre-load queue still works, and so does the rest.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useChromium } from "../support/browser";
import { DENIED } from "../support/consent-mode";
import type { TestServer } from "../support/server";

let browser: Browser;
let server: TestServer;

useChromium((started) => void ({ browser, server } = started));

const HEAD = readFileSync(join(import.meta.dirname, "../../dist/consentry.head.js"), "utf8");


/**
 * The deferred install. The inline script in <body> stands for a Google tag (or any script reading Consent Mode)
 * that runs before the parser is done, and so before the deferred drop-in: the worst case for G-02.
 */
const deferred = (config: object, { head = true, before = "" } = {}) => `<!doctype html><html lang="en"><head>
<script>window.ConsentConfig = ${JSON.stringify(config)};</script>
${before}
${head ? `<script>${HEAD}</script>` : ""}
<script>
  window.Consent = window.Consent || [];
  window.changes = [];
  Consent.push(["on", "change", (event) => changes.push(event.granted)]);
</script>
<script defer src="/dist/consentry.js"></script>
</head><body><h1>Shop</h1>
<script>
  window.tagSaw = {
    dropInRan: !Array.isArray(window.Consent),
    consent: (window.dataLayer || []).filter((entry) => entry[0] === "consent").map((entry) => JSON.parse(JSON.stringify(Array.from(entry)))),
  };
</script>
<script type="text/plain" data-consent="analytics">window.analyticsRan = (window.analyticsRan || 0) + 1;</script>
</body></html>`;

const consentEntries = (tab: Page) =>
  tab.evaluate(() =>
    (window as any).dataLayer
      .filter((entry: ArrayLike<unknown>) => entry[0] === "consent")
      .map((entry: ArrayLike<unknown>) => JSON.parse(JSON.stringify(Array.from(entry)))),
  );
const started = (tab: Page) => tab.waitForFunction(() => !Array.isArray((window as any).Consent));
const bannerShown = (tab: Page) => tab.locator("consentry-ui section").getByRole("button", { name: "Accept all", exact: true }).isVisible();

describe("the deferred install (issue 12)", () => {
  it("Consent Mode's default is in place before a Google tag that runs ahead of the deferred drop-in, and only once (G-02)", async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(server.page("/defer/gcm.html", deferred({ googleConsentMode: {} })));
    await started(tab);
    // What the tag saw while the page was parsing: the drop-in had not run, the default was already there.
    expect(await tab.evaluate(() => (window as any).tagSaw)).toEqual({
      dropInRan: false,
      consent: [["consent", "default", { ...DENIED, wait_for_update: 500 }]],
    });
    // The drop-in recognised the snippet's default and pushed none of its own.
    expect(await consentEntries(tab)).toEqual([["consent", "default", { ...DENIED, wait_for_update: 500 }]]);
    await expect.poll(() => bannerShown(tab)).toBe(true);
    await tab.locator("consentry-ui section").getByRole("button", { name: "Accept all", exact: true }).click();
    const entries = await consentEntries(tab);
    expect(entries).toHaveLength(2);
    expect(entries[1]![1]).toBe("update");
    // The queued listener, pushed before the drop-in existed, heard the decision.
    expect(await tab.evaluate(() => (window as any).changes)).toEqual([["preferences", "analytics", "marketing"]]);
    expect(await tab.evaluate(() => (window as any).analyticsRan)).toBe(1);
    await context.close();
  });

  it("a returning visitor: the stored decision is an `update` as soon as the drop-in runs, the gated tag runs, no banner (G-03)", async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const url = server.page("/defer/returning.html", deferred({ googleConsentMode: {} }));
    await tab.goto(url);
    await started(tab);
    await tab.evaluate(() => (window as any).Consent.set({ analytics: true }));
    await tab.goto(url);
    await started(tab);
    await expect.poll(() => tab.evaluate(() => (window as any).analyticsRan)).toBe(1);
    const entries = await consentEntries(tab);
    expect(entries[0]).toEqual(["consent", "default", { ...DENIED, wait_for_update: 500 }]);
    expect(entries[1]).toEqual(["consent", "update", { ...DENIED, analytics_storage: "granted" }]);
    expect(entries).toHaveLength(2);
    await tab.waitForTimeout(300);
    expect(await tab.locator("consentry-ui section").count()).toBe(0);
    await context.close();
  });

  it("a different default already on the page (a site's own older snippet) is followed by the SDK's all-denied one", async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const own = `<script>window.dataLayer = [];function gtag(){dataLayer.push(arguments)}gtag("consent", "default", { ad_storage: "granted" });</script>`;
    await tab.goto(server.page("/defer/own-default.html", deferred({ googleConsentMode: {} }, { before: own })));
    await started(tab);
    const entries = await consentEntries(tab);
    expect(entries).toEqual([
      ["consent", "default", { ad_storage: "granted" }],
      ["consent", "default", { ...DENIED, wait_for_update: 500 }],
    ]);
    await context.close();
  });

  it("without the snippet (no Consent Mode), a bare deferred tag works: banner, queue, gated tag; Consent.push still works after start", async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(server.page("/defer/bare.html", deferred({}, { head: false })));
    await started(tab);
    expect(await tab.evaluate(() => (window as any).dataLayer)).toBeUndefined();
    await expect.poll(() => bannerShown(tab)).toBe(true);
    // Page code that cannot know whether the drop-in has run keeps using the queue.
    await tab.evaluate(() => (window as any).Consent.push(["set", { analytics: true }], (api: any) => ((window as any).viaFunction = api.granted("analytics"))));
    expect(await tab.evaluate(() => (window as any).viaFunction)).toBe(true);
    await expect.poll(() => tab.evaluate(() => (window as any).analyticsRan)).toBe(1);
    expect(await tab.evaluate(() => (window as any).changes)).toEqual([["analytics"]]);
    await context.close();
  });
});

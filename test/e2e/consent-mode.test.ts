// Google Consent Mode v2 through the built drop-in: the dataLayer's order and content, and Google's tag gated (G-08).
import type { Browser, BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useChromium } from "../support/browser";
import { DENIED } from "../support/consent-mode";
import { ready } from "./support/pages";
import type { TestServer } from "../support/server";

let browser: Browser;
let server: TestServer;

useChromium((started) => void ({ browser, server } = started));

const GOOGLE = /googletagmanager\.com|google-analytics\.com|doubleclick\.net/;

// The page's own gtag lines after the drop-in, as Google's snippet writes them, minus the ungated gtag.js tag.
const html = (config: object) => `<!doctype html><html lang="en"><head>
<script>window.ConsentConfig = ${JSON.stringify(config)};</script>
<script src="/dist/consentry.js"></script>
<script>window.atBoot = window.dataLayer && window.dataLayer.map((entry) => Array.from(entry));</script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag("js", new Date()); gtag("config", "G-PAGE");</script>
</head><body><h1>Shop</h1></body></html>`;

interface Visit {
  context: BrowserContext;
  tab: Page;
  google: string[];
}

async function visit(config: object = { googleConsentMode: { tagId: "G-TEST" } }): Promise<Visit> {
  const context = await browser.newContext();
  const google: string[] = [];
  // Google's hosts never reached: a stand-in answers, and every request is written down.
  await context.route(GOOGLE, async (route) => {
    google.push(route.request().url());
    await route.fulfill({ status: 200, contentType: "text/javascript", body: "window.gtagLoaded = true;" });
  });
  const tab = await context.newPage();
  await tab.goto(server.page("/gcm.html", html(config)));
  // Issue 27: a first visit's SDK starts beside the drop-in's first layer; these tests act and read back at once.
  await ready(tab);
  return { context, tab, google };
}

type Entry = [string, ...unknown[]];
const dataLayer = (tab: Page): Promise<Entry[]> =>
  tab.evaluate(() => (window as any).dataLayer.map((entry: ArrayLike<unknown>) => JSON.parse(JSON.stringify(Array.from(entry)))));
const consentEntries = async (tab: Page) => (await dataLayer(tab)).filter((entry) => entry[0] === "consent");

const GRANTED = Object.fromEntries(Object.keys(DENIED).map((type) => [type, "granted"]));

describe("Google Consent Mode v2 (REQUIREMENTS 3)", () => {
  it("the first consent entry is `default`, all denied but security, before any js or config entry (G-02, G-08)", async () => {
    const { context, tab, google } = await visit();
    const entries = await dataLayer(tab);
    expect(entries[0]).toEqual(["consent", "default", { ...DENIED, wait_for_update: 500 }]);
    const firstTag = entries.findIndex((entry) => entry[0] === "js" || entry[0] === "config");
    expect(firstTag).toBeGreaterThan(0);
    expect(await consentEntries(tab)).toHaveLength(1);
    // G-07 basic mode: Google's tag is not even fetched before consent.
    await tab.waitForTimeout(500);
    expect(google).toEqual([]);
    // The gtag stub pushes `arguments` objects, exactly as Google's snippet does (G-01).
    expect(await tab.evaluate(() => Object.prototype.toString.call((window as any).dataLayer[0]))).toBe("[object Arguments]");
    await context.close();
  });

  it("exactly one full `update` per decision, values per the mapping (G-04, G-05)", async () => {
    const { context, tab, google } = await visit();
    await tab.evaluate(() => (window as any).Consent.acceptAll());
    expect((await consentEntries(tab)).slice(1)).toEqual([["consent", "update", GRANTED]]);
    await tab.evaluate(() => (window as any).Consent.set({ marketing: false }));
    await tab.evaluate(() => (window as any).Consent.rejectAll());
    await tab.evaluate(() => (window as any).Consent.set({ preferences: true }));
    expect((await consentEntries(tab)).slice(1)).toEqual([
      ["consent", "update", GRANTED],
      ["consent", "update", { ...GRANTED, ad_storage: "denied", ad_user_data: "denied", ad_personalization: "denied" }],
      ["consent", "update", DENIED],
      ["consent", "update", { ...DENIED, functionality_storage: "granted", personalization_storage: "granted" }],
    ]);
    // G-07: the analytics grant loaded Google's tag, once, with its js and config commands.
    await expect.poll(() => google.length).toBe(1);
    expect(google[0]).toContain("gtag/js?id=G-TEST");
    const commands = (await dataLayer(tab)).filter((entry) => entry[0] === "config").map((entry) => entry[1]);
    expect(commands).toContain("G-TEST");
    await context.close();
  });

  it("a stored record gives an `update` at once, in the same script as `default` (G-03)", async () => {
    const { context, tab } = await visit();
    await tab.evaluate(() => (window as any).Consent.set({ analytics: true }));
    await tab.reload();
    const atBoot: Entry[] = await tab.evaluate(() => (window as any).atBoot);
    expect(atBoot).toEqual([
      ["consent", "default", { ...DENIED, wait_for_update: 500 }],
      ["consent", "update", { ...DENIED, analytics_storage: "granted" }],
    ]);
    // The stored grant also loads Google's tag (the SDK's loader, issue 27), after the consent state was set, and the
    // SDK does not repeat the first layer's `update` (G-04).
    await expect.poll(async () => (await dataLayer(tab)).slice(2)).toContainEqual(["config", "G-TEST"]);
    expect(await consentEntries(tab)).toEqual(atBoot);
    await context.close();
  });

  it("a custom mapping, regions, redaction and url passthrough are passed on", async () => {
    const { context, tab } = await visit({
      googleConsentMode: {
        mapping: { analytics: ["analytics_storage", "ad_user_data"] },
        regions: ["ES", "US-CA"],
        waitForUpdate: 0,
        adsDataRedaction: true,
        urlPassthrough: true,
      },
    });
    await tab.evaluate(() => (window as any).Consent.set({ analytics: true }));
    const entries = await dataLayer(tab);
    expect(entries.slice(0, 3)).toEqual([
      ["consent", "default", { ...DENIED, region: ["ES", "US-CA"] }],
      ["set", "ads_data_redaction", true],
      ["set", "url_passthrough", true],
    ]);
    expect(entries.filter((entry) => entry[0] === "consent").at(-1)).toEqual([
      "consent",
      "update",
      { ...DENIED, analytics_storage: "granted", ad_user_data: "granted" },
    ]);
    await context.close();
  });

  it("without googleConsentMode in the config, the SDK leaves dataLayer alone", async () => {
    const { context, tab } = await visit({});
    expect(await tab.evaluate(() => (window as any).atBoot)).toBeUndefined();
    await context.close();
  });
});

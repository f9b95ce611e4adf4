// Issue 29 through the built drop-in in Chromium: each mode with the region from each source (<html>, the script tag,
// the consentry-region cookie, Consent.setRegion), what runs before a decision, the opt-out link, GPC, the record
// sent to the consent log, Consent Mode's regional defaults, and asking again where the rules got stricter.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { useChromium } from "../support/browser";
import { DENIED } from "../support/consent-mode";
import { REGIONS } from "../support/regions";
import type { TestServer } from "../support/server";
import { watchConsole } from "./support/pages";

let browser: Browser;
let server: TestServer;
const logged: Record<string, unknown>[] = [];

useChromium(async (started) => {
  ({ browser, server } = started);
  server.route((request, response, body) => {
    if (!request.url?.startsWith("/consent-log")) return false;
    logged.push(JSON.parse(body));
    response.writeHead(204).end();
    return true;
  });
});
beforeEach(() => void (logged.length = 0));

const CONFIG = {
  revision: 1,
  categories: { analytics: { cookies: ["_stats"] }, marketing: { cookies: ["_ads"] } },
  regions: REGIONS,
  log: { endpoint: "/consent-log" },
};

interface Visit {
  /** `data-consent-region` on <html>, on the script tag, or the `consentry-region` cookie. */
  html?: string;
  script?: string;
  cookie?: string;
  gpc?: boolean;
  config?: object;
  context?: BrowserContext;
  /** Lines after the drop-in in <head> (Google's snippet). */
  head?: string;
}

const page = ({ html, script, config = CONFIG, head = "" }: Visit) => `<!doctype html>
<html lang="en"${html === undefined ? "" : ` data-consent-region="${html}"`}><head>
<script>window.ConsentConfig = ${JSON.stringify(config)}; window.ran = [];</script>
<script src="/dist/consentry.js"${script === undefined ? "" : ` data-consent-region="${script}"`}></script>
${head}
</head><body><main><h1>Shop</h1>
<script type="text/plain" data-consent="analytics">ran.push("analytics")</script>
<script type="text/plain" data-consent="marketing">ran.push("marketing")</script>
</main><footer><a href="/privacy-choices" data-consent-opt-out></a> <a href="#" data-consent-open>Cookie settings</a></footer></body></html>`;

async function visit(options: Visit = {}): Promise<{ context: BrowserContext; tab: Page; console: ReturnType<typeof watchConsole> }> {
  const context = options.context ?? (await browser.newContext());
  if (options.cookie !== undefined) await context.addCookies([{ name: "consentry-region", value: options.cookie, url: server.origin }]);
  const tab = await context.newPage();
  if (options.gpc) await tab.addInitScript(() => Object.defineProperty(Navigator.prototype, "globalPrivacyControl", { get: () => true }));
  const console = watchConsole(tab);
  await tab.goto(server.page(`/regions-${Math.random().toString(36).slice(2)}.html`, page(options)));
  await tab.waitForFunction(() => typeof (window as any).Consent?.state == "function");
  return { context, tab, console };
}

const banner = (tab: Page) => tab.getByRole("region", { name: "We value your privacy" });
const ran = (tab: Page) => tab.evaluate(() => (window as any).ran as string[]);
const state = (tab: Page) => tab.evaluate(() => (window as any).Consent.state());
const optOutLink = (tab: Page) => tab.locator("[data-consent-opt-out]");

// Every mode from every source: what runs before a decision, whether the banner and the opt-out link show.
const MODES = [
  { mode: "opt-in", code: "FR", ran: [], banner: true, link: false },
  { mode: "opt-out", code: "US-CA", ran: ["analytics", "marketing"], banner: true, link: true },
  { mode: "notice", code: "US-NY", ran: ["analytics", "marketing"], banner: true, link: false },
  { mode: "none", code: "JP", ran: ["analytics", "marketing"], banner: false, link: false },
] as const;
const SOURCES = ["html", "script", "cookie", "setRegion"] as const;

describe.each(MODES)("$mode ($code) in the drop-in (issue 29)", ({ code, ran: expected, banner: shows, link }) => {
  it.each(SOURCES)("region from %s", async (source) => {
    const { context, tab } = await visit(source == "setRegion" ? {} : { [source]: code });
    if (source == "setRegion") {
      // Until the page knows better, the strictest rules: then the region arrives.
      await banner(tab).waitFor();
      await tab.evaluate((region) => (window as any).Consent.setRegion(region), code);
    }
    await expect.poll(() => ran(tab)).toEqual(expected);
    if (shows) await banner(tab).waitFor();
    else {
      await tab.waitForTimeout(300);
      expect(await banner(tab).count()).toBe(0);
    }
    expect(await optOutLink(tab).isVisible()).toBe(link);
    await context.close();
  });
});

describe("regions in the drop-in (issue 29)", () => {
  it("opt-in (EEA, from <html data-consent-region>): the opt-in banner, nothing optional runs, no opt-out link (L-01, L-02)", async () => {
    const { context, tab, console } = await visit({ html: "FR" });
    await banner(tab).waitFor();
    await tab.waitForTimeout(300);
    expect(await ran(tab)).toEqual([]);
    expect((await state(tab)).categories).toEqual({ necessary: true, preferences: false, analytics: false, marketing: false });
    expect(await optOutLink(tab).isHidden()).toBe(true);
    expect(console.errors).toEqual([]);
    await banner(tab).getByRole("button", { name: "Reject all" }).click();
    await expect.poll(() => logged.length).toBe(1);
    expect(logged[0]).toMatchObject({ method: "reject-all", region: "FR", mode: "opt-in" });
    await context.close();
  });

  it("opt-in with an exemption (UK, from the script tag): only the exempt category runs before a decision (L-20)", async () => {
    const { context, tab } = await visit({ script: "GB" });
    await banner(tab).waitFor();
    await expect.poll(() => ran(tab)).toEqual(["analytics"]);
    await tab.waitForTimeout(200);
    expect(await ran(tab)).toEqual(["analytics"]);
    await context.close();
  });

  it("opt-out (US-CA, from the consentry-region cookie): analytics and marketing run at once; the link refuses sale/sharing in one step (L-18)", async () => {
    const { context, tab } = await visit({ cookie: "US-CA" });
    await expect.poll(() => ran(tab)).toEqual(["analytics", "marketing"]);
    const link = optOutLink(tab);
    expect(await link.textContent()).toBe("Do Not Sell or Share My Personal Information");
    await link.click();
    // One step: no dialog, no question; marketing refused and recorded, analytics untouched.
    expect(await tab.getByRole("dialog").count()).toBe(0);
    const after = await state(tab);
    expect(after).toMatchObject({ decided: true, method: "custom", categories: { analytics: true, marketing: false } });
    expect(await link.textContent()).toBe("Do Not Sell or Share My Personal Information (Opt-out request honored)");
    expect(new URL(tab.url()).pathname).not.toBe("/privacy-choices");
    await expect.poll(() => logged.length).toBe(1);
    expect(logged[0]).toMatchObject({ method: "custom", region: "US-CA", mode: "opt-out", gpc: false, categories: { marketing: false } });
    await context.close();
  });

  it("GPC in US-CA: opted out of sale/sharing, marketing never runs, 'Opt-out request honored' on the link and in the dialog (L-17, 11 CCR §7025(c)(6))", async () => {
    const { context, tab } = await visit({ html: "US-CA", gpc: true });
    await expect.poll(() => ran(tab)).toEqual(["analytics"]);
    expect(await optOutLink(tab).textContent()).toContain("(Opt-out request honored)");
    await tab.evaluate(() => (window as any).Consent.open());
    const dialog = tab.getByRole("dialog");
    await dialog.getByText("Opt-out request honored", { exact: true }).waitFor();
    await dialog.getByRole("button", { name: "Accept all" }).click();
    await tab.waitForTimeout(200);
    expect(await ran(tab)).toEqual(["analytics"]);
    await expect.poll(() => logged.length).toBe(1);
    expect(logged[0]).toMatchObject({ gpc: true, region: "US-CA", mode: "opt-out", categories: { marketing: false } });
    await context.close();
  });

  it("notice (US outside the privacy states): the banner informs, the optional categories run", async () => {
    const { context, tab } = await visit({ cookie: "us-ny" });
    await banner(tab).waitFor();
    await expect.poll(() => ran(tab)).toEqual(["analytics", "marketing"]);
    expect(await optOutLink(tab).isHidden()).toBe(true);
    await context.close();
  });

  it("none (every other known region, from the cookie): no banner, what the site allows runs; the footer link still opens the dialog", async () => {
    const { context, tab } = await visit({ cookie: "JP" });
    await expect.poll(() => ran(tab)).toEqual(["analytics", "marketing"]);
    await tab.waitForTimeout(400);
    expect(await tab.locator("consentry-ui section").count()).toBe(0);
    expect(await banner(tab).count()).toBe(0);
    await tab.getByRole("link", { name: "Cookie settings" }).click();
    await tab.getByRole("dialog").waitFor();
    await context.close();
  });

  it("no region, or a malformed hint (warned about): the strictest rules, opt-in, never the loosest", async () => {
    for (const hint of [{}, { html: "France" }, { cookie: "ZZ" }]) {
      const { context, tab, console } = await visit(hint);
      await banner(tab).waitFor();
      await tab.waitForTimeout(200);
      expect(await ran(tab)).toEqual([]);
      if ("html" in hint || "cookie" in hint) expect(console.warnings.join("\n")).toMatch(/not an ISO 3166 region code.*strictest rules apply/);
      else expect(console.warnings).toEqual([]);
      await context.close();
    }
  });

  it("a region change re-asks where the rules got stricter: a US-CA decision is asked again in France, by hint or by Consent.setRegion", async () => {
    const { context, tab } = await visit({ cookie: "US-CA" });
    await expect.poll(() => ran(tab)).toEqual(["analytics", "marketing"]);
    await optOutLink(tab).click();
    expect((await state(tab)).decided).toBe(true);
    // The next page says France: the opt-out decision does not speak for an opt-in region.
    const { tab: next } = await visit({ context, html: "FR" });
    await banner(next).waitFor();
    expect(await ran(next)).toEqual([]);
    expect((await state(next)).decided).toBe(false);
    // Back in California the decision stands: same rules.
    const { tab: back } = await visit({ context, html: "US-CA" });
    await expect.poll(() => ran(back)).toEqual(["analytics"]);
    expect((await state(back)).decided).toBe(true);
    // An SPA that learns the region late: listeners registered on the page hear what changed.
    await back.evaluate(() => {
      (window as any).changes = [];
      (window as any).Consent.on("change", (change: any) => (window as any).changes.push(change.revoked));
      (window as any).Consent.setRegion("DE");
    });
    await banner(back).waitFor();
    expect(await back.evaluate(() => (window as any).changes)).toEqual([["preferences", "analytics"]]);
    expect(await back.evaluate(() => (window as any).Consent.granted("analytics"))).toBe(false);
    expect(await optOutLink(back).isHidden()).toBe(true);
    await context.close();
  });

  it("regionFromTimeZone (weak, off by default): only when asked for and the server gave no hint", async () => {
    const zoned = async (timezoneId: string, config: object, hint: Visit = {}) => {
      const context = await browser.newContext({ timezoneId });
      const { tab } = await visit({ ...hint, context, config });
      const stateNow = await tab.evaluate(async () => {
        await new Promise((done) => setTimeout(done, 300));
        return { ran: (window as any).ran, banner: !!document.querySelector("consentry-ui")?.shadowRoot?.querySelector("section") };
      });
      await context.close();
      return stateNow;
    };
    const withZone = { ...CONFIG, regionFromTimeZone: true };
    // America/New_York reads as US (never a state): the notice rules. Europe/Paris reads as France: opt-in.
    expect(await zoned("America/New_York", withZone)).toEqual({ ran: ["analytics", "marketing"], banner: true });
    expect(await zoned("Europe/Paris", withZone)).toEqual({ ran: [], banner: true });
    // Off by default: the same browser gets the strictest rules.
    expect(await zoned("America/New_York", CONFIG)).toEqual({ ran: [], banner: true });
    // A server hint wins over the time zone.
    expect(await zoned("America/New_York", withZone, { html: "JP" })).toEqual({ ran: ["analytics", "marketing"], banner: false });
  });

  it("Consent.setRegion keeps the page's loaders: one still allowed is not loaded twice, one no longer allowed is unloaded (L-11)", async () => {
    const { context, tab } = await visit({ cookie: "US-CA" });
    await tab.evaluate(() => {
      (window as any).calls = [];
      (window as any).Consent.register({
        id: "stats",
        category: "analytics",
        load: () => (window as any).calls.push("load"),
        unload: () => (window as any).calls.push("unload"),
      });
    });
    await expect.poll(() => tab.evaluate(() => (window as any).calls)).toEqual(["load"]);
    await tab.evaluate(() => (window as any).Consent.setRegion("US-VA"));
    await tab.waitForTimeout(200);
    expect(await tab.evaluate(() => (window as any).calls)).toEqual(["load"]);
    await tab.evaluate(() => (window as any).Consent.setRegion("DE"));
    await expect.poll(() => tab.evaluate(() => (window as any).calls)).toEqual(["load", "unload"]);
    // Granted again under the new rules: the new instance loads it, once.
    await tab.evaluate(() => (window as any).Consent.acceptAll());
    await expect.poll(() => tab.evaluate(() => (window as any).calls)).toEqual(["load", "unload", "load"]);
    await context.close();
  });

  it("calls queued before the regions part arrived run once it has (DESIGN 3)", async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const html = page({ html: "FR" }).replace("<script src=", '<script>window.Consent = window.Consent || []; Consent.push(["acceptAll"]);</script>\n<script src=');
    await tab.goto(server.page("/regions-queued.html", html));
    await expect.poll(() => ran(tab)).toEqual(["analytics", "marketing"]);
    expect(await state(tab)).toMatchObject({ decided: true, method: "accept-all" });
    await context.close();
  });

  it("Consent Mode: the general default, all denied, comes first, then each region's default, before any Google tag (G-02)", async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const snippet = `<script>window.atBoot = window.dataLayer && window.dataLayer.map((entry) => Array.from(entry));</script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag("js", new Date()); gtag("config", "G-PAGE");</script>`;
    await tab.goto(server.page("/regions-gcm.html", page({ html: "US-CA", head: snippet, config: { ...CONFIG, googleConsentMode: {} } })));
    await expect.poll(() => ran(tab)).toEqual(["analytics", "marketing"]);
    const atBoot = await tab.evaluate(() => (window as any).atBoot);
    expect(atBoot).toEqual([["consent", "default", { ...DENIED, wait_for_update: 500 }]]);
    const entries: unknown[][] = await tab.evaluate(() => (window as any).dataLayer.map((entry: ArrayLike<unknown>) => JSON.parse(JSON.stringify(Array.from(entry)))));
    const consent = entries.filter((entry) => entry[0] == "consent");
    const regional = consent.filter((entry) => entry[1] == "default" && (entry[2] as { region?: string[] }).region);
    const california = regional.find((entry) => (entry[2] as { region: string[] }).region.includes("US-CA"))!;
    expect(california[2]).toMatchObject({ analytics_storage: "granted", ad_storage: "granted", region: expect.arrayContaining(["US-CA", "US-VA"]) });
    const uk = regional.find((entry) => (entry[2] as { region: string[] }).region.includes("GB"))!;
    expect(uk[2]).toMatchObject({ analytics_storage: "granted", ad_storage: "denied", region: ["GB"] });
    // No region default for the EEA: the general one, all denied, is theirs.
    expect(regional.some((entry) => (entry[2] as { region: string[] }).region.includes("FR"))).toBe(false);
    // The visitor's own region: opt-out's defaults as an update, once the store started (G-03).
    expect(consent.at(-1)).toEqual(["consent", "update", expect.objectContaining({ analytics_storage: "granted", ad_storage: "granted" })]);
    await context.close();

    // With a GPC signal, no regional default grants marketing's types, nor an exemption the signal refuses (L-17).
    const signalled = await browser.newContext();
    const gpcTab = await signalled.newPage();
    await gpcTab.addInitScript(() => Object.defineProperty(Navigator.prototype, "globalPrivacyControl", { get: () => true }));
    await gpcTab.goto(server.page("/regions-gcm-gpc.html", page({ html: "US-CA", head: snippet, config: { ...CONFIG, googleConsentMode: {} } })));
    await expect.poll(() => ran(gpcTab)).toEqual(["analytics"]);
    const gpcEntries: unknown[][] = await gpcTab.evaluate(() => (window as any).dataLayer.map((entry: ArrayLike<unknown>) => JSON.parse(JSON.stringify(Array.from(entry)))));
    const gpcRegional = gpcEntries.filter((entry) => entry[0] == "consent" && entry[1] == "default" && (entry[2] as { region?: string[] }).region);
    expect(gpcRegional.find((entry) => (entry[2] as { region: string[] }).region.includes("US-CA"))![2]).toMatchObject({ analytics_storage: "granted", ad_storage: "denied" });
    expect(gpcRegional.some((entry) => (entry[2] as { region: string[] }).region.includes("GB"))).toBe(false);
    await signalled.close();
  });

  it("a bad rule set is a config error naming the path: safe mode, nothing optional runs", async () => {
    const { context, tab, console } = await visit({ html: "US-CA", config: { ...CONFIG, regions: { ...REGIONS, "US-CA": { mode: "opt-out", on: ["support"] } } } });
    await banner(tab).waitFor();
    await tab.waitForTimeout(200);
    expect(await ran(tab)).toEqual([]);
    expect(console.errors.join("\n")).toContain("regions.US-CA.on[0]: expected an optional category of this config");
    await context.close();
  });
});

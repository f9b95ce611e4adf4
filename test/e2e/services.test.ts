// Every catalog service in real Chromium (issue 26 item 6), through the built drop-in and its parts, against a
// stand-in for the vendor on the vendor's real URLs (./support/vendors.ts, Playwright routing: nothing leaves the
// machine). One data-driven test per service: nothing before consent (L-01); after Accept all the documented script
// with the site's id and the documented consent call; after withdrawal the revoke call, no later request to the
// vendor and none of its items left (L-11). Embeds: nothing before the click, "once" grants nothing, "always" grants.
import AxeBuilderModule from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CATALOG } from "../../src/services/all";
import { useChromium } from "../support/browser";
import type { TestServer } from "../support/server";
import { PRELUDE, VENDORS, type StandIn } from "./support/vendors";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const AxeBuilder = ((AxeBuilderModule as any).default ?? AxeBuilderModule) as typeof AxeBuilderModule;

let browser: Browser;
let server: TestServer;
useChromium((started) => void ({ browser, server } = started));

const page = (name: string, settings: unknown, body = "") => `<!doctype html><html lang="en"><head>
<script>window.ConsentConfig = ${JSON.stringify({ services: { [name]: settings } })};</script>
<script src="/dist/consentry.js"></script>
</head><body><main><h1>${name}</h1>${body}</main></body></html>`;

/** A deep partial match: every key of `expected` equal in `actual`; arrays match by position, `actual` may be longer. */
function matches(actual: unknown, expected: unknown): boolean {
  if (expected && typeof expected == "object") {
    if (!actual || typeof actual != "object") return false;
    return Object.entries(expected).every(([key, value]) => matches((actual as Record<string, unknown>)[key], value));
  }
  return Object.is(actual, expected);
}

/** The index after the last of `expected` found in `calls` in order, or -1 when one is missing. */
function inOrder(calls: readonly unknown[][], expected: readonly unknown[][], from = 0): number {
  let at = from;
  for (const call of expected) {
    const found = calls.findIndex((recorded, index) => index >= at && matches(recorded, call));
    if (found < 0) return -1;
    at = found + 1;
  }
  return at;
}

interface Visit {
  readonly context: BrowserContext;
  readonly tab: Page;
  /** Every request to the vendor's hosts, in order. */
  readonly requests: string[];
  /** Every call the stand-in received, across reloads. */
  readonly calls: unknown[][];
}

async function visit(name: string, vendor: StandIn, body?: string): Promise<Visit> {
  const path = server.page(`/services/${name}.html`, page(name, vendor.settings, body));
  const context = await browser.newContext();
  const requests: string[] = [];
  const calls: unknown[][] = [];
  await context.exposeBinding("vendorRecord", (_source, args: unknown[]) => void calls.push(args));
  await context.route(
    (url) => vendor.hosts.test(url.hostname),
    (route) => {
      const url = route.request().url();
      requests.push(url);
      if (url == vendor.script) return route.fulfill({ contentType: "text/javascript", body: PRELUDE + vendor.stub });
      if (vendor.embed && url.startsWith(vendor.embed.loads.split("?")[0]!)) return route.fulfill({ contentType: "text/html", body: "<p>player</p>" });
      return route.fulfill({ status: 204 });
    },
  );
  const tab = await context.newPage();
  await tab.goto(path);
  await tab.waitForFunction(() => (window as { Consent?: { state?: unknown } }).Consent?.state);
  return { context, tab, requests, calls };
}

const cookieNames = async (tab: Page) => (await tab.context().cookies()).map((cookie) => cookie.name);
const storageKeys = (tab: Page) => tab.evaluate(() => Object.keys(localStorage));
/** Long enough for six beacons of an active stand-in (one each 50 ms). */
const settle = (tab: Page, ms = 300) => tab.waitForTimeout(ms);

describe("the services catalog in Chromium (issue 26 item 6)", () => {
  it("every catalog service has a stand-in here, and every stand-in a catalog service", () => {
    expect(Object.keys(VENDORS).sort()).toEqual(CATALOG.map((entry) => entry.definition.name).sort());
  });

  for (const { definition: service } of CATALOG.filter((entry) => !entry.definition.embed)) {
    const vendor = VENDORS[service.name]!;
    it(`${service.name}: nothing before consent (L-01); after Accept all its script and consent call; after withdrawal its revoke, no request, nothing left (L-11)`, async () => {
      const { context, tab, requests, calls } = await visit(service.name, vendor);
      try {
        await settle(tab);
        expect(requests, "no request to the vendor before consent").toEqual([]);
        expect((await cookieNames(tab)).filter((name) => vendor.cookies?.includes(name)), "none of its cookies before consent").toEqual([]);

        await tab.evaluate(() => (window as unknown as { Consent: { acceptAll(): void } }).Consent.acceptAll());
        await expect.poll(() => requests[0], { timeout: 10_000 }).toBe(vendor.script);
        await expect.poll(() => inOrder(calls, vendor.granted ?? []), { timeout: 5_000 }).toBeGreaterThan(-1);
        for (const name of vendor.cookies ?? []) await expect.poll(() => cookieNames(tab)).toContain(name);
        await expect.poll(() => requests.length, { message: "the stand-in runs (beacons)" }).toBeGreaterThan(1);
        const afterGrant = inOrder(calls, vendor.granted ?? []);

        const reloads = service.reload ? tab.waitForEvent("load") : undefined;
        await tab.evaluate(() => (window as unknown as { Consent: { rejectAll(): void } }).Consent.rejectAll());
        await reloads;
        await settle(tab, 150);
        const quiet = requests.length;
        expect(inOrder(calls, vendor.revoked ?? [], afterGrant), "the vendor's revoke call").toBeGreaterThan(-1);
        await settle(tab);
        expect(requests.slice(quiet), "no request to the vendor after withdrawal").toEqual([]);
        for (const name of vendor.cookies ?? []) expect(await cookieNames(tab)).not.toContain(name);
        for (const key of vendor.localStorage ?? []) expect(await storageKeys(tab)).not.toContain(key);
      } finally {
        await context.close();
      }
    });
  }

  for (const { definition: service } of CATALOG.filter((entry) => entry.definition.embed)) {
    const vendor = VENDORS[service.name]!;
    const frame = `<iframe data-consent-service="${service.name}" data-src="${vendor.embed!.src}" width="560" height="315" title="Launch video"></iframe>`;
    it(`${service.name}: no request before the click; "Load once" loads it and grants nothing; "Always allow" grants ${service.category}`, async () => {
      const { context, tab, requests } = await visit(service.name, vendor, frame);
      try {
        const once = tab.getByRole("button", { name: "Load once" });
        await once.waitFor();
        const box = await tab.locator(".consentry-placeholder").boundingBox();
        expect([box?.width, box?.height]).toEqual([560, 315]);
        await settle(tab);
        expect(requests).toEqual([]);

        await once.click();
        await expect.poll(() => requests).toEqual([vendor.embed!.loads]);
        expect(await tab.locator("iframe").getAttribute("src")).toBe(vendor.embed!.loads);
        expect(await tab.evaluate(() => (window as unknown as { Consent: { state(): { categories: Record<string, boolean> } } }).Consent.state().categories)).toMatchObject({ [service.category]: false });

        await tab.reload();
        await tab.getByRole("button", { name: `Always allow ${service.title}` }).click();
        await expect.poll(() => requests.length).toBe(2);
        expect(await tab.evaluate((id) => (window as unknown as { Consent: { granted(id: string): boolean } }).Consent.granted(id), service.category)).toBe(true);

        await tab.evaluate(() => (window as unknown as { Consent: { rejectAll(): void } }).Consent.rejectAll());
        expect(await tab.locator("iframe").getAttribute("src")).toBe("about:blank");
        await expect(tab.getByRole("button", { name: "Load once" }).isVisible()).resolves.toBe(true);
      } finally {
        await context.close();
      }
    });
  }

  it("a service that is necessary by default runs without consent and brings no banner (L-02, issue 9)", async () => {
    const vendor = VENDORS.stripe!;
    const { context, tab, requests } = await visit("stripe", { ...vendor, settings: {} });
    try {
      await expect.poll(() => requests[0], { timeout: 10_000 }).toBe(vendor.script);
      await settle(tab);
      expect(await tab.locator("consentry-ui").count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it("bad services settings reach an error subscriber as a config error naming each path; that service never runs (DESIGN 5)", async () => {
    const vendor = VENDORS.clarity!;
    const config = { nosuchservice: {}, clarity: { id: "NOT VALID" } };
    const path = server.page("/services/bad.html", page("clarity", {}).replace(JSON.stringify({ services: { clarity: {} } }), JSON.stringify({ services: config })));
    const context = await browser.newContext();
    const requests: string[] = [];
    await context.route((url) => vendor.hosts.test(url.hostname), (route) => (requests.push(route.request().url()), route.fulfill({ status: 204 })));
    const tab = await context.newPage();
    try {
      await tab.goto(path);
      const issues = await tab.evaluate(
        () =>
          new Promise<string[]>((resolve) => {
            const heard: string[] = [];
            (window as unknown as { Consent: { on(event: string, fn: (event: { error: { issues?: string[] } }) => void): void } }).Consent.on("error", ({ error }) => {
              heard.push(...(error.issues ?? []));
              if (heard.length >= 2) resolve(heard.map((issue) => issue.split(":")[0]!).sort());
            });
          }),
      );
      expect(issues).toEqual(["services.clarity.id", "services.nosuchservice"]);
      await tab.evaluate(() => (window as unknown as { Consent: { acceptAll(): void } }).Consent.acceptAll());
      await settle(tab);
      expect(requests).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("the examples' services page: before consent only Stripe (necessary) reaches a vendor, three embed placeholders wait, the policy table names each provider (issue 26 item 7)", async () => {
    const context = await browser.newContext();
    const vendors = CATALOG.flatMap((entry) => VENDORS[entry.definition.name]!.hosts);
    const requests: string[] = [];
    await context.route((url) => vendors.some((hosts) => hosts.test(url.hostname)), (route) => (requests.push(new URL(route.request().url()).hostname), route.fulfill({ status: 204 })));
    const tab = await context.newPage();
    try {
      await tab.goto(`${server.origin}/examples/services/`);
      await expect.poll(() => tab.getByRole("button", { name: "Load once" }).count()).toBe(3);
      await settle(tab);
      expect([...new Set(requests)]).toEqual(["js.stripe.com"]);
      await expect.poll(() => tab.locator("[data-consent-declaration]").textContent(), { timeout: 10_000 }).toContain("Microsoft Clarity");
      const table = (await tab.locator("[data-consent-declaration]").textContent())!;
      for (const provider of ["Meta Platforms Ireland", "HubSpot", "Intercom R&D Unlimited", "Stripe Payments Europe"]) expect(table).toContain(provider);
      // Each provider links to its privacy policy and says where data goes (issue 26 item 1).
      const clarity = tab.locator("[data-consent-declaration] a", { hasText: "Microsoft Clarity (United States)" }).first();
      expect(await clarity.getAttribute("href")).toBe("https://privacy.microsoft.com/privacystatement");
    } finally {
      await context.close();
    }
  });

  it("an embed placeholder works by keyboard, reads in the page's language and has no axe violation (A-02, A-12, issue 26 item 3)", async () => {
    const vendor = VENDORS.youtube!;
    const frame = `<a href="#top">First link</a><iframe data-consent-service="youtube" data-src="${vendor.embed!.src}" width="560" height="315" title="Launch video"></iframe>`;
    const path = server.page("/services/embed-fr.html", page("youtube", {}, frame).replace('<html lang="en">', '<html lang="fr">').replace('"services"', '"language":"auto","services"'));
    const context = await browser.newContext({ locale: "fr-FR" });
    const requests: string[] = [];
    await context.route((url) => vendor.hosts.test(url.hostname), (route) => (requests.push(route.request().url()), route.fulfill({ contentType: "text/html", body: "<p>player</p>" })));
    const tab = await context.newPage();
    try {
      await tab.goto(path);
      const once = tab.getByRole("button", { name: "Charger une fois" });
      await once.waitFor();
      expect(await tab.getByRole("group", { name: "Launch video" }).getByRole("button").allTextContents()).toEqual(["Charger une fois", "Toujours autoriser YouTube"]);
      const result = await new AxeBuilder({ page: tab } as never).include(".consentry-placeholder").withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
      expect(result.violations.map((violation) => violation.id)).toEqual([]);
      // By keyboard: Tab from the page's first link reaches "Load once" (the banner, after the main content, comes later).
      await tab.getByRole("link", { name: "First link" }).focus();
      for (let tabs = 0; tabs < 5 && !(await once.evaluate((button) => button === document.activeElement)); tabs++) await tab.keyboard.press("Tab");
      await tab.keyboard.press("Enter");
      await expect.poll(() => requests).toEqual([vendor.embed!.loads]);
      expect(await tab.evaluate(() => document.activeElement?.tagName)).toBe("IFRAME");
    } finally {
      await context.close();
    }
  });

  it("src: a site's own copy or first-party proxy loads instead of the vendor's script, and still only after the grant (issue 26 item 1)", async () => {
    const vendor = VENDORS.clarity!;
    server.route((request, response) => {
      if (!request.url?.startsWith("/proxy/clarity.js")) return false;
      response.writeHead(200, { "content-type": "text/javascript" }).end("window.proxied = (window.proxied || 0) + 1;");
      return true;
    });
    const { context, tab, requests } = await visit("clarity", { ...vendor, settings: { ...vendor.settings, src: "/proxy/clarity.js" } });
    try {
      await settle(tab);
      expect(await tab.evaluate(() => (window as { proxied?: number }).proxied)).toBeUndefined();
      await tab.evaluate(() => (window as unknown as { Consent: { acceptAll(): void } }).Consent.acceptAll());
      await expect.poll(() => tab.evaluate(() => (window as { proxied?: number }).proxied)).toBe(1);
      expect(requests).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("beforeConsent: Clarity, which documents loading denied, loads at once told 'denied' (a request before consent, by the site's choice), then hears the grant (G-07, issue 26 item 1)", async () => {
    const vendor = VENDORS.clarity!;
    const { context, tab, requests, calls } = await visit("clarity", { ...vendor, settings: { ...vendor.settings, beforeConsent: true } });
    try {
      await expect.poll(() => requests[0], { timeout: 10_000 }).toBe(vendor.script);
      await expect.poll(() => inOrder(calls, [["consentv2", { ad_Storage: "denied", analytics_Storage: "denied" }]])).toBeGreaterThan(-1);
      expect(await cookieNames(tab)).not.toContain("_clck");
      await tab.evaluate(() => (window as unknown as { Consent: { acceptAll(): void } }).Consent.acceptAll());
      await expect.poll(() => inOrder(calls, [["consentv2", { analytics_Storage: "denied" }], ["consentv2", { analytics_Storage: "granted" }]])).toBeGreaterThan(-1);
      expect(requests.filter((url) => url == vendor.script)).toHaveLength(1);
    } finally {
      await context.close();
    }
  });

  it("data-consent-thumbnail: a preview from the site itself is shown, one from elsewhere is never requested (issue 26 item 3)", async () => {
    const vendor = VENDORS.youtube!;
    const frames = ["/examples/site/site.css#own.png", "https://i.ytimg.com/vi/x/hqdefault.jpg"].map(
      (thumbnail, index) => `<iframe data-consent-service="youtube" data-consent-thumbnail="${thumbnail}" data-src="${vendor.embed!.src}" width="560" height="315" title="Video ${index}"></iframe>`,
    );
    const { context, tab, requests } = await visit("youtube", vendor, frames.join(""));
    try {
      await tab.getByRole("button", { name: "Load once" }).first().waitFor();
      await settle(tab);
      expect(await tab.locator(".consentry-placeholder img").evaluateAll((images) => images.map((image) => image.getAttribute("src")))).toEqual(["/examples/site/site.css#own.png"]);
      expect(requests).toEqual([]);
    } finally {
      await context.close();
    }
  });
});


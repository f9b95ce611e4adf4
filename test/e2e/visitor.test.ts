// The product from the visitor's side (DESIGN 6), through the built drop-in in Chromium: first visit blocks
// everything, the three ways to decide, reload without a banner frame, withdrawal at once, re-prompt,
// a late footer link, two copies of the script.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { useChromium } from "../support/browser";
import type { TestServer } from "../support/server";
import { dropInPage, state, storedKeys, watchConsole } from "./support/pages";

let browser: Browser;
let server: TestServer;
let context: BrowserContext;
let pageCount = 0;

const CONFIG = {
  revision: 1,
  policyUrl: "/policy",
  categories: {
    analytics: { cookies: [{ name: "demo_id", provider: "Demo", duration: "1 year" }], storage: ["demo_*"] },
  },
};

// The analytics tag writes exactly what the config declares, so withdrawal has something to erase.
const TAGS = `
<script type="text/plain" data-consent="analytics" src="/vendor/analytics.js"></script>
<script type="text/plain" data-consent="marketing">window.marketingRan = (window.marketingRan || 0) + 1;</script>`;

useChromium(async (started) => {
  ({ browser, server } = started);
  server.route((request, response) => {
    if (!request.url?.startsWith("/vendor/analytics.js")) return false;
    response.writeHead(200, { "content-type": "text/javascript" });
    response.end(`window.analyticsRan = (window.analyticsRan || 0) + 1;
document.cookie = "demo_id=1; Path=/; Max-Age=3600";
localStorage.setItem("demo_visits", "1");`);
    return true;
  });
});
afterEach(async () => {
  await context?.close();
});

/** Counts animation frames in which a consent banner was visible, from the first frame of the document. */
const countBannerFrames = () => {
  (window as any).bannerFrames = 0;
  const tick = () => {
    const banner = document.querySelector("consentry-ui")?.shadowRoot?.querySelector("section");
    const box = banner?.getBoundingClientRect();
    if (banner && !(banner as HTMLElement).hidden && box && box.width > 0 && box.height > 0) (window as any).bannerFrames++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

async function visit(html: string, headers: Record<string, string> = {}) {
  context = await browser.newContext();
  await context.addInitScript(countBannerFrames);
  const page = await context.newPage();
  const log = watchConsole(page);
  const url = server.page(`/visitor-${++pageCount}.html`, html, headers);
  await page.goto(url);
  return { page, log, url };
}

const banner = (page: Page) => page.getByRole("region", { name: "We value your privacy" });
const ran = (page: Page) => page.evaluate(() => ({ analytics: (window as any).analyticsRan ?? 0, marketing: (window as any).marketingRan ?? 0 }));
const vendorRequests = () => server.requests.filter((r) => r.url.startsWith("/vendor/")).length;

describe("first visit (L-01, L-02)", () => {
  it("blocks everything for 2 s: no gated script, no vendor request, no stored key, and shows the banner", async () => {
    const before = vendorRequests();
    const { page, log } = await visit(dropInPage({ config: CONFIG, body: TAGS }));
    await page.waitForTimeout(2000);
    expect(await ran(page)).toEqual({ analytics: 0, marketing: 0 });
    expect(vendorRequests()).toBe(before);
    expect(await storedKeys(context, page)).toEqual({ cookies: [], local: [], session: [] });
    await expect.poll(() => banner(page).isVisible()).toBe(true);
    expect(log.errors).toEqual([]);
  });

  it("scrolling, clicking the page and pressing Escape grant nothing (L-05)", async () => {
    const { page } = await visit(dropInPage({ config: CONFIG, body: `${TAGS}<div style="height:3000px"></div>` }));
    await page.mouse.wheel(0, 1500);
    await page.mouse.click(10, 10);
    await page.keyboard.press("Escape");
    await page.waitForTimeout(300);
    expect(await state(page)).toMatchObject({ decided: false, categories: { analytics: false, marketing: false } });
    expect(await ran(page)).toEqual({ analytics: 0, marketing: 0 });
    expect(await banner(page).isVisible()).toBe(true);
  });
});

describe("deciding", () => {
  it("Accept all runs the gated scripts at once; a reload shows zero banner frames and runs them again", async () => {
    const { page } = await visit(dropInPage({ config: CONFIG, body: TAGS }));
    await banner(page).getByRole("button", { name: "Accept all" }).click();
    await expect.poll(() => ran(page)).toEqual({ analytics: 1, marketing: 1 });
    expect(await banner(page).isVisible()).toBe(false);
    await page.reload();
    await expect.poll(() => ran(page)).toEqual({ analytics: 1, marketing: 1 });
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as any).bannerFrames)).toBe(0);
    expect(await state(page)).toMatchObject({ decided: true, method: "accept-all" });
  });

  it("Reject all runs nothing and is remembered: no banner frame on the next three visits (L-14)", async () => {
    const { page } = await visit(dropInPage({ config: CONFIG, body: TAGS }));
    await banner(page).getByRole("button", { name: "Reject all" }).click();
    for (let visitNumber = 0; visitNumber < 3; visitNumber++) {
      await page.reload();
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as any).bannerFrames)).toBe(0);
      expect(await ran(page)).toEqual({ analytics: 0, marketing: 0 });
    }
    expect(await state(page)).toMatchObject({ method: "reject-all", categories: { analytics: false } });
  });

  it("a custom choice in the dialog runs only what was allowed (L-06)", async () => {
    const { page } = await visit(dropInPage({ config: CONFIG, body: TAGS }));
    await banner(page).getByRole("button", { name: "Manage preferences" }).click();
    const dialog = page.getByRole("dialog");
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const analytics = dialog.getByRole("switch", { name: /Analytics/ });
    expect(await analytics.isChecked()).toBe(false);
    await analytics.check();
    await dialog.getByRole("button", { name: "Save preferences" }).click();
    await expect.poll(() => ran(page)).toEqual({ analytics: 1, marketing: 0 });
    expect(await state(page)).toMatchObject({ method: "custom", categories: { analytics: true, marketing: false, preferences: false } });
  });
});

describe("withdrawal (L-10, L-11)", () => {
  it("the footer link, then Reject all: declared cookies and keys are gone at once, without a reload", async () => {
    const footer = `${TAGS}<footer><a href="#" data-consent-open>Cookie settings</a></footer>`;
    const { page } = await visit(dropInPage({ config: CONFIG, body: footer }));
    await banner(page).getByRole("button", { name: "Accept all" }).click();
    await expect.poll(async () => (await storedKeys(context, page)).cookies).toContain("demo_id");
    await page.getByRole("link", { name: "Cookie settings" }).click();
    const dialog = page.getByRole("dialog");
    // Two activations: open, then Reject all (L-10); the erase happens in the same task as the click.
    const [leftover] = await Promise.all([
      page.evaluate(
        () =>
          new Promise((resolve) =>
            (window as any).Consent.on("change", () =>
              resolve({ cookie: document.cookie.includes("demo_id"), key: localStorage.getItem("demo_visits") }),
            ),
          ),
      ),
      dialog.getByRole("button", { name: "Reject all" }).click(),
    ]);
    expect(leftover).toEqual({ cookie: false, key: null });
    const keys = await storedKeys(context, page);
    expect(keys.cookies).toEqual(["consent"]);
    expect(keys.local).toEqual(["consent"]);
    expect(await state(page)).toMatchObject({ categories: { analytics: false } });
  });
});

describe("asking again (L-13)", () => {
  it("a revision bump shows the banner again and runs nothing until the visitor decides", async () => {
    const first = await visit(dropInPage({ config: CONFIG, body: TAGS }));
    await banner(first.page).getByRole("button", { name: "Accept all" }).click();
    const bumped = server.page(`/visitor-${++pageCount}.html`, dropInPage({ config: { ...CONFIG, revision: 2 }, body: TAGS }));
    const page = first.page;
    await page.goto(bumped);
    await expect.poll(() => banner(page).isVisible()).toBe(true);
    expect(await ran(page)).toEqual({ analytics: 0, marketing: 0 });
  });
});

describe("page conventions (DESIGN 3)", () => {
  it("a footer link added after start opens the dialog", async () => {
    const { page } = await visit(dropInPage({ config: CONFIG }));
    await page.evaluate(() => {
      const link = document.createElement("button");
      link.textContent = "Privacy choices";
      link.setAttribute("data-consent-open", "");
      document.body.append(link);
    });
    await page.getByRole("button", { name: "Privacy choices" }).click();
    await expect.poll(() => page.getByRole("dialog").isVisible()).toBe(true);
  });

  it("two copies of the script: one instance, one banner", async () => {
    const html = dropInPage({ config: CONFIG, head: "" }).replace("</head>", '<script src="/dist/consentry.js"></script></head>');
    const { page, log } = await visit(html);
    await expect.poll(() => banner(page).isVisible()).toBe(true);
    expect(await page.locator("consentry-ui").count()).toBe(1);
    expect(log.warnings.some((warning) => warning.includes("loaded twice"))).toBe(true);
  });

  it("the cookie declaration fills [data-consent-declaration] from the same config", async () => {
    const { page } = await visit(dropInPage({ config: CONFIG, body: "<div data-consent-declaration></div>" }));
    const table = page.locator("[data-consent-declaration]");
    await expect.poll(() => table.getByText("demo_id").count()).toBeGreaterThan(0);
  });
});

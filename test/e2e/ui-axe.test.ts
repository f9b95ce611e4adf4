// axe-core on the banner and on the open dialog, light and dark, wide and 320 px: zero violations (A-06, A-07, WCAG 2.2 AA).
import AxeBuilderModule from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { useChromium } from "../support/browser";
import type { TestServer } from "../support/server";
import { dropInPage, uiSettled } from "./support/pages";

const AxeBuilder = ((AxeBuilderModule as any).default ?? AxeBuilderModule) as typeof AxeBuilderModule;
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

let browser: Browser;
let server: TestServer;
let context: BrowserContext;
let pageCount = 0;

useChromium((started) => void ({ browser, server } = started));
afterEach(async () => {
  await context?.close();
});

const config = {
  policyUrl: "/cookie-policy",
  categories: {
    analytics: { cookies: [{ name: "ph_*_posthog", provider: "PostHog", purpose: "Product analytics", duration: "1 year" }] },
    support: { label: "Support chat", description: "Lets you talk to our team." },
  },
};

async function open(width: number, colorScheme: "light" | "dark", gpc = false, body = ""): Promise<Page> {
  context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme, reducedMotion: "reduce" });
  const page = await context.newPage();
  if (gpc) await page.addInitScript(() => Object.defineProperty(navigator, "globalPrivacyControl", { get: () => true }));
  await page.goto(server.page(`/ui-axe-${++pageCount}.html`, dropInPage({ config, body })));
  await uiSettled(page);
  return page;
}

/** axe's findings, one readable line each, so a failure names the rule and the node. */
async function violations(page: Page, include = "consentry-ui"): Promise<string[]> {
  const result = await new AxeBuilder({ page } as never).include(include).withTags(TAGS).analyze();
  return result.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(" ")} ${node.failureSummary ?? ""}`),
  );
}

describe("axe-core (WCAG 2.2 AA + best practice)", () => {
  for (const width of [1280, 320]) {
    for (const colorScheme of ["light", "dark"] as const) {
      it(`the banner has zero violations (${width} px, ${colorScheme})`, async () => {
        const page = await open(width, colorScheme);
        await page.getByRole("region", { name: "We value your privacy" }).waitFor();
        expect(await violations(page)).toEqual([]);
      });

      it(`the open dialog, with a category expanded and GPC honoured, has zero violations (${width} px, ${colorScheme})`, async () => {
        const page = await open(width, colorScheme, true);
        await page.evaluate(() => (window as any).Consent.open());
        // The dialog may arrive a moment after the request (the drop-in can load it on demand).
        await page.waitForFunction(() => document.querySelector("consentry-ui")?.shadowRoot?.querySelector("dialog")?.open === true);
        await page.getByText("Cookies (1)").click();
        await page.getByRole("switch", { name: "Analytics" }).check();
        await page.getByText(/Opt-out preference signal honored/).waitFor();
        expect(await violations(page)).toEqual([]);
      });
    }
  }

  it("the cookie declaration on a policy page has zero violations, with dist/consentry.css", async () => {
    const body = `<h2>Cookies we use</h2><div data-consent-declaration></div>`;
    context = await browser.newContext();
    const page = await context.newPage();
    const html = dropInPage({ config, body, head: `<link rel="stylesheet" href="/dist/consentry.css">` });
    await page.goto(server.page(`/ui-axe-policy.html`, html));
    await page.getByRole("button", { name: "Reject all" }).click();
    await page.getByRole("button", { name: "Change cookie settings" }).waitFor();
    expect(await violations(page, "[data-consent-declaration]")).toEqual([]);
  });

  it("a seeded low-contrast theme is caught, so this check can fail", async () => {
    context = await browser.newContext();
    const page = await context.newPage();
    server.route((request, response) => {
      if (request.url !== "/ui-axe-bad.css") return false;
      response.writeHead(200, { "content-type": "text/css" });
      response.end(":root{--consent-fg:#bbb;--consent-bg:#fff}");
      return true;
    });
    await page.goto(server.page(`/ui-axe-bad.html`, dropInPage({ config, head: `<link rel="stylesheet" href="/ui-axe-bad.css">` })));
    await uiSettled(page);
    await page.getByRole("region", { name: "We value your privacy" }).waitFor();
    expect((await violations(page)).some((line) => line.startsWith("color-contrast"))).toBe(true);
  });
});

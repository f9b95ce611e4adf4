// What the split drop-in fetches, seen from the network (issue 12, issue 10): a returning visitor's page runs and
// fetches no UI code; a first visit fetches the banner and the visitor's language side by side, and the banner is in
// that language from its first frame.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { useChromium } from "../support/browser";
import type { TestServer } from "../support/server";
import { dropInPage, uiSettled, validRecord } from "./support/pages";

let browser: Browser;
let server: TestServer;
let context: BrowserContext;
let pageCount = 0;

useChromium((started) => void ({ browser, server } = started));
afterEach(async () => {
  await context?.close();
});

/** Every text the banner ever showed, recorded from the moment the host is added (before any paint). */
const RECORD_BANNER_TEXTS = () => {
  (window as any).bannerTexts = [];
  new MutationObserver(() => {
    const section = document.querySelector("consentry-ui")?.shadowRoot?.querySelector("section");
    const text = section?.querySelector("h2,h3,h1")?.textContent;
    const seen = (window as any).bannerTexts as string[];
    if (text && seen.at(-1) !== text) seen.push(text);
  }).observe(document, { subtree: true, childList: true });
};

async function visit(html: string, cookie?: string): Promise<{ page: Page; fetched: () => string[] }> {
  context = await browser.newContext();
  if (cookie) await context.addCookies([{ name: "consent", value: cookie, domain: "127.0.0.1", path: "/" }]);
  const page = await context.newPage();
  const fetched: string[] = [];
  page.on("request", (request) => void fetched.push(new URL(request.url()).pathname));
  await page.addInitScript(RECORD_BANNER_TEXTS);
  await page.goto(server.page(`/parts-${++pageCount}.html`, html));
  await uiSettled(page);
  return { page, fetched: () => fetched.filter((path) => path.startsWith("/dist/")) };
}

/** A page that gates nothing optional shows no banner (issue 9): these pages ask for it, as a site with analytics would. */
const FIRST_LAYER = { revision: 1, banner: "always" };

const bannerTexts = (page: Page) => page.evaluate(() => (window as any).bannerTexts as string[]);

describe("the split drop-in's parts (issue 12)", () => {
  it("a returning visitor's page fetches consentry.js and nothing else of ours, and shows no banner (L-14)", async () => {
    const { page, fetched } = await visit(dropInPage(), encodeURIComponent(JSON.stringify(validRecord())));
    expect(await page.evaluate(() => (window as any).Consent.state().decided)).toBe(true);
    await page.waitForTimeout(300);
    expect(fetched()).toEqual(["/dist/consentry.js"]);
    expect(await bannerTexts(page)).toEqual([]);
  });

  it("the footer link on a returning visit fetches the SDK, banner and dialog parts side by side, and opens the dialog (issue 27)", async () => {
    const { page, fetched } = await visit(
      dropInPage({ body: `<a href="#" data-consent-open>Cookie settings</a>` }),
      encodeURIComponent(JSON.stringify(validRecord())),
    );
    const requested: string[] = [];
    const answered: string[] = [];
    page.on("request", (request) => void requested.push(new URL(request.url()).pathname));
    page.on("requestfinished", (request) => void answered.push(new URL(request.url()).pathname));
    await page.getByRole("link", { name: "Cookie settings" }).click();
    await page.waitForFunction(() => document.querySelector("consentry-ui")?.shadowRoot?.querySelector("dialog")?.open === true);
    expect(fetched().sort()).toEqual(["/dist/consentry.banner.mjs", "/dist/consentry.dialog.mjs", "/dist/consentry.js", "/dist/consentry.sdk.mjs"]);
    // Side by side: the click asks for all three at once, in one task (one round trip, not three in a row).
    expect(requested.slice(0, 3).sort()).toEqual(["/dist/consentry.banner.mjs", "/dist/consentry.dialog.mjs", "/dist/consentry.sdk.mjs"]);
    expect(answered.length).toBeGreaterThanOrEqual(3);
    // No banner for a visitor who has decided, even though its code is here now.
    expect(await bannerTexts(page)).toEqual([]);
  });

  it("a first visit on a French page shows the banner in French from its first frame (issue 10, A-12)", async () => {
    const html = dropInPage({ config: { ...FIRST_LAYER, language: "auto" } }).replace('<html lang="en">', '<html lang="fr">');
    const { page, fetched } = await visit(html);
    expect(await bannerTexts(page)).toEqual(["Votre vie privée compte"]);
    expect(fetched()).toEqual(expect.arrayContaining(["/dist/consentry.banner.mjs", "/dist/consentry.locale.fr.mjs"]));
    expect(await page.evaluate(() => document.querySelector("consentry-ui")!.getAttribute("lang"))).toBe("fr");
  });

  it("zh-TW reads Traditional Chinese and zh-CN Simplified, fetched as the visitor's browser asks (issue 10)", async () => {
    for (const [lang, file] of [["zh-TW", "zh-Hant"], ["zh-CN", "zh-Hans"]]) {
      const html = dropInPage({ config: { ...FIRST_LAYER, language: "auto" } }).replace('<html lang="en">', `<html lang="${lang}">`);
      const { page, fetched } = await visit(html);
      expect(fetched()).toContain(`/dist/consentry.locale.${file}.mjs`);
      expect(await page.evaluate(() => document.querySelector("consentry-ui")!.getAttribute("lang"))).toBe(file);
      await context.close();
    }
  });

  it("a language the config carries inline is used as it is, with no fetch", async () => {
    const html = dropInPage({ config: { ...FIRST_LAYER, language: "fr", translations: { fr: { title: "Vos choix" } } } });
    const { page, fetched } = await visit(html);
    expect(await bannerTexts(page)).toEqual(["Vos choix"]);
    expect(fetched().filter((path) => path.includes("locale"))).toEqual([]);
  });
});

// The host page cannot break the UI (DESIGN 6), and the UI needs nothing a strict CSP forbids.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { useChromium } from "../support/browser";
import type { TestServer } from "../support/server";
import { dropInPage, state, watchConsole, uiSettled } from "./support/pages";

let browser: Browser;
let server: TestServer;
let context: BrowserContext;
let pageCount = 0;

const HOSTILE_CSS = [
  "button{display:none}",
  "*{font-size:40px!important;line-height:3!important;font-family:serif!important;letter-spacing:4px!important}",
  "section,dialog,p,div,h2,input,label,ul,li{display:none!important;color:#ff00ff!important;background:#00ff00!important}",
  "*,*::before{visibility:hidden!important;opacity:.1!important;margin:50px!important;padding:50px!important;border:9px solid red!important}",
  "consentry-ui{display:none!important;position:absolute!important;left:-9999px!important;transform:scale(0)!important}",
  "html,body{overflow:hidden!important}",
].join("\n");

useChromium(async (started) => {
  ({ browser, server } = started);
  server.route((request, response) => {
    if (request.url !== "/ui-hostile.css") return false;
    response.writeHead(200, { "content-type": "text/css" });
    response.end(HOSTILE_CSS);
    return true;
  });
});
afterEach(async () => {
  await context?.close();
});

async function open(html: string, headers: Record<string, string> = {}, init?: () => void): Promise<{ page: Page; log: ReturnType<typeof watchConsole> }> {
  // No slide-in, so boxes are measured where they stay.
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.addInitScript(() => {
    (window as any).__violations = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      (window as any).__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
    );
  });
  if (init) await page.addInitScript(init);
  const log = watchConsole(page);
  await page.goto(server.page(`/ui-hostile-${++pageCount}.html`, html, headers));
  await uiSettled(page);
  return { page, log };
}

/** Size, font and visibility of the UI's buttons in the open state given. */
const buttons = (page: Page, scope: "section" | "dialog") =>
  page.evaluate((scope) => {
    const root = document.querySelector("consentry-ui")!.shadowRoot!;
    return [...root.querySelector(scope)!.querySelectorAll<HTMLElement>(".a button")].map((button) => {
      const box = button.getBoundingClientRect();
      const style = getComputedStyle(button);
      const onScreen = box.width > 0 && box.height > 0 && box.right <= innerWidth && box.bottom <= innerHeight && box.left >= 0;
      return { name: button.textContent, onScreen, fontSize: style.fontSize, visibility: style.visibility, opacity: style.opacity };
    });
  }, scope);

describe("a hostile page stylesheet (DESIGN 6)", () => {
  it("leaves the banner and dialog visible, on screen, at their own size and usable", async () => {
    // Nothing optional on these pages: `banner: "always"` keeps the banner under test (issue 9).
    const config = { revision: 1, banner: "always" };
    const { page: clean } = await open(dropInPage({ config }));
    const expected = await buttons(clean, "section");
    const { page } = await open(dropInPage({ config, head: `<link rel="stylesheet" href="/ui-hostile.css">` }));
    // The stylesheet really applies to the page.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector("main")!).fontSize)).toBe("40px");
    const banner = await buttons(page, "section");
    expect(banner).toEqual(expected);
    expect(banner.every((button) => button.onScreen && button.fontSize === "16px" && button.visibility === "visible")).toBe(true);

    await page.getByRole("button", { name: "Manage preferences" }).click();
    // The dialog may arrive a moment after the request (the drop-in can load it on demand).
    await page.waitForFunction(() => document.querySelector("consentry-ui")?.shadowRoot?.querySelector("dialog")?.open === true);
    const dialog = await buttons(page, "dialog");
    expect(dialog.map((button) => button.name)).toEqual(["Accept all", "Reject all", "Save preferences"]);
    expect(dialog.every((button) => button.onScreen && button.fontSize === "16px" && button.opacity === "1")).toBe(true);
    await page.getByRole("switch", { name: "Analytics" }).check();
    await page.getByRole("button", { name: "Save preferences" }).click();
    expect(await state(page)).toMatchObject({ decided: true, method: "custom", categories: { analytics: true, marketing: false } });
  });
});

describe("strict CSP (X-04)", () => {
  const strict = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

  it(`works under "${strict}": styled, no violation, no error`, async () => {
    const html = dropInPage({
      // Nothing optional on this page: `banner: "always"` keeps the banner under test (issue 9).
      config: { policyUrl: "/cookie-policy", banner: "always", categories: { necessary: { cookies: [{ name: "consent", duration: "1 year" }] } } },
      jsonConfig: true,
      head: `<link rel="stylesheet" href="/dist/consentry.css">`,
      body: `<div data-consent-declaration></div>`,
    });
    const { page, log } = await open(html, { "content-security-policy": strict });
    // The drop-in renders the declaration with its second layer, which arrives a moment after load.
    await page.waitForSelector("table.consentry-cookies");
    const styled = () =>
      page.evaluate(() => {
        const root = document.querySelector("consentry-ui")!.shadowRoot!;
        return {
          banner: getComputedStyle(root.querySelector("section")!).position,
          dialog: root.querySelector("dialog") && getComputedStyle(root.querySelector("dialog")!.querySelector("button.x")!).borderTopStyle,
          declaration: getComputedStyle(document.querySelector("table.consentry-cookies")!).borderCollapse,
          styleAttributes: document.querySelectorAll("[style]").length + root.querySelectorAll("[style]").length,
          scrollPadding: getComputedStyle(document.documentElement).scrollPaddingBottom,
        };
      });
    expect(await styled()).toMatchObject({ banner: "fixed", declaration: "collapse", styleAttributes: 0 });
    expect((await styled()).scrollPadding).not.toBe("auto");
    await page.evaluate(() => (window as any).Consent.open());
    await page.waitForFunction(() => document.querySelector("consentry-ui")?.shadowRoot?.querySelector("dialog")?.open === true);
    expect(await styled()).toMatchObject({ dialog: "none" });
    await page.getByRole("button", { name: "Reject all" }).last().click();
    expect(await state(page)).toMatchObject({ decided: true });
    expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
    expect(log.errors).toEqual([]);
  });

  it("without constructable stylesheets, styles come through a <style nonce> under style-src 'nonce-…'", async () => {
    const html = dropInPage({ nonce: "n0nce", config: { banner: "always" } });
    const { page, log } = await open(
      html,
      { "content-security-policy": "script-src 'nonce-n0nce'; style-src 'nonce-n0nce'" },
      // An older browser: no adoptedStyleSheets anywhere.
      () => {
        delete (ShadowRoot.prototype as any).adoptedStyleSheets;
        delete (Document.prototype as any).adoptedStyleSheets;
      },
    );
    const position = await page.evaluate(() => getComputedStyle(document.querySelector("consentry-ui")!.shadowRoot!.querySelector("section")!).position);
    expect(position).toBe("fixed");
    expect(await page.evaluate(() => document.querySelector("consentry-ui")!.shadowRoot!.querySelectorAll("style[nonce]").length)).toBe(1);
    expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
    expect(log.errors).toEqual([]);
  });

  it("a <style> without the nonce would be blocked there, so the check above can fail", async () => {
    const { page } = await open(dropInPage({ nonce: "n0nce", config: { banner: "always" } }), {
      "content-security-policy": "script-src 'nonce-n0nce'; style-src 'nonce-n0nce'",
    });
    const applied = await page.evaluate(() => {
      const style = document.createElement("style");
      style.textContent = "main{position:fixed}";
      document.head.append(style);
      return getComputedStyle(document.querySelector("main")!).position;
    });
    expect(applied).toBe("static");
  });
});

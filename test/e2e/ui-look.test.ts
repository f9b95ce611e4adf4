// What the banner and dialog look like in Chromium: equal prominence (L-03), themes and contrast tokens,
// reduced motion, target sizes and a 320 px viewport.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { useChromium } from "../support/browser";
import type { TestServer } from "../support/server";
import { dropInPage, uiSettled } from "./support/pages";

let browser: Browser;
let server: TestServer;
let context: BrowserContext;
let pageCount = 0;

useChromium((started) => void ({ browser, server } = started));
afterEach(async () => {
  await context?.close();
});

type Options = { width?: number; colorScheme?: "light" | "dark"; reducedMotion?: "reduce" | "no-preference" };

async function open({ width = 1280, colorScheme = "light", reducedMotion = "no-preference" }: Options = {}): Promise<Page> {
  context = await browser.newContext({ viewport: { width, height: 720 }, colorScheme, reducedMotion });
  const page = await context.newPage();
  const config = {
    policyUrl: "/cookie-policy",
    categories: { analytics: { cookies: [{ name: "ph_phc_AbCdEfGhIjKlMnOpQrStUvWxYz_posthog", provider: "PostHog Inc.", purpose: "Product analytics", duration: "1 year" }] } },
  };
  await page.goto(server.page(`/ui-look-${++pageCount}.html`, dropInPage({ config })));
  await uiSettled(page);
  return page;
}

/** Box and computed style of a button in the UI, found by its name. */
const look = (page: Page, name: string, within = "section") =>
  page.evaluate(
    ([name, within]) => {
      const scope = document.querySelector("consentry-ui")!.shadowRoot!.querySelector(within!)!;
      const button = [...scope.querySelectorAll("button")].find((candidate) => candidate.textContent === name)!;
      const box = button.getBoundingClientRect();
      const style = getComputedStyle(button);
      return {
        tag: button.tagName,
        parent: button.parentElement === scope.querySelector("button")!.parentElement,
        width: box.width,
        height: box.height,
        font: [style.fontFamily, style.fontSize, style.fontWeight, style.fontStyle, style.letterSpacing, style.textTransform],
        paint: [style.color, style.backgroundColor, style.borderTopColor, style.borderTopWidth, style.padding, style.borderRadius],
      };
    },
    [name, within],
  );

describe("equal prominence (L-03)", () => {
  for (const width of [1280, 360, 320]) {
    for (const colorScheme of ["light", "dark"] as const) {
      it(`Accept all and Reject all have the same element, box, font and paint (${width} px, ${colorScheme})`, async () => {
        const page = await open({ width, colorScheme });
        const accept = await look(page, "Accept all");
        const reject = await look(page, "Reject all");
        expect(accept.tag).toBe("BUTTON");
        expect(reject).toMatchObject({ tag: "BUTTON", parent: true, font: accept.font, paint: accept.paint });
        expect(Math.abs(accept.width - reject.width)).toBeLessThanOrEqual(2);
        expect(Math.abs(accept.height - reject.height)).toBeLessThanOrEqual(2);
        // Manage preferences is no less visible either.
        expect(await look(page, "Manage preferences")).toMatchObject({ font: accept.font, paint: accept.paint });
      });
    }
  }

  it("in the dialog too, Accept all and Reject all look the same", async () => {
    const page = await open({ width: 360 });
    await page.evaluate(() => (window as any).Consent.open());
    // The dialog may arrive a moment after the request (the drop-in can load it on demand).
    await page.waitForFunction(() => document.querySelector("consentry-ui")?.shadowRoot?.querySelector("dialog")?.open === true);
    const accept = await look(page, "Accept all", "dialog");
    const reject = await look(page, "Reject all", "dialog");
    expect(reject).toMatchObject({ font: accept.font, paint: accept.paint, height: accept.height, width: accept.width });
  });
});

describe("themes, motion and size", () => {
  const colours = (page: Page) =>
    page.evaluate(() => {
      const banner = document.querySelector("consentry-ui")!.shadowRoot!.querySelector("section")!;
      const style = getComputedStyle(banner);
      return { color: style.color, background: style.backgroundColor };
    });

  it("follows prefers-color-scheme: light and dark themes differ (DESIGN 6)", async () => {
    const light = await colours(await open({ colorScheme: "light" }));
    const dark = await colours(await open({ colorScheme: "dark" }));
    expect(light).toEqual({ color: "rgb(27, 27, 27)", background: "rgb(255, 255, 255)" });
    expect(dark).toEqual({ color: "rgb(242, 242, 242)", background: "rgb(28, 28, 30)" });
  });

  it("a page can theme it through CSS custom properties", async () => {
    context = await browser.newContext();
    const page = await context.newPage();
    const head = `<link rel="stylesheet" href="/test/e2e/ui-theme.css">`;
    server.route((request, response) => {
      if (request.url !== "/test/e2e/ui-theme.css") return false;
      response.writeHead(200, { "content-type": "text/css" });
      response.end(":root{--consent-bg:#102030;--consent-fg:#fafafa;--consent-radius:0px}");
      return true;
    });
    // Nothing optional on this page: `banner: "always"` keeps the banner under test (issue 9).
    await page.goto(server.page(`/ui-themed.html`, dropInPage({ head, config: { revision: 1, banner: "always" } })));
    await uiSettled(page);
    expect(await colours(page)).toEqual({ color: "rgb(250, 250, 250)", background: "rgb(16, 32, 48)" });
  });

  it("animates in, but not at all under prefers-reduced-motion (A-11)", async () => {
    const animation = (page: Page) =>
      page.evaluate(() => getComputedStyle(document.querySelector("consentry-ui")!.shadowRoot!.querySelector("section")!).animationName);
    expect(await animation(await open({ reducedMotion: "no-preference" }))).not.toBe("none");
    expect(await animation(await open({ reducedMotion: "reduce" }))).toBe("none");
  });

  for (const width of [320, 1280]) {
    it(`every control is at least 24×24 px and nothing overflows sideways at ${width} px (A-07, A-10)`, async () => {
      const page = await open({ width });
      for (const state of ["banner", "dialog"]) {
        if (state === "dialog") {
          await page.evaluate(() => (window as any).Consent.open());
          await page.waitForFunction(() => document.querySelector("consentry-ui")?.shadowRoot?.querySelector("dialog")?.open === true);
          // Every cookie table open: the widest the dialog gets.
          for (const summary of await page.getByText(/^Cookies \(/).all()) await summary.click();
        }
        const report = await page.evaluate((state) => {
          const root = document.querySelector("consentry-ui")!.shadowRoot!;
          const scope = root.querySelector(state === "banner" ? "section" : "dialog")!;
          const controls = [...scope.querySelectorAll<HTMLElement>("button,input,summary")].map((element) => {
            const box = element.getBoundingClientRect();
            return { name: element.textContent || element.id, width: box.width, height: box.height, right: box.right };
          });
          return {
            controls,
            scopeOverflow: scope.scrollWidth - scope.clientWidth,
            pageOverflow: document.documentElement.scrollWidth - innerWidth,
          };
        }, state);
        expect(report.scopeOverflow, state).toBeLessThanOrEqual(0);
        expect(report.pageOverflow, state).toBeLessThanOrEqual(0);
        for (const control of report.controls) {
          expect(control.width, `${state}: ${control.name}`).toBeGreaterThanOrEqual(24);
          expect(control.height, `${state}: ${control.name}`).toBeGreaterThanOrEqual(24);
          expect(control.right, `${state}: ${control.name}`).toBeLessThanOrEqual(width);
        }
      }
    });
  }
});

describe("small screens (issue 13 item 6, A-10)", () => {
  // Real names from the seed policies, short and long: a split one (`conse` / `nt`) cannot be copied or searched for.
  const names = ["consent", "_ga", "refreshToken", "git_link_provider", "ph_phc_AbCdEfGhIjKlMnOpQrStUvWxYz_posthog"];
  const config = {
    revision: 1,
    banner: "always",
    categories: {
      analytics: { cookies: names.map((name) => ({ name, provider: "Example Ltd.", purpose: "Product analytics", duration: "1 year" })) },
      preferences: { storage: [{ name: "wizard_mode", purpose: "Remembers the editor layout", duration: "Persistent" }] },
    },
  };

  /** Every table cell whose text is one unbroken token, with the number of lines it renders on. */
  const tokenLines = (page: Page, inShadow: boolean) =>
    page.evaluate((inShadow) => {
      const scope: ParentNode = inShadow ? document.querySelector("consentry-ui")!.shadowRoot! : document;
      return [...scope.querySelectorAll("td")]
        .filter((cell) => /^\S+$/.test(cell.textContent ?? ""))
        .map((cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          // One line box per rendered line; a word broken mid-way gives two at different heights.
          const tops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
          return { token: cell.textContent, lines: tops.size };
        });
    }, inShadow);

  for (const width of [320, 360]) {
    it(`at ${width} px no cookie name or other unbroken token splits mid-word, in the dialog or the declaration`, async () => {
      context = await browser.newContext({ viewport: { width, height: 720 } });
      const page = await context.newPage();
      const head = `<link rel="stylesheet" href="/dist/consentry.css">`;
      const body = `<div data-consent-declaration></div>`;
      await page.goto(server.page(`/ui-small-${width}.html`, dropInPage({ config, head, body })));
      await page.waitForSelector("[data-consent-declaration] td");
      const declaration = await tokenLines(page, false);
      expect(declaration.map((cell) => cell.token)).toEqual(expect.arrayContaining([...names, "wizard_mode"]));
      for (const cell of declaration) expect(cell, `declaration: ${cell.token}`).toMatchObject({ lines: 1 });

      await page.evaluate(() => (window as any).Consent.open());
      await page.waitForFunction(() => document.querySelector("consentry-ui")?.shadowRoot?.querySelector("dialog")?.open === true);
      for (const summary of await page.getByText(/^Cookies \(/).all()) await summary.click();
      const dialog = await tokenLines(page, true);
      expect(dialog.map((cell) => cell.token)).toEqual(expect.arrayContaining(names));
      for (const cell of dialog) expect(cell, `dialog: ${cell.token}`).toMatchObject({ lines: 1 });
    });
  }
});

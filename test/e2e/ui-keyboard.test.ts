// The banner and dialog under a real keyboard in Chromium: focus trap and return, Escape, tab order,
// focus never hidden behind the banner, and nothing granted by inaction (A-01, A-02, A-05, A-13, L-05, L-16).
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { useChromium } from "../support/browser";
import type { TestServer } from "../support/server";
import { dropInPage, state, uiSettled } from "./support/pages";

let browser: Browser;
let server: TestServer;
let context: BrowserContext;
let pageCount = 0;

useChromium((started) => void ({ browser, server } = started));
afterEach(async () => {
  await context?.close();
});

const config = {
  revision: 1,
  policyUrl: "/cookie-policy",
  categories: { analytics: { cookies: [{ name: "ph_*", provider: "PostHog", purpose: "Analytics", duration: "1 year" }] } },
};

async function open(body: string, viewport = { width: 1280, height: 800 }, extra: object = {}): Promise<Page> {
  context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(server.page(`/ui-keyboard-${++pageCount}.html`, dropInPage({ config: { ...config, ...extra }, body })));
  await uiSettled(page);
  return page;
}

/** Where focus really is, looking through the UI's shadow root. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const box = active?.getBoundingClientRect();
    return {
      text: active?.textContent?.trim() ?? "",
      /** A box a sighted keyboard user can see the focus ring on (WCAG 2.4.7): not zero wide or high, not hidden. */
      visible: Boolean(box && box.width > 0 && box.height > 0 && active!.checkVisibility()),
      /** The browser draws its focus ring there: focus came by keyboard, so :focus-visible holds. */
      ring: Boolean(active?.matches(":focus-visible")),
      tag: active?.tagName ?? "",
      inDialog: Boolean(active?.closest("dialog")),
      inBanner: Boolean(active?.closest("section")),
      inUi: active?.getRootNode() !== document,
    };
  });

const dialogOpen = (page: Page) => page.evaluate(() => document.querySelector("consentry-ui")!.shadowRoot!.querySelector("dialog")?.open ?? false);

const trigger = `<button type="button" data-consent-open>Cookie settings</button>`;

describe("keyboard (A-02)", () => {
  it("focus moves into the dialog on open, to its heading rather than a choice (A-02, L-16)", async () => {
    const page = await open(trigger);
    await page.getByRole("button", { name: "Cookie settings" }).focus();
    await page.keyboard.press("Enter");
    // The dialog may arrive a moment after the request (the drop-in can load it on demand).
    await page.waitForFunction(() => document.querySelector("consentry-ui")?.shadowRoot?.querySelector("dialog")?.open === true);
    expect(await dialogOpen(page)).toBe(true);
    expect(await focused(page)).toMatchObject({ inDialog: true, tag: "H2", text: "Privacy preferences" });
  });

  it("30 Tabs and 30 Shift+Tabs keep focus inside the dialog (A-02)", async () => {
    const page = await open(trigger);
    await page.evaluate(() => (window as any).Consent.open());
    await page.waitForFunction(() => document.querySelector("consentry-ui")?.shadowRoot?.querySelector("dialog")?.open === true);
    const seen = new Set<string>();
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press("Tab");
      const where = await focused(page);
      expect(where.inDialog, `Tab ${i + 1} left the dialog for ${where.tag} ${where.text}`).toBe(true);
      seen.add(where.text);
    }
    // The wrap really happened: every control was visited, the first one again after the last.
    expect(seen).toContain("Accept all");
    expect(seen).toContain("Save preferences");
    expect(seen).toContain("×");
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press("Shift+Tab");
      const where = await focused(page);
      expect(where.inDialog, `Shift+Tab ${i + 1} left the dialog for ${where.tag} ${where.text}`).toBe(true);
    }
  });

  it("Escape closes the dialog without changing consent, and focus returns to the footer link (A-02, L-05)", async () => {
    const page = await open(trigger);
    await page.getByRole("button", { name: "Cookie settings" }).focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector("consentry-ui")?.shadowRoot?.querySelector("dialog")?.open === true);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space"); // switch something on, then walk away
    await page.keyboard.press("Escape");
    expect(await dialogOpen(page)).toBe(false);
    expect(await state(page)).toMatchObject({ decided: false, categories: { preferences: false, analytics: false, marketing: false } });
    expect(await focused(page)).toMatchObject({ inUi: false, text: "Cookie settings" });
  });

  it("Manage preferences, then Escape, returns focus to Manage preferences (A-02)", async () => {
    const page = await open("");
    await page.getByRole("button", { name: "Manage preferences" }).focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector("consentry-ui")?.shadowRoot?.querySelector("dialog")?.open === true);
    expect(await focused(page)).toMatchObject({ inDialog: true });
    await page.keyboard.press("Escape");
    expect(await focused(page)).toMatchObject({ inBanner: true, text: "Manage preferences" });
  });

  it("the dialog is operable by keyboard alone: switch with Space, save with Enter (A-13)", async () => {
    const page = await open("");
    await page.evaluate(() => (window as any).Consent.open());
    await page.waitForFunction(() => document.querySelector("consentry-ui")?.shadowRoot?.querySelector("dialog")?.open === true);
    await page.getByRole("switch", { name: "Analytics" }).focus();
    await page.keyboard.press("Space");
    await page.getByRole("button", { name: "Save preferences" }).focus();
    await page.keyboard.press("Enter");
    expect(await state(page)).toMatchObject({ decided: true, method: "custom", categories: { analytics: true, marketing: false } });
    expect(await page.getByRole("status").textContent()).toBe("Your choices were saved.");
  });
});

describe("banner (A-01, A-05, L-05, L-16)", () => {
  it("takes no focus on load, and the first Tab reaches it before the page (A-01, L-16)", async () => {
    const page = await open(`<a href="#one">First page link</a>`);
    expect(await focused(page)).toMatchObject({ tag: "BODY" });
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ inBanner: true, inUi: true });
    expect((await focused(page)).text).not.toBe("Accept all");
  });

  it("is not modal: the page stays operable while it shows (L-15, A-03)", async () => {
    const page = await open(`<button type="button" onclick="this.textContent='clicked'">Page button</button>`);
    await page.getByRole("button", { name: "Page button" }).click();
    expect(await page.getByRole("button", { name: "clicked" }).count()).toBe(1);
    expect(await page.evaluate(() => document.querySelectorAll("[inert],[aria-hidden]").length)).toBe(0);
  });

  it("Escape, a click elsewhere, scrolling and waiting grant nothing (L-05)", async () => {
    const page = await open(`<div style="height:3000px">tall</div>`);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Escape");
    await page.mouse.click(10, 10);
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(300);
    expect(await state(page)).toMatchObject({ decided: false, categories: { preferences: false, analytics: false, marketing: false } });
    expect(await page.getByRole("region", { name: "We value your privacy" }).isVisible()).toBe(true);
  });

  for (const viewport of [
    { width: 1280, height: 700 },
    { width: 360, height: 640 },
  ]) {
    it(`never hides the focused page element, down to the last link (A-05, ${viewport.width} px)`, async () => {
      const links = Array.from({ length: 40 }, (_, i) => `<p><a href="#l${i}">Link ${i}</a></p>`).join("");
      const page = await open(links, viewport);
      const banner = page.getByRole("region", { name: "We value your privacy" });
      // Past the banner's own controls to the page's links.
      await page.getByRole("link", { name: "Link 0" }).focus();
      for (let i = 0; i < 40; i++) {
        const covered = await page.evaluate(() => {
          const active = document.activeElement!;
          const banner = document.querySelector("consentry-ui")!.shadowRoot!.querySelector("section")!.getBoundingClientRect();
          const rect = active.getBoundingClientRect();
          return { name: active.textContent, bottom: rect.bottom, bannerTop: banner.top };
        });
        expect(covered.bottom, `${covered.name} is behind the banner`).toBeLessThanOrEqual(covered.bannerTop + 1);
        await page.keyboard.press("Tab");
      }
      expect(await banner.isVisible()).toBe(true);
    });
  }

  for (const reducedMotion of ["no-preference", "reduce"] as const)
  it(`shows without shifting the page's layout, and is never the page's largest contentful paint (${reducedMotion} motion, DESIGN 6)`, async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion });
    const page = await context.newPage();
    await page.addInitScript(() => {
      (window as any).__shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) (window as any).__shifts += (entry as any).value;
      }).observe({ type: "layout-shift", buffered: true });
      // Chromium names no element for content in a shadow root, and the banner is the only shadow content here.
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) (window as any).__largest = (entry as any).element?.localName ?? "in a shadow root";
      }).observe({ type: "largest-contentful-paint", buffered: true });
    });
    const body = `<h1 id="top">Title</h1>${"<p>Paragraph of text that fills the page.</p>".repeat(30)}`;
    await page.goto(server.page(`/ui-shift.html`, dropInPage({ config, body })));
    await uiSettled(page);
    await page.getByRole("region", { name: "We value your privacy" }).waitFor();
    await page.waitForTimeout(500);
    const withBanner = await page.evaluate(() => document.getElementById("top")!.getBoundingClientRect().top);
    // Read before the click: input ends largest-contentful-paint.
    expect(await page.evaluate(() => (window as any).__largest)).not.toBe("in a shadow root");
    await page.getByRole("button", { name: "Reject all" }).click();
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as any).__shifts)).toBe(0);
    expect(await page.evaluate(() => document.getElementById("top")!.getBoundingClientRect().top)).toBe(withBanner);
  });
});

describe("focus after a decision in the banner (WCAG 2.4.3)", () => {
  const links = `<a href="#one">First page link</a> <a href="#two">Second page link</a>`;
  const wide = { width: 1280, height: 800 };
  const tabTo = async (page: Page, name: string) => {
    for (let i = 0; i < 30 && (await focused(page)).text !== name; i++) await page.keyboard.press("Tab");
    expect((await focused(page)).text).toBe(name);
  };
  /** Into the banner from the start of the page, Manage preferences, then on inside the dialog. */
  const openDialogThenTabTo = async (page: Page, name: string) => {
    await tabTo(page, "Manage preferences");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector("consentry-ui")?.shadowRoot?.querySelector("dialog")?.open === true);
    await tabTo(page, name);
    expect((await focused(page)).inDialog).toBe(true);
  };

  // Issue 30: the visitor Tabbed into the banner from the start of the page (focus was on nothing), so focus lands on
  // the start of the content, not on the UI's host element, which has no box and no name.
  const decisions: [string, (page: Page) => Promise<void>, string][] = [
    ["Reject all in the banner", (page) => tabTo(page, "Reject all"), "reject-all"],
    ["Accept all in the banner", (page) => tabTo(page, "Accept all"), "accept-all"],
    ["Reject all in the dialog", (page) => openDialogThenTabTo(page, "Reject all"), "reject-all"],
    ["Accept all in the dialog", (page) => openDialogThenTabTo(page, "Accept all"), "accept-all"],
    ["Save preferences in the dialog", (page) => openDialogThenTabTo(page, "Save preferences"), "custom"],
  ];
  for (const [decision, reach, method] of decisions) {
    it(`${decision} by keyboard from the start of the page leaves a visible focus there, says "saved", and the next Tab reaches the first link (A-02, A-04, A-09, WCAG 2.4.3)`, async () => {
      const page = await open(links);
      await reach(page);
      await page.keyboard.press("Enter");
      expect(await state(page)).toMatchObject({ decided: true, method });
      await expect.poll(() => dialogOpen(page)).toBe(false);
      const where = await focused(page);
      expect(where).toMatchObject({ inUi: false, visible: true, ring: true, tag: "MAIN" });
      expect(await page.getByRole("status").textContent()).toBe("Your choices were saved.");
      await page.keyboard.press("Tab");
      expect(await focused(page)).toMatchObject({ inUi: false, visible: true, text: "First page link" });
    });
  }

  it("a site's focusAfterDecision selector is where focus goes, and Tab goes on from there (A-02, WCAG 2.4.3)", async () => {
    const body = `<a href="#top">Top link</a><h2 id="settings">Your settings</h2><a href="#next">Next link</a>`;
    const page = await open(body, wide, { focusAfterDecision: "#settings" });
    await tabTo(page, "Reject all");
    await page.keyboard.press("Enter");
    expect(await focused(page)).toMatchObject({ inUi: false, visible: true, text: "Your settings" });
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ inUi: false, text: "Next link" });
  });

  it("on a page with no main landmark, focus goes to the first heading, not the UI's host (A-02, WCAG 2.4.3)", async () => {
    context = await browser.newContext({ viewport: wide });
    const page = await context.newPage();
    const html = dropInPage({ config, body: links }).replace("<main>", "<div>").replace("</main>", "</div>");
    await page.goto(server.page(`/ui-keyboard-no-main.html`, html));
    await uiSettled(page);
    await tabTo(page, "Accept all");
    await page.keyboard.press("Enter");
    expect(await focused(page)).toMatchObject({ inUi: false, visible: true, tag: "H1" });
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ inUi: false, text: "First page link" });
  });

  it("Accept all reached by Shift+Tab from a page link gives focus back to that link (WCAG 2.4.3)", async () => {
    const page = await open(links);
    await page.getByRole("link", { name: "First page link" }).focus();
    await page.keyboard.press("Shift+Tab");
    expect(await focused(page)).toMatchObject({ inBanner: true, text: "Manage preferences" });
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Tab");
    expect((await focused(page)).text).toBe("Accept all");
    await page.keyboard.press("Enter");
    expect(await state(page)).toMatchObject({ decided: true, method: "accept-all" });
    expect(await focused(page)).toMatchObject({ inUi: false, text: "First page link" });
  });

  it("Continue without accepting by keyboard refuses and leaves focus at the start of the page (L-05, WCAG 2.4.3)", async () => {
    const page = await open(links, wide, { closeButton: true });
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ inBanner: true, text: "Continue without accepting" });
    await page.keyboard.press("Enter");
    expect(await state(page)).toMatchObject({ decided: true, method: "dismiss", categories: { analytics: false } });
    expect(await focused(page)).toMatchObject({ inUi: false, visible: true });
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ inUi: false, text: "First page link" });
  });

  it("a choice made in the dialog opened from the banner does not drop focus on <body> either (WCAG 2.4.3, A-02)", async () => {
    const page = await open(links);
    await page.getByRole("link", { name: "First page link" }).focus();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Enter"); // Manage preferences
    await page.waitForFunction(() => document.querySelector("consentry-ui")?.shadowRoot?.querySelector("dialog")?.open === true);
    await page.getByRole("dialog").getByRole("button", { name: "Reject all" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => dialogOpen(page)).toBe(false);
    await expect.poll(async () => (await focused(page)).text).toBe("First page link");
  });
});

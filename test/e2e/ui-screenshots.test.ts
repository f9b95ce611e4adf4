// Screenshots of the banner and the dialog, light and dark, 1280, 360 and 320 px wide, from real Chromium.
// Each run checks that the UI is really in the picture; `npm run screenshots` (scripts/screenshots.mjs)
// sets CONSENTRY_SCREENSHOTS=docs to write them to docs/ for the README.
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useChromium } from "../support/browser";
import type { TestServer } from "../support/server";
import { uiSettled } from "./support/pages";

const OUT = process.env.CONSENTRY_SCREENSHOTS
  ? resolve(import.meta.dirname, "../..", process.env.CONSENTRY_SCREENSHOTS)
  : join(tmpdir(), "consentry-screenshots");

let browser: Browser;
let server: TestServer;

useChromium(async (started) => {
  ({ browser, server } = started);
  mkdirSync(OUT, { recursive: true });
});

const config = {
  policyUrl: "/cookie-policy",
  categories: {
    necessary: { cookies: [{ name: "consent", provider: "Example Shop", purpose: "Remembers your cookie choice", duration: "1 year" }] },
    analytics: {
      cookies: [{ name: "ph_*_posthog", provider: "PostHog", purpose: "Counts visits and how features are used", duration: "1 year" }],
    },
  },
};

// A plain marketing page behind the UI, with its own light and dark look.
const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Example Shop</title>
<script>window.ConsentConfig = ${JSON.stringify(config)};</script>
<script src="/dist/consentry.js"></script>
<style>
:root{color-scheme:light dark;font:18px/1.6 Georgia,serif}
body{margin:0;background:Canvas;color:CanvasText}
header,main,footer{max-width:48rem;margin:auto;padding:1rem 1.5rem}
header{display:flex;flex-wrap:wrap;justify-content:space-between;gap:1rem;border-bottom:1px solid #8884}
</style></head><body>
<header><strong>Example Shop</strong><span>Products · Pricing · About</span></header>
<main><h1>Handmade ceramics</h1>
<p>Shipped from a small workshop. Every piece is thrown, glazed and fired by hand.</p>
<p>Our spring collection brings new glazes in sea green and sand. Free shipping on orders over 50 EUR.</p>
<p>Visit the workshop on Saturdays, or write to us with a custom order.</p></main>
<footer><a href="#" data-consent-open>Cookie settings</a></footer></body></html>`;

const shots = [1280, 360, 320].flatMap((width) =>
  (["light", "dark"] as const).flatMap((scheme) => (["banner", "dialog"] as const).map((view) => ({ width, scheme, view }))),
);

describe("screenshots", () => {
  for (const { width, scheme, view } of shots) {
    it(`${view}, ${scheme}, ${width} px`, async () => {
      const context = await browser.newContext({
        viewport: { width, height: width > 800 ? 800 : 760 },
        colorScheme: scheme,
        reducedMotion: "reduce",
        deviceScaleFactor: 1,
      });
      const tab = await context.newPage();
      await tab.goto(server.page(`/ui-shot-${width}-${scheme}-${view}.html`, html));
      await uiSettled(tab);
      if (view === "dialog") {
        await tab.getByRole("link", { name: "Cookie settings" }).click();
        // The dialog may arrive a moment after the request (the drop-in can load it on demand).
        await tab.waitForFunction(() => document.querySelector("consentry-ui")?.shadowRoot?.querySelector("dialog")?.open === true);
        await tab.getByText("Cookies (1)").first().click();
      }
      const name = view === "banner" ? "We value your privacy" : "Privacy preferences";
      const ui = view === "banner" ? tab.getByRole("region", { name }) : tab.getByRole("dialog", { name });
      const box = (await ui.boundingBox())!;
      expect(box.width).toBeGreaterThan(Math.min(width * 0.7, 600));
      expect(box.y + box.height).toBeLessThanOrEqual(width > 800 ? 800 : 760);
      const file = join(OUT, `${view}-${scheme}-${width}.png`);
      const png = await tab.screenshot({ path: file });
      expect(png.length).toBeGreaterThan(5_000);
      await context.close();
    });
  }
});

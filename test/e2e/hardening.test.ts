// Hostile input and strict pages (X-01..X-05): XSS strings in every configurable text, a strict CSP with
// Trusted Types, all through the built drop-in in Chromium.
import type { Browser, BrowserContext } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { useChromium } from "../support/browser";
import type { TestServer } from "../support/server";
import { dropInPage, state, watchConsole } from "./support/pages";

let browser: Browser;
let server: TestServer;
let context: BrowserContext;
let pageCount = 0;

useChromium(async (started) => {
  ({ browser, server } = started);
  server.route((request, response) => {
    if (request.url !== "/vendor/strict.js") return false;
    response.writeHead(200, { "content-type": "text/javascript" });
    response.end("window.strictRan = true;");
    return true;
  });
});
afterEach(async () => {
  await context?.close();
});

const XSS = [`<img src=x onerror="window.pwned=1">`, `"><script>window.pwned=1</script>`, `{policy}<svg onload="window.pwned=1">`];
const x = (i: number) => `${XSS[i % XSS.length]} #${i}`;

const hostileConfig = {
  policyUrl: "javascript:window.pwned=1",
  categories: {
    analytics: {
      label: x(0),
      description: x(1),
      cookies: [{ name: "evil_*", provider: x(2), purpose: x(3), duration: x(4) }],
    },
    support: { label: x(5), description: x(6) },
  },
  translations: {
    en: {
      title: x(7),
      description: `${x(8)} Read our {policy}.`,
      acceptAll: x(9),
      rejectAll: x(10),
      manage: x(11),
      dialogTitle: x(12),
      save: x(13),
      categories: { marketing: { label: x(14), description: x(15) } },
    },
  },
};

async function open(html: string, headers: Record<string, string> = {}) {
  context = await browser.newContext();
  const page = await context.newPage();
  const log = watchConsole(page);
  await page.addInitScript(() => {
    (window as any).violations = [];
    document.addEventListener("securitypolicyviolation", (e) => (window as any).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(server.page(`/hardening-${++pageCount}.html`, html, headers));
  return { page, log };
}

describe("every configured string is text, never markup (X-01, X-02, X-03)", () => {
  it("XSS strings render literally in the banner, the dialog and the declaration; a javascript: link is dropped", async () => {
    const { page } = await open(dropInPage({ config: hostileConfig, body: "<div data-consent-declaration></div>" }));
    // The declaration comes with the drop-in's second layer, a moment after load.
    await page.waitForSelector("[data-consent-declaration] table");
    const shadowText = () => page.evaluate(() => document.querySelector("consentry-ui")!.shadowRoot!.textContent);
    await expect.poll(shadowText).toContain(x(7));
    await page.evaluate(() => (window as any).Consent.open());
    await expect.poll(shadowText).toContain(x(12));
    const found = await page.evaluate(() => {
      const root = document.querySelector("consentry-ui")!.shadowRoot!;
      const declaration = document.querySelector("[data-consent-declaration]")!;
      const everywhere = [...root.querySelectorAll("*"), ...declaration.querySelectorAll("*")];
      return {
        pwned: (window as any).pwned,
        markup: everywhere.filter((el) => ["IMG", "SCRIPT", "SVG", "svg"].includes(el.tagName)).length,
        jsLinks: everywhere.filter((el) => el.tagName === "A" && /^\s*javascript:/i.test(el.getAttribute("href") ?? "")).length,
        declarationText: declaration.textContent,
        dialogText: root.textContent,
      };
    });
    expect(found.pwned).toBeUndefined();
    expect(found.markup).toBe(0);
    expect(found.jsLinks).toBe(0);
    for (const i of [0, 2, 3, 4]) expect(found.declarationText).toContain(x(i));
    for (const i of [0, 1, 5, 6, 12, 14]) expect(found.dialogText).toContain(x(i));
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as any).pwned)).toBeUndefined();
  });
});

describe("a strict page (X-04, X-05, X-10)", () => {
  const STRICT = {
    "content-security-policy":
      "default-src 'self'; script-src 'self' 'nonce-r4nd0m'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
      "require-trusted-types-for 'script'; trusted-types consentry",
  };
  const body = `<script type="text/plain" data-consent="analytics" src="/vendor/strict.js"></script>
<footer><button type="button" data-consent-open>Cookie settings</button></footer>`;

  it("works under script-src 'self', style-src 'self' and Trusted Types: banner, dialog, gated script, no violation", async () => {
    const { page, log } = await open(
      dropInPage({ config: { revision: 1 }, jsonConfig: true, body, nonce: "r4nd0m" }).replace(
        "</head>",
        '<link rel="stylesheet" href="/dist/consentry.css"></head>',
      ),
      STRICT,
    );
    const banner = page.getByRole("region", { name: "We value your privacy" });
    await expect.poll(() => banner.isVisible()).toBe(true);
    // The banner is styled (constructable stylesheet): its buttons are not the browser's default size.
    await page.getByRole("button", { name: "Cookie settings" }).click();
    await expect.poll(() => page.getByRole("dialog").isVisible()).toBe(true);
    await page.getByRole("dialog").getByRole("button", { name: "Accept all" }).click();
    await expect.poll(() => page.evaluate(() => (window as any).strictRan)).toBe(true);
    expect(await state(page)).toMatchObject({ decided: true });
    expect(await page.evaluate(() => (window as any).violations)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});

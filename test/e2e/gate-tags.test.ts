// Gated tags and erase-on-withdrawal in real Chromium, through the built drop-in, under a nonce CSP.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useChromium } from "../support/browser";
import type { TestServer } from "../support/server";
import { ready } from "./support/pages";

let browser: Browser;
let server: TestServer;

useChromium(async (started) => {
  ({ browser, server } = started);
  server.route((request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    if (path === "/gate/slow.js") {
      // Slow on purpose: the inline tags after it must still wait for it (document order).
      setTimeout(() => {
        response.writeHead(200, { "content-type": "text/javascript" });
        response.end("window.order.push('slow external');");
      }, 300);
      return true;
    }
    if (path === "/gate/frame.html") {
      response.writeHead(200, { "content-type": "text/html" });
      response.end("<p>embedded map</p>");
      return true;
    }
    return false;
  });
});

const CSP = { "content-security-policy": "script-src 'nonce-n1'; object-src 'none'" };

const page = (config: string, body: string) => `<!doctype html><html lang="en"><head>
<script nonce="n1">window.order = []; window.errors = []; window.ConsentConfig = ${config};</script>
<script nonce="n1" src="/dist/consentry.js"></script>
<script nonce="n1">Consent.on("error", (e) => errors.push(e.source));</script>
</head><body>${body}</body></html>`;

const TAGS = `
<script type="text/plain" data-consent="analytics" src="/gate/slow.js"></script>
<script type="text/plain" data-consent="analytics">order.push("inline after external")</script>
<script type="text/plain" data-consent="marketing">order.push("marketing")</script>
<script type="text/plain" data-consent="analytics && !marketing">order.push("analytics && !marketing")</script>
<script type="text/plain" data-consent="analytics || preferences">order.push("analytics || preferences")</script>
<iframe data-consent="marketing" data-src="/gate/frame.html" title="Store map"></iframe>`;

async function open(context: BrowserContext, path: string, html: string): Promise<Page> {
  const tab = await context.newPage();
  await tab.goto(server.page(path, html, CSP));
  // Issue 27: a first visit's SDK starts beside the drop-in's first layer; these tests act and read back at once.
  await ready(tab);
  return tab;
}

describe("gated tags in Chromium (DESIGN 3, X-05)", () => {
  it("nothing runs or is fetched before consent; the iframe shows its placeholder (L-01)", async () => {
    const context = await browser.newContext();
    const tab = await open(context, "/gate/tags.html", page("{}", TAGS));
    await tab.waitForTimeout(300);
    expect(await tab.evaluate(() => (window as any).order)).toEqual([]);
    expect(server.requests.filter((r) => /slow|frame/.test(r.url))).toEqual([]);
    const frame = tab.locator("iframe");
    expect(await frame.getAttribute("src")).toBeNull();
    await expect.poll(() => tab.getByText("Store map is blocked until you allow marketing.").isVisible()).toBe(true);
    await context.close();
  });

  it("on grant, tags run once, in document order, with the nonce copied under a nonce CSP (X-05)", async () => {
    const context = await browser.newContext();
    const tab = await open(context, "/gate/tags.html", page("{}", TAGS));
    await tab.evaluate(() => (window as any).Consent.set({ analytics: true }));
    await tab.waitForFunction(() => (window as any).order.length >= 3);
    await tab.waitForTimeout(200);
    expect(await tab.evaluate(() => (window as any).order)).toEqual([
      "slow external",
      "inline after external",
      "analytics && !marketing",
      "analytics || preferences",
    ]);
    // Granting marketing later runs the marketing tag; the ones that already ran never run again.
    await tab.evaluate(() => (window as any).Consent.acceptAll());
    await tab.evaluate(() => (window as any).Consent.rejectAll());
    await tab.evaluate(() => (window as any).Consent.acceptAll());
    await tab.waitForTimeout(100);
    expect(await tab.evaluate(() => (window as any).order)).toEqual([
      "slow external",
      "inline after external",
      "analytics && !marketing",
      "analytics || preferences",
      "marketing",
    ]);
    expect(await tab.evaluate(() => (window as any).errors)).toEqual([]);
    await context.close();
  });

  it("under Trusted Types, tags run through the SDK's `consentry` policy, with no violation (X-05)", async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const strict = { "content-security-policy": `${CSP["content-security-policy"]}; require-trusted-types-for 'script'; trusted-types consentry` };
    const watch = `<script nonce="n1">window.violations = [];
document.addEventListener("securitypolicyviolation", (e) => violations.push(e.violatedDirective));</script>`;
    await tab.goto(server.page("/gate/trusted.html", page("{}", TAGS).replace("<head>", `<head>${watch}`), strict));
    await tab.evaluate(() => (window as any).Consent.set({ analytics: true }));
    await tab.waitForFunction(() => (window as any).order.length >= 4);
    expect(await tab.evaluate(() => (window as any).order)).toEqual([
      "slow external",
      "inline after external",
      "analytics && !marketing",
      "analytics || preferences",
    ]);
    expect(await tab.evaluate(() => (window as any).violations)).toEqual([]);
    expect(await tab.evaluate(() => (window as any).errors)).toEqual([]);
    await context.close();
  });

  it("a stored grant runs the tags on the next page load, in order", async () => {
    const context = await browser.newContext();
    const tab = await open(context, "/gate/tags.html", page("{}", TAGS));
    await tab.evaluate(() => (window as any).Consent.set({ analytics: true }));
    await tab.reload();
    await tab.waitForFunction(() => (window as any).order.length >= 4);
    expect(await tab.evaluate(() => (window as any).order)).toEqual([
      "slow external",
      "inline after external",
      "analytics && !marketing",
      "analytics || preferences",
    ]);
    await context.close();
  });

  it("the iframe loads on Allow in its placeholder, and unloads on withdrawal (L-11)", async () => {
    const context = await browser.newContext();
    const tab = await open(context, "/gate/tags.html", page("{}", TAGS));
    await tab.getByRole("button", { name: "Allow marketing" }).click();
    await expect.poll(() => tab.frameLocator("iframe").getByText("embedded map").isVisible()).toBe(true);
    expect(await tab.evaluate(() => (window as any).Consent.granted("analytics"))).toBe(false);
    await tab.evaluate(() => (window as any).Consent.rejectAll());
    expect(await tab.locator("iframe").getAttribute("src")).toBe("about:blank");
    await context.close();
  });

  it("the placeholder speaks the page's bundled language on a returning visit, styled by consentry.css (issue 13 item 7)", async () => {
    const context = await browser.newContext();
    const german = `<!doctype html><html lang="de"><head>
<link rel="stylesheet" href="/dist/consentry.css">
<script nonce="n1">window.ConsentConfig = { language: "auto" };</script>
<script nonce="n1" src="/dist/consentry.js"></script>
</head><body><iframe data-consent="analytics" data-src="/gate/frame.html" title="Karte" width="400" height="300"></iframe></body></html>`;
    const strict = { "content-security-policy": "script-src 'nonce-n1'; style-src 'self'; object-src 'none'" };
    const tab = await context.newPage();
    await tab.goto(server.page("/gate/de.html", german, strict));
    await ready(tab);
    await tab.evaluate(() => (window as any).Consent.rejectAll());
    const before = server.requests.length;
    await tab.reload();
    const note = tab.locator(".consentry-placeholder");
    await expect.poll(() => note.locator("p").textContent()).toBe("Karte ist blockiert, bis Sie Analyse erlauben.");
    expect(await note.getByRole("button").textContent()).toBe("Analyse erlauben");
    // From the locale file alone: a returning visitor's page fetches no banner code for it.
    const fetched = server.requests.slice(before).map((r) => r.url);
    expect(fetched.some((url) => url.includes("consentry.locale.de"))).toBe(true);
    expect(fetched.some((url) => url.includes("consentry.banner"))).toBe(false);
    const look = await note.evaluate((element) => {
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return { border: style.borderTopStyle, display: style.display, width: Math.round(box.width), height: Math.round(box.height) };
    });
    // Styled by dist/consentry.css, and the embed's own size (400 x 300) under a style-src without 'unsafe-inline'.
    expect(look).toEqual({ border: "dashed", display: "grid", width: 400, height: 300 });
    await note.getByRole("button").click();
    await expect.poll(() => tab.frameLocator("iframe").getByText("embedded map").isVisible()).toBe(true);
    expect(await note.isHidden()).toBe(true);
    await context.close();
  });

  it("tags added after start (SPA route) run when allowed", async () => {
    const context = await browser.newContext();
    const tab = await open(context, "/gate/spa.html", page("{}", ""));
    await tab.evaluate(() => (window as any).Consent.acceptAll());
    await tab.evaluate(() => {
      const script = document.createElement("script");
      script.type = "text/plain";
      script.dataset.consent = "analytics";
      script.text = "order.push('route tag')";
      document.body.append(script);
    });
    await tab.waitForFunction(() => (window as any).order.length > 0);
    expect(await tab.evaluate(() => (window as any).order)).toEqual(["route tag"]);
    await context.close();
  });

  it("a vendor script that fails to load emits error and never stops the next tag (X-09)", async () => {
    const context = await browser.newContext();
    const body = `<script type="text/plain" data-consent="analytics" src="/gate/missing.js"></script>
<script type="text/plain" data-consent="analytics">order.push("after the broken one")</script>`;
    const tab = await open(context, "/gate/broken.html", page("{}", body));
    await tab.evaluate(() => (window as any).Consent.acceptAll());
    await tab.waitForFunction(() => (window as any).order.length > 0);
    expect(await tab.evaluate(() => (window as any).errors)).toEqual(["tag"]);
    await context.close();
  });
});

describe("erase on withdrawal in Chromium (L-11, S-07)", () => {
  it("revoking deletes declared cookies host-only and on the parent domain, and storage keys, in the same task", async () => {
    const context = await browser.newContext();
    // A real host name, so parent-domain cookies exist: www.shop.localhost is proxied to the local server.
    await context.route("http://www.shop.localhost/**", async (route) => {
      const url = route.request().url().replace("http://www.shop.localhost", server.origin);
      await route.fulfill({ response: await route.fetch({ url }) });
    });
    const config = `{ categories: { analytics: {
      cookies: [{ name: "_ga*" }, { name: "deep", paths: ["/deep/"] }],
      storage: ["ph_*"], sessionStorage: ["ph_*"] } } }`;
    server.page("/shop/erase.html", page(config, ""), CSP);
    const tab = await context.newPage();
    await tab.goto("http://www.shop.localhost/shop/erase.html");
    await ready(tab);
    await tab.evaluate(() => (window as any).Consent.acceptAll());
    await tab.evaluate(() => {
      document.cookie = "_ga=host; path=/";
      document.cookie = "_ga=parent; path=/; domain=shop.localhost";
      document.cookie = "_ga_ABC=www; path=/shop; domain=www.shop.localhost";
      document.cookie = "deep=1; path=/deep/";
      document.cookie = "keep=1; path=/";
      localStorage.setItem("ph_token_posthog", "1");
      sessionStorage.setItem("ph_token_window_id", "1");
    });
    expect((await context.cookies()).filter((c) => c.name !== "consent")).toHaveLength(5);
    const sameTask = await tab.evaluate(() => {
      (window as any).Consent.set({ analytics: false });
      return { cookie: document.cookie, local: Object.keys(localStorage), session: Object.keys(sessionStorage) };
    });
    expect(sameTask.cookie.split("; ").filter((c) => !c.startsWith("consent=")).sort()).toEqual(["keep=1"]);
    expect(sameTask.local).toEqual(["consent"]);
    expect(sameTask.session).toEqual([]);
    expect((await context.cookies()).map((c) => c.name).sort()).toEqual(["consent", "keep"]);
    expect(await tab.evaluate(() => (window as any).errors)).toEqual([]);
    await context.close();
  });
});

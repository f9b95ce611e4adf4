// The drop-in from the visitor's side (DESIGN 3, 6): config sources, one instance, the pre-load queue,
// bad storage of every kind, re-ask triggers, two tabs and GPC, all through dist/consentry.js in Chromium.
import type { Browser, BrowserContext } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { useChromium } from "../support/browser";
import type { TestServer } from "../support/server";
import { dropInPage, ready, state, storedKeys, validRecord, watchConsole } from "./support/pages";

let browser: Browser;
let server: TestServer;
let context: BrowserContext;
let pageCount = 0;

useChromium((started) => void ({ browser, server } = started));
afterEach(async () => {
  await context?.close();
});

async function open(html: string, headers: Record<string, string> = {}, setup?: (c: BrowserContext) => Promise<void>) {
  context = await browser.newContext();
  await setup?.(context);
  const page = await context.newPage();
  const log = watchConsole(page);
  const url = server.page(`/drop-in-${++pageCount}.html`, html, headers);
  await page.goto(url);
  // Issue 27: on a first visit the SDK starts beside the first layer; these tests act and read back at once.
  await ready(page);
  return { page, log, url };
}

const cookieFor = (value: string, path = "/") => ({ name: "consent", value, url: undefined as never, domain: "127.0.0.1", path });

describe("config", () => {
  it("reads window.ConsentConfig", async () => {
    const { page } = await open(dropInPage({ config: { revision: 7, categories: { support: { label: "Chat" } } } }));
    await page.evaluate(() => (window as any).Consent.acceptAll());
    expect(await state(page)).toMatchObject({ revision: 7, categories: { support: true } });
  });

  it("reads <script type=application/json data-consent-config> under script-src 'self' (X-04)", async () => {
    const { page, log } = await open(dropInPage({ config: { revision: 4 }, jsonConfig: true }), {
      "content-security-policy": "script-src 'self'; style-src 'self'",
    });
    await page.evaluate(() => (window as any).Consent.rejectAll());
    expect(await state(page)).toMatchObject({ decided: true, revision: 4 });
    expect(log.errors).toEqual([]);
  });

  it("an invalid config logs one error naming every bad path, and nothing optional can be granted", async () => {
    const { page, log, url } = await open(
      dropInPage({ config: { revision: "two", categories: { analytics: { cookies: [{ name: 5 }] } }, mode: "maybe" } }),
    );
    expect(log.errors).toHaveLength(1);
    expect(log.errors[0]).toContain("revision: expected an integer");
    expect(log.errors[0]).toContain("categories.analytics.cookies[0].name: expected");
    expect(log.errors[0]).toContain('mode: expected one of "opt-in", "opt-out"');
    await page.evaluate(() => (window as any).Consent.acceptAll());
    expect(await state(page)).toMatchObject({ categories: { analytics: false, marketing: false, preferences: false } });
    expect(await page.evaluate(() => (window as any).Consent.granted("analytics"))).toBe(false);
    // Nothing made under a broken config persists.
    await page.goto(url);
    await ready(page);
    expect((await storedKeys(context, page)).cookies).toEqual([]);
  });

  it("an invalid config reaches an error subscriber added after load, once, with every bad path (L-12, DESIGN 5)", async () => {
    const { page, log } = await open(dropInPage({ config: { revision: "two", mode: "maybe" } }));
    // Page code that subscribes once everything has loaded, as an error monitor would.
    const heard = await page.evaluate(() => {
      const events: { source: string; name: string; issues: string[] }[] = [];
      (window as any).Consent.on("error", ({ source, error }: any) => events.push({ source, name: error.name, issues: error.issues }));
      return events;
    });
    expect(heard).toEqual([
      {
        source: "config",
        name: "ConfigError",
        issues: ["revision: expected an integer from 0 to 1000000000", 'mode: expected one of "opt-in", "opt-out"'],
      },
    ]);
    // Still printed once, not twice (the console line and the event are the same report).
    expect(log.errors).toHaveLength(1);
    expect(log.errors[0]).toContain("mode: expected one of");
  });

  it("a JSON config that does not parse is reported, and the page stays safe", async () => {
    const html = dropInPage().replace(/<script>window\.ConsentConfig[^<]*<\/script>/, '<script type="application/json" data-consent-config>{revision: 1</script>');
    const { page, log } = await open(html);
    expect(log.errors.join("\n")).toContain("data-consent-config]: expected JSON");
    await page.evaluate(() => (window as any).Consent.acceptAll());
    expect(await page.evaluate(() => (window as any).Consent.granted("analytics"))).toBe(false);
  });
});

describe("one instance (X-12)", () => {
  it("a second copy of the script keeps the first instance and warns", async () => {
    const html = dropInPage({ body: '<script src="/dist/consentry.js"></script>' });
    const { page, log } = await open(html.replace("</head>", '<script>window.firstConsent = window.Consent;</script></head>'));
    expect(await page.evaluate(() => (window as any).Consent === (window as any).firstConsent)).toBe(true);
    expect(log.warnings.some((w) => w.includes("loaded twice"))).toBe(true);
    expect(log.errors).toEqual([]);
  });

  it("a late stub assignment in strict mode neither throws nor replaces the API", async () => {
    const { page, log } = await open(
      dropInPage({ body: '<script>"use strict"; window.Consent = window.Consent || []; window.Consent = [];</script>' }),
    );
    expect(await page.evaluate(() => typeof (window as any).Consent.acceptAll)).toBe("function");
    expect(log.errors).toEqual([]);
  });

  it("runs calls queued before it loaded, in order (the pre-load stub)", async () => {
    const stub = `<script>
      window.Consent = window.Consent || [];
      Consent.push(["set", { analytics: true }]);
      Consent.push(["on", "change", function (e) { (window.seen = window.seen || []).push(e.granted.join()); }]);
      Consent.push(["set", { marketing: true }]);
      Consent.push(function (api) { window.fromFunction = api.granted("analytics"); });
    </script>`;
    const html = dropInPage().replace("<script>window.ConsentConfig", `${stub}<script>window.ConsentConfig`);
    const { page } = await open(html);
    expect(await state(page)).toMatchObject({ decided: true, categories: { analytics: true, marketing: true, preferences: false } });
    expect(await page.evaluate(() => [(window as any).seen, (window as any).fromFunction])).toEqual([["marketing"], true]);
  });
});

describe("stored data that is not a valid record (X-07, DESIGN 6)", () => {
  const cases: [string, string][] = [
    ["corrupt", "%7Bnot-json"],
    ["tampered (__proto__)", encodeURIComponent('{"__proto__":{"polluted":true},"choices":{"analytics":"yes"}}')],
    ["oversized", encodeURIComponent(JSON.stringify(validRecord({ pad: "x".repeat(2800) })))],
    ["foreign", encodeURIComponent("GA1.2.12345.67890")],
    ["a future version", encodeURIComponent(JSON.stringify(validRecord({ v: 2 })))],
    // A date with no text form: parsing it as a date throws, so the reader must refuse it first.
    ["tampered (date without a text form)", encodeURIComponent(JSON.stringify(validRecord({ updatedAt: { toString: "" } })))],
  ];
  for (const [name, value] of cases) {
    it(`a ${name} cookie gives no page error, no grant, and is cleaned up`, async () => {
      const { page, log } = await open(dropInPage(), {}, async (c) => {
        await c.addCookies([{ name: "consent", value, domain: "127.0.0.1", path: "/" }]);
      });
      expect(log.errors).toEqual([]);
      expect(await state(page)).toMatchObject({ decided: false, categories: { analytics: false } });
      expect(await page.evaluate(() => ({}.constructor as any).prototype.polluted)).toBeUndefined();
      expect((await storedKeys(context, page)).cookies).not.toContain("consent");
    });
  }

  it("a tampered localStorage copy is ignored and cleaned up", async () => {
    const { page, url } = await open(dropInPage());
    await page.evaluate(() => localStorage.setItem("consent", '{"v":1,"categories":{"analytics":true},"constructor":{"prototype":{"x":1}}}'));
    await page.goto(url);
    await ready(page);
    expect(await state(page)).toMatchObject({ decided: false });
    expect(await page.evaluate(() => localStorage.getItem("consent"))).toBeNull();
  });

  it("an oversized localStorage copy, even of a valid record, is not parsed (X-07)", async () => {
    const { page, url } = await open(dropInPage());
    const padded = JSON.stringify(validRecord()).replace("{", "{" + " ".repeat(5000));
    await page.evaluate((value) => localStorage.setItem("consent", value), padded);
    await page.goto(url);
    await ready(page);
    expect(await state(page)).toMatchObject({ decided: false, categories: { analytics: false } });
  });

  it("duplicate consent cookies on another path are removed, leaving one copy (DESIGN 6)", async () => {
    const record = encodeURIComponent(JSON.stringify(validRecord()));
    const { page } = await open(dropInPage(), {}, async (c) => {
      await c.addCookies([
        { name: "consent", value: record, domain: "127.0.0.1", path: "/" },
        { name: "consent", value: encodeURIComponent(JSON.stringify(validRecord({ categories: { analytics: false, preferences: false, marketing: false } }))), domain: "127.0.0.1", path: "/drop-in-" + (pageCount + 1) + ".html" },
      ]);
    });
    expect((await context.cookies()).filter((c) => c.name === "consent")).toHaveLength(1);
    expect(await page.evaluate(() => document.cookie.split("; ").filter((pair) => pair.startsWith("consent=")).length)).toBe(1);
    expect((await state(page)).decided).toBe(true);
  });
});

describe("storage that is not there (S-04)", () => {
  it("a throwing localStorage: no page error, the cookie keeps the choice", async () => {
    const { page, log, url } = await open(dropInPage(), {}, async (c) => {
      await c.addInitScript(() => {
        Object.defineProperty(window, "localStorage", { get() { throw new DOMException("blocked", "SecurityError"); } });
      });
    });
    await page.evaluate(() => (window as any).Consent.rejectAll());
    expect(await page.evaluate(() => (window as any).Consent.storage)).toBe("cookie");
    await page.goto(url);
    await ready(page);
    expect(await state(page)).toMatchObject({ decided: true, method: "reject-all" });
    expect(log.errors).toEqual([]);
  });

  it("cookies disabled: localStorage keeps the choice", async () => {
    const { page, log, url } = await open(dropInPage(), {}, async (c) => {
      await c.addInitScript(() => {
        Object.defineProperty(Document.prototype, "cookie", { get: () => "", set: () => {} });
        Object.defineProperty(Navigator.prototype, "cookieEnabled", { get: () => false });
      });
    });
    await page.evaluate(() => (window as any).Consent.acceptAll());
    expect(await page.evaluate(() => (window as any).Consent.storage)).toBe("local");
    await page.goto(url);
    await ready(page);
    // No cookie to read: the first layer leaves the decision to the SDK, which reads the localStorage copy (S-01).
    await ready(page);
    expect((await state(page)).decided).toBe(true);
    expect(log.errors).toEqual([]);
  });

  it("a sandboxed iframe (no storage at all) works in memory without errors", async () => {
    const inner = dropInPage();
    server.page("/sandboxed-inner.html", inner);
    const { page, log } = await open(
      `<!doctype html><html><body><iframe id="f" sandbox="allow-scripts" src="/sandboxed-inner.html"></iframe></body></html>`,
    );
    const frame = page.frames().find((f) => f.url().endsWith("/sandboxed-inner.html"))!;
    await frame.waitForFunction(() => Boolean((window as any).Consent?.state));
    await ready(frame);
    expect(await frame.evaluate(() => (window as any).Consent.storage)).toBe("memory");
    await frame.evaluate(() => (window as any).Consent.acceptAll());
    expect(await frame.evaluate(() => (window as any).Consent.granted("analytics"))).toBe(true);
    expect(log.errors).toEqual([]);
  });
});

describe("re-ask triggers (L-13)", () => {
  it("a revision bump asks again and grants nothing", async () => {
    const record = encodeURIComponent(JSON.stringify(validRecord({ revision: 1 })));
    const { page } = await open(dropInPage({ config: { revision: 2 } }), {}, async (c) => {
      await c.addCookies([{ name: "consent", value: record, domain: "127.0.0.1", path: "/" }]);
    });
    expect(await state(page)).toMatchObject({ decided: false, categories: { analytics: false } });
  });

  it("an expired record asks again and grants nothing", async () => {
    const old = new Date(Date.now() - 200 * 86_400_000).toISOString();
    const record = encodeURIComponent(JSON.stringify(validRecord({ decidedAt: old, updatedAt: old })));
    const { page } = await open(dropInPage({ config: { cookie: { expiresDays: 180 } } }), {}, async (c) => {
      await c.addCookies([{ name: "consent", value: record, domain: "127.0.0.1", path: "/" }]);
    });
    expect(await state(page)).toMatchObject({ decided: false, categories: { analytics: false } });
  });
});

describe("two tabs (S-05)", () => {
  it("a decision in one tab applies in the other within a moment, with a change event", async () => {
    const { page: first, url } = await open(dropInPage());
    const second = await context.newPage();
    await second.goto(url);
    await ready(second);
    await second.evaluate(() => (window as any).Consent.on("change", (e: any) => ((window as any).remote = e.remote)));
    await first.evaluate(() => (window as any).Consent.acceptAll());
    await second.waitForFunction(() => (window as any).Consent.granted("analytics"), undefined, { timeout: 1000 });
    expect(await second.evaluate(() => (window as any).remote)).toBe(true);
    await first.evaluate(() => (window as any).Consent.rejectAll());
    await second.waitForFunction(() => !(window as any).Consent.granted("analytics"), undefined, { timeout: 1000 });
  });
});

describe("Global Privacy Control (L-17)", () => {
  it("with GPC on, Accept all leaves marketing refused; the state says the signal is honoured", async () => {
    const { page } = await open(dropInPage(), {}, async (c) => {
      await c.addInitScript(() => Object.defineProperty(Navigator.prototype, "globalPrivacyControl", { get: () => true }));
    });
    await page.evaluate(() => (window as any).Consent.acceptAll());
    expect(await state(page)).toMatchObject({ gpc: true, categories: { analytics: true, marketing: false } });
  });
});

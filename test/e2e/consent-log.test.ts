// Proof of consent (L-12) through the built drop-in: each decision record reaches `log.endpoint`; a failed send
// stays queued in localStorage and is sent on the next page.
import type { Browser } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { useChromium } from "../support/browser";
import type { TestServer } from "../support/server";
import { ready } from "./support/pages";

let browser: Browser;
let server: TestServer;
/** What the endpoint answers next; 503 makes a send fail. */
let status = 204;
const received: unknown[] = [];
const cookieHeaders: (string | undefined)[] = [];

useChromium(async (started) => {
  ({ browser, server } = started);
  server.route((request, response, body) => {
    if (!request.url?.startsWith("/consent-log")) return false;
    if (status < 300) received.push(JSON.parse(body));
    cookieHeaders.push(request.headers.cookie);
    response.writeHead(status);
    response.end();
    return true;
  });
});
beforeEach(() => {
  status = 204;
  received.length = 0;
  cookieHeaders.length = 0;
});

const url = () =>
  server.page(
    "/log.html",
    `<!doctype html><html lang="en"><head>
<script>window.ConsentConfig = { revision: 3, log: { endpoint: "/consent-log" } }; window.errors = [];</script>
<script src="/dist/consentry.js"></script>
<script>Consent.on("error", (e) => errors.push(e.source));</script>
</head><body></body></html>`,
  );

const RECORD_KEYS = ["categories", "decidedAt", "gpc", "id", "method", "revision", "updatedAt", "v"];

describe("proof of consent (L-12)", () => {
  it("every decision record goes to the endpoint, with no personal data", async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(url());
    await ready(tab);
    await tab.waitForTimeout(300);
    expect(received).toEqual([]);
    await tab.evaluate(() => (window as any).Consent.acceptAll());
    await tab.evaluate(() => (window as any).Consent.set({ marketing: false }));
    await tab.evaluate(() => (window as any).Consent.rejectAll());
    await expect.poll(() => received.length).toBe(3);
    const records = received as Record<string, any>[];
    expect(records.map((record) => record.method)).toEqual(["accept-all", "api", "reject-all"]);
    for (const record of records) expect(Object.keys(record).sort()).toEqual(RECORD_KEYS);
    const id = await tab.evaluate(() => (window as any).Consent.state().id);
    expect(records.every((record) => record.id === id && record.revision === 3)).toBe(true);
    expect(records[1]!.categories).toEqual({ preferences: true, analytics: true, marketing: false });
    // Same-origin credentials (S-06: so a receiver on the site's origin can set the consent cookie): the only cookie
    // here is the consent cookie, holding the very record sent (written before the send); the receiver stores none.
    expect(cookieHeaders).toEqual(records.map((record) => `consent=${encodeURIComponent(JSON.stringify(record))}`));
    // Nothing left waiting once the endpoint took them all.
    expect(await tab.evaluate(() => localStorage.getItem("consentry-log"))).toBeNull();
    await context.close();
  });

  it("withdrawing (reset) and the GPC override at load reach the log too (issue 13 item 3)", async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(url());
    await ready(tab);
    await tab.evaluate(() => (window as any).Consent.acceptAll());
    await expect.poll(() => received.length).toBe(1);
    const id = (received[0] as { id: string }).id;
    await tab.evaluate(() => (window as any).Consent.reset());
    await expect.poll(() => received.length).toBe(2);
    expect(received[1]).toMatchObject({ id, method: "withdraw", categories: { preferences: false, analytics: false, marketing: false } });
    // Never stored: the visitor is undecided again.
    expect(await tab.evaluate(() => (window as any).Consent.state().decided)).toBe(false);

    // A yes to marketing, then the visitor turns on Global Privacy Control: the next page's override is logged once.
    await tab.evaluate(() => (window as any).Consent.acceptAll());
    await expect.poll(() => received.length).toBe(3);
    const signalled = await context.newPage();
    await signalled.addInitScript(() => Object.defineProperty(Navigator.prototype, "globalPrivacyControl", { get: () => true }));
    await signalled.goto(url());
    await expect.poll(() => received.length).toBe(4);
    expect(received[3]).toMatchObject({ method: "gpc", gpc: true, categories: { marketing: false, analytics: true } });
    await signalled.reload();
    await signalled.waitForTimeout(300);
    expect(received).toHaveLength(4);
    await context.close();
  });

  it("an error raised while starting reaches the page's first error subscriber, queued before the drop-in (issue 13 item 3)", async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const logged: string[] = [];
    tab.on("console", (message) => message.type() === "error" && logged.push(message.text()));
    await tab.goto(
      server.page(
        "/start-error.html",
        `<!doctype html><html lang="en"><head>
<script>
  window.gtag = () => { throw new Error("broken gtag"); };
  window.heard = [];
  window.Consent = [["on", "error", (event) => heard.push(event.source + ": " + event.error.message)]];
  window.ConsentConfig = { googleConsentMode: {} };
</script>
<script src="/dist/consentry.js"></script>
</head><body></body></html>`,
      ),
    );
    // Consent Mode's default is pushed while starting, before any page code could subscribe; the SDK, which the first
    // layer fetches when the page's gtag throws (issue 27), reports it once.
    await expect.poll(() => tab.evaluate(() => (window as any).heard)).toEqual(["integration: broken gtag"]);
    expect(logged.some((text) => text.includes("consentry: integration:"))).toBe(true);
    await context.close();
  });

  it("a failed send is queued in localStorage and retried on the next page", async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(url());
    await ready(tab);
    status = 503;
    await tab.evaluate(() => (window as any).Consent.acceptAll());
    await expect.poll(() => tab.evaluate(() => (window as any).errors)).toEqual(["log"]);
    const queued = await tab.evaluate(() => JSON.parse(localStorage.getItem("consentry-log")!));
    expect(queued).toHaveLength(1);
    expect(JSON.parse(queued[0]).method).toBe("accept-all");
    expect(received).toEqual([]);

    status = 204;
    await tab.reload();
    await expect.poll(() => received.length).toBe(1);
    expect(received[0]).toEqual(JSON.parse(queued[0]));
    await expect.poll(() => tab.evaluate(() => localStorage.getItem("consentry-log"))).toBeNull();
    await context.close();
  });

  it("an unreachable endpoint never blocks the decision or throws at the page", async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await context.route("**/consent-log", (route) => route.abort("internetdisconnected"));
    await tab.goto(url());
    await ready(tab);
    const decided = await tab.evaluate(() => {
      (window as any).Consent.rejectAll();
      return (window as any).Consent.state().decided;
    });
    expect(decided).toBe(true);
    await expect.poll(() => tab.evaluate(() => (window as any).errors)).toEqual(["log"]);
    expect(await tab.evaluate(() => JSON.parse(localStorage.getItem("consentry-log")!).length)).toBe(1);
    await context.close();
  });
});

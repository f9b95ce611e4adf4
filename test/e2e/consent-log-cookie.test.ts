// S-06 in a real Chromium (issue 28 item 2): a consent-log receiver on the page's own origin, with `setCookie`, answers
// the drop-in's record with the consent cookie as a server-set cookie. WebKit caps a script-written cookie at 7 days;
// Chromium does not, so an init script plays WebKit's part (every script-written cookie capped, at 2 seconds here).
import type { Browser, Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { createConsentLogHandler } from "../../src/node/log/handler";
import { IN_MEMORY, openLogStore } from "../../src/node/log/store";
import { useChromium } from "../support/browser";
import type { TestServer } from "../support/server";

let browser: Browser;
let server: TestServer;
const storePromise = openLogStore(IN_MEMORY);
afterAll(async () => (await storePromise).close());

const COOKIE = { name: "site-consent", path: "/", expiresDays: 200, sameSite: "Strict" } as const;
const handlers = {
  on: createConsentLogHandler({ store: storePromise, setCookie: COOKIE }),
  off: createConsentLogHandler({ store: storePromise }),
};
let mode: keyof typeof handlers = "on";

useChromium(async (started) => {
  ({ browser, server } = started);
  // The real receiver, mounted on the test server's origin: the page's own origin and IP address.
  server.route((request, response, body) => {
    if (!request.url?.startsWith("/consent-log")) return false;
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === "string" && !["host", "connection", "content-length"].includes(name)) headers.set(name, value);
    }
    const fetchRequest = new Request(server.origin + request.url, { method: request.method, headers, body: request.method === "POST" ? body : undefined });
    void handlers[mode](fetchRequest).then(async (answer) => {
      const out: Record<string, string | string[]> = {};
      answer.headers.forEach((value, name) => void (name !== "set-cookie" && (out[name] = value)));
      const cookies = answer.headers.getSetCookie();
      if (cookies.length) out["set-cookie"] = cookies;
      response.writeHead(answer.status, out);
      response.end(await answer.text());
    });
    return true;
  });
});

const url = () =>
  server.page(
    "/log-cookie.html",
    `<!doctype html><html lang="en"><head>
<script>window.ConsentConfig = { revision: 3, cookie: ${JSON.stringify(COOKIE)}, log: { endpoint: "/consent-log" } };</script>
<script src="/dist/consentry.js"></script>
</head><body></body></html>`,
  );

/** Records every `document.cookie` write the page makes; with `cap`, WebKit's rule: script cookies expire early. */
const watchCookies = (cap: boolean) => `(() => {
  const own = Object.getOwnPropertyDescriptor(Document.prototype, "cookie");
  window.cookieWrites = [];
  Object.defineProperty(Document.prototype, "cookie", {
    configurable: true,
    get() { return own.get.call(this); },
    set(value) {
      window.cookieWrites.push(value);
      own.set.call(this, ${cap} ? value.replace(/Max-Age=([1-9]\\d*)/, "Max-Age=2") : value);
    },
  });
})();`;

async function decide(tab: Page): Promise<{ setCookie: string | null; record: string }> {
  const answered = tab.waitForResponse((response) => response.url().endsWith("/consent-log") && response.request().method() === "POST");
  await tab.evaluate(() => (window as any).Consent.acceptAll());
  const response = await answered;
  expect(response.status()).toBe(201);
  return { setCookie: await response.headerValue("set-cookie"), record: response.request().postData()! };
}

const consentWrites = (tab: Page) =>
  tab.evaluate((name) => ((window as any).cookieWrites as string[]).filter((write) => write.startsWith(`${name}=`)), COOKIE.name);

describe("consent that outlives Safari's 7-day cap (S-06)", () => {
  it("the receiver's Set-Cookie is the drop-in's own cookie write, byte for byte, and the browser keeps it as that cookie", async () => {
    mode = "on";
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.addInitScript(watchCookies(false));
    await tab.goto(url());
    const { setCookie, record } = await decide(tab);
    const writes = await consentWrites(tab);
    expect(writes).toHaveLength(1);
    // Name, value encoding, Path, Max-Age, SameSite (and Domain, Secure where the config and page have them).
    expect(setCookie).toBe(writes[0]);
    expect(setCookie).toBe(`site-consent=${encodeURIComponent(record)}; Path=/; Max-Age=${200 * 86400}; SameSite=Strict`);
    const cookies = (await context.cookies()).filter((cookie) => cookie.name === COOKIE.name);
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatchObject({ value: encodeURIComponent(record), path: "/", sameSite: "Strict", httpOnly: false, secure: false });
    expect(Math.abs(cookies[0]!.expires - (Date.now() / 1000 + 200 * 86400))).toBeLessThan(120);
    await context.close();
  });

  it("once script cookies have expired, the next load reads the server-set cookie as its record (and without --set-cookie the visitor is asked again)", async () => {
    const outcome: Record<string, unknown> = {};
    for (const which of ["on", "off"] as const) {
      mode = which;
      const context = await browser.newContext();
      const tab = await context.newPage();
      await tab.addInitScript(watchCookies(true));
      await tab.goto(url());
      const { record } = await decide(tab);
      // Past the (scaled) cap, and the localStorage mirror gone too (Safari purges it after 7 days as well).
      await tab.waitForTimeout(2500);
      await tab.evaluate(() => localStorage.clear());
      await tab.reload();
      const state = await tab.evaluate(() => (window as any).Consent.state());
      outcome[which] = state.decided;
      if (which === "on") {
        const sent = JSON.parse(record);
        expect(state).toMatchObject({ decided: true, id: sent.id, method: "accept-all", revision: 3, updatedAt: sent.updatedAt });
        expect(state.categories).toMatchObject(sent.categories);
        // The drop-in left the server's cookie alone (a script rewrite would put it back under the cap).
        expect(await consentWrites(tab)).toEqual([]);
      }
      await context.close();
    }
    expect(outcome).toEqual({ on: true, off: false });
  });
});

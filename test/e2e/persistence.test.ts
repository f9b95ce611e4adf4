// The built drop-in in real Chromium: a choice survives a reload in both the cookie and localStorage (S-01).
import type { Browser } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useChromium } from "../support/browser";
import type { TestServer } from "../support/server";
import { ready } from "./support/pages";

let browser: Browser;
let server: TestServer;

useChromium((started) => void ({ browser, server } = started));

const page = (body = "") => `<!doctype html><html lang="en"><head>
<script>window.ConsentConfig = { revision: 1 };</script>
<script src="/dist/consentry.js"></script></head><body>${body}</body></html>`;

describe("drop-in persistence (S-01)", () => {
  it("Accept all survives a reload, kept in the cookie and in localStorage", async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(server.page("/persist.html", page()));
    // Issue 27: a first visit's actions run once the SDK has started (`ready`).
    await ready(tab);
    expect(await tab.evaluate(() => (window as any).Consent.state().decided)).toBe(false);
    await tab.evaluate(() => (window as any).Consent.acceptAll());
    await tab.reload();
    const after = await tab.evaluate(() => ({
      state: (window as any).Consent.state(),
      local: localStorage.getItem("consent"),
    }));
    expect(after.state.decided).toBe(true);
    expect(after.state.categories).toMatchObject({ necessary: true, preferences: true, analytics: true, marketing: true });
    const cookie = (await context.cookies()).find((c) => c.name === "consent");
    expect(cookie).toBeDefined();
    expect(cookie!.path).toBe("/");
    expect(cookie!.sameSite).toBe("Lax");
    const fromCookie = JSON.parse(decodeURIComponent(cookie!.value));
    expect(fromCookie).toEqual(JSON.parse(after.local!));
    expect(fromCookie).toMatchObject({ v: 1, method: "accept-all", id: after.state.id });
    await context.close();
  });
});

// Deploying the drop-in as most sites do, copied alone into /static (issue 10): consentry.all.js needs nothing beside it;
// the split consentry.js without its parts names the missing file and both fixes, and never grants anything.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser";
import { startCaptureServer, type CaptureServer } from "../support/capture-server";
import { startServer, type TestServer } from "../support/server";

let browser: Browser;
let site: TestServer;
let posthog: CaptureServer;

const DIST = resolve(import.meta.dirname, "../../dist");

beforeAll(async () => {
  [browser, site, posthog] = await Promise.all([launchChromium(), startServer(), startCaptureServer()]);
  site.route((request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    const [, folder, file] = /^\/(split|nodialog|all)\/static\/(.+)$/.exec(path) ?? [];
    if (path === "/consent-log") {
      response.writeHead(204).end();
      return true;
    }
    if (!folder) return false;
    // /split/static/ holds consentry.js alone, /nodialog/static/ consentry.js with its SDK and banner parts (a deploy
    // that forgot one file), /all/static/ consentry.all.js alone: any other file there is a 404.
    const served = {
      split: ["consentry.js"],
      nodialog: ["consentry.js", "consentry.sdk.mjs", "consentry.banner.mjs"],
      all: ["consentry.all.js"],
    }[folder]!;
    if (!served.includes(file!)) response.writeHead(404, { "content-type": "text/plain" }).end("not found");
    else response.writeHead(200, { "content-type": "text/javascript" }).end(readFileSync(resolve(DIST, file!)));
    return true;
  });
});
afterAll(async () => {
  await Promise.all([browser?.close(), site?.close(), posthog?.close()]);
});

function pageHtml(file: string): string {
  const config = {
    revision: 1,
    log: { endpoint: "/consent-log" },
    posthog: { apiKey: "phc_one_file", apiHost: posthog.origin, options: { opt_out_useragent_filter: true, request_batching: false, disable_compression: true } },
  };
  return `<!doctype html><html lang="en"><head>
<script>window.ConsentConfig = ${JSON.stringify(config)}; window.errors = [];</script>
<script src="static/${file}"></script>
<script>Consent.on("error", (e) => errors.push(e.source + ": " + e.error.message));</script>
</head><body><h1>Shop</h1><footer><a href="#" data-consent-open>Cookie settings</a></footer></body></html>`;
}

async function open(folder: "split" | "nodialog" | "all", file: string): Promise<{ tab: Page; consoleErrors: string[] }> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const consoleErrors: string[] = [];
  tab.on("console", (message) => void (message.type() === "error" && consoleErrors.push(message.text())));
  await tab.goto(site.page(`/${folder}/shop.html`, pageHtml(file)));
  return { tab, consoleErrors };
}

const errors = (tab: Page) => tab.evaluate(() => (window as any).errors as string[]);

describe("one-file deploy (issue 10)", () => {
  it("consentry.all.js served alone: the dialog opens, PostHog loads and the decision is logged, with no request for a sibling file", async () => {
    const { tab, consoleErrors } = await open("all", "consentry.all.js");
    await tab.getByRole("button", { name: "Manage preferences" }).click();
    const dialog = tab.getByRole("dialog");
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole("button", { name: "Accept all" }).click();
    await expect.poll(() => posthog.captures().length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(posthog.captures().map((request) => request.body).join("\n")).toContain("phc_one_file");
    await expect.poll(() => site.requests.filter((request) => request.method === "POST" && request.url === "/consent-log").length).toBe(1);
    expect(site.requests.map((request) => request.url).filter((url) => url.startsWith("/all/static/"))).toEqual(["/all/static/consentry.all.js"]);
    expect(await errors(tab)).toEqual([]);
    // PostHog's own console lines (its remote config, the local capture server) are not ours to judge.
    expect(consoleErrors.filter((message) => message.includes("consentry"))).toEqual([]);
    await tab.context().close();
  });

  it("consentry.js served alone: the missing SDK part is named with both fixes, and nothing optional runs", async () => {
    const { tab, consoleErrors } = await open("split", "consentry.js");
    // Issue 27: no decision yet, so the first layer fetches the SDK at once; it is not there.
    await expect.poll(() => errors(tab)).toContainEqual(expect.stringMatching(/^sdk: .*\/split\/static\/consentry\.sdk\.mjs did not load/));
    const [sdkError] = (await errors(tab)).filter((error) => error.includes("consentry.sdk.mjs"));
    expect(sdkError).toContain("serve it beside consentry.js, or use consentry.all.js");
    // The site owner sees the same in the console.
    expect(consoleErrors.join("\n")).toContain("consentry.sdk.mjs did not load");
    // The footer link does not throw at the page either.
    await tab.getByRole("link", { name: "Cookie settings" }).click();
    expect(await tab.evaluate(() => (window as any).Consent.state().decided)).toBe(false);
    expect(await tab.evaluate(() => (window as any).Consent.granted("analytics"))).toBe(false);
    // PostHog's library was never fetched (its loader lives in the SDK, which did not load, and nothing is granted).
    expect(await tab.evaluate(() => typeof (window as any).posthog)).toBe("undefined");
    await tab.context().close();
  });

  it("a deploy without the dialog part: Manage preferences goes, focus moves to the banner, and the banner still decides", async () => {
    const { tab } = await open("nodialog", "consentry.js");
    const banner = tab.getByRole("region", { name: /privacy|cookies/i });
    await expect.poll(() => banner.isVisible()).toBe(true);
    await tab.getByRole("button", { name: "Manage preferences" }).click();
    await expect.poll(() => errors(tab)).toContainEqual(expect.stringMatching(/^ui: .*\/nodialog\/static\/consentry\.dialog\.mjs did not load/));
    // Never a dead button: Manage preferences is gone, and focus is on a choice that works.
    await expect.poll(() => tab.getByRole("button", { name: "Manage preferences" }).count()).toBe(0);
    const focused = await tab.evaluate(() => document.querySelector("consentry-ui")!.shadowRoot!.activeElement?.textContent);
    expect(focused).toBe("Accept all");
    await tab.getByRole("button", { name: "Reject all" }).click();
    expect(await tab.evaluate(() => (window as any).Consent.state())).toMatchObject({ decided: true, method: "reject-all" });
    // The footer link brings the banner back, so a decision can still be changed.
    await tab.getByRole("link", { name: "Cookie settings" }).click();
    await expect.poll(() => banner.isVisible()).toBe(true);
    await tab.getByRole("button", { name: "Accept all" }).click();
    expect(await tab.evaluate(() => (window as any).Consent.state())).toMatchObject({ method: "accept-all" });
    await tab.context().close();
  });
});

// One visit of one page in a fresh browser profile (issue 11 item 2): load, drive the consent UI through its own
// buttons, let the page settle, then read everything it stored and every third-party request it sent.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { controlName, type ControlKey } from "./controls";
import { BINDING, instrumentPage, type WriteEvent } from "./instrument";
import { isThirdParty } from "./site";
import type { ControlProblem, ObservedItem, ObservedRequest, VisitKind, VisitResult } from "./types";

export interface VisitOutcome {
  result: VisitResult;
  consentry: boolean;
  links: string[];
  config?: unknown;
  screenshot?: Buffer;
}

interface PendingRequest {
  url: string;
  type: string;
  phase: "before" | "after";
  body: string;
  cookieHeader: Promise<boolean>;
}

const VIEWPORT = { width: 1280, height: 800 };
const NAVIGATION_TIMEOUT = 30_000;
const CONTROL_TIMEOUT = 5_000;

export async function visitPage(browser: Browser, url: string, kind: VisitKind, declaredConfig?: unknown, region?: string): Promise<VisitOutcome> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  // Issue 29, --region: the cookie an edge function would set, so the page applies that region's rules.
  if (region) await context.addCookies([{ name: "consentry-region", value: region, url }]);
  try {
    return await runVisit(context, url, kind, declaredConfig);
  } finally {
    await context.close().catch(() => undefined);
  }
}

async function runVisit(context: BrowserContext, url: string, kind: VisitKind, declaredConfig: unknown): Promise<VisitOutcome> {
  const writes: WriteEvent[] = [];
  const setCookieBy = new Map<string, string>();
  const requests: PendingRequest[] = [];
  const reading: Promise<unknown>[] = [];
  let inflight = 0;
  let phase: "before" | "after" = "before";

  await context.exposeBinding(BINDING, (_source, event: WriteEvent) => void writes.push(event));
  await context.addInitScript(instrumentPage, BINDING);
  context.on("request", (request) => {
    inflight++;
    requests.push({
      url: request.url(),
      type: request.resourceType(),
      phase,
      body: request.postData() ?? "",
      cookieHeader: request.allHeaders().then((headers) => Boolean(headers.cookie), () => false),
    });
  });
  context.on("requestfinished", () => void inflight--);
  context.on("requestfailed", () => void inflight--);
  context.on("response", (response) => {
    reading.push(
      response.headersArray().then(
        (headers) => {
          for (const { name, value } of headers) {
            if (name.toLowerCase() !== "set-cookie") continue;
            for (const line of value.split("\n")) {
              const cookie = line.split(";")[0]!.split("=")[0]!.trim();
              if (cookie) setCookieBy.set(cookie, response.url());
            }
          }
        },
        () => undefined,
      ),
    );
  });

  const page = await context.newPage();
  const settle = () => waitQuiet(() => inflight);
  const outcome: VisitOutcome = { result: { visit: kind, items: [], requests: [], controls: [] }, consentry: false, links: [] };
  try {
    await page.goto(url, { waitUntil: "load", timeout: NAVIGATION_TIMEOUT });
  } catch (error) {
    outcome.result.error = `could not load ${url}: ${(error as Error).message.split("\n")[0]}`;
    return outcome;
  }
  await settle();
  outcome.consentry = await page.evaluate(() => typeof (window as { Consent?: { state?: unknown } }).Consent?.state === "function");
  const pageConfig = outcome.consentry ? await readPageConfig(page) : undefined;
  const config = declaredConfig ?? pageConfig;
  const exempt = exemptCategories(config);

  if (kind === "none") {
    outcome.links = await sameOriginLinks(page);
    outcome.config = pageConfig;
    outcome.screenshot = await page.screenshot({ type: "png" }).catch(() => undefined);
  }
  if (outcome.consentry && kind !== "none") {
    const controls = outcome.result.controls;
    phase = "after";
    if (kind === "reject") {
      await click(page, "rejectAll", config, controls);
      await settle();
      await expectState(page, controls, "Reject all", (id, on) => exempt.has(id) || !on);
    } else {
      await click(page, "acceptAll", config, controls);
      await settle();
      await expectState(page, controls, "Accept all", (_id, on) => on);
      if (kind === "withdraw") {
        await withdrawAll(page, config, controls);
        await settle();
        await expectState(page, controls, "Save preferences with every switch off", (_id, on) => !on);
      }
    }
  }
  if (outcome.consentry) {
    outcome.result.categories = await page
      .evaluate(() => (window as unknown as { Consent: { state(): { categories: Record<string, boolean> } } }).Consent.state().categories)
      .catch(() => undefined);
  }
  await Promise.all(reading);
  outcome.result.items = await observeStorage(context, page, writes, setCookieBy);
  // Without a decision, a cookie a script set and something erased later in the visit (a consent tool's sweep of a
  // declared category, which may run after the page's own scripts: issue 27) was still stored before consent.
  if (kind === "none") outcome.result.items.push(...erasedCookies(writes, outcome.result.items, new URL(page.url()).hostname));
  outcome.result.requests = await thirdPartyRequests(requests, new URL(url).hostname, storedValues(writes, outcome.result.items));
  return outcome;
}

/** Waits until no request has been in flight for `quiet` ms, at most `limit` ms (long polls never go quiet). */
async function waitQuiet(inflight: () => number, quiet = 500, limit = 6_000): Promise<void> {
  const start = Date.now();
  let quietSince = Date.now();
  while (Date.now() - start < limit) {
    await new Promise((done) => setTimeout(done, 100));
    if (inflight() > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quiet) return;
  }
}

async function click(page: Page, key: ControlKey, config: unknown, problems: ControlProblem[], scope = page.locator(":root")): Promise<boolean> {
  const button = scope.getByRole("button", { name: controlName(key, config) }).first();
  const label = { acceptAll: "Accept all", rejectAll: "Reject all", manage: "Manage preferences", save: "Save preferences" }[key];
  try {
    await button.waitFor({ state: "visible", timeout: CONTROL_TIMEOUT });
    await button.click({ timeout: CONTROL_TIMEOUT });
    return true;
  } catch {
    problems.push({ control: label, problem: `no visible "${label}" button` });
    return false;
  }
}

/** Opens the preferences from the page's own "Cookie settings" link, switches every category off and saves (L-06). */
async function withdrawAll(page: Page, config: unknown, problems: ControlProblem[]): Promise<void> {
  const link = page.locator("[data-consent-open]").filter({ visible: true }).first();
  try {
    await link.click({ timeout: CONTROL_TIMEOUT });
  } catch {
    problems.push({ control: "Cookie settings", problem: "no visible [data-consent-open] link to reopen the choices; opened with Consent.open()" });
    await page.evaluate(() => (window as unknown as { Consent: { open(): void } }).Consent.open()).catch(() => undefined);
  }
  const dialog = page.getByRole("dialog");
  try {
    await dialog.first().waitFor({ state: "visible", timeout: CONTROL_TIMEOUT });
  } catch {
    problems.push({ control: "Cookie settings", problem: "the preferences dialog did not open" });
    return;
  }
  for (const toggle of await dialog.first().getByRole("switch").all()) {
    try {
      if ((await toggle.isChecked()) && (await toggle.isEnabled())) await toggle.uncheck({ timeout: CONTROL_TIMEOUT });
    } catch {
      problems.push({ control: "category switch", problem: `a switch in the preferences dialog could not be turned off` });
    }
  }
  await click(page, "save", config, problems, dialog.first());
}

/** A control that was there but did not do what its name says is a broken control. */
async function expectState(page: Page, problems: ControlProblem[], control: string, holds: (id: string, on: boolean) => boolean): Promise<void> {
  if (problems.length) return;
  const state = await page
    .evaluate(() => (window as unknown as { Consent: { state(): { decided: boolean; categories: Record<string, boolean> } } }).Consent.state())
    .catch(() => undefined);
  if (!state?.decided) return void problems.push({ control, problem: "no decision was recorded" });
  const wrong = Object.entries(state.categories).filter(([id, on]) => id !== "necessary" && !holds(id, on));
  if (wrong.length) problems.push({ control, problem: `left ${wrong.map(([id, on]) => `${id} ${on ? "on" : "off"}`).join(", ")}` });
}

async function readPageConfig(page: Page): Promise<unknown> {
  return page
    .evaluate(() => {
      const declared = (window as { ConsentConfig?: unknown }).ConsentConfig;
      if (declared !== undefined) return JSON.parse(JSON.stringify(declared)) as unknown;
      const block = document.querySelector("script[data-consent-config]");
      return block ? (JSON.parse(block.textContent ?? "null") as unknown) : undefined;
    })
    .catch(() => undefined);
}

function exemptCategories(config: unknown): Set<string> {
  const categories = (config as { categories?: Record<string, { exempt?: unknown }> } | undefined)?.categories ?? {};
  return new Set(Object.entries(categories).filter(([, category]) => category?.exempt === true).map(([id]) => id));
}

const NOT_A_PAGE = /\.(png|jpe?g|gif|webp|svg|ico|pdf|zip|gz|mp4|webm|mp3|css|js|mjs|json|xml|txt|woff2?)$/i;

async function sameOriginLinks(page: Page): Promise<string[]> {
  const origin = new URL(page.url()).origin;
  const hrefs = await page.evaluate(() => [...document.querySelectorAll("a[href]")].map((a) => (a as HTMLAnchorElement).href)).catch(() => []);
  const links = new Set<string>();
  for (const href of hrefs) {
    try {
      const link = new URL(href);
      link.hash = "";
      if (link.origin === origin && !NOT_A_PAGE.test(link.pathname)) links.add(link.href);
    } catch {
      // Not a URL: not a page to crawl.
    }
  }
  return [...links];
}

/** Cookies from the browser (every domain and path), the page's Web Storage and its IndexedDB databases. */
async function observeStorage(context: BrowserContext, page: Page, writes: WriteEvent[], setCookieBy: Map<string, string>): Promise<ObservedItem[]> {
  const origin = new URL(page.url()).host;
  const lastWrite = (type: WriteEvent["type"], name: string) =>
    [...writes].reverse().find((write) => write.type === type && write.name === name && !write.erase)?.script ?? undefined;
  const items: ObservedItem[] = (await context.cookies()).map((cookie) => {
    const response = setCookieBy.get(cookie.name);
    const script = lastWrite("cookie", cookie.name);
    return {
      type: "cookie",
      name: cookie.name,
      domain: cookie.domain,
      path: cookie.path,
      expires: cookie.expires === -1 ? -1 : Math.round(cookie.expires),
      httpOnly: cookie.httpOnly,
      secure: cookie.secure,
      sameSite: cookie.sameSite,
      setBy: script ? { script } : response ? { response } : undefined,
    };
  });
  const stored = await page
    .evaluate(async () => {
      const keys = (area: () => Storage) => {
        try {
          return Object.keys(area());
        } catch {
          return [];
        }
      };
      const databases = await indexedDB.databases().catch(() => []);
      return {
        localStorage: keys(() => localStorage),
        sessionStorage: keys(() => sessionStorage),
        indexedDB: databases.map((database) => database.name ?? "").filter(Boolean),
      };
    })
    .catch(() => ({ localStorage: [], sessionStorage: [], indexedDB: [] }));
  for (const type of ["localStorage", "sessionStorage", "indexedDB"] as const) {
    for (const name of stored[type]) {
      const script = lastWrite(type, name);
      items.push({ type, name, domain: origin, setBy: script ? { script } : undefined });
    }
  }
  return items;
}

/** Cookies a script set during the visit that are gone at its end, as items seen on the page's host. */
function erasedCookies(writes: WriteEvent[], items: ObservedItem[], host: string): ObservedItem[] {
  const gone = new Map<string, string>();
  for (const write of writes) {
    if (write.type !== "cookie" || write.erase || !write.script) continue;
    if (!items.some((item) => item.type === "cookie" && item.name === write.name)) gone.set(write.name, write.script);
  }
  return [...gone].map(([name, script]) => ({ type: "cookie", name, domain: host, path: "/", setBy: { script } }));
}

/** Values the visit stored that are long enough to identify someone: one of them in a request is an identifier. */
function storedValues(writes: WriteEvent[], items: ObservedItem[]): Map<string, string> {
  const values = new Map<string, string>();
  for (const write of writes) {
    if (write.erase || write.type === "indexedDB") continue;
    const value = safeDecode(write.value);
    if (value.length >= 8 && items.some((item) => item.type === write.type && item.name === write.name)) values.set(value, `${write.type} ${write.name}`);
  }
  return values;
}

async function thirdPartyRequests(pending: PendingRequest[], pageHost: string, values: Map<string, string>): Promise<ObservedRequest[]> {
  const requests: ObservedRequest[] = [];
  for (const request of pending) {
    let host: string;
    try {
      host = new URL(request.url).hostname;
    } catch {
      continue;
    }
    if (!/^https?:/.test(request.url) || !isThirdParty(host, pageHost)) continue;
    const sent = safeDecode(request.url) + "\n" + request.body;
    const carried = [...values].find(([value]) => sent.includes(value));
    const cookie = await Promise.race([request.cookieHeader, new Promise<boolean>((done) => setTimeout(() => done(false), 1_000))]);
    requests.push({
      url: request.url,
      host,
      type: request.type,
      thirdParty: true,
      identifier: cookie ? "Cookie header" : carried ? `the value of ${carried[1]}` : null,
      phase: request.phase,
    });
  }
  return requests;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

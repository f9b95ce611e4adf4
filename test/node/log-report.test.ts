// Consent analytics (issue 28 item 3) as a site owner sees them: the server's /consent-log/dashboard and the file
// `consentry log report --html` writes, opened in real Chromium. Every number the page shows is read off the page and
// compared with SQL the test runs itself (not the report's own queries) over a seeded log, on PGlite and PostgreSQL.
// The page may make no request at all (each one is intercepted and counted), and must read at 360 px.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createConsentLogHandler } from "../../src/node/log/handler";
import type { Sql } from "../../src/node/log/sql";
import { openLogStore, type LogStore } from "../../src/node/log/store";
import { launchChromium } from "../support/chromium";
import { BACKENDS, openBackend } from "../support/log-backends";
import { consentry } from "../support/log-cli";
import { seedRecords } from "./log-report-seed";

const TOKEN = "report-token-0123456789";
const DASHBOARD = "http://log.test/consent-log/dashboard";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

type Table = Record<string, Record<string, string>>;

/** Opens `html` (or what `serve` answers) at `url` in a 360 px wide page; every other request is refused and noted. */
async function openPage(url: string, serve: () => Promise<Response>): Promise<{ page: Page; requests: string[]; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
  });
  await page.route("**/*", async (route) => {
    if (route.request().url() !== url) {
      requests.push(route.request().url());
      return route.abort();
    }
    const response = await serve();
    await route.fulfill({ status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() });
  });
  await page.goto(url);
  return { page, requests, problems };
}

/** Each `table[data-table]` as { row key: { column: text } }. */
function readTables(page: Page): Promise<Record<string, Table>> {
  return page.evaluate(() => {
    const tables: Record<string, Record<string, Record<string, string>>> = {};
    for (const table of document.querySelectorAll<HTMLTableElement>("table[data-table]")) {
      const rows: Record<string, Record<string, string>> = {};
      for (const row of table.querySelectorAll<HTMLTableRowElement>("tr[data-key]")) {
        rows[row.dataset.key!] = Object.fromEntries([...row.querySelectorAll<HTMLElement>("td[data-col]")].map((cell) => [cell.dataset.col!, cell.textContent!.trim()]));
      }
      tables[table.dataset.table!] = rows;
    }
    return tables;
  });
}

const count = (text: string) => Number(text.replace(/,/g, "").split(" ")[0]);
const share = (part: number, whole: number) => `${(Math.round((1000 * part) / whole) / 10).toFixed(1)}%`;

/** The page's figures against SQL written here, independently of src/node/log/analytics.ts. */
async function expectFiguresMatchSql(page: Page, sql: Sql): Promise<void> {
  const tables = await readTables(page);
  const [{ total }] = (await sql.query<{ total: number }>("SELECT count(*)::int AS total FROM consent_records")) as [{ total: number }];
  expect(count(await page.locator('[data-figure="total"]').innerText())).toBe(total);

  const days = await sql.query<{ day: string; total: number; accept: number; reject: number; custom: number; dismiss: number; gpc: number; other: number; signal: number }>(
    `SELECT to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, count(*)::int AS total,
       sum((method = 'accept-all')::int)::int AS accept, sum((method = 'reject-all')::int)::int AS reject,
       sum((method = 'custom')::int)::int AS custom, sum((method = 'dismiss')::int)::int AS dismiss,
       sum((method = 'gpc')::int)::int AS gpc, sum((method IN ('api', 'withdraw'))::int)::int AS other, sum(gpc::int)::int AS signal
     FROM consent_records GROUP BY 1 ORDER BY 1`,
  );
  expect(Object.keys(tables.days!)).toEqual(days.map((day) => day.day));
  for (const day of days) {
    const row = tables.days![day.day]!;
    expect(count(row.total!), day.day).toBe(day.total);
    const parts = { "accept-all": day.accept, "reject-all": day.reject, custom: day.custom, dismiss: day.dismiss, gpc: day.gpc, other: day.other, "gpc-signal": day.signal };
    for (const [column, value] of Object.entries(parts)) expect(row[column], `${day.day} ${column}`).toBe(`${value} (${share(value, day.total)})`);
  }

  const categories = await sql.query<{ name: string; granted: number; offered: number }>(
    `SELECT e.key AS name, sum((e.value = 'true'::jsonb)::int)::int AS granted, count(*)::int AS offered
     FROM consent_records, jsonb_each(categories) AS e GROUP BY 1 ORDER BY 1`,
  );
  expect(Object.keys(tables.categories!)).toEqual(categories.map((category) => category.name));
  for (const category of categories) {
    expect(tables.categories![category.name], category.name).toEqual({
      granted: String(category.granted),
      offered: String(category.offered),
      rate: share(category.granted, category.offered),
    });
  }

  // Opt-in: every category offered was granted, written here as "no category was refused".
  const splits = { revision: "revision::text", language: "language", region: "region", mode: "mode" };
  const optIn = "categories <> '{}'::jsonb AND NOT EXISTS (SELECT 1 FROM jsonb_each(categories) AS e WHERE e.value = 'false'::jsonb)";
  const byRevision = new Map<string, { total: number; opt: number }>();
  for (const [table, column] of Object.entries(splits)) {
    const groups = await sql.query<{ key: string; total: number; accept: number; reject: number; opt: number }>(
      `SELECT coalesce(${column}, 'not sent') AS key, count(*)::int AS total, sum((method = 'accept-all')::int)::int AS accept,
         sum((method = 'reject-all')::int)::int AS reject, sum((${optIn})::int)::int AS opt
       FROM consent_records GROUP BY 1`,
    );
    expect(Object.keys(tables[table]!).sort(), table).toEqual(groups.map((group) => group.key).sort());
    for (const group of groups) {
      expect(tables[table]![group.key], `${table} ${group.key}`).toEqual({
        total: String(group.total),
        "accept-all": String(group.accept),
        "reject-all": String(group.reject),
        "opt-in": share(group.opt, group.total),
      });
      if (table === "revision") byRevision.set(group.key, group);
    }
  }
  // Before and after each revision: the opt-in rate under the one before and under it.
  const revisions = [...byRevision.keys()].sort((a, b) => Number(a) - Number(b));
  expect(Object.keys(tables["revision-changes"]!)).toEqual(revisions.slice(1).map((to, index) => `${revisions[index]}-${to}`));
  for (const [index, to] of revisions.slice(1).entries()) {
    const before = byRevision.get(revisions[index]!)!;
    const after = byRevision.get(to)!;
    const row = tables["revision-changes"]![`${revisions[index]}-${to}`]!;
    expect(row.before).toBe(share(before.opt, before.total));
    expect(row.after).toBe(share(after.opt, after.total));
  }
}

/** Self-contained and readable on a phone: no request left the page, its own style applied, nothing wider than 360 px. */
async function expectSelfContainedAt360(opened: { page: Page; requests: string[]; problems: string[] }): Promise<void> {
  const { page, requests, problems } = opened;
  expect(requests).toEqual([]);
  expect(problems).toEqual([]);
  const layout = await page.evaluate(() => ({
    pageWidth: document.documentElement.scrollWidth,
    charts: [...document.querySelectorAll("svg")].filter((svg) => !svg.closest(".legend")).length,
    // A wide table scrolls inside its own box (.scroll); everything else, that box included, fits the screen.
    widest: Math.max(...[...document.querySelectorAll("svg, h1, h2, p, .scroll")].filter((element) => !element.closest(".scroll table")).map((element) => element.getBoundingClientRect().right)),
    // The tables a reader compares groups in fit without scrolling.
    groupTables: [...document.querySelectorAll("table[data-table]")].filter((table) => !table.closest("details")).map((table) => table.getBoundingClientRect().right),
    barFill: getComputedStyle(document.querySelector("rect.bar")!).fill,
    tableFont: parseFloat(getComputedStyle(document.querySelector("table")!).fontSize),
  }));
  expect(layout.pageWidth).toBeLessThanOrEqual(360);
  expect(layout.widest).toBeLessThanOrEqual(360);
  for (const right of layout.groupTables) expect(right).toBeLessThanOrEqual(360);
  // The <style> applied (the CSP allows it by hash): a refused style would leave SVG's default black fill.
  expect(layout.barFill).toBe("rgb(44, 110, 155)");
  expect(layout.tableFont).toBeGreaterThanOrEqual(12);
  expect(layout.charts).toBeGreaterThan(3);
}

describe.each(BACKENDS)("consent analytics on $name (issue 28 item 3)", (backend) => {
  let store: LogStore;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    ({ store, stop } = await openBackend(backend));
    await Promise.all(seedRecords().map((record) => store.insert(record)));
  });
  afterAll(() => stop());

  it("the dashboard, with the read token, shows per day, per method, per category, by revision, language, region and mode exactly what SQL counts", async () => {
    const handle = createConsentLogHandler({ store, readToken: TOKEN });
    const opened = await openPage(DASHBOARD, () => handle(new Request(DASHBOARD, { headers: { authorization: `Bearer ${TOKEN}` } })));
    try {
      await expectFiguresMatchSql(opened.page, store.sql);
      await expectSelfContainedAt360(opened);
    } finally {
      await opened.page.context().close();
    }
  });

  it("the dashboard wants the read token: none or a wrong one is a 401 that makes a browser ask; the token as a Basic password opens it", async () => {
    const handle = createConsentLogHandler({ store, readToken: TOKEN });
    const refused = await handle(new Request(DASHBOARD));
    expect(refused.status).toBe(401);
    expect(refused.headers.get("www-authenticate")).toMatch(/^Basic realm="consent-log dashboard"/);
    expect((await handle(new Request(DASHBOARD, { headers: { authorization: "Bearer wrong" } }))).status).toBe(401);
    expect((await handle(new Request(DASHBOARD, { headers: { authorization: `Basic ${btoa("owner:wrong")}` } }))).status).toBe(401);
    const opened = await handle(new Request(DASHBOARD, { headers: { authorization: `Basic ${btoa(`owner:${TOKEN}`)}` } }));
    expect(opened.status).toBe(200);
    expect(opened.headers.get("content-security-policy")).toMatch(/^default-src 'none'; style-src 'sha256-/);
    expect(opened.headers.get("cache-control")).toBe("no-store");
    // Without a read token configured there is no dashboard, as there is no read API.
    expect((await createConsentLogHandler({ store })(new Request(DASHBOARD, { headers: { authorization: `Bearer ${TOKEN}` } }))).status).toBe(404);
    // A range narrows it, and a bad one is named.
    const march2 = await handle(new Request(`${DASHBOARD}?from=2025-03-02&to=2025-03-03`, { headers: { authorization: `Bearer ${TOKEN}` } }));
    const [, shown] = /data-figure="total">([\d,]+)</.exec(await march2.text())!;
    expect(Number(shown)).toBe(seedRecords().filter((record) => record.updatedAt.startsWith("2025-03-02")).length);
    expect((await handle(new Request(`${DASHBOARD}?from=soon`, { headers: { authorization: `Bearer ${TOKEN}` } }))).status).toBe(400);
  });
});

describe("consentry log report --html (issue 28 item 3)", () => {
  it("writes one self-contained page with the same figures, from the CLI on a PGlite folder", async () => {
    const folder = mkdtempSync(join(tmpdir(), "consentry-log-report-"));
    try {
      const database = join(folder, "log");
      const store = await openLogStore(database);
      await Promise.all(seedRecords().map((record) => store.insert(record)));
      await store.close();
      const file = join(folder, "report.html");
      const result = await consentry("log", "report", "--html", file, "--database", database);
      expect(result.stderr).toBe("");
      expect(result.stdout).toBe(`wrote ${file} (${seedRecords().length} decisions, 12 days)\n`);
      expect((await consentry("log", "report", "--database", database)).stderr).toMatch(/report: --html <file> names the page to write/);

      const html = readFileSync(file, "utf8");
      // The file carries its own CSP: opened from disk or mailed, it still cannot load anything.
      expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;/);
      const opened = await openPage("http://report.test/report.html", async () => new Response(html, { headers: { "content-type": "text/html" } }));
      const reader = await openLogStore(database, { create: false });
      try {
        await expectFiguresMatchSql(opened.page, reader.sql);
        await expectSelfContainedAt360(opened);
      } finally {
        await reader.close();
        await opened.page.context().close();
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});


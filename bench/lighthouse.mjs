// `node bench/lighthouse.mjs`: the bench measured from outside, by Lighthouse 12 (issue 27 item 5). For each subject
// (the floor tool, consentry's drop-in, the same drop-in deferred, vanilla-cookieconsent: the pages bench/floor.mjs
// serves) one Lighthouse user flow on Lighthouse's default mobile settings: a navigation (the first visit, banner
// shown), a timespan (clicking Accept all) and a navigation that keeps the profile's storage and HTTP cache (the
// returning visit). Subjects alternate within each round; medians. Reported, not asserted.
// Run `npm run build` first (the consentry pages load dist/consentry.js); `npm run bench:lighthouse` does both.
//
//   node bench/lighthouse.mjs [--rounds 3] [--warmup 1] [--no-docs]
//   node bench/lighthouse.mjs --from-saved [--no-docs]   re-render docs/benchmarks.md from the saved results, no run
//   node bench/lighthouse.mjs --check                    exit 1 when the docs section is not what the results render
// Every sample goes to bench/lighthouse-results.json; the section of docs/benchmarks.md between the lighthouse markers
// is rendered from that file alone (bench/lighthouse-doc.mjs, issue 27 item 6). The whole flow result of each
// subject's last round is kept in .tmp/bench/lighthouse/ (JSON and Lighthouse's HTML report) for a closer look.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { lighthouseMarkdown, currentSection, withSection } from "./lighthouse-doc.mjs";
import { loadLauncher } from "./launcher.mjs";
import { servePages } from "./serve-pages.mjs";

const ROOT = resolve(import.meta.dirname, "..");
const RESULTS = join(ROOT, "bench/lighthouse-results.json");
const DOCS = join(ROOT, "docs/benchmarks.md");
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const ROUNDS = Number(option("rounds", 3));
const WARMUP = Number(option("warmup", 1));
const WRITE_DOCS = !args.includes("--no-docs");
/** How long the Accept all timespan records after the click. */
const SETTLE_MS = 2_000;

function writeDocs(results) {
  const markdown = lighthouseMarkdown(results);
  console.log(markdown);
  if (WRITE_DOCS) writeFileSync(DOCS, withSection(readFileSync(DOCS, "utf8"), markdown));
}

if (args.includes("--check")) {
  const expected = lighthouseMarkdown(JSON.parse(readFileSync(RESULTS, "utf8")));
  if (currentSection(readFileSync(DOCS, "utf8")) !== expected) {
    console.error("docs/benchmarks.md between the lighthouse markers is not what bench/lighthouse-results.json renders: run `node bench/lighthouse.mjs --from-saved`");
    process.exit(1);
  }
  process.exit(0);
}
if (args.includes("--from-saved")) {
  writeDocs(JSON.parse(readFileSync(RESULTS, "utf8")));
  process.exit(0);
}

const { startFlow } = await import("lighthouse");
const puppeteer = (await import("puppeteer-core")).default;
const { ScriptTimeAudit } = await import("./lighthouse-audit.mjs");

// What counts as the tool's own: its script and style files as served. vanilla-cookieconsent's page config is a
// script that calls CookieConsent.run(), so the banner's work starts in (and Lighthouse attributes much of it to) that
// file: it counts as the tool's. consentry's inline `window.ConsentConfig = {…}` is one assignment and is left to the page.
const SUBJECTS = [
  { name: "floor tool", page: "/bench/pages/floor-tool.html", banner: "floor", own: ["/bench/pages/floor-tool.js"] },
  { name: "consentry", page: "/bench/pages/consentry.html", banner: "consentry", own: ["/dist/consentry"] },
  { name: "consentry-defer", page: "/bench/pages/consentry-defer.html", banner: "consentry", own: ["/dist/consentry"] },
  {
    name: "vanilla-cookieconsent",
    page: "/bench/pages/vanilla-cookieconsent.html",
    banner: "vanilla",
    own: ["/node_modules/vanilla-cookieconsent/", "/bench/pages/vanilla-cookieconsent.config.js"],
  },
];

// ---- the pages, served as a site serves them (bench/serve-pages.mjs)

const { origin, close: closeServer } = await servePages(ROOT);

// ---- the browser: Chromium's path and flags from the e2e layer's launcher (test/support/chromium.ts), driven by
// puppeteer-core (Lighthouse's own dependency; it downloads no browser). `headless: false` keeps puppeteer from adding
// its own headless flag: `--headless` is in the shared flags.
mkdirSync(join(ROOT, ".tmp/bench/lighthouse"), { recursive: true });
const { CHROMIUM_ARGS, findChromium } = await loadLauncher();
const browser = await puppeteer.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: false, defaultViewport: null });

// Lighthouse's default config (mobile, simulated throttling), only the audits read here: our own per-script audit
// (bench/lighthouse-audit.mjs), TBT, and for cross-checking bootup-time (listing every script however small: its
// default leaves out a URL under 50 ms, which would hide the tools we measure) and long-tasks.
const CONFIG = {
  extends: "lighthouse:default",
  settings: {
    onlyAudits: ["consentry-script-time", "bootup-time", "total-blocking-time", "long-tasks", "network-requests", "first-contentful-paint", "interactive"],
  },
  audits: [{ path: "bootup-time", options: { thresholdInMs: 0 } }, { implementation: ScriptTimeAudit, options: {} }],
};

/** In the page: the subject's banner element, or null. */
function findBanner(kind) {
  if (kind === "floor") return document.getElementById("floor-tool-banner");
  if (kind === "vanilla") return document.querySelector("#cc-main .cm");
  const root = document.querySelector("consentry-ui")?.shadowRoot;
  return (root && [...root.children].find((element) => element.localName === "section")) ?? null;
}
const bannerShown = (page, kind) =>
  page.evaluate((find, kind) => {
    const banner = new Function(`return (${find})`)()(kind);
    return Boolean(banner && banner.getClientRects().length && getComputedStyle(banner).visibility !== "hidden");
  }, findBanner.toString(), kind);

/** The path of a URL on our server; anything else (Lighthouse's "Unattributable", "Browser") as it is. */
const pathOf = (url) => (url.startsWith(origin) ? new URL(url).pathname : url);

/** What a step's Lighthouse result says that the docs need: every script's time, every long task, every request. */
function sampleOf(lhr) {
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const audit = (id) => {
    const result = lhr.audits[id];
    if (!result || result.scoreDisplayMode === "error") throw new Error(`Lighthouse audit ${id}: ${result?.errorMessage ?? "missing"}`);
    return result;
  };
  const longTasks = audit("long-tasks").details;
  const scriptTime = audit("consentry-script-time").details;
  const byPath = (record) => Object.fromEntries(Object.entries(record).map(([url, value]) => [pathOf(url), value]));
  return {
    throttlingMethod: lhr.configSettings.throttlingMethod,
    tbt: audit("total-blocking-time").numericValue,
    // Our audit: self time by URL and task group over the whole step, and each long task's self time by URL.
    scriptTime: byPath(scriptTime.byUrl),
    tasks: scriptTime.longTasks.map((task) => ({ ...task, selfByUrl: byPath(task.selfByUrl) })),
    // Lighthouse's own audits, kept to cross-check ours.
    bootup: (audit("bootup-time").details?.items ?? []).map((item) => ({
      url: pathOf(item.url),
      scripting: item.scripting,
      parse: item.scriptParseCompile,
      total: item.total,
    })),
    // Every top-level task of 50 ms or more (the debug data, not the table's top 20), with the URL Lighthouse
    // attributes it to; in a navigation the durations are the simulation's, in a timespan as observed.
    lighthouseLongTasks: longTasks?.debugData
      ? longTasks.debugData.tasks.map((task) => ({ url: pathOf(longTasks.debugData.urls[task.urlIndex]), duration: task.duration, startTime: task.startTime }))
      : [],
    requests: (audit("network-requests").details?.items ?? []).map((item) => ({
      url: pathOf(item.url),
      transferSize: item.transferSize ?? 0,
      resourceSize: item.resourceSize ?? 0,
      resourceType: item.resourceType,
    })),
  };
}

/** One flow: first visit, Accept all, returning visit, in a fresh browser context (its own cookies and cache). */
async function flowFor(subject, keep) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const url = origin + subject.page;
    const flow = await startFlow(page, { name: `${subject.name}: first visit, Accept all, returning visit`, config: CONFIG });
    await flow.navigate(url, { name: "first visit" });
    if (!(await bannerShown(page, subject.banner))) throw new Error(`${subject.name}: no banner on the first visit`);
    // Lighthouse sets its mobile screen up again as the timespan starts, so the button's place is read after that: one
    // short evaluate, then the click itself (a real input event through the DevTools protocol) and what it sets off.
    await flow.startTimespan({ name: "Accept all" });
    const point = await page.evaluate((find, kind) => {
      const banner = new Function(`return (${find})`)()(kind);
      const button = [...(banner?.querySelectorAll("button") ?? [])].find((element) => element.textContent.trim() === "Accept all");
      const box = button?.getBoundingClientRect();
      if (!box || box.bottom > innerHeight || box.right > innerWidth || box.top < 0) return null;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }, findBanner.toString(), subject.banner);
    if (!point) throw new Error(`${subject.name}: no Accept all button in view`);
    await page.mouse.click(point.x, point.y);
    // What the click sets off (the decision written, the banner gone, the gated script fetched and run) ends within this.
    await new Promise((done) => setTimeout(done, SETTLE_MS));
    await flow.endTimespan();
    if (!(await page.evaluate(() => window.__bench?.gatedAt !== undefined))) throw new Error(`${subject.name}: the gated script did not run after Accept all`);
    // The same profile: the consent cookie and the HTTP cache stay (Lighthouse's default after a first navigation, said outright).
    await flow.navigate(url, { name: "returning visit", disableStorageReset: true });
    if (await bannerShown(page, subject.banner)) throw new Error(`${subject.name}: a banner on the returning visit`);
    if (!(await page.evaluate(() => window.__bench?.gatedAt !== undefined))) throw new Error(`${subject.name}: the gated script did not run on the returning visit`);
    const result = await flow.createFlowResult();
    if (keep) {
      const file = join(ROOT, ".tmp/bench/lighthouse", subject.name.replace(/\W+/g, "-"));
      writeFileSync(`${file}.json`, JSON.stringify(result));
      writeFileSync(`${file}.html`, await flow.generateReport());
    }
    const [first, accept, returning] = result.steps.map((step) => sampleOf(step.lhr));
    return { first, accept, returning, lhr: result.steps[0].lhr, timespanLhr: result.steps[1].lhr };
  } finally {
    await context.close();
  }
}

const gitCommit = () => {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "src", "bench/pages"], { cwd: ROOT, encoding: "utf8" }).trim();
    return dirty ? `${head} + uncommitted changes` : head;
  } catch {
    return "unknown";
  }
};

const started = Date.now();
const results = {
  measuredAt: new Date().toISOString(),
  lighthouse: JSON.parse(readFileSync(join(ROOT, "node_modules/lighthouse/package.json"), "utf8")).version,
  chromium: await browser.version(),
  commit: gitCommit(),
  // What else the machine was doing: the 1-minute load average at the start and, below, at the end.
  load: [loadavg()[0]],
  cores: cpus().length,
  rounds: ROUNDS,
  warmup: WARMUP,
  settings: undefined,
  subjects: SUBJECTS.map(({ name, page, own }) => ({ name, page, own })),
  samples: Object.fromEntries(SUBJECTS.map((subject) => [subject.name, []])),
  seconds: undefined,
};
try {
  for (let round = 1 - WARMUP; round <= ROUNDS; round += 1) {
    for (const subject of SUBJECTS) {
      const t0 = Date.now();
      const { first, accept, returning, lhr, timespanLhr } = await flowFor(subject, round === ROUNDS);
      const pick = ({ throttlingMethod, throttling }) => ({ throttlingMethod, throttling });
      results.settings ??= { formFactor: lhr.configSettings.formFactor, navigation: pick(lhr.configSettings), timespan: pick(timespanLhr.configSettings) };
      if (round >= 1) results.samples[subject.name].push({ first, accept, returning });
      process.stderr.write(`${round < 1 ? "warm-up" : `round ${round}/${ROUNDS}`} ${subject.name}: ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
    }
  }
} finally {
  await browser.close();
  closeServer();
}
results.load.push(loadavg()[0]);
results.seconds = Math.round((Date.now() - started) / 1000);
if (WRITE_DOCS) writeFileSync(RESULTS, `${JSON.stringify(results, null, 1)}\n`);
else writeFileSync(join(ROOT, ".tmp/bench/lighthouse-results.json"), `${JSON.stringify(results, null, 1)}\n`);
writeDocs(results);
process.stderr.write(`${results.seconds} s in all\n`);

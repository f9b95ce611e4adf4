// `npm run bench`: consentry's drop-in against vanilla-cookieconsent 3, Klaro and a script-free floor, in one headless
// Chromium run, subjects alternating within each round. Writes bench/results.json, prints a markdown table and keeps
// the latest table in docs/benchmarks.md. Goals are reported, not asserted.
//
//   node bench/run.mjs [--rounds 15] [--warmup 1] [--subjects floor,consentry,...] [--no-docs]
//   node bench/run.mjs --smoke   (CI: one round, no warm-up, no figures judged; writes only .tmp/bench/results.json and
//                                 the CI layer .tmp/layers/bench-smoke.json: a subject whose visits failed fails it)
import { execFileSync } from "node:child_process";
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { cpus, platform, release, totalmem } from "node:os";
import { dirname, extname, join, normalize, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { instrument } from "./instrument.mjs";
import { loadLauncher } from "./launcher.mjs";
import { SUBJECTS } from "./subjects.mjs";

const ROOT = resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const SMOKE = args.includes("--smoke");
const ROUNDS = Number(option("rounds", SMOKE ? 1 : 15));
const WARMUP = Number(option("warmup", SMOKE ? 0 : 1));
const ONLY = option("subjects", "")
  .split(",")
  .filter(Boolean);
const WRITE_DOCS = !SMOKE && !args.includes("--no-docs");
/** A smoke run's figures mean little (one round, a busy CI machine): they never replace the committed results. */
const RESULTS_FILE = join(ROOT, SMOKE ? ".tmp/bench/results.json" : "bench/results.json");
/** After `load`, how long the cost visit runs before main-thread metrics and layout shift are read. */
const COST_WINDOW_MS = 1_200;
/** On a returning visit, how long after the gated script ran frames are still watched for a banner. */
const WATCH_MS = 400;
const TIMEOUT_MS = 5_000;
/** The slowed-down cost visits: DevTools' Emulation.setCPUThrottlingRate, as mobile audits do. Ratios steady there. */
const SLOW_RATE = Number(option("cpu-rate", 4));

const subjects = SUBJECTS.filter((subject) => !ONLY.length || ONLY.includes(subject.name));

// ---- the server: the repository's files on 127.0.0.1; scripts and styles cacheable, as on a real site --------

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8" };

function startServer() {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    if (path === "/policy") {
      response.writeHead(200, { "content-type": TYPES[".html"] });
      return response.end("<!doctype html><title>Cookie policy</title><h1>Cookie policy</h1>");
    }
    const file = normalize(join(ROOT, path));
    const allowed = ["dist", "bench/pages", "node_modules"].some((dir) => file.startsWith(join(ROOT, dir) + "/"));
    if (!allowed || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { "content-type": "text/plain" });
      return response.end("not found");
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    // Pages are never cached; a returning visitor has the tool's files in the HTTP cache, as on a real site.
    response.writeHead(200, { "content-type": type, "cache-control": type.startsWith("text/html") ? "no-store" : "max-age=3600" });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(server)));
}

// ---- one visit sequence for one subject: first visit, Accept all, returning visit --------------------------------

const waitForConsole = (page, text, timeout = TIMEOUT_MS) =>
  new Promise((done) => {
    const timer = setTimeout(() => {
      page.off("console", listener);
      done(false);
    }, timeout);
    const listener = (message) => {
      if (message.text() !== text) return;
      clearTimeout(timer);
      page.off("console", listener);
      done(true);
    };
    page.on("console", listener);
  });

const metric = (metrics, name) => metrics.find((entry) => entry.name === name)?.value ?? null;

async function newPage(browser, subject, watchFrames) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error.message ?? error)));
  const requested = [];
  page.on("request", (request) => requested.push(new URL(request.url()).pathname));
  await page.addInitScript({ content: `(${instrument})(${subject.findBanner}, ${watchFrames});` });
  return { context, page, errors, requested };
}

/**
 * Visit A, cost: a new profile, no per-frame probe; after `load` and a fixed settle time, the page's main-thread
 * script and task time (DevTools protocol Performance metrics), long tasks, layout shift and heap after GC.
 */
async function measureCost(browser, origin, subject, rate = 1) {
  const { context, page, errors, requested } = await newPage(browser, subject, false);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    if (rate !== 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate });
    await page.goto(origin + subject.page, { waitUntil: "load" });
    await page.waitForTimeout(COST_WINDOW_MS);
    const metrics = (await cdp.send("Performance.getMetrics")).metrics;
    await cdp.send("HeapProfiler.collectGarbage");
    const heap = metric((await cdp.send("Performance.getMetrics")).metrics, "JSHeapUsedSize");
    const probe = await page.evaluate(() => ({ ...window.__bench, longTasks: [...window.__bench.longTasks], shown: window.__bench.shown() }));
    // A visit whose banner had not shown by the end of the window measured too little: it does not count.
    if (!probe.shown) return { errors: [...errors, "cost visit: no banner at the end of the window"] };
    // The returning visit: decide, then load the page again in the same context (files in the HTTP cache). Each
    // navigation starts a new document, whose metrics start from zero.
    let returning = {};
    if (subject.accept) {
      const gated = waitForConsole(page, "bench:gated");
      await subject.accept(page);
      await gated;
      await page.goto(origin + subject.page, { waitUntil: "load" });
      await page.waitForTimeout(COST_WINDOW_MS);
      const again = (await cdp.send("Performance.getMetrics")).metrics;
      returning = { returningScriptMs: metric(again, "ScriptDuration") * 1000, returningTaskMs: metric(again, "TaskDuration") * 1000 };
    }
    return {
      ...returning,
      errors,
      files: [...new Set(requested)].filter((path) => /\.(m?js|css)$/.test(path) && !path.endsWith("/analytics.js")),
      scriptMs: metric(metrics, "ScriptDuration") * 1000,
      taskMs: metric(metrics, "TaskDuration") * 1000,
      longTasks: probe.longTasks.length,
      blockingMs: probe.longTasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0),
      cls: probe.cls,
      heapMB: heap / 2 ** 20,
      gatedBeforeConsent: probe.gatedAt !== null,
    };
  } catch (error) {
    return { errors: [...errors, `cost visit: ${error.message.split("\n")[0]}`] };
  } finally {
    await context.close();
  }
}

/**
 * Visit B, timing: a new profile with the per-frame probe. Navigation to the first frame drawn with the banner;
 * click Accept all to the gated script's first statement; then a returning visit (same profile, files in the
 * HTTP cache): navigation to the gated script, and every frame drawn until WATCH_MS after it checked for a banner.
 */
async function measureTiming(browser, origin, subject) {
  const { context, page, errors } = await newPage(browser, subject, true);
  const url = origin + subject.page;
  const result = { errors };
  try {
    const banner = waitForConsole(page, "bench:banner");
    await page.goto(url, { waitUntil: "load" });
    if (!(await banner)) {
      errors.push(`timing visit: no banner within ${TIMEOUT_MS} ms`);
      return result;
    }
    // A frame is drawn on the main thread some time before it reaches the screen, and nothing reaches the screen
    // before first contentful paint (a new renderer's first frames wait for their first presentation: measured,
    // the floor's banner is drawn 100-150 ms before its FCP on this machine). So the banner is visible at the later
    // of the frame that drew it and FCP, whose paint entry arrives once the frame is presented.
    const milestones = await page.evaluate(async () => {
      const fcp = () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime;
      for (let waited = 0; fcp() === undefined && waited < 2000; waited += 20) await new Promise((done) => setTimeout(done, 20));
      const [navigation] = performance.getEntriesByType("navigation");
      return { drawnMs: window.__bench.bannerAt, fcpMs: fcp() ?? null, dclMs: navigation?.domContentLoadedEventStart ?? null };
    });
    Object.assign(result, milestones, {
      bannerMs: milestones.fcpMs === null ? null : Math.max(milestones.drawnMs, milestones.fcpMs),
    });
    // The largest contentful paint, read after the banner's frame has been presented (two frames and a pause: an LCP
    // entry arrives once its paint reaches the screen) and before any input, which ends LCP.
    result.lcpBanner = await page.evaluate(async () => {
      for (let frame = 0; frame < 2; frame++) await new Promise((done) => requestAnimationFrame(done));
      await new Promise((done) => setTimeout(done, 100));
      return window.__bench.lcpIsBanner?.() ? 1 : 0;
    });
    const returningFcp = () =>
      page.evaluate(async () => {
        const fcp = () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime;
        for (let waited = 0; fcp() === undefined && waited < 2000; waited += 20) await new Promise((done) => setTimeout(done, 20));
        return fcp() ?? null;
      });
    if (!subject.accept) {
      // The floor's returning visit: the same page again, for the returning first-paint comparison.
      await page.goto(url, { waitUntil: "load" });
      result.returningFcpMs = await returningFcp();
      return result;
    }

    const gated = waitForConsole(page, "bench:gated");
    await subject.accept(page);
    if (await gated) {
      const after = await page.evaluate(() => window.__bench);
      result.acceptToGatedMs = after.gatedAt - after.clickAt;
    }

    const gatedAgain = waitForConsole(page, "bench:gated");
    await page.goto(url, { waitUntil: "load" });
    const ran = await gatedAgain;
    await page.waitForTimeout(WATCH_MS);
    const returning = await page.evaluate(() => window.__bench);
    result.returningGatedMs = ran ? returning.gatedAt : null;
    result.returningBannerFrames = returning.bannerFrames;
    result.returningFrames = returning.frames;
    result.returningFcpMs = await returningFcp();
    return result;
  } catch (error) {
    errors.push(`timing visit: ${error.message.split("\n")[0]}`);
    return result;
  } finally {
    await context.close();
  }
}

async function measure(browser, origin, subject) {
  const cost = await measureCost(browser, origin, subject);
  const timing = await measureTiming(browser, origin, subject);
  // A smoke run skips the slowed-down visits: it checks that the bench runs, not what it measures.
  const slow = SMOKE ? { errors: [] } : await measureCost(browser, origin, subject, SLOW_RATE);
  const slowFigures = { slowScriptMs: slow.scriptMs, slowReturningScriptMs: slow.returningScriptMs, slowTaskMs: slow.taskMs };
  return { ...cost, ...timing, ...slowFigures, errors: [...cost.errors, ...timing.errors, ...slow.errors.map((error) => `${SLOW_RATE}x CPU ${error}`)] };
}

// ---- statistics and report --------------------------------------------------------------------------------------

const MEASURES = [
  { key: "bannerMs", label: "navigation → banner visible (ms)", digits: 1 },
  { key: "drawnMs", label: "navigation → banner drawn, main thread (ms)", digits: 1 },
  { key: "fcpMs", label: "navigation → first contentful paint (ms)", digits: 1 },
  { key: "scriptMs", label: "script main-thread time (ms)", digits: 1 },
  { key: "taskMs", label: "all main-thread tasks (ms)", digits: 1 },
  { key: "longTasks", label: "long tasks (count)", digits: 0 },
  { key: "blockingMs", label: "total blocking time (ms)", digits: 0 },
  { key: "cls", label: "cumulative layout shift", digits: 3 },
  { key: "heapMB", label: "JS heap after GC (MB)", digits: 2 },
  { key: "acceptToGatedMs", label: "click Accept all → gated script ran (ms)", digits: 1 },
  { key: "returningGatedMs", label: "returning visit: navigation → gated script ran (ms)", digits: 1 },
  { key: "returningBannerFrames", label: "returning visit: frames with a banner", digits: 0 },
  // Added with issue 12; the rows above keep their meaning.
  { key: "returningFcpMs", label: "returning visit: navigation → first contentful paint (ms)", digits: 1 },
  { key: "returningScriptMs", label: "returning visit: script main-thread time (ms)", digits: 1 },
  { key: "slowScriptMs", label: `${SLOW_RATE}x CPU: script main-thread time (ms)`, digits: 1 },
  { key: "slowReturningScriptMs", label: `${SLOW_RATE}x CPU: returning visit: script main-thread time (ms)`, digits: 1 },
  // Added in round 4; 1 in a round where the banner was the page's largest contentful paint.
  { key: "lcpBanner", label: "first visit: banner is the largest contentful paint (0 or 1)", digits: 0 },
];

const quantile = (sorted, q) => {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.ceil(at)] - sorted[low]) * (at - low);
};
function summarise(values) {
  const numbers = values.filter((value) => typeof value === "number" && Number.isFinite(value)).sort((a, b) => a - b);
  if (!numbers.length) return null;
  return { median: quantile(numbers, 0.5), min: numbers[0], max: numbers.at(-1), n: numbers.length };
}

function fileBytes(paths) {
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const path of paths) {
    const bytes = readFileSync(join(ROOT, path));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { files: paths, raw, gzip, brotli };
}

const versionOf = (name) => {
  try {
    return JSON.parse(readFileSync(join(ROOT, name === "." ? "package.json" : `node_modules/${name}/package.json`), "utf8")).version;
  } catch {
    return undefined;
  }
};
const gitCommit = () => {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "src"], { cwd: ROOT, encoding: "utf8" }).trim();
    return dirty ? `${head} + uncommitted src/ changes` : head;
  } catch {
    return undefined;
  }
};

const format = (value, digits) => (value === null || value === undefined ? "—" : value.toFixed(digits));
const cell = (summary, digits, rounds) => {
  if (!summary) return "—";
  const spread = summary.min === summary.max ? "" : ` (${format(summary.min, digits)}–${format(summary.max, digits)})`;
  return `${format(summary.median, digits)}${spread}${summary.n < rounds ? ` n=${summary.n}` : ""}`;
};

function report(results) {
  const names = results.subjects.map((subject) => subject.name);
  const header = `| measure (median, min–max, ${results.rounds} rounds) | ${names.join(" | ")} |`;
  const rule = `|---|${names.map(() => "---:").join("|")}|`;
  const rows = [
    `| bytes: JS + CSS, gzip (brotli) | ${results.subjects.map((subject) => (subject.bytes.files.length ? `${subject.bytes.gzip} (${subject.bytes.brotli})` : "0")).join(" | ")} |`,
    ...MEASURES.map(({ key, label, digits }) => `| ${label} | ${results.subjects.map((subject) => cell(subject.stats[key], digits, results.rounds)).join(" | ")} |`),
  ];
  return [header, rule, ...rows].join("\n");
}

function ratios(results) {
  const by = Object.fromEntries(results.subjects.map((subject) => [subject.name, subject]));
  const median = (name, key) => by[name]?.stats[key]?.median ?? null;
  const lines = [];
  const ratio = (a, b) => (a === null || b === null || b <= 0 ? null : a / b);
  const goal = (ok) => (ok === null ? "not measured" : ok ? "**met**" : "**not met**");
  const floorBanner = median("floor", "bannerMs");
  const floorScript = median("floor", "scriptMs");
  const over = (name, key, floor) => (median(name, key) === null || floor === null ? null : median(name, key) - floor);
  const goals = {};
  for (const rival of ["vanilla-cookieconsent", "klaro"]) {
    if (!by[rival] || !by.consentry) continue;
    const banner = ratio(over("consentry", "bannerMs", floorBanner), over(rival, "bannerMs", floorBanner));
    const script = ratio(median("consentry", "scriptMs"), median(rival, "scriptMs"));
    const scriptOver = ratio(over("consentry", "scriptMs", floorScript), over(rival, "scriptMs", floorScript));
    const fmt = (value) => (value === null ? "—" : value.toFixed(2));
    lines.push(
      `- vs ${rival}: time to banner above the floor ${fmt(over("consentry", "bannerMs", floorBanner))} ms vs ${fmt(over(rival, "bannerMs", floorBanner))} ms, ratio **${fmt(banner)}**; ` +
        `script main-thread time ${fmt(median("consentry", "scriptMs"))} ms vs ${fmt(median(rival, "scriptMs"))} ms, ratio **${fmt(script)}** (above the floor: ${fmt(scriptOver)}).`,
    );
    goals[rival] = { bannerOverheadRatio: banner, scriptRatio: script, scriptOverheadRatio: scriptOver };
  }
  const vcc = goals["vanilla-cookieconsent"];
  const cls = by.consentry?.stats.cls?.max ?? null;
  const frames = by.consentry?.stats.returningBannerFrames?.max ?? null;
  const lcp = by.consentry ? by.consentry.runs.filter((run) => run.lcpBanner === 1).length : null;
  const goalLines = [
    `- time to banner above the floor ≤ ½ of vanilla-cookieconsent's: ${goal(vcc?.bannerOverheadRatio == null ? null : vcc.bannerOverheadRatio <= 0.5)}`,
    `- script main-thread time ≤ ½ of vanilla-cookieconsent's: ${goal(vcc?.scriptRatio == null ? null : vcc.scriptRatio <= 0.5)}`,
    `- cumulative layout shift 0 (largest in any round: ${cls === null ? "—" : cls.toFixed(4)}): ${goal(cls === null ? null : cls === 0)}`,
    `- no banner frame on a returning visit (most in any round: ${frames ?? "—"}): ${goal(frames === null ? null : frames === 0)}`,
    `- the banner is never the largest contentful paint (rounds where it was: ${lcp ?? "—"}): ${goal(lcp === null ? null : lcp === 0)}`,
  ];
  // Issue 27 item 2: time to banner no later than vanilla-cookieconsent's, installed the same way. vanilla-cookieconsent
  // installs deferred (its docs: `defer` or `type="module"`); it cannot run synchronously in <head>, as its run()
  // appends to document.body, which does not exist there yet. So: deferred against deferred, and the synchronous
  // drop-in against that same deferred install.
  const bannerAt = (name) => median(name, "bannerMs");
  const noLater = (name) => {
    const ours = bannerAt(name);
    const theirs = bannerAt("vanilla-cookieconsent");
    const ok = ours === null || theirs === null ? null : ours <= theirs;
    const fmt = (value) => (value === null ? "—" : value.toFixed(1));
    return `${fmt(ours)} ms vs ${fmt(theirs)} ms: ${goal(ok)}`;
  };
  const issue27 = [
    "",
    "Issue 27 item 2 (reported, not asserted): navigation → banner visible, no later than vanilla-cookieconsent's installed the same way (it installs deferred only: its `run()` needs `document.body`):",
    ...(by["consentry-defer"] ? [`- deferred, consentry-defer vs vanilla-cookieconsent: ${noLater("consentry-defer")}`] : []),
    `- consentry synchronous in <head> vs vanilla-cookieconsent deferred: ${noLater("consentry")}`,
  ];
  const issue12 = speedGoals(results, by, median);
  // The deferred install (README "Sync or deferred") against the same goals, when it was measured.
  const deferred = by["consentry-defer"] ? speedGoals(results, by, median, "consentry-defer") : undefined;
  return {
    text: [
      ...lines,
      "",
      "Goals (reported, not asserted):",
      ...goalLines,
      ...issue27,
      "",
      "Issue 12 goals (reported, not asserted), the synchronous install:",
      ...issue12.lines,
      ...(deferred ? ["", "The same goals, the deferred install (`consentry-defer`):", ...deferred.lines] : []),
    ].join("\n"),
    goals: { ...goals, speed: issue12.goals, ...(deferred && { speedDeferred: deferred.goals }) },
  };
}

/** Issue 12: script time against vanilla-cookieconsent's, first paint against the floor's (paired by round), gated-script times. */
function speedGoals(results, by, median, name = "consentry") {
  const us = by[name];
  const rival = by["vanilla-cookieconsent"];
  const floor = by.floor;
  if (!us || !rival) return { lines: ["- not measured (needs consentry and vanilla-cookieconsent)"], goals: {} };
  const fmt = (value, digits = 2) => (value === null || value === undefined ? "—" : value.toFixed(digits));
  const ratio = (key) => {
    const a = median(name, key);
    const b = median("vanilla-cookieconsent", key);
    return a === null || b === null || b <= 0 ? null : a / b;
  };
  const verdict = (ok) => (ok === null ? "not measured" : ok ? "**met**" : "**not met**");
  const goals = {};
  const lines = [];
  for (const [key, label, limit] of [
    ["scriptMs", "first visit, script time", 0.5],
    ["returningScriptMs", "returning visit, script time", 0.3],
    ["slowScriptMs", `${SLOW_RATE}x CPU, first visit, script time`, 0.5],
    ["slowReturningScriptMs", `${SLOW_RATE}x CPU, returning visit, script time`, 0.3],
  ]) {
    const value = ratio(key);
    goals[key] = value;
    lines.push(`- ${label}: ${fmt(median(name, key), 1)} ms vs ${fmt(median("vanilla-cookieconsent", key), 1)} ms, ratio **${fmt(value)}** (goal ≤ ${limit}): ${verdict(value === null ? null : value <= limit)}`);
  }
  // First paint: the difference to the floor in the same round (subjects alternate within a round), median and spread.
  for (const [key, label] of [["fcpMs", "first visit"], ["returningFcpMs", "returning visit"]]) {
    const differences = floor ? us.runs.map((run, round) => (typeof run[key] === "number" && typeof floor.runs[round]?.[key] === "number" ? run[key] - floor.runs[round][key] : null)) : [];
    const summary = summarise(differences);
    goals[`${key}OverFloor`] = summary;
    const text = summary ? `median ${fmt(summary.median, 1)} ms (${fmt(summary.min, 1)} to ${fmt(summary.max, 1)}, n=${summary.n})` : "—";
    // "No later within the noise": the median difference is not above zero by more than a quarter of its spread.
    const ok = summary ? summary.median <= Math.max(0, (summary.max - summary.min) / 4) : null;
    lines.push(`- ${label}, first contentful paint minus the floor's (same round): ${text}: ${verdict(ok)}`);
  }
  for (const [key, label] of [["acceptToGatedMs", "click Accept all → gated script"], ["returningGatedMs", "returning visit → gated script"]]) {
    const a = median(name, key);
    const b = median("vanilla-cookieconsent", key);
    goals[key] = a === null || b === null ? null : a / b;
    lines.push(`- ${label}: ${fmt(a, 1)} ms vs ${fmt(b, 1)} ms (goal: no slower): ${verdict(a === null || b === null ? null : a <= b)}`);
  }
  return { lines, goals };
}

// ---- main ---------------------------------------------------------------------------------------------------------

if (!existsSync(join(ROOT, "dist/consentry.js"))) {
  console.error("dist/consentry.js is missing: run `npm run build` (npm run bench does)");
  process.exit(1);
}
const { launchChromium } = await loadLauncher();
const server = await startServer();
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
const started = Date.now();
const samples = Object.fromEntries(subjects.map((subject) => [subject.name, []]));
const firstFiles = {};
const errors = Object.fromEntries(subjects.map((subject) => [subject.name, new Set()]));

try {
  for (let round = 0; round < WARMUP + ROUNDS; round += 1) {
    // Alternate: each round starts with the next subject, so none always runs first (or right after another).
    const order = subjects.map((_, i) => subjects[(i + round) % subjects.length]);
    const line = [];
    for (const subject of order) {
      const result = await measure(browser, origin, subject);
      for (const error of result.errors) errors[subject.name].add(error);
      if (result.files && !firstFiles[subject.name]) firstFiles[subject.name] = result.files;
      if (round >= WARMUP) samples[subject.name].push(result);
      line.push(`${subject.name} ${format(result.bannerMs, 0)}ms/${format(result.scriptMs, 1)}ms`);
    }
    console.error(`${round < WARMUP ? "warm-up" : `round ${round - WARMUP + 1}/${ROUNDS}`}: ${line.join(", ")}`);
  }
} finally {
  await browser.close().catch(() => {});
  server.close();
}

const chromiumVersion = execFileSync(process.env.CHROMIUM_PATH || "/usr/bin/chromium", ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
const results = {
  date: new Date().toISOString(),
  durationS: Math.round((Date.now() - started) / 1000),
  rounds: ROUNDS,
  warmup: WARMUP,
  machine: {
    cpu: cpus()[0]?.model.trim(),
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium: chromiumVersion,
  },
  method: {
    viewport: "1280x720",
    costWindowMs: COST_WINDOW_MS,
    watchMs: WATCH_MS,
    notes: [
      "Each subject visit uses a new browser context (empty cookies and cache); the returning visit reloads the same context.",
      "Banner drawn: the first frame in which the banner element is rendered (checkVisibility, opacity and visibility included) with a non-zero box inside the viewport, sampled just before paint. Banner visible: the later of that and first contentful paint.",
      "Script and task time: Chrome DevTools Protocol Performance.getMetrics ScriptDuration and TaskDuration, read in a separate visit without the per-frame probe, 1.2 s after load.",
    ],
  },
  subjects: subjects.map((subject) => {
    const runs = samples[subject.name];
    return {
      name: subject.name,
      version: subject.package === "." ? `${versionOf(".")} (${gitCommit()})` : subject.package ? versionOf(subject.package) : undefined,
      page: subject.page,
      bytes: fileBytes(firstFiles[subject.name] ?? []),
      stats: Object.fromEntries(MEASURES.map(({ key }) => [key, summarise(runs.map((run) => run[key]))])),
      gatedBeforeConsent: runs.some((run) => run.gatedBeforeConsent),
      errors: [...errors[subject.name]].slice(0, 5),
      runs,
    };
  }),
};
const { text: ratioText, goals } = ratios(results);
results.goals = goals;

const versions = results.subjects.map((subject) => `${subject.name}${subject.version ? ` ${subject.version}` : ""}`).join(", ");
const problems = results.subjects.flatMap((subject) => [
  ...(subject.gatedBeforeConsent ? [`- ${subject.name}: the gated script ran before consent`] : []),
  ...subject.errors.map((error) => `- ${subject.name}: ${error}`),
]);
const markdown = [
  `Measured ${results.date.slice(0, 16).replace("T", " ")} UTC, ${ROUNDS} rounds (+${WARMUP} warm-up), ${results.durationS} s.`,
  `Machine: ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGB} GB, ${results.machine.os}; Node ${results.machine.node}; ${results.machine.chromium} (headless).`,
  `Versions: ${versions}.`,
  "",
  report(results),
  "",
  ratioText,
  ...(problems.length ? ["", "Problems seen:", ...problems] : []),
].join("\n");

mkdirSync(dirname(RESULTS_FILE), { recursive: true });
writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
console.log(markdown);

if (SMOKE) {
  // A CI layer (scripts/ci-summary.mjs): one check per subject that its visits ran end to end, and that nothing
  // gated ran before consent. No time is judged.
  const failedSubjects = results.subjects.filter((subject) => subject.runs.length < ROUNDS || subject.errors.length || subject.gatedBeforeConsent);
  const layer = { layer: "bench-smoke", passed: results.subjects.length - failedSubjects.length, failed: failedSubjects.length };
  mkdirSync(join(ROOT, ".tmp/layers"), { recursive: true });
  writeFileSync(join(ROOT, ".tmp/layers/bench-smoke.json"), `${JSON.stringify(layer)}\n`);
  console.error(`bench smoke: ${layer.passed} passed, ${layer.failed} failed${failedSubjects.length ? ` (${failedSubjects.map((subject) => subject.name).join(", ")})` : ""}`);
  process.exitCode = layer.failed ? 1 : 0;
}

if (WRITE_DOCS) {
  const docs = join(ROOT, "docs/benchmarks.md");
  const START = "<!-- bench:start -->";
  const END = "<!-- bench:end -->";
  const current = existsSync(docs) ? readFileSync(docs, "utf8") : `# Benchmarks\n\n${START}\n${END}\n`;
  const [before, rest = ""] = current.split(START);
  const after = rest.includes(END) ? rest.slice(rest.indexOf(END) + END.length) : "\n";
  writeFileSync(docs, `${before}${START}\n${markdown}\n${END}${after}`);
  console.error(`\nwrote bench/results.json and docs/benchmarks.md`);
}

// `node bench/floor.mjs`: what a consent tool must cost at the least (issue 12). It measures the script main-thread
// time of a first visit (banner shown) and of a returning one (decided, no banner) on four pages that differ only in
// the tool: no script at all, the floor tool (bench/pages/floor-tool.js: the platform calls S-01 and S-05 require, a
// gated-script swap and a plain banner, nothing else), consentry's drop-in and vanilla-cookieconsent. Subjects
// alternate within each round; medians per CPU rate.
// Run `npm run build` first (the consentry page loads dist/consentry.js).
//
//   node bench/floor.mjs [--rounds 9] [--rates 4,1] [--no-docs]
//   node bench/floor.mjs --from-saved      re-render the docs section from the saved results, no run
// Every sample goes to bench/floor-results.json; the table and goal lines in docs/benchmarks.md between the floor
// markers are written from that file (issue 27 item 6), unless --no-docs (CI's one-round smoke run).
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { replaceSection } from "./doc-section.mjs";
import { loadLauncher } from "./launcher.mjs";
import { servePages } from "./serve-pages.mjs";
import { SUBJECTS } from "./subjects.mjs";

const ROOT = resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const ROUNDS = Number(option("rounds", 9));
const RATES = option("rates", "4,1").split(",").map(Number);
const WRITE_DOCS = !args.includes("--no-docs");
/** After `load`, how long the visit runs before the metrics are read (as bench/run.mjs's cost visit). */
const SETTLE_MS = 1_200;

const byName = Object.fromEntries(SUBJECTS.map((subject) => [subject.name, subject]));
const PAGES = [
  // floor.html's banner is static HTML: the page without any script.
  { name: "no script", page: "/bench/pages/floor.html", banner: "#floor-banner", accept: async () => {} },
  {
    name: "floor tool",
    page: "/bench/pages/floor-tool.html",
    banner: "#floor-tool-banner",
    accept: (tab) => tab.locator("#floor-tool-banner").getByRole("button", { name: "Accept all" }).click(),
  },
  {
    // The same floor with the one step S-01 as amended adds to a returning visit: the localStorage copy compared in idle
    // time (bench/pages/floor-tool.js reads `?idle-copy`). The goal lines say each ratio against both floors.
    name: "floor tool + S-01 copy",
    page: "/bench/pages/floor-tool.html?idle-copy",
    banner: "#floor-tool-banner",
    accept: (tab) => tab.locator("#floor-tool-banner").getByRole("button", { name: "Accept all" }).click(),
  },
  { name: "consentry", page: byName.consentry.page, banner: "consentry-ui section", accept: byName.consentry.accept },
  // Issue 27 item 1: the deferred install too (the same drop-in with `defer`).
  { name: "consentry-defer", page: byName["consentry-defer"].page, banner: "consentry-ui section", accept: byName["consentry-defer"].accept },
  {
    name: "vanilla-cookieconsent",
    page: byName["vanilla-cookieconsent"].page,
    banner: "#cc-main .cm",
    accept: byName["vanilla-cookieconsent"].accept,
  },
];

const DOCS = join(ROOT, "docs/benchmarks.md");
const writeDocs = (markdown) =>
  writeFileSync(DOCS, replaceSection(readFileSync(DOCS, "utf8"), "<!-- floor:start -->", "<!-- floor:end -->", markdown));
// `--from-saved`: the docs section again from bench/floor-results.json, without a run (the bytes are read from dist/ as
// it is now).
if (args.includes("--from-saved")) {
  writeDocs(floorMarkdown(JSON.parse(readFileSync(join(ROOT, "bench/floor-results.json"), "utf8"))));
  process.exit(0);
}

const { origin, close: closeServer } = await servePages(ROOT);

const { launchChromium } = await loadLauncher();
const browser = await launchChromium();

const scriptMs = async (cdp) =>
  (await cdp.send("Performance.getMetrics")).metrics.find((entry) => entry.name === "ScriptDuration").value * 1000;

/** A first visit (the banner shown), a decision, then the page again in the same profile: both visits' script time. */
async function visits(subject, rate) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const tab = await context.newPage();
    // Issue 27 item 3: the tool's own script and style files each visit asks for (from the HTTP cache or not).
    let files = new Set();
    tab.on("request", (request) => {
      const path = new URL(request.url()).pathname;
      if (/\.(m?js|css)$/.test(path) && !path.endsWith("/analytics.js")) files.add(path);
    });
    const cdp = await context.newCDPSession(tab);
    await cdp.send("Performance.enable");
    if (rate !== 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate });
    await tab.goto(origin + subject.page, { waitUntil: "load" });
    await tab.waitForTimeout(SETTLE_MS);
    if (!(await tab.locator(subject.banner).first().isVisible())) throw new Error(`${subject.name}: no banner on the first visit`);
    // Each navigation starts a new document, whose metrics start from zero.
    const first = await scriptMs(cdp);
    await subject.accept(tab);
    await tab.waitForTimeout(300);
    const firstFiles = [...files];
    files = new Set();
    await tab.goto(origin + subject.page, { waitUntil: "load" });
    await tab.waitForTimeout(SETTLE_MS);
    const gated = subject.name === "no script" || (await tab.evaluate(() => window.__bench?.gatedAt !== undefined));
    if (!gated) throw new Error(`${subject.name}: the gated script did not run on the returning visit`);
    return { first, returning: await scriptMs(cdp), firstFiles, returningFiles: [...files] };
  } finally {
    await context.close();
  }
}

/** gzip -9 bytes of the files a visit asked for, as served. */
function gzipBytes(paths) {
  return paths.reduce((sum, path) => sum + gzipSync(readFileSync(join(ROOT, path)), { level: 9 }).length, 0);
}

const results = {
  measuredAt: new Date().toISOString(),
  chromium: browser.version(),
  // What else the machine was doing: the 1-minute load average at the start (2 cores here) and, below, at the end.
  load: [(await import("node:os")).loadavg()[0]],
  rounds: ROUNDS,
  rates: RATES,
  subjects: PAGES.map((page) => page.name),
  samples: {},
  files: {},
};
try {
  for (const rate of RATES) {
    const samples = Object.fromEntries(PAGES.map((subject) => [subject.name, { first: [], returning: [] }]));
    // One warm-up round (compile caches, the HTTP server), not counted.
    for (let round = 0; round <= ROUNDS; round += 1) {
      for (const subject of PAGES) {
        const { first, returning, firstFiles, returningFiles } = await visits(subject, rate);
        results.files[subject.name] = { first: firstFiles.sort(), returning: returningFiles.sort() };
        if (round === 0) continue;
        samples[subject.name].first.push(first);
        samples[subject.name].returning.push(returning);
      }
      process.stderr.write(`${rate}x round ${round}/${ROUNDS}\n`);
    }
    results.samples[rate] = samples;
  }
} finally {
  await browser.close();
  closeServer();
}
results.load.push((await import("node:os")).loadavg()[0]);
// The bytes as served in this run, so a later --from-saved renders what was measured, not what dist/ holds then.
results.bytes = Object.fromEntries(
  Object.entries(results.files).map(([name, { first, returning }]) => [
    name,
    { first: gzipBytes(first), returning: gzipBytes(returning), returningJs: gzipBytes(returning.filter((path) => path.endsWith("js"))) },
  ]),
);
const markdown = floorMarkdown(results);
console.log(markdown);
if (WRITE_DOCS) {
  writeFileSync(join(ROOT, "bench/floor-results.json"), `${JSON.stringify(results, null, 1)}\n`);
  writeDocs(markdown);
}

/** The floor table and issue 27's goal lines, from the saved results alone. */
function floorMarkdown({ measuredAt, chromium, load, rounds, rates, subjects, samples, files, bytes }) {
  // Results saved before the bytes were: measured from the files as they are now.
  const served = (name, kind) => bytes?.[name][kind] ?? gzipBytes(kind == "returningJs" ? files[name].returning.filter((path) => path.endsWith("js")) : files[name][kind]);
  const S01_FLOOR = "floor tool + S-01 copy";
  const RATIOS = ["floor tool", ...(subjects.includes(S01_FLOOR) ? [S01_FLOOR] : [])].flatMap((floor) => [
    ["consentry", floor],
    ["consentry-defer", floor],
  ]);
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  };
  const quantile = (values, q) => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (sorted.length - 1) * q;
    return sorted[Math.floor(at)] + (sorted[Math.ceil(at)] - sorted[Math.floor(at)]) * (at - Math.floor(at));
  };
  // Subjects alternate within a round, so round i of one subject ran beside round i of the floor: the ratio per round
  // cancels what the machine was doing then, which the medians of all rounds do not.
  const paired = (rate, kind, name, floor) => {
    const ratios = samples[rate][name][kind].map((value, round) => value / samples[rate][floor][kind][round]).filter(Number.isFinite);
    return `paired by round: median ${quantile(ratios, 0.5).toFixed(2)}x, middle half ${quantile(ratios, 0.25).toFixed(2)}–${quantile(ratios, 0.75).toFixed(2)}x`;
  };
  const lines = [
    `Measured ${measuredAt.slice(0, 16).replace("T", " ")} UTC, ${rounds} rounds (+1 warm-up) per CPU rate, subjects alternating; ${chromium}; load average ${load.map((value) => value.toFixed(1)).join(" at the start, ")} at the end${load.some((value) => value > 1.5) ? " (a busy machine: read the ratios loosely)" : ""}.`,
    "Script main-thread time (ms, median); first visit: banner shown; returning: decided, no banner.",
    "",
    `| CPU | visit | ${subjects.join(" | ")} | ${RATIOS.map(([name, floor]) => `${name} vs ${floor}`).join(" | ")} |`,
    `|---|---|${subjects.map(() => "---:").join("|")}|${RATIOS.map(() => "---:").join("|")}|`,
  ];
  const goals = [];
  for (const rate of rates) {
    for (const kind of ["first", "returning"]) {
      const cells = Object.fromEntries(subjects.map((name) => [name, median(samples[rate][name][kind])]));
      const ratio = (name, floor = "floor tool") => cells[name] / cells[floor];
      lines.push(`| ${rate}x | ${kind} | ${subjects.map((name) => cells[name].toFixed(2)).join(" | ")} | ${RATIOS.map(([name, floor]) => `${ratio(name, floor).toFixed(2)}x`).join(" | ")} |`);
      const limit = kind == "first" ? 1.2 : 1.1;
      for (const name of ["consentry", "consentry-defer"]) {
        // A first visit has no copy to compare: the second floor only differs on a returning one.
        const alsoS01 = kind == "returning" && cells[S01_FLOOR] !== undefined ? `; ${ratio(name, S01_FLOOR).toFixed(2)}x the ${S01_FLOOR}` : "";
        goals.push(
          `- ${kind} visit at ${rate}x, ${name}: ${ratio(name).toFixed(2)}x the floor tool (goal ≤ ${limit}x): **${ratio(name) <= limit ? "met" : "not met"}**${alsoS01} (${paired(rate, kind, name, "floor tool")})`,
        );
      }
    }
  }
  lines.push("", "Bytes of the tool's own JS and CSS each visit asked for (gzip -9, as served; the gated script not counted):", "");
  lines.push(`| visit | ${subjects.join(" | ")} |`, `|---|${subjects.map(() => "---:").join("|")}|`);
  for (const kind of ["first", "returning"]) lines.push(`| ${kind} | ${subjects.map((name) => served(name, kind)).join(" | ")} |`);
  const returningBytes = served("consentry", "returningJs");
  goals.push(`- returning visit, consentry's JavaScript downloaded and run: ${returningBytes} B gzip (goal ≤ 3072 B): **${returningBytes <= 3072 ? "met" : "not met"}**`);
  lines.push("", "Issue 27 goals (reported, not asserted):", "", ...goals);
  return lines.join("\n");
}

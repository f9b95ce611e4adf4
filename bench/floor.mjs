// `node bench/floor.mjs`: what a consent tool must cost at the least (issue 12). It measures the script main-thread
// time of a first visit (banner shown) and of a returning one (decided, no banner) on four pages that differ only in
// the tool: no script at all, the floor tool (bench/pages/floor-tool.js: the platform calls S-01 and S-05 require, a
// gated-script swap and a plain banner, nothing else), consentry's drop-in and vanilla-cookieconsent. Subjects
// alternate within each round; medians per CPU rate.
// Run `npm run build` first (the consentry page loads dist/consentry.js).
//
//   node bench/floor.mjs [--rounds 9] [--rates 4,1]
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { SUBJECTS } from "./subjects.mjs";

const ROOT = resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const ROUNDS = Number(option("rounds", 9));
const RATES = option("rates", "4,1").split(",").map(Number);
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
  { name: "consentry", page: byName.consentry.page, banner: "consentry-ui section", accept: byName.consentry.accept },
  {
    name: "vanilla-cookieconsent",
    page: byName["vanilla-cookieconsent"].page,
    banner: "#cc-main .cm",
    accept: byName["vanilla-cookieconsent"].accept,
  },
];

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css" };
const server = createServer((request, response) => {
  const file = normalize(join(ROOT, decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)));
  const allowed = ["dist", "bench/pages", "node_modules"].some((dir) => file.startsWith(join(ROOT, dir) + "/"));
  if (!allowed || !existsSync(file) || !statSync(file).isFile()) return response.writeHead(404).end();
  const type = TYPES[extname(file)] ?? "application/octet-stream";
  // As in bench/run.mjs: pages never cached, the tools' files in the HTTP cache on a returning visit.
  response.writeHead(200, { "content-type": type, "cache-control": type.startsWith("text/html") ? "no-store" : "max-age=3600" });
  createReadStream(file).pipe(response);
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const origin = `http://127.0.0.1:${server.address().port}`;

const launcher = join(ROOT, ".tmp/bench/chromium.mjs");
mkdirSync(join(ROOT, ".tmp/bench"), { recursive: true });
const source = readFileSync(join(ROOT, "test/support/chromium.ts"), "utf8");
writeFileSync(launcher, ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText);
const { launchChromium } = await import(pathToFileURL(launcher).href);
const browser = await launchChromium();

const scriptMs = async (cdp) =>
  (await cdp.send("Performance.getMetrics")).metrics.find((entry) => entry.name === "ScriptDuration").value * 1000;

/** A first visit (the banner shown), a decision, then the page again in the same profile: both visits' script time. */
async function visits(subject, rate) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const tab = await context.newPage();
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
    await tab.goto(origin + subject.page, { waitUntil: "load" });
    await tab.waitForTimeout(SETTLE_MS);
    const gated = subject.name === "no script" || (await tab.evaluate(() => window.__bench?.gatedAt !== undefined));
    if (!gated) throw new Error(`${subject.name}: the gated script did not run on the returning visit`);
    return { first, returning: await scriptMs(cdp) };
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const rows = [];
try {
  for (const rate of RATES) {
    const samples = new Map(PAGES.map((subject) => [subject.name, { first: [], returning: [] }]));
    // One warm-up round (compile caches, the HTTP server), not counted.
    for (let round = 0; round <= ROUNDS; round += 1) {
      for (const subject of PAGES) {
        const { first, returning } = await visits(subject, rate);
        if (round === 0) continue;
        samples.get(subject.name).first.push(first);
        samples.get(subject.name).returning.push(returning);
      }
      process.stderr.write(`${rate}x round ${round}/${ROUNDS}\n`);
    }
    for (const kind of ["first", "returning"]) {
      const vcc = median(samples.get("vanilla-cookieconsent")[kind]);
      const cells = PAGES.map((subject) => median(samples.get(subject.name)[kind]));
      const ratios = PAGES.filter((subject) => subject.name !== "no script").map((subject, index) => `${(cells[index + 1] / vcc).toFixed(2)}x`);
      rows.push(`| ${rate}x | ${kind} | ${cells.map((ms) => ms.toFixed(2)).join(" | ")} | ${ratios.slice(0, 2).join(" | ")} |`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`Script main-thread time (ms), median of ${ROUNDS} rounds; first visit: banner shown; returning: decided, no banner.\n`);
console.log(`| CPU | visit | ${PAGES.map((subject) => subject.name).join(" | ")} | floor tool vs vcc | consentry vs vcc |`);
console.log(`|---|---|${PAGES.map(() => "---:").join("|")}|---:|---:|`);
console.log(rows.join("\n"));

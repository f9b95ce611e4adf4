// `node bench/profile.mjs`: where the drop-in's main-thread time goes, on a first visit and on a returning one.
// Rebuilds the drop-in and every part it may fetch (consentry.sdk.mjs, consentry.banner.mjs, locales, ...) from
// rollup.config.ts with source maps (same plugins, same minifier) into .tmp/bench/profile, serves the bench's consentry
// page with them, records V8 CPU profiles under a CPU slowdown, and maps each profile node to its own file's source
// map: self time per part, per source file and per function, in src/. The profiler's own overhead inflates every
// figure: read the order and shares. Needs no dist/: it builds what it serves.
//
//   node bench/profile.mjs [--visits 6] [--rate 4] [--label after] [--out bench/profile-results.json] [--no-docs]
//   node bench/profile.mjs --from-saved        re-render docs/benchmarks.md from the saved results, no run
//
// A run's results are saved under its label in --out (replacing an entry with the same label); docs/benchmarks.md is
// written between the profile markers from that file alone (bench/profile-doc.mjs), unless --no-docs.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { loadavg } from "node:os";
import { basename, dirname, extname, join, normalize, relative, resolve } from "node:path";
import { loadLauncher } from "./launcher.mjs";
import { profileMarkdown, readResults, writeDocs } from "./profile-doc.mjs";

const ROOT = resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const VISITS = Number(option("visits", 6));
const RATE = Number(option("rate", 4));
const LABEL = option("label", "after");
const RESULTS = resolve(option("out", join(ROOT, "bench/profile-results.json")));
const DOCS = resolve(option("docs", join(ROOT, "docs/benchmarks.md")));
const WRITE_DOCS = !args.includes("--no-docs");
/** How many of each visit's top functions are saved. */
const SAVED_FUNCTIONS = 30;

if (args.includes("--from-saved")) {
  writeDocs(DOCS, readResults(RESULTS));
  console.log(`${relative(process.cwd(), DOCS)}: profile section rendered from ${relative(process.cwd(), RESULTS)}`);
  process.exit(0);
}

process.chdir(ROOT);
const OUT = join(ROOT, ".tmp/bench/profile");
const loadAtStart = loadavg()[0];

// ---- the drop-in and its parts, with source maps --------------------------------------------------------------------

const { rollup } = await import("rollup");
const { loadConfigFile } = await import("rollup/loadConfigFile");

/** Served file name -> its decoded source map ({ sources: paths from ROOT, mappings }). */
const maps = new Map();
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const { options } = await loadConfigFile(resolve("rollup.config.ts"), { configPlugin: "typescript", silent: true });
/** What a page with the drop-in may fetch: dist/consentry.js and the dist/consentry.*.mjs files beside it. */
const servedByDropIn = (output) =>
  output.file ? output.file === "dist/consentry.js" || /^dist\/consentry\.[\w-]+\.mjs$/.test(output.file) : output.dir === "dist" && /^consentry\./.test(String(output.entryFileNames));
for (const config of options) {
  const outputs = config.output.filter(servedByDropIn);
  if (outputs.length === 0) continue;
  const bundle = await rollup({ ...config, logLevel: "silent" });
  for (const output of outputs) {
    for (const chunk of (await bundle.generate({ ...output, sourcemap: true })).output) {
      if (chunk.type !== "chunk") continue;
      const name = output.file ? basename(output.file) : chunk.fileName;
      writeFileSync(join(OUT, name), chunk.code);
      const from = output.file ? dirname(output.file) : output.dir;
      const sources = chunk.map.sources.map((source) => relative(ROOT, resolve(ROOT, from, chunk.map.sourceRoot ?? "", source)).replaceAll("\\", "/"));
      maps.set(name, { sources, mappings: decodeMappings(chunk.map.mappings) });
    }
  }
  await bundle.close();
}
process.stderr.write(`built with source maps: ${maps.size} files (${[...maps.keys()].filter((name) => !/\.(locale|service)[.-]/.test(name)).join(", ")}, locales, services)\n`);

/** Base64 VLQ source map mappings -> per generated line, [column, source, line, column, name?] segments, absolute. */
function decodeMappings(text) {
  const values = {};
  [..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"].forEach((char, index) => (values[char] = index));
  const state = [0, 0, 0, 0, 0];
  return text.split(";").map((line) => {
    state[0] = 0;
    return line
      .split(",")
      .filter(Boolean)
      .map((segment) => {
        const fields = [];
        let shift = 0;
        let value = 0;
        for (const char of segment) {
          const digit = values[char];
          value += (digit & 31) << shift;
          if (digit & 32) shift += 5;
          else {
            fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
            shift = 0;
            value = 0;
          }
        }
        return fields.map((field, index) => (state[index] += field));
      });
  });
}

const sourceLines = new Map();
/** A generated position (0-based line and column) in one served file -> its source file and "src/file.ts:line `text`". */
function original(part, line, column) {
  const { sources, mappings } = maps.get(part);
  let found;
  for (const segment of mappings[line] ?? []) if (segment[0] <= column && segment.length >= 4) found = segment;
  if (!found) return { file: "(bundle glue)", where: "(bundle glue)" };
  const file = sources[found[1]];
  if (!sourceLines.has(file)) sourceLines.set(file, (() => { try { return readFileSync(join(ROOT, file), "utf8").split("\n"); } catch { return []; } })());
  const text = (sourceLines.get(file)[found[2]] ?? "").trim().slice(0, 70);
  return { file, where: `${file}:${found[2] + 1} \`${text.replaceAll("`", "'")}\`` };
}

// ---- serve the bench page with the mapped drop-in -------------------------------------------------------------------

const PREFIX = "/profile/";
const page = readFileSync(join(ROOT, "bench/pages/consentry.html"), "utf8").replace('src="/dist/consentry.js"', `src="${PREFIX}consentry.js"`);
if (!page.includes(`${PREFIX}consentry.js`)) throw new Error("bench/pages/consentry.html no longer loads /dist/consentry.js");
const TYPES = { ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css" };
const missing = new Set();
const server = createServer((request, response) => {
  const path = new URL(request.url, "http://x").pathname;
  if (path === "/") return response.writeHead(200, { "content-type": "text/html", "cache-control": "no-store" }).end(page);
  // The drop-in's parts load from beside it: the ones built above, never a stale dist/.
  const file = path.startsWith(PREFIX) ? join(OUT, basename(path)) : normalize(join(ROOT, path));
  if (!(file.startsWith(OUT + "/") || file.startsWith(join(ROOT, "bench/pages/")))) return response.writeHead(404).end();
  try {
    const body = readFileSync(file);
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "max-age=3600" }).end(body);
  } catch {
    missing.add(path);
    response.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---- profile visits ---------------------------------------------------------------------------------------------------

const { launchChromium } = await loadLauncher();
const browser = await launchChromium();
const chromium = browser.version();

/** Self time (ms) summed over every counted visit of one kind. */
const bucket = () => ({ files: new Map(), functions: new Map(), parts: new Map(), all: 0, ours: 0, script: [] });
const totals = { first: bucket(), returning: bucket() };
const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);

function account(kind, profile, scriptMs) {
  const totalsOf = totals[kind];
  totalsOf.script.push(scriptMs);
  const self = new Map();
  profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000));
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (!ms) continue;
    const { url, functionName, lineNumber, columnNumber } = node.callFrame;
    if (functionName === "(idle)") continue;
    totalsOf.all += ms;
    const path = url ? new URL(url).pathname : "";
    const part = path.startsWith(PREFIX) ? basename(path) : undefined;
    if (part && maps.has(part)) {
      totalsOf.ours += ms;
      add(totalsOf.parts, part, ms);
      const { file, where } = original(part, lineNumber, columnNumber);
      add(totalsOf.files, `${part}\n${file}`, ms);
      add(totalsOf.functions, `${part}\n${where}`, ms);
    } else {
      // Without a URL: V8's own buckets, "(program)" (parsing and compiling included), "(garbage collector)", or a
      // built-in that page code called (`addEventListener`, the `cookie` getter, ...).
      add(totalsOf.files, `\n${url ? `other: ${path}` : functionName.startsWith("(") ? functionName : `built-in: ${functionName}`}`, ms);
    }
  }
}

/** Each action navigates, and a new document's Performance metrics start from zero: read them after it. */
async function profiled(cdp, action) {
  await cdp.send("Profiler.start");
  await action();
  const after = (await cdp.send("Performance.getMetrics")).metrics.find((metric) => metric.name === "ScriptDuration").value;
  const { profile } = await cdp.send("Profiler.stop");
  return { profile, scriptMs: after * 1000 };
}

try {
  for (let visit = 0; visit < VISITS + 1; visit += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send("Performance.enable");
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: RATE });
    const load = async () => {
      await tab.goto(origin + "/", { waitUntil: "load" });
      await tab.waitForTimeout(800);
    };
    const first = await profiled(cdp, load);
    await tab.locator("consentry-ui section").getByRole("button", { name: "Accept all", exact: true }).click();
    await tab.waitForTimeout(300);
    const returning = await profiled(cdp, load);
    // The first visit warms the browser (and this file's compile cache) and is not counted.
    if (visit > 0) {
      account("first", first.profile, first.scriptMs);
      account("returning", returning.profile, returning.scriptMs);
    }
    await context.close();
    process.stderr.write(`visit ${visit}/${VISITS}: first ${first.scriptMs.toFixed(1)} ms, returning ${returning.scriptMs.toFixed(1)} ms script\n`);
  }
} finally {
  await browser.close();
  server.close();
}
if (missing.size) process.stderr.write(`not built, answered 404: ${[...missing].join(", ")}\n`);

// ---- save, render -------------------------------------------------------------------------------------------------------

const round = (ms) => Math.round(ms * 1000) / 1000;
const perVisit = (ms) => round(ms / VISITS);
const git = (...gitArgs) => execFileSync("git", gitArgs, { cwd: ROOT, encoding: "utf8" }).trim();
/** Uncommitted changes to what is built or measured (this script and its renderer excepted: they may be copied in). */
const dirty = git("status", "--porcelain", "--", "src", "rollup.config.ts", "package.json", "bench/pages", "test/support/chromium.ts") !== "";

function summary(kind) {
  const { files, functions, parts, all, ours, script } = totals[kind];
  const split = (key) => key.split("\n");
  return {
    scriptMs: round(script.reduce((sum, value) => sum + value, 0) / script.length),
    scriptSamples: script.map(round),
    allMs: perVisit(all),
    oursMs: perVisit(ours),
    parts: Object.fromEntries([...parts].sort((a, b) => b[1] - a[1]).map(([part, ms]) => [part, perVisit(ms)])),
    files: [...files].sort((a, b) => b[1] - a[1]).map(([key, ms]) => ({ part: split(key)[0] || null, file: split(key)[1], ms: perVisit(ms) })),
    functions: [...functions]
      .sort((a, b) => b[1] - a[1])
      .slice(0, SAVED_FUNCTIONS)
      .map(([key, ms]) => ({ part: split(key)[0], where: split(key)[1], ms: perVisit(ms) })),
  };
}

const entry = {
  label: LABEL,
  commit: git("rev-parse", "--short", "HEAD"),
  subject: git("log", "-1", "--format=%s").slice(0, 120),
  dirty,
  measuredAt: new Date().toISOString(),
  chromium,
  visits: VISITS,
  rate: RATE,
  // What else the machine was doing: the 1-minute load average at the start and at the end.
  load: [loadAtStart, loadavg()[0]].map((value) => Math.round(value * 100) / 100),
  first: summary("first"),
  returning: summary("returning"),
};
console.log(profileMarkdown({ entries: { [LABEL]: entry } }));

const results = readResults(RESULTS);
results.entries = { ...results.entries, [LABEL]: entry };
mkdirSync(dirname(RESULTS), { recursive: true });
writeFileSync(RESULTS, `${JSON.stringify(results, null, 1)}\n`);
process.stderr.write(`saved as "${LABEL}" in ${RESULTS}\n`);
if (WRITE_DOCS) {
  writeDocs(DOCS, results);
  process.stderr.write(`${DOCS}: profile section rendered\n`);
}

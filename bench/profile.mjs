// `node bench/profile.mjs`: where the drop-in's main-thread time goes, on a first visit and on a returning one.
// Rebuilds the drop-in from rollup.config.ts with a source map (same plugins, same minifier), serves the bench's
// consentry page with it, records V8 CPU profiles under a 4x CPU slowdown, and prints self time per source file and
// per function, mapped back to src/. The profiler's own overhead inflates every figure: read the order and shares.
//
//   node bench/profile.mjs [--visits 8] [--rate 4] [--top 15] [--markdown FILE]
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, relative, resolve, dirname } from "node:path";
import { pathToFileURL } from "node:url";
import { rollup } from "rollup";
import { loadConfigFile } from "rollup/loadConfigFile";
import ts from "typescript";

const ROOT = resolve(import.meta.dirname, "..");
process.chdir(ROOT);
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const VISITS = Number(option("visits", 8));
const RATE = Number(option("rate", 4));
const TOP = Number(option("top", 15));
const MARKDOWN = option("markdown", undefined);
const OUT = join(ROOT, ".tmp/bench/profile");
const SCRIPT_PATH = "/profile/consentry.js";

// ---- the drop-in with a source map ----------------------------------------------------------------------------------

const { options } = await loadConfigFile(resolve("rollup.config.ts"), { configPlugin: "typescript", silent: true });
const dropIn = options.find((config) => config.output.some((output) => output.format === "iife"));
const bundle = await rollup({ ...dropIn, logLevel: "silent" });
const [{ code, map }] = (await bundle.generate({ ...dropIn.output[0], sourcemap: true })).output;
await bundle.close();
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, "consentry.js"), code);
const sources = map.sources.map((source) => relative(ROOT, resolve(ROOT, "dist", map.sourceRoot ?? "", source)).replaceAll("\\", "/"));
const mappings = decodeMappings(map.mappings);

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
/** A generated position (0-based line and column) -> "src/file.ts:line  source text". */
function original(line, column) {
  const segments = mappings[line] ?? [];
  let found;
  for (const segment of segments) if (segment[0] <= column && segment.length >= 4) found = segment;
  if (!found) return { file: "(bundle glue)", where: "(bundle glue)" };
  const file = sources[found[1]];
  if (!sourceLines.has(file)) sourceLines.set(file, (() => { try { return readFileSync(join(ROOT, file), "utf8").split("\n"); } catch { return []; } })());
  const text = (sourceLines.get(file)[found[2]] ?? "").trim().slice(0, 70);
  return { file, where: `${file}:${found[2] + 1} \`${text.replaceAll("`", "'")}\`` };
}

// ---- serve the bench page with the mapped drop-in -------------------------------------------------------------------

const page = readFileSync(join(ROOT, "bench/pages/consentry.html"), "utf8").replace('src="/dist/consentry.js"', `src="${SCRIPT_PATH}"`);
const TYPES = { ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css" };
const server = createServer((request, response) => {
  const path = new URL(request.url, "http://x").pathname;
  if (path === "/") return response.writeHead(200, { "content-type": "text/html", "cache-control": "no-store" }).end(page);
  // The drop-in's parts (banner, dialog, locales) load from beside it: the built ones in dist/.
  const file =
    path === SCRIPT_PATH ? join(OUT, "consentry.js") : path.startsWith("/profile/") ? join(ROOT, "dist", path.slice(9)) : normalize(join(ROOT, path));
  if (!(file.startsWith(join(ROOT, "dist/")) || file.startsWith(join(ROOT, "bench/pages/")) || file === join(OUT, "consentry.js"))) return response.writeHead(404).end();
  try {
    const body = readFileSync(file);
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "max-age=3600" }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---- profile visits ---------------------------------------------------------------------------------------------------

const launcherSource = readFileSync(join(ROOT, "test/support/chromium.ts"), "utf8");
const launcherFile = join(ROOT, ".tmp/bench/chromium.mjs");
writeFileSync(launcherFile, ts.transpileModule(launcherSource, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText);
const { launchChromium } = await import(pathToFileURL(launcherFile).href);
const browser = await launchChromium();

/** self time (ms) per key, over every visit of one kind */
const totals = { first: { files: new Map(), places: new Map(), all: 0, ours: 0, script: 0 }, returning: { files: new Map(), places: new Map(), all: 0, ours: 0, script: 0 } };
const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);

function account(kind, profile, scriptMs) {
  const bucket = totals[kind];
  bucket.script += scriptMs;
  const self = new Map();
  profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000));
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (!ms) continue;
    const { url, functionName, lineNumber, columnNumber } = node.callFrame;
    if (functionName === "(idle)") continue;
    bucket.all += ms;
    if (url.endsWith(SCRIPT_PATH)) {
      bucket.ours += ms;
      const { file, where } = original(lineNumber, columnNumber);
      add(bucket.files, file, ms);
      add(bucket.places, where, ms);
    } else {
      const label = url ? `${new URL(url).pathname}` : functionName;
      add(bucket.files, `other: ${label}`, ms);
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

// ---- report ------------------------------------------------------------------------------------------------------------

const lines = [];
const print = (line = "") => lines.push(line);
for (const kind of ["first", "returning"]) {
  const bucket = totals[kind];
  const per = (ms) => (ms / VISITS).toFixed(2);
  print(`### ${kind === "first" ? "First visit (banner shown)" : "Returning visit (decided: no banner)"}`);
  print();
  print(
    `Per visit, ${RATE}x CPU slowdown, mean of ${VISITS}: script main-thread time ${per(bucket.script)} ms (Performance.getMetrics); ` +
      `profiled non-idle self time ${per(bucket.all)} ms, of which the drop-in's own functions ${per(bucket.ours)} ms. ` +
      "Compiling the drop-in counts mostly as `(program)`.",
  );
  print();
  print("| self time by source file | ms per visit | share |");
  print("|---|---:|---:|");
  for (const [file, ms] of [...bucket.files].sort((a, b) => b[1] - a[1]).slice(0, TOP)) print(`| ${file} | ${per(ms)} | ${((ms / bucket.all) * 100).toFixed(0)}% |`);
  print();
  print("| top drop-in functions (self time, where the function starts) | ms per visit |");
  print("|---|---:|");
  for (const [where, ms] of [...bucket.places].sort((a, b) => b[1] - a[1]).slice(0, TOP)) print(`| ${where.replaceAll("|", "\\|")} | ${per(ms)} |`);
  print();
}
const text = lines.join("\n");
console.log(text);
if (MARKDOWN) {
  mkdirSync(dirname(resolve(MARKDOWN)), { recursive: true });
  writeFileSync(MARKDOWN, `${text}\n`);
}

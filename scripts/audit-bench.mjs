// `npm run audit:bench`: pages per minute of `consentry audit` (four visits per page) on this machine, at 1, 2 and 4
// browser contexts in parallel, written into docs/audit.md between its bench markers. Measured by a script, never
// by a timed test. The site: examples/site served on 127.0.0.1, its sitemap listing PAGES distinct URLs of it.
import { execFile, execFileSync, spawnSync } from "node:child_process";
import { promisify } from "node:util";
import { createReadStream, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { cpus, loadavg, tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");
const PAGES = Number(process.env.AUDIT_BENCH_PAGES ?? 6);
const LEVELS = (process.env.AUDIT_BENCH_PARALLEL ?? "1,2,4").split(",").map(Number);
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css" };

if (!process.argv.includes("--no-build")) spawnSync("npm", ["run", "build"], { stdio: "inherit", cwd: ROOT });

const server = createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://x");
  if (url.pathname === "/favicon.ico") return void response.writeHead(204).end();
  if (url.pathname === "/sitemap.xml") {
    const locs = Array.from({ length: PAGES }, (_, i) => `<url><loc>${origin}/examples/site/?page=${i + 1}</loc></url>`);
    return void response.writeHead(200, { "content-type": "application/xml" }).end(`<urlset>${locs.join("")}</urlset>`);
  }
  let file = normalize(join(ROOT, decodeURIComponent(url.pathname)));
  try {
    if (!file.startsWith(ROOT)) throw new Error("outside");
    if (statSync(file).isDirectory()) file = join(file, "index.html");
    statSync(file);
  } catch {
    return void response.writeHead(404).end();
  }
  response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
  createReadStream(file).pipe(response);
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const origin = `http://127.0.0.1:${server.address().port}`;

const dir = mkdtempSync(join(tmpdir(), "consentry-audit-bench-"));
const rows = [];
for (const parallel of LEVELS) {
  const json = join(dir, `p${parallel}.json`);
  const load = loadavg()[0];
  const started = performance.now();
  // The start URL is one of the sitemap's pages, so exactly PAGES pages are audited. Asynchronously: this process
  // serves the site the audit visits.
  await promisify(execFile)(process.execPath, [join(ROOT, "dist/node/cli.mjs"), "audit", `${origin}/examples/site/?page=1`, "--pages", String(PAGES), "--parallel", String(parallel), "--json", json, "--fail-on", "none"]);
  const seconds = (performance.now() - started) / 1000;
  const report = JSON.parse(readFileSync(json, "utf8"));
  const visits = report.pages.reduce((sum, page) => sum + page.visits.length, 0);
  rows.push({ parallel, pages: report.pages.length, visits, seconds, perMinute: (report.pages.length * 60) / seconds, load });
  console.log(`parallel ${parallel}: ${report.pages.length} pages, ${visits} visits in ${seconds.toFixed(1)} s = ${((report.pages.length * 60) / seconds).toFixed(1)} pages/min (load ${load.toFixed(1)})`);
}
server.close();

const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
const base = rows[0].perMinute;
const table = [
  `Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC at ${commit} by \`npm run audit:bench\`: ${PAGES} pages of examples/site, four visits each, ` +
    `${cpus().length} cores, Chromium ${execFileSync("/usr/bin/chromium", ["--version"], { encoding: "utf8" }).trim().replace(/^Chromium /, "")}.`,
  "",
  "| contexts in parallel | pages | visits | wall time | pages per minute | vs. 1 context | 1-min load average at start |",
  "|---|---|---|---|---|---|---|",
  ...rows.map((row) => `| ${row.parallel} | ${row.pages} | ${row.visits} | ${row.seconds.toFixed(1)} s | ${row.perMinute.toFixed(1)} | ${(row.perMinute / base).toFixed(2)}x | ${row.load.toFixed(1)} |`),
].join("\n");
const doc = join(ROOT, "docs/audit.md");
const text = readFileSync(doc, "utf8");
const start = "<!-- audit-bench:start -->";
const end = "<!-- audit-bench:end -->";
writeFileSync(doc, text.slice(0, text.indexOf(start) + start.length) + "\n" + table + "\n" + text.slice(text.indexOf(end)));
console.log(`docs/audit.md updated`);

// `npm run log:load`: the consent-log receiver under load, then killed with -9 mid-load (issue 14, "nothing
// acknowledged is lost"). Per database (PGlite folder, PostgreSQL on a throwaway cluster):
//   1. steady: autocannon posts distinct records over loopback for N seconds (then drains: it sends only bodies the
//      receiver refuses until every record sent has its answer, so none is in flight when autocannon stops); the
//      table must then hold exactly the records that got a 2xx. records/s = acknowledged / N.
//   0. baseline: the same steady load on a second, throwaway database whose receiver stores without the hash chain
//      (CONSENTRY_LOG_UNCHAINED=1), so the chain's cost is measured in the same run on the same machine.
//   2. kill -9: load again, `kill -9` the server halfway; a real Chromium page with the built drop-in decides while
//      the server is down (the send fails and is queued), the server restarts on the same data, the page reloads:
//      every acknowledged record must be there, and the drop-in's retry must deliver the queued one.
// Flags: --seconds 30 (per phase), --connections 10, --backend pglite|postgres|both, --json FILE (figures),
//        --layer FILE (CI: {"layer","passed","failed"}).
import { spawn } from "node:child_process";
import { createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { cpus, loadavg, tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { startTempPostgres } from "./pg-temp.mjs";

const ROOT = resolve(import.meta.dirname, "..");
const CLI = join(ROOT, "dist/node/cli.mjs");
const TOKEN = "load-test-token";

/** A decision record as the drop-in sends it, unique by its consent id. */
function record(now = new Date().toISOString()) {
  const id = crypto.randomUUID();
  const body = JSON.stringify({ v: 1, id, revision: 1, decidedAt: now, updatedAt: now, categories: { analytics: true, marketing: false }, method: "custom", gpc: false });
  return { id, body };
}

function startServer({ database, port, origin, unchained = false }) {
  const child = spawn(process.execPath, [CLI, "log-server", "--port", String(port), "--database", database, "--origin", origin], {
    env: { ...process.env, CONSENTRY_LOG_TOKEN: TOKEN, ...(unchained && { CONSENTRY_LOG_UNCHAINED: "1" }) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((done, fail) => {
    let output = "";
    const collect = (chunk) => {
      output += chunk;
      const url = /receiving at (\S+)/.exec(output)?.[1];
      if (url) done({ url, child });
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.once("exit", (code, signal) => fail(new Error(`log-server exited (${code ?? signal}): ${output}`)));
  });
}

const exited = (child) => new Promise((done) => (child.exitCode !== null || child.signalCode ? done() : child.once("exit", () => done())));

/** Every consent id the log holds, through the authenticated read API (the server owns a PGlite folder). */
async function storedIds(url) {
  const response = await fetch(`${url}/records?format=jsonl`, { headers: { authorization: `Bearer ${TOKEN}` } });
  if (!response.ok) throw new Error(`export answered ${response.status}`);
  const text = await response.text();
  return new Set(text.split("\n").filter(Boolean).map((line) => JSON.parse(line).id));
}

/**
 * Posts distinct records for `seconds`, then only bodies the receiver refuses until every record sent has its answer
 * (so none is in flight when autocannon stops; at most 60 s more). `acked` collects the ids that got a 2xx.
 */
function load({ url, seconds, connections, acked, sent, onStart }) {
  const deadline = Date.now() + seconds * 1000;
  let sentHere = 0;
  let answeredHere = 0;
  let drained = false;
  const instance = autocannon({
    url,
    connections,
    duration: seconds + 60,
    // Longer than any queueing on a busy machine: a request that timed out might still be stored.
    timeout: 60,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "text/plain;charset=UTF-8" },
        setupRequest(request, context) {
          if (Date.now() >= deadline) {
            context.id = undefined;
            return { ...request, body: "{}" };
          }
          const next = record();
          context.id = next.id;
          sent.add(next.id);
          sentHere++;
          return { ...request, body: next.body };
        },
        onResponse(status, _body, context) {
          if (context.id) {
            answeredHere++;
            if (status >= 200 && status < 300) acked.add(context.id);
          }
          if (!drained && Date.now() >= deadline && answeredHere === sentHere) {
            drained = true;
            instance.stop();
          }
        },
      },
    ],
  });
  onStart?.(instance);
  return new Promise((done) => instance.on("done", done));
}

/** The built drop-in on its own origin, with `log.endpoint` at the receiver; `banner: "always"`, since the page gates nothing (issue 9). */
function startSite(endpoint) {
  const page = `<!doctype html><html lang="en"><head>
<script>window.ConsentConfig = { revision: 1, banner: "always", log: { endpoint: ${JSON.stringify(endpoint)} } };</script>
<script src="/dist/consentry.js"></script></head><body><h1>Shop</h1></body></html>`;
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    if (path === "/") return void response.writeHead(200, { "content-type": "text/html" }).end(page);
    const file = normalize(join(ROOT, path));
    try {
      if (!file.startsWith(join(ROOT, "dist"))) throw new Error("outside dist");
      statSync(file);
    } catch {
      return void response.writeHead(404).end();
    }
    const type = { ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css" }[extname(file)] ?? "application/octet-stream";
    response.writeHead(200, { "content-type": type });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}

async function freePort() {
  const server = createServer();
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

/** One database through both phases; `browser` is a playwright-core Browser. Returns figures and checks. */
export async function runLoad({ backend, seconds = 30, connections = 10, browser, log = () => undefined }) {
  const folder = mkdtempSync(join(tmpdir(), "consentry-load-"));
  const cluster = backend === "postgres" ? await startTempPostgres() : undefined;
  const database = cluster ? cluster.url : join(folder, "data");
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}/consent-log`;
  const site = await startSite(endpoint);
  const result = { backend: cluster ? cluster.version : "PGlite", seconds, connections, checks: {} };
  let server;
  try {
    // 0. baseline without the chain, on its own database
    let baselineDatabase = join(folder, "baseline");
    if (cluster) {
      const { default: postgres } = await import("postgres");
      const admin = postgres(cluster.url, { onnotice: () => undefined });
      await admin.unsafe("CREATE DATABASE consentry_baseline");
      await admin.end();
      baselineDatabase = cluster.url.replace(/\/postgres$/, "/consentry_baseline");
    }
    log(`${backend}: baseline without the chain`);
    const baseline = await startServer({ database: baselineDatabase, port: await freePort(), origin: site.origin, unchained: true });
    const baselineAcked = new Set();
    await load({ url: baseline.url, seconds, connections, acked: baselineAcked, sent: new Set() });
    baseline.child.kill("SIGTERM");
    await exited(baseline.child);
    const unchainedPerSecond = Math.round(baselineAcked.size / seconds);

    log(`${backend}: starting the receiver`);
    server = await startServer({ database, port, origin: site.origin });

    // 1. steady load
    const acked = new Set();
    const sent = new Set();
    const steady = await load({ url: server.url, seconds, connections, acked, sent });
    const stored = await storedIds(server.url);
    const extra = [...stored].filter((id) => !acked.has(id)).length;
    const missing = [...acked].filter((id) => !stored.has(id)).length;
    result.steady = {
      acknowledged: acked.size,
      stored: stored.size,
      recordsPerSecond: Math.round(acked.size / seconds),
      latencyP50ms: steady.latency.p50,
      latencyP99ms: steady.latency.p99,
      errors: steady.errors,
      timeouts: steady.timeouts,
      non2xx: steady.non2xx,
    };
    result.checks.steadyExact = extra === 0 && missing === 0 && acked.size > 0;
    result.chain = {
      recordsPerSecondWithChain: result.steady.recordsPerSecond,
      recordsPerSecondWithoutChain: unchainedPerSecond,
      ratio: Number((result.steady.recordsPerSecond / Math.max(1, unchainedPerSecond)).toFixed(2)),
    };
    // Issue 28: with the chain at least 80% of the records/s without it.
    result.checks.chainAtLeast80Percent = result.chain.ratio >= 0.8;
    log(`${backend}: steady ${acked.size} acknowledged, ${stored.size} stored, ${result.steady.recordsPerSecond} records/s (without the chain ${unchainedPerSecond})`);

    // 2. kill -9 halfway through a second load, a decision while it is down, restart, the drop-in's retry
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${site.origin}/`);
    await tab.getByRole("button", { name: "Accept all" }).waitFor();
    const ackedBefore = acked.size;
    const killed = load({
      url: server.url,
      seconds,
      connections,
      acked,
      sent,
      onStart: (instance) =>
        setTimeout(() => {
          server.child.kill("SIGKILL");
          // The load generator has nothing left to talk to; stop it so the phase ends at the kill.
          setTimeout(() => instance.stop(), 500);
        }, (seconds * 1000) / 2),
    });
    await killed;
    await exited(server.child);
    const ackedInKillRun = acked.size - ackedBefore;

    await tab.getByRole("button", { name: "Accept all" }).click();
    await tab.waitForFunction(() => (localStorage.getItem("consentry-log") ?? "").includes("accept-all"));
    const queued = await tab.evaluate(() => JSON.parse(JSON.parse(localStorage.getItem("consentry-log"))[0]).id);

    log(`${backend}: killed with -9 after ${ackedInKillRun} more acknowledged; restarting`);
    server = await startServer({ database, port, origin: site.origin });
    const afterRestart = await storedIds(server.url);
    const lost = [...acked].filter((id) => !afterRestart.has(id)).length;
    const unacknowledgedButStored = [...afterRestart].filter((id) => !acked.has(id)).length;

    await tab.reload();
    let delivered = false;
    for (let attempt = 0; attempt < 100 && !delivered; attempt++) {
      const response = await fetch(`${server.url}/records/${queued}`, { headers: { authorization: `Bearer ${TOKEN}` } });
      delivered = ((await response.json()).records ?? []).some((stored) => stored.method === "accept-all");
      if (!delivered) await new Promise((done) => setTimeout(done, 200));
    }
    const queueEmpty = await tab
      .waitForFunction(() => localStorage.getItem("consentry-log") === null, undefined, { timeout: 10_000 })
      .then(() => true, () => false);
    await context.close();

    result.kill = { acknowledgedBeforeKill: ackedInKillRun, lost, unacknowledgedButStored, browserRetryDelivered: delivered };
    result.checks.killNothingLost = lost === 0 && ackedInKillRun > 0;
    result.checks.dropInRetryDelivers = delivered && queueEmpty;
    log(`${backend}: after restart ${lost} lost, ${unacknowledgedButStored} stored without an answer, retry delivered: ${delivered}`);

    // 3. the chain after all that (a kill -9 mid-insert included) verifies, every row
    server.child.kill("SIGTERM");
    await exited(server.child);
    server = undefined;
    const started = Date.now();
    const verified = await new Promise((done) => {
      const child = spawn(process.execPath, [CLI, "log", "verify", "--database", database], { stdio: ["ignore", "pipe", "pipe"] });
      let output = "";
      child.stdout.on("data", (chunk) => (output += chunk));
      child.stderr.on("data", (chunk) => (output += chunk));
      child.once("exit", (code) => done({ code, output: output.trim() }));
    });
    result.verify = { exitCode: verified.code, output: verified.output, seconds: Number(((Date.now() - started) / 1000).toFixed(1)) };
    result.checks.chainVerifiesAfterKill = verified.code === 0 && new RegExp(`^consentry log verify: ${afterRestart.size + (delivered ? 1 : 0)} rows proved`).test(verified.output);
    log(`${backend}: ${verified.output}`);
  } finally {
    if (server) {
      server.child.kill("SIGTERM");
      await exited(server.child);
    }
    site.server.close();
    await cluster?.stop();
    rmSync(folder, { recursive: true, force: true });
    rmSync(`${join(folder, "data")}.lock`, { force: true });
  }
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      seconds: { type: "string", default: "30" },
      connections: { type: "string", default: "10" },
      backend: { type: "string", default: "both" },
      json: { type: "string" },
      layer: { type: "string" },
    },
  });
  const { chromium } = await import("playwright-core");
  // Headless, as the e2e layer launches it (test/support/chromium.ts); CHROMIUM_PATH overrides the Debian binary.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  const backends = values.backend === "both" ? ["pglite", "postgres"] : [values.backend];
  const results = [];
  let passed = 0;
  let failed = 0;
  try {
    for (const backend of backends) {
      try {
        const result = await runLoad({
          backend,
          seconds: Number(values.seconds),
          connections: Number(values.connections),
          browser,
          log: (line) => console.log(`[log:load] ${line}`),
        });
        results.push(result);
        for (const [check, ok] of Object.entries(result.checks)) {
          ok ? passed++ : failed++;
          console.log(`${ok ? "ok  " : "FAIL"} ${backend} ${check}`);
        }
      } catch (error) {
        failed++;
        console.error(`FAIL ${backend}: ${error instanceof Error ? error.stack : error}`);
      }
    }
  } finally {
    await browser.close();
  }
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model, loadAverage1m: Number(loadavg()[0].toFixed(1)), node: process.version };
  const report = { date: new Date().toISOString(), machine, results };
  console.log(JSON.stringify(report, null, 2));
  if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
  if (values.layer) writeFileSync(values.layer, `${JSON.stringify({ layer: "log-load", passed, failed })}\n`);
  process.exitCode = failed ? 1 : 0;
}

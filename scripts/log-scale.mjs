// The consent log at scale (issue 28 item 5), on a throwaway local PostgreSQL: millions of records in the
// month-partitioned table, then what a site owner runs on it, each timed. Not part of CI or `npm test` (it runs for
// many minutes); run it by hand after `npm run build`:
//
//   node scripts/log-scale.mjs --records 10000000          # saves docs/data/log-scale.json, rewrites the docs section
//   node scripts/log-scale.mjs --write-docs                # only rewrites docs/consent-log.md from the saved JSON
//
// Steps: (1) bulk-load all but a sample as the history of the last 13 months: rows made here with their hash chain
// computed in Node (the same canonical text and SHA-256 as consent_append), streamed with COPY FROM STDIN into the
// partitioned parent, which routes each row to its month; (2) the real receiver (`consentry log-server`) takes the
// sample over HTTP, 16 senders at once: the insert rate; (3) the dashboard through that server, all 13 months and the
// last month; (4) `consentry log verify` over every row (it fails if a bulk-loaded row's hash were wrong, so the load
// proves its own rows); (5) `consentry log purge --older-than 12mo`, dropping the oldest month's partition; (6) verify
// again after the purge.
import { execFile, spawn } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parseArgs, promisify } from "node:util";
import { startTempPostgres } from "./pg-temp.mjs";

const ROOT = resolve(import.meta.dirname, "..");
const CLI = join(ROOT, "dist/node/cli.mjs");
const DATA = join(ROOT, "docs/data/log-scale.json");
const DOC = join(ROOT, "docs/consent-log.md");
const TOKEN = "scale-run-token-0123456789abcdef";
const GENESIS = "0".repeat(64);
const DAY = 86_400_000;

const log = (line) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
const run = promisify(execFile);
const seconds = (start) => Math.round((performance.now() - start) / 10) / 100;
/** The throwaway cluster of this run. */
let cluster;

const { values } = parseArgs({
  options: {
    records: { type: "string", default: "10000000" },
    sample: { type: "string", default: "20000" },
    concurrency: { type: "string", default: "16" },
    "write-docs": { type: "boolean" },
  },
});

/** Rows made here, chained from the genesis hash, streamed into COPY; returns the chain's head. */
async function bulkLoad(sql, count, start, end) {
  const columns = "consent_id, updated_at, record_key, decided_at, received_at, v, revision, method, gpc, categories, seq, prev_hash, row_hash, region, mode, language";
  const stream = await sql.unsafe(`COPY consent_records (${columns}) FROM STDIN`).writable();
  const done = new Promise((resolve, reject) => {
    stream.on("finish", resolve);
    stream.on("error", reject);
  });
  let hash = GENESIS;
  let lines = [];
  for (let index = 0; index < count; index++) {
    const row = makeRow(index, count, start, end);
    const seq = index + 1;
    const rowHash = sha256(`${hash}|${row.canon}`);
    lines.push([row.id, row.updatedAt, row.key, row.decidedAt, row.receivedAt, 1, row.revision, row.method, row.gpc, row.categoriesText, seq, hash, rowHash, row.region ?? "\\N", row.mode ?? "\\N", row.language ?? "\\N"].join("\t"));
    hash = rowHash;
    if (lines.length === 5000) {
      if (!stream.write(`${lines.join("\n")}\n`)) await new Promise((resolve) => stream.once("drain", resolve));
      lines = [];
    }
    if (seq % 1_000_000 === 0) log(`  ${seq.toLocaleString("en-US")} rows`);
  }
  if (lines.length) stream.write(`${lines.join("\n")}\n`);
  stream.end();
  await done;
  return { seq: count, hash };
}

const sha256 = (text) => createHash("sha256").update(text, "utf8").digest("hex");
const micro = (iso) => `${iso.slice(0, 23)}000Z`;
const METHODS = [["accept-all", 55], ["reject-all", 25], ["custom", 12], ["dismiss", 5], ["gpc", 2], ["api", 1]];
const REGIONS = [["FR", "opt-in"], ["DE", "opt-in"], ["EEA", "opt-in"], ["UK", "opt-in"], ["US-CA", "opt-out"], ["US-PRIVACY-STATES", "opt-out"], ["BR", "notice"]];
const LANGUAGES = ["en", "fr", "de", "es", "pt-BR"];

/** jsonb's text: keys by length, then bytes; `"key": value`, comma and space between. */
function jsonbText(categories) {
  const keys = Object.keys(categories).sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  return `{${keys.map((key) => `"${key}": ${categories[key]}`).join(", ")}}`;
}

/** The record key as src/node/log/keys.ts makes it. */
function recordKey(record) {
  const categories = Object.keys(record.categories).sort().map((name) => [name, record.categories[name]]);
  const extras = record.region === undefined && record.mode === undefined && record.language === undefined
    ? []
    : [["region", record.region ?? null], ["mode", record.mode ?? null], ["language", record.language ?? null]];
  return sha256(JSON.stringify([record.v, record.id, record.revision, record.decidedAt, record.updatedAt, categories, record.method, record.gpc, ...extras]));
}

/** Row `index` of `count`: arrivals spread evenly over [start, end], one in a thousand decided three days earlier. */
function makeRow(index, count, start, end) {
  const received = start + Math.floor(((end - start) * index) / count);
  const updated = received - (index % 1000 === 999 ? 3 * DAY : 2000);
  let pick = (index * 7919) % 100;
  const method = METHODS.find(([, share]) => (pick -= share) < 0)[0];
  const all = (value) => ({ analytics: value, marketing: value, preferences: value });
  const categories = method === "accept-all" || method === "api" ? all(true)
    : method === "custom" ? { analytics: true, marketing: index % 3 === 0, preferences: index % 2 === 0 }
      : method === "gpc" ? { analytics: true, marketing: false, preferences: true } : all(false);
  // The newer 60% come from a drop-in that sends region, mode and language (issue 29).
  const placed = index > count * 0.4;
  const [region, mode] = placed ? REGIONS[index % REGIONS.length] : [undefined, undefined];
  const language = placed ? LANGUAGES[index % LANGUAGES.length] : undefined;
  const updatedAt = new Date(updated).toISOString();
  const record = {
    v: 1, id: randomUUID(), revision: index < count / 2 ? 1 : 2, decidedAt: updatedAt, updatedAt, categories, method,
    gpc: method === "gpc" || index % 50 === 0, region, mode, language,
  };
  const key = recordKey(record);
  const receivedAt = new Date(received).toISOString();
  const categoriesText = jsonbText(categories);
  const extras = [["region", region], ["mode", mode], ["language", language]].filter(([, value]) => value !== undefined).map(([name, value]) => `|${name}=${value}`).join("");
  const canon = [record.id, micro(updatedAt), key, micro(updatedAt), micro(receivedAt), "1", String(record.revision), method, String(record.gpc), categoriesText].join("|") + extras;
  return { ...record, key, receivedAt, categoriesText, canon };
}

function startServer() {
  const child = spawn(process.execPath, [CLI, "log-server", "--port", "0", "--database", cluster.url], {
    env: { ...process.env, CONSENTRY_LOG_TOKEN: TOKEN },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    const collect = (chunk) => {
      output += chunk;
      const url = /receiving at (\S+)/.exec(output)?.[1];
      if (url) resolve({ url, child });
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.once("exit", (code) => reject(new Error(`log-server exited ${code}: ${output}`)));
  });
}

function stopServer(child) {
  return new Promise((resolve) => {
    child.removeAllListeners("exit");
    child.once("exit", resolve);
    child.kill("SIGTERM");
  });
}

/** `count` new decisions (made now, as a live site's) from `senders` loops at once; returns how many got a 2xx. */
async function postSample(url, count, senders) {
  let next = 0;
  let acknowledged = 0;
  const sender = async () => {
    while (next < count) {
      const index = next++;
      const now = new Date().toISOString();
      const [region, mode] = REGIONS[index % REGIONS.length];
      const body = JSON.stringify({ v: 1, id: randomUUID(), revision: 2, decidedAt: now, updatedAt: now, categories: { analytics: true, marketing: index % 2 === 0, preferences: true }, method: "custom", gpc: false, region, mode, language: "en" });
      const response = await fetch(url, { method: "POST", headers: { "content-type": "text/plain;charset=UTF-8" }, body });
      await response.arrayBuffer();
      if (response.ok) acknowledged++;
    }
  };
  await Promise.all(Array.from({ length: senders }, sender));
  return acknowledged;
}

async function partitionCount(sql) {
  const [{ count }] = await sql`SELECT count(*)::int AS count FROM pg_inherits WHERE inhparent = 'consent_records'::regclass`;
  return count;
}

async function timeDashboard(url, query) {
  const t0 = performance.now();
  const response = await fetch(`${url}/dashboard${query}`, { headers: { authorization: `Bearer ${TOKEN}` } });
  const html = await response.text();
  if (!response.ok) throw new Error(`dashboard answered ${response.status}: ${html.slice(0, 200)}`);
  return seconds(t0);
}

async function timeCli(...args) {
  const t0 = performance.now();
  const { stdout } = await run(process.execPath, [CLI, "log", ...args, "--database", cluster.url], { maxBuffer: 1 << 24 });
  return { seconds: seconds(t0), output: stdout.trim() };
}

/** Rewrites the section of docs/consent-log.md between the scale markers from the saved figures. */
function writeDocs(data) {
  const n = (value) => Math.round(value).toLocaleString("en-US");
  const gib = (bytes) => `${(bytes / 2 ** 30).toFixed(1)} GiB`;
  const short = data.records < 10_000_000 ? ` (fewer than the 10 million asked for: ${n(data.records)} fit the time this run had)` : "";
  const body = `Measured by \`node scripts/log-scale.mjs --records ${data.records}\` on ${data.date.slice(0, 10)}${short}:
${data.postgres}, ${data.machine.cpus} cores (${data.machine.cpuModel}), ${data.machine.memoryGiB} GiB, a machine shared
with other work (load average ${data.machine.loadBefore[0]} before, ${data.machine.loadAfter[0]} after). Saved in
\`docs/data/log-scale.json\`; this section is written from it by \`node scripts/log-scale.mjs --write-docs\`.

| What | Figure |
| --- | --- |
| records in the log | ${n(data.table.rows)}, decided over the 13 months before the run, ${gib(data.table.bytes)} with indexes${data.table.partitions ? ` (${data.table.partitions} month partitions; ${data.purge.partitionsLeft} after the purge)` : ""} |
| bulk load (${data.bulk.method}) | ${n(data.bulk.rows)} rows in ${data.bulk.seconds} s: ${n(data.bulk.perSecond)} rows/s |
| the real receiver, over HTTP, ${data.receiver.concurrency} senders, on the loaded table | ${n(data.receiver.acknowledged)} records in ${data.receiver.seconds} s: ${n(data.receiver.perSecond)} records/s |
| dashboard, all 13 months | ${data.dashboard.allSeconds} s |
| dashboard, the last month | ${data.dashboard.lastMonthSeconds} s |
| \`consentry log verify\`, every row | ${data.verify.seconds} s (${n(data.table.rows / data.verify.seconds)} rows/s) |
| \`consentry log purge --older-than 12mo\` | ${data.purge.seconds} s: ${data.purge.output} |
| \`verify\` after the purge | ${data.verifyAfterPurge.seconds} s: ${data.verifyAfterPurge.output.replace(/ [0-9a-f]{64}$/, "")} |`;
  const text = readFileSync(DOC, "utf8");
  const start = "<!-- log-scale -->";
  const stop = "<!-- /log-scale -->";
  if (!text.includes(start) || !text.includes(stop)) throw new Error(`${DOC} has no ${start} … ${stop} markers`);
  writeFileSync(DOC, text.replace(new RegExp(`${start}[\\s\\S]*?${stop}`), `${start}\n${body}\n${stop}`));
  console.log(`wrote the scale section of ${DOC}`);
}

if (values["write-docs"]) writeDocs(JSON.parse(readFileSync(DATA, "utf8")));
else await measure();

async function measure() {
  const total = Number(values.records);
  const sample = Math.min(Number(values.sample), total);
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(total) || total < 1000) throw new Error(`--records: expected at least 1000, got ${values.records}`);


  // A larger WAL between checkpoints for the bulk load; fsync stays on.
  cluster = await startTempPostgres({ settings: { max_wal_size: "8GB", checkpoint_timeout: "30min", shared_buffers: "1GB" } });
  log(`${cluster.version} at ${cluster.url}`);
  const { default: postgres } = await import("postgres");
  const sql = postgres(cluster.url, { max: 2, onnotice: () => undefined });
  const result = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? "", memoryGiB: Math.round(totalmem() / 2 ** 30), loadBefore: loadavg().map((n) => Math.round(n * 10) / 10) },
    postgres: cluster.version,
    records: total,
  };

  try {
    // The real server creates the schema (migrations 1 to 4), then stops for the bulk load.
    const first = await startServer();
    await stopServer(first.child);

    // (1) Bulk load: the history of the last 13 months, in arrival order.
    const bulk = total - sample;
    const end = Date.now() - 2 * DAY;
    const start = end - 395 * DAY;
    const months = new Set();
    for (let t = start; t <= end + DAY; t += 20 * DAY) months.add(new Date(t).toISOString().slice(0, 7));
    months.add(new Date(end).toISOString().slice(0, 7));
    for (const month of months) await sql`SELECT consent_records_partition(${`${month}-01T00:00:00Z`}::timestamptz)`;
    log(`bulk load: ${bulk.toLocaleString("en-US")} rows into ${months.size} month partitions`);
    let t0 = performance.now();
    const loaded = await bulkLoad(sql, bulk, start, end);
    result.bulk = { method: "COPY FROM STDIN into the partitioned table, hash chain computed in Node", rows: bulk, seconds: seconds(t0) };
    result.bulk.perSecond = Math.round(bulk / result.bulk.seconds);
    await sql`UPDATE consent_chain_head SET seq = ${loaded.seq}, hash = ${loaded.hash} WHERE id = 1`;
    t0 = performance.now();
    await sql`ANALYZE consent_records`;
    result.bulk.analyzeSeconds = seconds(t0);
    log(`bulk load: ${result.bulk.seconds} s (${result.bulk.perSecond.toLocaleString("en-US")} rows/s)`);

    // (2) The real receiver on the loaded table: the sample over HTTP.
    const server = await startServer();
    log(`receiver: ${sample.toLocaleString("en-US")} records, ${concurrency} senders`);
    t0 = performance.now();
    const acknowledged = await postSample(server.url, sample, concurrency);
    result.receiver = { records: sample, acknowledged, concurrency, seconds: seconds(t0) };
    result.receiver.perSecond = Math.round(acknowledged / result.receiver.seconds);
    log(`receiver: ${result.receiver.perSecond} records/s`);

    // (3) The dashboard, through the server.
    const lastMonth = new Date(Date.now() - 30 * DAY).toISOString().slice(0, 10);
    result.dashboard = {
      allSeconds: await timeDashboard(server.url, ""),
      lastMonthSeconds: await timeDashboard(server.url, `?from=${lastMonth}`),
    };
    log(`dashboard: ${result.dashboard.allSeconds} s (13 months), ${result.dashboard.lastMonthSeconds} s (last month)`);
    await stopServer(server.child);

    // A partitioned table has no storage of its own: its size is its partitions'.
    const [{ rows, bytes }] = await sql`SELECT (SELECT count(*) FROM consent_records)::text AS rows,
      (SELECT sum(pg_total_relation_size(inhrelid)) FROM pg_inherits WHERE inhparent = 'consent_records'::regclass)::bigint::text AS bytes`;
    result.table = { rows: Number(rows), bytes: Number(bytes), partitions: await partitionCount(sql) };

    // (4) verify, (5) purge, (6) verify again: the CLI a site owner runs.
    result.verify = await timeCli("verify");
    log(`verify: ${result.verify.seconds} s: ${result.verify.output}`);
    result.purge = await timeCli("purge", "--older-than", "12mo");
    result.purge.partitionsLeft = await partitionCount(sql);
    log(`purge: ${result.purge.seconds} s: ${result.purge.output}`);
    result.verifyAfterPurge = await timeCli("verify");
    log(`verify after purge: ${result.verifyAfterPurge.seconds} s: ${result.verifyAfterPurge.output}`);
    result.machine.loadAfter = loadavg().map((n) => Math.round(n * 10) / 10);

    mkdirSync(dirname(DATA), { recursive: true });
    writeFileSync(DATA, `${JSON.stringify(result, null, 2)}\n`);
    log(`saved ${DATA}`);
    writeDocs(result);
  } finally {
    await sql.end({ timeout: 5 });
    await cluster.stop();
  }
}
